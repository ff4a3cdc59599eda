/**
 * Order within a day: penalty interest first (oldest instalment first), then late fees, all within the
 * one cost-cap headroom of that day; then held credit; then the day's payments by paid_at, then by id.
 */
import { describe, expect, it } from 'vitest';
import { advanceLedger } from './advance-ledger.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { PaymentToPost } from './ledger-types.js';

describe('order within a day', () => {
  it('gives late fees falling due the same day the headroom in turn: the second gets what the first left', () => {
    // Cap 0.36 / 360 of 3,000.00 = 3.00 a day since 1 Jan: 93.00 on 1 Feb, less 40.00 scheduled interest.
    const terms = makeTerms({ costCapRate: '0.36', annualRate: '0', lateFee: 5_000, graceDays: 0 });
    const state = makeState([
      makeInstallment(1, '2026-01-31', 150_000, 4_000),
      makeInstallment(2, '2026-01-31', 150_000),
    ]);
    const r = advanceLedger({ terms, state, from: '2026-01-01', to: '2026-02-05', payments: [], holds: [] });
    expect(r.postings.map((p) => [p.postedOn, p.kind, p.installmentNo, p.amounts.late_fee])).toEqual([
      ['2026-02-01', 'late_fee', 1, 5_000],
      ['2026-02-01', 'late_fee', 2, 300],
    ]);
    // Decided, though cut: the second instalment gets no more late fee when the cap grows.
    expect(r.state.installments.map((i) => i.lateFeeDecided)).toEqual([true, true]);
    expect(r.state.postedCosts).toBe(5_300);
  });

  it('lets penalty interest take the headroom before late fees', () => {
    // Penalty 0.18 × 1.5 / 360 of 3,000.00 = 2.25 a day from 29 Jan. Grace 3 days: the late fee falls due
    // on 1 Feb, when the cap is 93.00, less 40.00 scheduled interest, less four days of penalty.
    const terms = makeTerms({ costCapRate: '0.36', annualRate: '0.18', penaltyUplift: '0.5', lateFee: 5_300 });
    const state = makeState([makeInstallment(1, '2026-01-28', 300_000, 4_000)]);
    const r = advanceLedger({ terms, state, from: '2026-01-01', to: '2026-02-01', payments: [], holds: [] });
    expect(r.postings.map((p) => [p.postedOn, p.kind, p.amounts.penalty + p.amounts.late_fee])).toEqual([
      ['2026-01-31', 'penalty', 3 * 225],
      ['2026-02-01', 'late_fee', 9_300 - 4_000 - 4 * 225],
    ]);
    expect(r.state.installments[0]).toMatchObject({ accrued: 225, accruedFrom: '2026-02-01' });
  });

  it('allocates payments made at the same instant by id, whatever order they arrive in', () => {
    const terms = makeTerms({ annualRate: '0', lateFee: 0 });
    const at = '2026-03-01T09:00:00.000Z';
    const payments: PaymentToPost[] = [
      { id: 9, postedOn: '2026-03-01', paidAt: at, amount: 500 },
      { id: 3, postedOn: '2026-03-01', paidAt: at, amount: 700 },
      { id: 5, postedOn: '2026-02-28', paidAt: '2026-02-28T23:00:00.000Z', amount: 100 },
    ];
    const state = makeState([makeInstallment(1, '2026-01-31', 1_000)]);
    const r = advanceLedger({ terms, state, from: '2026-02-01', to: '2026-03-01', payments, holds: [] });
    // The earlier day first; then id 3 before id 9, so id 3 pays 700 of the 900 left and id 9 the last 200.
    expect(r.postings.filter((p) => p.kind === 'allocation').map((p) => [p.paymentId, p.amounts.principal])).toEqual([
      [5, -100],
      [3, -700],
      [9, -200],
    ]);
  });
});
