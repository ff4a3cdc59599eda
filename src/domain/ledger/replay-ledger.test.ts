/**
 * A replay works an account out from its opening date, the way value-dating needs it: every day under the
 * terms that applied on that day, each payment in the terms period of its own date, and the schedule walked
 * oldest first (by due date, then instalment number) whatever order it was stored in.
 */
import { describe, expect, it } from 'vitest';
import { makeTerms } from './ledger-fixtures.js';
import type { PaymentToPost } from './ledger-types.js';
import { replayLedger, type ScheduledInstallment } from './replay-ledger.js';

const instalment = (no: number, dueOn: string, principal = 100_000): ScheduledInstallment => ({
  no,
  dueOn,
  principal,
  interest: 0,
  fee: 0,
});
const pay = (id: number, postedOn: string, amount: number): PaymentToPost => ({
  id,
  postedOn,
  paidAt: `${postedOn}T10:00:00.000Z`,
  amount,
});

describe('replayLedger', () => {
  it('charges each day under the terms that applied on it', () => {
    // 1,000.00 unpaid from 1 Feb: 0.18 × 1.5 / 360 = 0.75 a day in February, 0.36 × 1.5 / 360 = 1.50 from March.
    const before = makeTerms({ annualRate: '0.18', lateFee: 5_000, graceDays: 3 });
    const after = makeTerms({ annualRate: '0.36', lateFee: 8_000, graceDays: 3 });
    const state = replayLedger({
      terms: [
        { from: '2026-01-01', terms: before },
        { from: '2026-03-01', terms: after },
      ],
      schedule: [instalment(1, '2026-01-31')],
      payments: [],
      holds: [],
      to: '2026-03-10',
    });
    const [inst] = state.installments;
    expect(inst?.due.penalty).toBe(28 * 75);
    expect(inst?.accrued).toBe(10 * 150);
    // The late fee fell due on 4 February, under the terms of February.
    expect(inst?.due.late_fee).toBe(5_000);
  });

  it('allocates each payment under the terms of its own date', () => {
    const standard = makeTerms({ annualRate: '0', lateFee: 0 });
    const principalFirst = makeTerms({ annualRate: '0', lateFee: 0, allocation: 'principal_first' });
    const schedule = [{ ...instalment(1, '2026-01-31'), interest: 10_000 }];
    const replay = (payments: PaymentToPost[]) =>
      replayLedger({
        terms: [
          { from: '2026-01-01', terms: standard },
          { from: '2026-03-01', terms: principalFirst },
        ],
        schedule,
        payments,
        holds: [],
        to: '2026-03-10',
      }).installments[0]?.paid;
    // 200.00 pays interest first under standard terms (February), principal first after the change (March).
    expect(replay([pay(1, '2026-02-20', 20_000)])).toMatchObject({ interest: 10_000, principal: 10_000 });
    expect(replay([pay(1, '2026-03-05', 20_000)])).toMatchObject({ interest: 0, principal: 20_000 });
    // A payment on the day the terms change belongs to the new terms, and is allocated once.
    expect(replay([pay(1, '2026-03-01', 20_000)])).toMatchObject({ interest: 0, principal: 20_000 });
  });

  it('walks the schedule oldest first, by due date then number, in whatever order it is stored', () => {
    const terms = makeTerms({ annualRate: '0', lateFee: 0 });
    const replay = (schedule: ScheduledInstallment[]) =>
      replayLedger({
        terms: [{ from: '2026-01-01', terms }],
        schedule,
        payments: [pay(1, '2026-03-05', 50_000)],
        holds: [],
        to: '2026-03-05',
      }).installments.map((i) => [i.no, i.paid.principal]);
    expect(replay([instalment(2, '2026-02-28'), instalment(1, '2026-01-31')])).toEqual([
      [1, 50_000],
      [2, 0],
    ]);
    expect(replay([instalment(3, '2026-01-31'), instalment(2, '2026-01-31')])).toEqual([
      [2, 50_000],
      [3, 0],
    ]);
    // Numbers need not follow due dates (a renumbered schedule): the due date decides.
    expect(replay([instalment(1, '2026-02-28'), instalment(2, '2026-01-31')])).toEqual([
      [2, 50_000],
      [1, 0],
    ]);
  });
});
