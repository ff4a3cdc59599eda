import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { judgeAgreedPayment } from './judge-agreed-payment.js';

const agreed = { from: '2026-05-01', payBy: '2026-05-31', graceDays: 2, amount: 100_000 };
const pay = (valueOn: string, amount: number) => ({ valueOn, paidAt: `${valueOn}T08:00:00Z`, amount });

describe('an agreed payment (settlement)', () => {
  it('is reached on the value date of the payment that brings the count to the amount', () => {
    const v = judgeAgreedPayment(agreed, [pay('2026-05-03', 60_000), pay('2026-05-20', 40_000)], '2026-06-10');
    expect(v).toEqual({ counted: 100_000, reachedOn: '2026-05-20', breachedOn: null });
  });

  it('is reached by value date, whatever order the payments come in, and stays on the day it was reached', () => {
    const v = judgeAgreedPayment(agreed, [pay('2026-05-20', 60_000), pay('2026-05-03', 50_000)], '2026-06-10');
    expect(v).toEqual({ counted: 110_000, reachedOn: '2026-05-20', breachedOn: null });
    const more = judgeAgreedPayment(
      agreed,
      [pay('2026-05-03', 60_000), pay('2026-05-10', 40_000), pay('2026-05-15', 30_000)],
      '2026-06-10',
    );
    expect(more).toEqual({ counted: 130_000, reachedOn: '2026-05-10', breachedOn: null });
  });

  it('counts nothing before the approval day, and payments through pay-by plus grace', () => {
    const v = judgeAgreedPayment(agreed, [pay('2026-04-30', 90_000), pay('2026-06-02', 100_000)], '2026-06-10');
    expect(v).toEqual({ counted: 100_000, reachedOn: '2026-06-02', breachedOn: null });
    const late = judgeAgreedPayment(agreed, [pay('2026-06-03', 100_000)], '2026-06-10');
    expect(late).toEqual({ counted: 0, reachedOn: null, breachedOn: '2026-06-03' });
  });

  it('is neither reached nor breached while the window is open, and counts only through the day judged', () => {
    const v = judgeAgreedPayment(agreed, [pay('2026-05-10', 50_000), pay('2026-05-12', 50_000)], '2026-05-11');
    expect(v).toEqual({ counted: 50_000, reachedOn: null, breachedOn: null });
    expect(judgeAgreedPayment(agreed, [], '2026-06-02').breachedOn).toBeNull();
    expect(judgeAgreedPayment(agreed, [], '2026-06-03').breachedOn).toBe('2026-06-03');
  });

  it('never counts money outside its window, is reached on the first day the window holds enough, else breached after it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: -10, max: 50 }), amount: fc.integer({ min: 1, max: 80_000 }) }), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 60 }),
        (raw, asOfDay) => {
          const payments = raw.map((p) => pay(addDays(agreed.from, p.day), p.amount));
          const asOf = addDays(agreed.from, asOfDay);
          const v = judgeAgreedPayment(agreed, payments, asOf);
          const inWindow = payments
            .filter((p) => p.valueOn >= agreed.from && p.valueOn <= '2026-06-02' && p.valueOn <= asOf)
            .reduce((s, p) => s + p.amount, 0);
          expect(v.counted).toBe(inWindow);
          // Reached on the first day by which the window's payments up to it add up to the amount.
          const days = [...new Set(payments.map((p) => p.valueOn))].sort();
          const reachedOn =
            days.find(
              (day) =>
                day >= agreed.from &&
                day <= '2026-06-02' &&
                day <= asOf &&
                payments
                  .filter((p) => p.valueOn >= agreed.from && p.valueOn <= day)
                  .reduce((s, p) => s + p.amount, 0) >= agreed.amount,
            ) ?? null;
          expect(v.reachedOn).toBe(reachedOn);
          expect(v.breachedOn).toBe(reachedOn === null && asOf > '2026-06-02' ? '2026-06-03' : null);
        },
      ),
    );
  });
});
