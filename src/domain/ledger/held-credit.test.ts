/**
 * Unapplied credit is held, not spent ahead: it pays an instalment on the day that instalment falls due
 * (before that day's payments), oldest first, and it never pays an instalment early. Credit meets an unpaid
 * instalment when the money came before the instalment was charged (a schedule imported after a payment).
 */
import { describe, expect, it } from 'vitest';
import { advanceLedger } from './advance-ledger.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';

const terms = makeTerms({ annualRate: '0.18', penaltyUplift: '0.5', lateFee: 5_000, graceDays: 3 });

function withCredit(credit: number, to: string, payments: { id: number; postedOn: string; amount: number }[] = []) {
  const state = makeState([makeInstallment(1, '2026-01-31', 100_000), makeInstallment(2, '2026-02-28', 100_000)]);
  state.credit = credit;
  return advanceLedger({
    terms,
    state,
    from: '2026-01-10',
    to,
    payments: payments.map((p) => ({ ...p, paidAt: `${p.postedOn}T10:00:00.000Z` })),
    holds: [],
  });
}

const allocations = (r: ReturnType<typeof withCredit>) =>
  r.postings
    .filter((p) => p.kind === 'allocation')
    .map((p) => [p.postedOn, p.installmentNo, p.paymentId, p.amounts.principal]);

describe('held credit', () => {
  it('waits for an instalment to fall due and pays it on its due date, so nothing is ever late', () => {
    const r = withCredit(150_000, '2026-03-10');
    expect(allocations(r)).toEqual([
      ['2026-01-31', 1, null, -100_000],
      ['2026-02-28', 2, null, -50_000],
    ]);
    // The first instalment was paid on its due date: no penalty, no late fee.
    expect(r.postings.filter((p) => p.installmentNo === 1 && p.kind !== 'allocation')).toEqual([]);
    // The second still owes 500.00 after its due date: penalty runs on it, and its late fee falls due.
    expect(r.state.installments[1]?.accrued).toBeGreaterThan(0);
    expect(r.postings.filter((p) => p.kind === 'late_fee').map((p) => [p.postedOn, p.installmentNo])).toEqual([
      ['2026-03-04', 2],
    ]);
    expect(r.state.credit).toBe(0);
  });

  it('is not spent before anything falls due', () => {
    const r = withCredit(150_000, '2026-01-30');
    expect(r.postings).toEqual([]);
    expect(r.state.credit).toBe(150_000);
  });

  it('is used before a payment of the same day, which then pays what the credit left', () => {
    const r = withCredit(30_000, '2026-01-31', [{ id: 7, postedOn: '2026-01-31', amount: 80_000 }]);
    expect(allocations(r)).toEqual([
      ['2026-01-31', 1, null, -30_000],
      ['2026-01-31', 1, 7, -70_000],
      ['2026-01-31', 2, 7, -10_000],
    ]);
  });
});
