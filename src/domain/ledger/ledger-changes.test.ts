/**
 * What a run of the engine reports beside the postings, which the cycle stores: the last day anything
 * changed (it becomes the account's closed day), and how many instalment-days accrued penalty. And the
 * late fee on an instalment whose principal is paid but whose interest is not, the case a day-skipping
 * engine could miss because no penalty runs on it.
 */
import { describe, expect, it } from 'vitest';
import { advanceLedger } from './advance-ledger.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { AccountTerms, PaymentToPost } from './ledger-types.js';

function run(terms: AccountTerms, to: string, payments: PaymentToPost[] = []) {
  const state = makeState([
    makeInstallment(1, '2026-01-31', 100_000, 2_000),
    makeInstallment(2, '2026-02-28', 100_000),
  ]);
  return advanceLedger({ terms, state, from: '2026-01-01', to, payments, holds: [] });
}

describe('a run of the ledger engine', () => {
  it('reports no change while nothing is due', () => {
    const r = run(makeTerms(), '2026-01-31');
    expect(r).toMatchObject({ postings: [], lastChangedOn: null, accrualDays: 0 });
    expect(r.changed.size).toBe(0);
  });

  it('reports the last day something accrued, was decided or posted, and each instalment-day of penalty', () => {
    const r = run(makeTerms({ graceDays: 3 }), '2026-03-05');
    expect(r.lastChangedOn).toBe('2026-03-05');
    // No. 1 accrues from 1 Feb to 5 Mar (33 days), no. 2 from 1 to 5 Mar (5 days).
    expect(r.accrualDays).toBe(33 + 5);
    expect([...r.changed].sort()).toEqual([1, 2]);
  });

  it('reports the late-fee decision as a change even when nothing accrues and the fee is zero', () => {
    const r = run(makeTerms({ annualRate: '0', lateFee: 0, graceDays: 3 }), '2026-02-20');
    expect(r.postings).toEqual([]);
    expect(r.accrualDays).toBe(0);
    expect(r.lastChangedOn).toBe('2026-02-04');
    expect(r.state.installments[0]).toMatchObject({ lateFeeDecided: true, accrued: 0, accruedFrom: null });
  });

  it('charges the late fee when only interest is left unpaid after the due date', () => {
    // 先本后息: 1,000.00 on the due date pays all the principal; the 20.00 interest stays unpaid.
    const terms = makeTerms({ allocation: 'principal_first', lateFee: 5_000, graceDays: 3 });
    const pay: PaymentToPost = { id: 1, postedOn: '2026-01-31', paidAt: '2026-01-31T02:00:00.000Z', amount: 100_000 };
    const r = run(terms, '2026-02-10', [pay]);
    expect(r.postings.filter((p) => p.kind === 'late_fee').map((p) => [p.postedOn, p.installmentNo])).toEqual([
      ['2026-02-04', 1],
    ]);
    expect(r.postings.some((p) => p.kind === 'penalty')).toBe(false);
    expect(r.state.installments[0]?.accrued).toBe(0);
  });
});
