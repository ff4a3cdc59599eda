/**
 * The split of one amount over instalments, called directly: a line only for each instalment that gets
 * money, in schedule order; what nothing can take comes back as unapplied; held credit (includeNotYetDue
 * false) pays only what is due and never pays ahead.
 */
import { describe, expect, it } from 'vitest';
import { allocatePayment } from './allocate-payment.js';
import { makeInstallment } from './ledger-fixtures.js';

function schedule() {
  const paidOff = makeInstallment(1, '2026-01-31', 10_000, 500);
  paidOff.paid = { ...paidOff.due };
  return [paidOff, makeInstallment(2, '2026-02-28', 10_000, 500), makeInstallment(3, '2026-03-31', 10_000, 500)];
}

describe('allocatePayment', () => {
  it('writes a line only for the instalments that get money, and returns the rest as unapplied', () => {
    const r = allocatePayment({ amount: 25_000, installments: schedule(), asOf: '2026-03-05', method: 'standard' });
    expect(r.lines).toEqual([
      { installmentNo: 2, amounts: { principal: 10_000, interest: 500, fee: 0, penalty: 0, late_fee: 0 } },
      { installmentNo: 3, amounts: { principal: 10_000, interest: 500, fee: 0, penalty: 0, late_fee: 0 } },
    ]);
    expect(r.unapplied).toBe(4_000);
  });

  it('leaves instalments not yet due alone when only due ones may be paid', () => {
    const r = allocatePayment({
      amount: 25_000,
      installments: schedule(),
      asOf: '2026-03-05',
      method: 'principal_first',
      includeNotYetDue: false,
    });
    expect(r.lines.map((l) => [l.installmentNo, l.amounts.principal, l.amounts.interest])).toEqual([[2, 10_000, 500]]);
    expect(r.unapplied).toBe(14_500);
  });

  it('counts an instalment as due on its due date', () => {
    const r = allocatePayment({
      amount: 500,
      installments: schedule(),
      asOf: '2026-02-28',
      method: 'standard',
      includeNotYetDue: false,
    });
    expect(r.lines.map((l) => l.installmentNo)).toEqual([2]);
    expect(r.unapplied).toBe(0);
  });
});
