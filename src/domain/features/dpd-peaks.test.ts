import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { firstMonthInWindow, formatPeaks, maxDpdOverYear, parsePeaks, recordDpd } from './dpd-peaks.js';

describe('monthly DPD peaks', () => {
  it('keeps the highest DPD of each month, months in order, and drops months that left the window', () => {
    let peaks = parsePeaks('2025-10:90,2025-11:120,2026-10:5');
    peaks = recordDpd(peaks, '2026-11-29', 33);
    peaks = recordDpd(peaks, '2026-11-30', 12);
    // 2025-10 ends before 2026-11-30 − 364 = 2025-12-01; 2025-11 too.
    expect(formatPeaks(peaks)).toBe('2026-10:5,2026-11:33');
    expect(firstMonthInWindow('2026-11-30')).toBe('2025-12');
    expect(firstMonthInWindow('2026-11-29')).toBe('2025-11');
  });

  it('a straddling month counts whole: a peak on its first day is remembered to its end', () => {
    const peaks = parsePeaks('2025-11:120,2026-11:0');
    expect(maxDpdOverYear(peaks, '2026-11-29')).toBe(120);
    expect(maxDpdOverYear(peaks, '2026-11-30')).toBe(0);
  });

  it('recording the same day twice changes nothing', () => {
    const once = recordDpd(parsePeaks('2026-10:40'), '2026-11-29', 33);
    expect(formatPeaks(recordDpd(once, '2026-11-29', 33))).toBe(formatPeaks(once));
  });

  it('skips malformed stored entries instead of failing the run', () => {
    expect(formatPeaks(parsePeaks('2026-10:4,garbage,2026-11:x,2026-11:7'))).toBe('2026-10:4,2026-11:7');
    expect(parsePeaks('').size).toBe(0);
    // An entry must be a whole `YYYY-MM:n`: nothing before the month, nothing after the count.
    expect(formatPeaks(parsePeaks('x2026-09:90,2026-10:4,2026-11:7x,2026-11:1234567'))).toBe('2026-10:4');
  });

  it('stores months in calendar order whatever order they were read in', () => {
    expect(formatPeaks(parsePeaks('2026-11:7,2025-12:30,2026-10:4'))).toBe('2025-12:30,2026-10:4,2026-11:7');
  });

  it('keeps the window’s first month while it still reaches into the window', () => {
    // 2026-11-29 − 364 = 2025-11-30: November 2025 still counts.
    expect(formatPeaks(recordDpd(parsePeaks('2025-10:90,2025-11:120'), '2026-11-29', 33))).toBe(
      '2025-11:120,2026-11:33',
    );
  });

  it('a month after as_of (an earlier day replayed) is neither counted nor kept', () => {
    const peaks = parsePeaks('2026-11:10,2026-12:90');
    expect(maxDpdOverYear(peaks, '2026-11-29')).toBe(10);
    expect(formatPeaks(recordDpd(peaks, '2026-11-29', 5))).toBe('2026-11:10');
  });

  it('equals the brute-force maximum over a day-by-day history (some days not run)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.record({ dpd: fc.integer({ min: 0, max: 400 }), run: fc.boolean() }), {
          minLength: 1,
          maxLength: 800,
        }),
        (offset, days) => {
          const start = addDays('2023-01-01', offset);
          let peaks: Map<string, number> = new Map();
          const history: { day: string; dpd: number }[] = [];
          days.forEach(({ dpd, run }, i) => {
            if (!run && i !== days.length - 1) return;
            const day = addDays(start, i);
            peaks = recordDpd(parsePeaks(formatPeaks(peaks)), day, dpd);
            history.push({ day, dpd });
          });
          const asOf = addDays(start, days.length - 1);
          // The window: from the first day of the month holding as_of − 364 through as_of.
          const from = `${addDays(asOf, -364).slice(0, 7)}-01`;
          const expected = Math.max(0, ...history.filter((h) => h.day >= from && h.day <= asOf).map((h) => h.dpd));
          expect(maxDpdOverYear(peaks, asOf)).toBe(expected);
          // Never below the exact 365-day maximum, and at most 13 months kept.
          const exact = Math.max(0, ...history.filter((h) => h.day > addDays(asOf, -365)).map((h) => h.dpd));
          expect(maxDpdOverYear(peaks, asOf)).toBeGreaterThanOrEqual(exact);
          expect(peaks.size).toBeLessThanOrEqual(13);
        },
      ),
      { numRuns: 200 },
    );
  });
});
