/**
 * Corrections take a ledger from one state to another with entries only for what differs: what was
 * charged (`correction`), what was allocated (`reallocation`, which moves money back to or out of credit),
 * and the late payment's own money (`payment`). Re-adding the entries to the old balances gives the new ones.
 */
import { describe, expect, it } from 'vitest';
import { type Amounts, COMPONENTS } from './amounts.js';
import { correctLedger } from './correct-ledger.js';
import { makeInstallment, makeState } from './ledger-fixtures.js';
import type { LedgerState, Posting } from './ledger-types.js';

/** What each instalment owes and the credit, after the entries: the figures the store re-adds. */
function owedAfter(state: LedgerState, postings: readonly Posting[]) {
  const owed = new Map<number, Amounts>();
  for (const i of state.installments) {
    const o = { ...i.due };
    for (const c of COMPONENTS) o[c] -= i.paid[c];
    owed.set(i.no, o);
  }
  let credit = state.credit;
  for (const p of postings) {
    credit += p.credit;
    if (p.installmentNo === null) continue;
    const o = owed.get(p.installmentNo) ?? { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 };
    for (const c of COMPONENTS) o[c] += p.amounts[c];
    owed.set(p.installmentNo, o);
  }
  return { owed, credit };
}

function onClosedDays(): LedgerState {
  const first = makeInstallment(1, '2026-01-31', 100_000, 2_000);
  first.due.penalty = 600;
  first.due.late_fee = 5_000;
  first.paid.penalty = 600;
  first.paid.late_fee = 5_000;
  first.paid.interest = 2_000;
  return makeState([first, makeInstallment(2, '2026-02-28', 100_000, 2_000)]);
}

describe('correctLedger', () => {
  it('writes nothing when nothing differs', () => {
    expect(correctLedger({ from: onClosedDays(), to: onClosedDays(), on: '2026-03-11', payment: null })).toEqual([]);
  });

  it('takes back a late fee and a penalty that on-time money would not have cost, and re-allocates', () => {
    // On time, the payment would have paid the instalment before its late-fee day: no fee, less penalty.
    const target = onClosedDays();
    const first = target.installments[0]!;
    first.due.penalty = 150;
    first.due.late_fee = 0;
    first.paid = { principal: 100_000, interest: 2_000, fee: 0, penalty: 150, late_fee: 0 };
    const payment = { id: 42, postedOn: '2026-03-11', paidAt: '2026-02-02T02:00:00.000Z', amount: 94_550 };
    const from = onClosedDays();
    const postings = correctLedger({ from, to: target, on: '2026-03-11', payment });

    expect(postings.map((p) => [p.kind, p.installmentNo, p.paymentId])).toEqual([
      ['payment', null, 42],
      ['correction', 1, 42],
      ['reallocation', 1, 42],
    ]);
    expect(postings[1]?.amounts).toEqual({ principal: 0, interest: 0, fee: 0, penalty: -450, late_fee: -5_000 });
    expect(postings.every((p) => p.postedOn === '2026-03-11')).toBe(true);
    const after = owedAfter(from, postings);
    expect(after.owed.get(1)).toEqual({ principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 });
    // The late money pays exactly what the on-time ledger allocated on top: nothing is left as credit.
    expect(after.credit).toBe(0);
  });

  it('names no payment when a late instalment explains the difference, and charges an instalment new to the ledger', () => {
    const target = onClosedDays();
    target.installments.push(makeInstallment(3, '2026-03-31', 50_000, 1_000));
    const postings = correctLedger({ from: onClosedDays(), to: target, on: '2026-03-11', payment: null });
    expect(postings).toEqual([
      {
        kind: 'correction',
        postedOn: '2026-03-11',
        installmentNo: 3,
        paymentId: null,
        amounts: { principal: 50_000, interest: 1_000, fee: 0, penalty: 0, late_fee: 0 },
        credit: 0,
        period: null,
      },
    ]);
  });

  it('sees a difference in any single component, and moves re-allocated money through credit', () => {
    for (const c of COMPONENTS) {
      const target = onClosedDays();
      target.installments[1]!.paid[c] = 1;
      const postings = correctLedger({ from: onClosedDays(), to: target, on: '2026-03-11', payment: null });
      expect(
        postings.map((p) => [p.kind, p.credit]),
        c,
      ).toEqual([['reallocation', -1]]);
    }
  });
});
