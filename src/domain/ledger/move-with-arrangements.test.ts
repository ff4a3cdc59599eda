/**
 * Value-dating around an arrangement: money dated before a plan started but arriving after it counts from
 * the day after the plan's start (the floor), so the plan the debtor agreed to stays as agreed and the money
 * pays it; a replay repeats the plan's reschedule exactly, and outcomes already reported are not repeated.
 */
import { describe, expect, it } from 'vitest';
import { advanceLedger } from './advance-ledger.js';
import type { LedgerPlan } from './arrangement-effects.js';
import { makeTerms } from './ledger-fixtures.js';
import { moveAccountLedger } from './move-account-ledger.js';
import { freshState } from './replay-ledger.js';

const terms = makeTerms({ annualRate: '0.18', lateFee: 5_000, graceDays: 3 });
const schedule = [{ no: 1, dueOn: '2026-01-31', principal: 100_000, interest: 2_000, fee: 0 }];
const plan: LedgerPlan = {
  kind: 'plan',
  id: 3,
  startOn: '2026-03-01',
  dueDates: ['2026-04-01', '2026-05-01'],
  breachDays: 15,
  principalFirst: false,
};

describe('a late payment around a plan', () => {
  const closed = advanceLedger({
    terms,
    state: freshState(schedule),
    from: '2026-01-01',
    to: '2026-03-10',
    payments: [],
    holds: [],
    arrangements: [plan],
  });

  it('counts from the day after the plan started and pays the plan, which keeps its agreed amounts', () => {
    const moved = moveAccountLedger({
      terms: [{ from: terms.openedOn, terms }],
      state: closed.state,
      changedThrough: closed.lastChangedOn,
      closedThrough: '2026-03-10',
      to: '2026-03-11',
      pending: [{ id: 9, valueOn: '2026-02-15', paidAt: '2026-02-15T02:00:00.000Z', amount: 30_000 }],
      posted: [],
      holds: [],
      replayFrom: null,
      arrangements: [plan],
      valueDateFloor: '2026-03-01',
    });
    expect(moved.valueDated).toBe(true);
    const planned = (s: typeof moved.state) => s.installments.filter((i) => i.arrangementId === 3);
    // The plan's instalments owe what was agreed: no correction touched what they were charged.
    expect(planned(moved.state).map((i) => i.due)).toEqual(planned(closed.state).map((i) => i.due));
    expect(moved.postings.filter((p) => p.kind === 'correction')).toEqual([]);
    // The money went to the first plan instalment, as if it had arrived the day after the plan started.
    const direct = advanceLedger({
      terms,
      state: freshState(schedule),
      from: '2026-01-01',
      to: '2026-03-11',
      payments: [{ id: 9, postedOn: '2026-03-02', paidAt: '2026-02-15T02:00:00.000Z', amount: 30_000 }],
      holds: [],
      arrangements: [plan],
    });
    expect(moved.state).toEqual(direct.state);
    expect(planned(moved.state)[0]!.paid.principal + planned(moved.state)[0]!.paid.interest).toBeGreaterThan(0);
    // The plan started before the closed day: the replay does not report it again.
    expect(moved.outcomes).toEqual([]);
  });

  it('leaves a payment posted before the plan at its own date when the ledger is replayed', () => {
    const before = advanceLedger({
      terms,
      state: freshState(schedule),
      from: '2026-01-01',
      to: '2026-03-10',
      payments: [{ id: 1, postedOn: '2026-02-10', paidAt: '2026-02-10T02:00:00.000Z', amount: 20_000 }],
      holds: [],
      arrangements: [plan],
    });
    const moved = moveAccountLedger({
      terms: [{ from: terms.openedOn, terms }],
      state: before.state,
      changedThrough: before.lastChangedOn,
      closedThrough: '2026-03-10',
      to: '2026-03-11',
      pending: [{ id: 9, valueOn: '2026-02-20', paidAt: '2026-02-20T02:00:00.000Z', amount: 5_000 }],
      posted: [
        { id: 1, valueOn: '2026-02-10', paidAt: '2026-02-10T02:00:00.000Z', amount: 20_000, postedOn: '2026-02-10' },
      ],
      holds: [],
      replayFrom: null,
      arrangements: [plan],
      valueDateFloor: '2026-03-01',
    });
    const planned = (s: typeof moved.state) => s.installments.filter((i) => i.arrangementId === 3).map((i) => i.due);
    expect(planned(moved.state)).toEqual(planned(before.state));
    expect(moved.postings.filter((p) => p.kind === 'correction')).toEqual([]);
  });
});
