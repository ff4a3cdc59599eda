/**
 * What an account owes, what of it is past due and since when: the figures DPD, buckets and the ageing
 * report are built on. DPD counts from the oldest instalment with anything unpaid — principal, interest,
 * fee, penalty (posted or still accruing) or late fee.
 */
import { describe, expect, it } from 'vitest';
import { daysPastDue } from '../ageing/ageing.js';
import { makeInstallment, makeState } from './ledger-fixtures.js';
import type { InstallmentState } from './ledger-types.js';
import { summariseLedger } from './summarise-ledger.js';

/** An instalment of 1,000.00 principal and 30.00 interest with some of it paid. */
function instalment(no: number, dueOn: string, paid: Partial<InstallmentState['paid']> = {}): InstallmentState {
  const inst = makeInstallment(no, dueOn, 100_000, 3_000);
  Object.assign(inst.paid, paid);
  return inst;
}
const PAID = { principal: 100_000, interest: 3_000 };

describe('summariseLedger', () => {
  it('counts as past due only what instalments due before the day still owe, open accruals included', () => {
    const first = instalment(1, '2026-01-31', { interest: 3_000, principal: 40_000 });
    first.accrued = 250;
    const second = instalment(2, '2026-02-28');
    const third = instalment(3, '2026-03-31');
    const summary = summariseLedger(makeState([first, second, third]), '2026-02-28');

    expect(summary.pastDue).toEqual({ principal: 60_000, interest: 0, fee: 0, penalty: 250, late_fee: 0 });
    expect(summary.outstanding).toEqual({ principal: 260_000, interest: 6_000, fee: 0, penalty: 250, late_fee: 0 });
    expect(summary.oldestUnpaidDueOn).toBe('2026-01-31');
    expect(summary.status).toBe('active');
    // The day after, the second instalment is past due too.
    expect(summariseLedger(makeState([first, second, third]), '2026-03-01').pastDue.principal).toBe(160_000);
  });

  it('ages from the oldest instalment with anything unpaid, skipping those paid in full', () => {
    const paidOff = instalment(1, '2026-01-31', PAID);
    const lateFeeOnly = instalment(2, '2026-02-28', PAID);
    lateFeeOnly.due.late_fee = 5_000;
    const unpaid = instalment(3, '2026-03-31');
    const state = makeState([paidOff, lateFeeOnly, unpaid]);

    const summary = summariseLedger(state, '2026-04-10');
    expect(summary.oldestUnpaidDueOn).toBe('2026-02-28');
    expect(daysPastDue(summary.oldestUnpaidDueOn, '2026-04-10')).toBe(41);
    expect(summary.pastDue).toEqual({ principal: 100_000, interest: 3_000, fee: 0, penalty: 0, late_fee: 5_000 });
  });

  it('counts penalty still accruing as unpaid: it keeps the instalment, and the account, delinquent', () => {
    const inst = instalment(1, '2026-01-31', PAID);
    inst.accrued = 75;
    const summary = summariseLedger(makeState([inst]), '2026-02-05');
    expect(summary.oldestUnpaidDueOn).toBe('2026-01-31');
    expect(summary.status).toBe('active');
    expect(summary.outstanding.penalty).toBe(75);
  });

  it('has no oldest unpaid date once everything is paid, and the account is paid off', () => {
    const state = makeState([instalment(1, '2026-01-31', PAID), instalment(2, '2026-02-28', PAID)]);
    state.credit = 1_234;
    const summary = summariseLedger(state, '2026-03-10');
    expect(summary).toMatchObject({ oldestUnpaidDueOn: null, status: 'paid_off', credit: 1_234 });
    expect(summary.pastDue).toEqual({ principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 });
  });

  it('keeps an account without instalments active: nothing was ever charged, so nothing was paid off', () => {
    expect(summariseLedger(makeState([]), '2026-03-10').status).toBe('active');
  });

  it('adds what instalments left out of the state owe to the outstanding balance only', () => {
    const others = { principal: 100_000, interest: 3_000, fee: 0, penalty: 0, late_fee: 0 };
    const summary = summariseLedger(makeState([instalment(1, '2026-01-31', PAID)]), '2026-03-10', others);
    expect(summary.outstanding).toEqual(others);
    expect(summary.pastDue.principal).toBe(0);
    expect(summary.oldestUnpaidDueOn).toBeNull();
    expect(summary.status).toBe('active');
    const none = { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 };
    expect(summariseLedger(makeState([]), '2026-03-10', none).status).toBe('paid_off');
  });
});
