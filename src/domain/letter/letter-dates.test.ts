import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDay } from '../calendar/calendar.js';
import { addBusinessDays, respondBy, validationPeriodEnd } from './letter-dates.js';

describe('letter dates', () => {
  it('counts five business days to the assumed receipt, then thirty days', () => {
    // Friday 2026-11-27: receipt assumed Friday 2026-12-04, the period ends Sunday 2027-01-03.
    expect(addBusinessDays('2026-11-27', 5)).toBe('2026-12-04');
    expect(validationPeriodEnd('2026-11-27')).toBe('2027-01-03');
    // Monday 2026-11-30: receipt Monday 2026-12-07.
    expect(validationPeriodEnd('2026-11-30')).toBe('2027-01-06');
  });

  it('gives a demand fifteen days, a final demand ten, a credit-report notice fifteen', () => {
    expect(respondBy('demand', '2026-11-29')).toBe('2026-12-14');
    expect(respondBy('final_demand', '2026-11-29')).toBe('2026-12-09');
    expect(respondBy('credit_report_notice', '2026-11-29')).toBe('2026-12-14');
  });

  it('never gives a validation period shorter than 35 days nor longer than 39', () => {
    fc.assert(
      fc.property(fc.integer({ min: 19_000, max: 25_000 }), (day) => {
        const date = fromDay(day);
        const end = validationPeriodEnd(date);
        expect(daysBetween(end, date)).toBeGreaterThanOrEqual(35);
        expect(daysBetween(end, date)).toBeLessThanOrEqual(39);
        expect(addDays(end, -30) > date).toBe(true);
      }),
    );
  });
});
