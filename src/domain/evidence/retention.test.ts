import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDay, isIsoDate } from '../calendar/calendar.js';
import { mayPurge, retainUntil } from './retention.js';

const anyDay = fc.integer({ min: 0, max: 80_000 }).map(fromDay);
const anyYears = fc.integer({ min: 0, max: 100 });

describe('evidence retention', () => {
  it('keeps a file to the same day N years on, and a leap day to 1 March', () => {
    expect(retainUntil('2026-11-29', 2)).toBe('2028-11-29');
    expect(retainUntil('2026-11-29', 3)).toBe('2029-11-29');
    expect(retainUntil('2024-02-29', 2)).toBe('2026-03-01');
    expect(retainUntil('2024-02-29', 4)).toBe('2028-02-29');
    expect(retainUntil('2026-12-31', 6)).toBe('2032-12-31');
  });

  it('is the first day on or after the anniversary: never a day short of the full years', () => {
    fc.assert(
      fc.property(anyDay, anyYears, (stored, years) => {
        const until = retainUntil(stored, years);
        expect(isIsoDate(until)).toBe(true);
        expect(Number(until.slice(0, 4)) - Number(stored.slice(0, 4))).toBe(years);
        if (until.slice(5) !== stored.slice(5)) {
          expect(stored.slice(5)).toBe('02-29');
          expect(until.slice(5)).toBe('03-01');
        }
        // The day before falls short: it is before the anniversary (or it is 28 Feb for a leap day).
        const dayBefore = addDays(until, -1);
        expect(dayBefore.slice(5) < stored.slice(5) || Number(dayBefore.slice(0, 4)) < Number(until.slice(0, 4))).toBe(
          true,
        );
      }),
    );
  });

  it('keeps a later file at least as long, and longer years never shorten', () => {
    fc.assert(
      fc.property(anyDay, anyDay, anyYears, anyYears, (a, b, x, y) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(retainUntil(early, x) <= retainUntil(late, x)).toBe(true);
        const [few, many] = x <= y ? [x, y] : [y, x];
        expect(retainUntil(early, few) <= retainUntil(early, many)).toBe(true);
      }),
    );
  });

  it('allows a purge only after the last day kept', () => {
    expect(mayPurge('2028-11-29', '2028-11-29')).toBe(false);
    expect(mayPurge('2028-11-29', '2028-11-28')).toBe(false);
    expect(mayPurge('2028-11-29', '2028-11-30')).toBe(true);
  });

  it('refuses a retention that is not whole years', () => {
    expect(() => retainUntil('2026-11-29', 1.5)).toThrow(RangeError);
    expect(() => retainUntil('2026-11-29', -1)).toThrow(RangeError);
  });
});
