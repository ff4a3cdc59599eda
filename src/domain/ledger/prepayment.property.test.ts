/**
 * A customer who pays ahead never pays a late fee or penalty interest: money applied to instalments not
 * yet due goes instalment by instalment, each whole before the next, so every instalment that was paid for
 * by its due date is fully paid on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import { totalOf } from './amounts.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { PaymentToPost } from './ledger-types.js';

const OPENED = '2026-01-01';

describe('paying ahead', () => {
  it('principal_first, 7 monthly instalments, twice each instalment five days early: no late fee, all credit kept', () => {
    const terms = makeTerms({
      allocation: 'principal_first',
      lateFee: 5_000,
      graceDays: 3,
      costCapRate: '0.15',
      principal: 700_000,
    });
    const installments = Array.from({ length: 7 }, (_, k) =>
      makeInstallment(k + 1, addDays('2026-01-31', 30 * k), 100_000, 8_000 - 1_000 * k, 500),
    );
    const payments: PaymentToPost[] = installments.map((inst, k) => {
      const postedOn = addDays(inst.dueOn, -5);
      return { id: k + 1, postedOn, paidAt: `${postedOn}T09:00:00.000Z`, amount: 2 * totalOf(inst.due) };
    });
    const r = advanceLedger({
      terms,
      state: makeState(installments),
      from: OPENED,
      to: '2026-09-30',
      payments,
      holds: [],
    });
    expect(r.postings.filter((p) => p.kind === 'late_fee' || p.kind === 'penalty')).toEqual([]);
    expect(r.state.postedCosts).toBe(0);
    const scheduled = installments.reduce((sum, i) => sum + totalOf(i.due), 0);
    expect(r.state.credit).toBe(2 * scheduled - scheduled);
    expect(r.state.installments.every((i) => totalOf(i.paid) === totalOf(i.due))).toBe(true);
  });

  it('never charges penalty or a late fee to an account whose every instalment was paid by its due date', () => {
    const scenario = fc.record({
      allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
      lateFee: fc.integer({ min: 1, max: 10_000 }),
      graceDays: fc.integer({ min: 0, max: 5 }),
      costCapRate: fc.constantFrom(null, '0.15', '0.36'),
      installments: fc.array(
        fc.record({
          gap: fc.integer({ min: 1, max: 45 }),
          principal: fc.integer({ min: 0, max: 300_000 }),
          interest: fc.integer({ min: 0, max: 20_000 }),
          fee: fc.integer({ min: 0, max: 2_000 }),
          early: fc.integer({ min: 0, max: 20 }),
          // What is paid for the instalment: its amount times 1, 1.5, 2 or 3, plus up to 10.00.
          times: fc.constantFrom(2, 3, 4, 6),
          extra: fc.integer({ min: 0, max: 1_000 }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const terms = makeTerms({
          allocation: s.allocation,
          lateFee: s.lateFee,
          graceDays: s.graceDays,
          costCapRate: s.costCapRate,
        });
        let due = OPENED;
        const installments = s.installments.map((i, k) => {
          due = addDays(due, i.gap);
          return makeInstallment(k + 1, due, i.principal, i.interest, i.fee);
        });
        const payments: PaymentToPost[] = installments.map((inst, k) => {
          const plan = s.installments[k]!;
          const back = addDays(inst.dueOn, -plan.early);
          const postedOn = back < OPENED ? OPENED : back;
          const amount = Math.ceil((totalOf(inst.due) * plan.times) / 2) + plan.extra;
          return { id: k + 1, postedOn, paidAt: `${postedOn}T09:00:00.000Z`, amount: Math.max(1, amount) };
        });
        const last = installments.at(-1)!.dueOn;
        const r = advanceLedger({
          terms,
          state: makeState(installments),
          from: OPENED,
          to: addDays(last, 40),
          payments,
          holds: [],
        });
        expect(r.postings.some((p) => p.kind === 'late_fee' || p.kind === 'penalty')).toBe(false);
        expect(r.state.postedCosts).toBe(0);
        expect(r.state.installments.every((i) => i.accrued === 0 && totalOf(i.paid) === totalOf(i.due))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
