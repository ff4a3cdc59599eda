import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDay, toDay } from './calendar.js';
import { checkDateRange, checkInstantRange, DATE_RANGE, EARLIEST_DATE, LATEST_DATE, rangeUntil } from './date-range.js';

describe('checkDateRange', () => {
  it('takes dates from 1900-01-01 to 2199-12-31 and says why it refuses the others', () => {
    expect(checkDateRange('1900-01-01')).toBeNull();
    expect(checkDateRange('2199-12-31')).toBeNull();
    expect(checkDateRange('1899-12-31')).toBe('is before 1900-01-01, the earliest date taken');
    expect(checkDateRange('0100-01-01')).toBe('is before 1900-01-01, the earliest date taken');
    expect(checkDateRange('0999-12-31')).toBe('is before 1900-01-01, the earliest date taken');
    expect(checkDateRange('9999-12-31')).toBe('is after 2199-12-31, the latest date taken');
  });

  it('narrows the end to a number of days after today, and says so', () => {
    const tomorrow = rangeUntil('2026-11-29', 1);
    expect(tomorrow).toEqual({
      earliest: EARLIEST_DATE,
      latest: '2026-11-30',
      latestIs: 'one day after today, 2026-11-29',
    });
    expect(checkDateRange('2026-11-30', tomorrow)).toBeNull();
    expect(checkDateRange('2026-12-01', tomorrow)).toBe('is after 2026-11-30 (one day after today, 2026-11-29)');
    expect(checkDateRange('2026-11-30', rangeUntil('2026-11-29', 0))).toBe('is after 2026-11-29 (today)');
    // Never beyond the latest date taken at all.
    expect(rangeUntil('2199-12-31', 1)).toEqual(DATE_RANGE);
  });

  it('agrees with day arithmetic for every date (ISO dates compare as text only with four-digit years)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDay('1000-01-01'), max: toDay('9999-12-31') }), (day) => {
        const date = fromDay(day);
        const inside = day >= toDay(EARLIEST_DATE) && day <= toDay(LATEST_DATE);
        expect(checkDateRange(date) === null).toBe(inside);
      }),
    );
  });
});

describe('checkInstantRange', () => {
  it('judges an instant by its UTC date, including years JavaScript writes with a sign', () => {
    const range = rangeUntil('2026-11-29', 1);
    expect(checkInstantRange('2026-11-30T23:59:59.999Z', range)).toBeNull();
    expect(checkInstantRange('2026-12-01T00:00:00.000Z', range)).toMatch(/^is after 2026-11-30/);
    expect(checkInstantRange('1899-12-31T23:59:59.999Z')).toMatch(/^is before 1900-01-01/);
    expect(checkInstantRange(new Date(Date.UTC(10_000, 0, 1)).toISOString())).toMatch(/^is after 2199-12-31/);
    expect(checkInstantRange(new Date(Date.UTC(-1, 0, 1)).toISOString())).toMatch(/^is before 1900-01-01/);
    expect(checkInstantRange(`${addDays(LATEST_DATE, 0)}T12:00:00.000Z`)).toBeNull();
  });
});
