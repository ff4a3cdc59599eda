import { describe, expect, it } from 'vitest';
import { addMonths, planDueDates } from './arrangement-terms.js';

describe('plan due dates', () => {
  it('keep the day of the month, clipped to the month’s last day, counted from the first due date', () => {
    expect(planDueDates('2026-01-31', 4, 'month')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
    expect(addMonths('2028-01-30', 1)).toBe('2028-02-29');
  });

  it('step by one or two weeks', () => {
    expect(planDueDates('2026-05-01', 3, 'week')).toEqual(['2026-05-01', '2026-05-08', '2026-05-15']);
    expect(planDueDates('2026-05-01', 2, '2weeks')).toEqual(['2026-05-01', '2026-05-15']);
  });
});
