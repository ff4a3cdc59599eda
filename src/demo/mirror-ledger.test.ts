import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDay } from '../domain/calendar/calendar.js';
import { rateOf } from '../domain/money/rate.js';
import { MirrorLedger, type MirrorTerms } from './mirror-ledger.js';

const D1 = toDay('2026-01-31');
const D2 = toDay('2026-02-28');

// 1,000.00 at 18% a year plus a 50% uplift, act/360: one day's penalty is 1,000.00 × 0.27 / 360 = 0.75.
const TERMS: MirrorTerms = {
  annualRate: rateOf('0.18'),
  penaltyUplift: rateOf('0.5'),
  basis: 360n,
  lateFee: 5_000,
  graceDays: 5,
  allocation: 'standard',
};

function twoInstalments(terms: MirrorTerms = TERMS) {
  return new MirrorLedger(terms, [
    { dueDay: D1, principal: 100_000, interest: 1_500, fee: 200 },
    { dueDay: D2, principal: 100_000, interest: 1_000, fee: 200 },
  ]);
}

describe('the demo customer’s view of an account', () => {
  it('owes nothing extra when paid on the due date', () => {
    const m = twoInstalments();
    expect(m.pastDueOn(D1)).toBe(101_700);
    m.pay(D1, m.toClearThrough(D1, 1));
    expect(m.dpdOn(D1 + 10)).toBe(0);
    m.pay(D2, m.toClearThrough(D2, 2));
    expect(m.settled()).toBe(true);
  });

  it('charges penalty interest for each day after the due date up to the day of payment', () => {
    const m = twoInstalments();
    // Paid on day due + 3: days due+1, +2, +3 each carry a day's penalty; the payment counts from the next day.
    expect(m.toClearThrough(D1 + 3, 1)).toBe(101_700 + 3 * 75);
    expect(m.dpdOn(D1 + 3)).toBe(3);
    m.pay(D1 + 3, 101_700 + 3 * 75);
    expect(m.dpdOn(D1 + 20)).toBe(0);
  });

  it('adds the late fee on the first day after the grace days when the instalment is still unpaid', () => {
    const m = twoInstalments();
    expect(m.pastDueOn(D1 + 5)).toBe(101_700 + 5 * 75);
    expect(m.pastDueOn(D1 + 6)).toBe(101_700 + 6 * 75 + 5_000);
  });

  it('allocates standard payments penalty → late fee → fee → interest → principal, oldest first', () => {
    const m = twoInstalments();
    // On D1 + 10: penalty 7.50, late fee 50.00, fee 2.00, interest 15.00 = 74.50, then 525.50 of principal.
    m.pay(D1 + 10, 60_000);
    expect(m.pastDueOn(D1 + 10)).toBe(47_450);
    // The next day's penalty is on the principal still unpaid: 474.50 × 0.27 / 360 = 0.355875 → 0.36.
    const before = m.pastDueOn(D1 + 10);
    expect(m.pastDueOn(D1 + 11) - before).toBe(36);
  });

  it('allocates principal-first across the due instalments: all principal, then interest, fees and costs', () => {
    const m = twoInstalments({ ...TERMS, allocation: 'principal_first' });
    m.pay(D2, 200_000);
    // Both principals are paid; both instalments' interest and fees, and the first one's costs, remain.
    expect(m.pastDueOn(D2)).toBe(1_500 + 200 + 1_000 + 200 + 28 * 75 + 5_000);
    expect(m.dpdOn(D2 + 1)).toBe(D2 + 1 - D1);
  });

  it('leaves instalments 1…k fully paid after a payment of what it says they need', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<'standard' | 'principal_first'>('standard', 'principal_first'),
        (delays, allocation) => {
          const m = new MirrorLedger(
            { ...TERMS, allocation },
            delays.map((_, i) => ({ dueDay: D1 + 30 * i, principal: 100_000 + i, interest: 900, fee: 0 })),
          );
          let day = D1;
          delays.forEach((delay, i) => {
            // Principal-first spreads a payment over every due instalment's principal first, so "clear 1…k"
            // is exact there only while instalment k + 1 is not yet due; standard allocation has no such limit.
            day = Math.max(day, D1 + 30 * i + (allocation === 'standard' ? delay : Math.min(delay, 29)));
            m.pay(day, m.toClearThrough(day, i + 1));
            expect(m.toClearThrough(day, i + 1)).toBe(0);
          });
          expect(m.settled()).toBe(true);
          expect(m.credit).toBe(0);
        },
      ),
    );
  });
});
