import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, toDay } from '../domain/calendar/calendar.js';
import { rateOf } from '../domain/money/rate.js';
import { amortisingSchedule, invoiceSchedule, levelPayment, monthlyDate, revolvingSchedule } from './build-schedule.js';

const rateFromBasisPoints = (bp: number) => rateOf(`0.${String(bp).padStart(4, '0')}`);

describe('monthly due dates', () => {
  it('keep the day of the month, or the last day of a shorter month', () => {
    expect(monthlyDate('2026-01-31', 1, 31)).toBe('2026-02-28');
    expect(monthlyDate('2024-01-31', 1, 31)).toBe('2024-02-29');
    expect(monthlyDate('2026-01-31', 2, 31)).toBe('2026-03-31');
    expect(monthlyDate('2026-03-31', 1, 31)).toBe('2026-04-30');
    expect(monthlyDate('2026-11-15', 3, 15)).toBe('2027-02-15');
    expect(monthlyDate('2026-05-20', 0, 3)).toBe('2026-05-03');
  });

  it('always name a real date in the right month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 18_000, max: 25_000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 31 }),
        (day, months, dom) => {
          const from = new Date(day * 86_400_000).toISOString().slice(0, 10);
          const to = monthlyDate(from, months, dom);
          expect(isIsoDate(to)).toBe(true);
          const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
          expect(monthIndex(to) - monthIndex(from)).toBe(months);
          expect(Number(to.slice(8, 10))).toBeLessThanOrEqual(dom);
        },
      ),
    );
  });
});

describe('amortising schedule (等额本息)', () => {
  it('repays exactly the principal in level payments of principal plus interest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 50_000_000 }),
        fc.integer({ min: 0, max: 3_600 }),
        fc.constantFrom(3, 6, 12, 24, 36, 60),
        fc.integer({ min: 0, max: 2_000 }),
        (principal, bp, months, fee) => {
          // Rates only choose the schedule here; floats below bound a rounding drift in a test, never money.
          const annualRate = rateFromBasisPoints(bp);
          const rows = amortisingSchedule({ principal, annualRate, months, openedOn: '2025-01-31', monthlyFee: fee });
          expect(rows).toHaveLength(months);
          expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(principal);
          const level = levelPayment(principal, annualRate, months);
          rows.forEach((r, i) => {
            expect(Number.isSafeInteger(r.principal) && r.principal >= 0).toBe(true);
            expect(Number.isSafeInteger(r.interest) && r.interest >= 0).toBe(true);
            expect(r.fee).toBe(fee);
            if (i < months - 1) expect(r.principal + r.interest).toBe(level);
            if (i > 0) expect(toDay(r.dueOn)).toBeGreaterThan(toDay(rows[i - 1]?.dueOn ?? ''));
          });
          // Rounding the payment and each month's interest to the fen (at most one fen a month, compounding
          // at the monthly rate) leaves the last payment within Σ(1+r)^k fen of level.
          const r = bp / 120_000;
          const drift = r === 0 ? months : Math.ceil(((1 + r) ** months - 1) / r);
          const last = rows.at(-1);
          expect(Math.abs((last?.principal ?? 0) + (last?.interest ?? 0) - level)).toBeLessThanOrEqual(drift + 1);
        },
      ),
    );
  });

  it('computes the textbook level payment', () => {
    // 100,000.00 over 12 months at 12% a year (1% a month): 8,884.88.
    expect(levelPayment(10_000_000, rateOf('0.12'), 12)).toBe(888_488);
    expect(levelPayment(1_200_000, rateOf('0'), 12)).toBe(100_000);
  });
});

describe('revolving card plan', () => {
  it('repays the balance in equal shares with the month’s interest, and the annual fee every twelfth month', () => {
    const rows = revolvingSchedule({
      balance: 1_234_567,
      annualRate: rateOf('0.1825'),
      months: 24,
      firstDueOn: '2025-03-08',
      annualFee: 20_000,
    });
    expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(1_234_567);
    expect(rows.map((r) => r.fee).filter((f) => f > 0)).toEqual([20_000, 20_000]);
    expect(rows[0]?.fee).toBe(20_000);
    expect(rows[12]?.fee).toBe(20_000);
    expect(rows[1]?.dueOn).toBe('2025-04-08');
    // Interest shrinks as the balance does.
    expect(rows[0]?.interest).toBeGreaterThan(rows[23]?.interest ?? Number.POSITIVE_INFINITY);
  });
});

describe('invoices', () => {
  it('fall due net 30 or 60 after issue, oldest first', () => {
    const rows = invoiceSchedule([
      { issuedOn: '2026-09-01', netDays: 30, amount: 500_000 },
      { issuedOn: '2026-07-15', netDays: 60, amount: 120_000 },
    ]);
    expect(rows).toEqual([
      { no: 1, dueOn: addDays('2026-07-15', 60), principal: 120_000, interest: 0, fee: 0 },
      { no: 2, dueOn: '2026-10-01', principal: 500_000, interest: 0, fee: 0 },
    ]);
  });
});
