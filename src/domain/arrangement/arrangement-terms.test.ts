import { describe, expect, it } from 'vitest';
import { addMonths, familyOf, parseTerms, planDueDates } from './arrangement-terms.js';

describe('plan due dates', () => {
  it('keep the day of the month, clipped to the month’s last day, counted from the first due date', () => {
    expect(planDueDates('2026-01-31', 4, 'month')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
    expect(addMonths('2028-01-30', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-05', 5)).toBe('2027-01-05');
    expect(addMonths('2026-03-31', 0)).toBe('2026-03-31');
  });

  it('step by one or two weeks', () => {
    expect(planDueDates('2026-05-01', 3, 'week')).toEqual(['2026-05-01', '2026-05-08', '2026-05-15']);
    expect(planDueDates('2026-05-01', 2, '2weeks')).toEqual(['2026-05-01', '2026-05-15']);
  });
});

describe('terms by family', () => {
  it('plans are plan and principal-first; every other type expects an agreed payment', () => {
    expect(familyOf('plan')).toBe('plan');
    expect(familyOf('principal_first')).toBe('plan');
    for (const type of ['settlement', 'debt_for_asset', 'offset', 'insurance', 'third_party_shares'] as const) {
      expect(familyOf(type)).toBe('payment');
    }
  });

  it('are read back as stored, and refused when of no known family', () => {
    const payment = { family: 'payment', amount: 500, pay_by: '2026-06-30', waive_rest: true };
    expect(parseTerms(JSON.stringify(payment))).toEqual(payment);
    const plan = { family: 'plan', installments: 2, first_due: '2026-07-01', every: 'month', due_dates: [] };
    expect(parseTerms(JSON.stringify(plan))).toEqual(plan);
    expect(() => parseTerms('{"family":"loan"}')).toThrow('arrangement terms of unknown family: {"family":"loan"}');
  });
});
