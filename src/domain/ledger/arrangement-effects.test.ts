import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { advanceLedger, owedOn } from './advance-ledger.js';
import { COMPONENTS, totalOf } from './amounts.js';
import {
  breachDayOf,
  breachPlan,
  type LedgerPlan,
  type LedgerSettlement,
  planHolds,
  planInstallments,
  planPaid,
  startPlan,
  waiveAll,
} from './arrangement-effects.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { LedgerState, Posting } from './ledger-types.js';
import { summariseLedger } from './summarise-ledger.js';

const terms = makeTerms({ openedOn: '2026-01-01', graceDays: 3, lateFee: 5_000 });

/** Two instalments fall due and go unpaid, a third is not yet due when the plan starts on 04-10. */
function delinquent(): LedgerState {
  return makeState([
    makeInstallment(1, '2026-02-01', 100_000, 10_000),
    makeInstallment(2, '2026-03-01', 100_000, 10_000),
    makeInstallment(3, '2026-05-01', 100_000, 10_000),
  ]);
}

const plan = (overrides: Partial<LedgerPlan> = {}): LedgerPlan => ({
  kind: 'plan',
  id: 7,
  startOn: '2026-04-10',
  dueDates: ['2026-05-10', '2026-06-10', '2026-07-10'],
  breachDays: 15,
  principalFirst: false,
  ...overrides,
});

function totalOwed(state: LedgerState): number {
  return state.installments.reduce((sum, i) => sum + totalOf(owedOn(i)), 0);
}

function sumOf(postings: readonly Posting[], kind: Posting['kind']) {
  const sums = { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 };
  for (const p of postings) if (p.kind === kind) for (const c of COMPONENTS) sums[c] += p.amounts[c];
  return sums;
}

describe('a plan', () => {
  const upToStart = advanceLedger({
    terms,
    state: delinquent(),
    from: '2026-01-01',
    to: '2026-04-09',
    payments: [],
    holds: [],
  });
  const started = advanceLedger({
    terms,
    state: upToStart.state,
    from: '2026-04-10',
    to: '2026-04-10',
    payments: [],
    holds: [],
    arrangements: [plan()],
  });

  it('moves everything due on its start day into equal plan instalments, by entries that sum to zero', () => {
    const owedBefore = totalOwed(upToStart.state);
    expect(owedBefore).toBeGreaterThan(220_000); // two instalments plus penalty and two late fees
    const reschedule = sumOf(started.postings, 'reschedule');
    for (const c of COMPONENTS) expect(reschedule[c]).toBe(0);
    // Penalty accrued on the start day is posted first and moves with the rest: nothing is lost or added.
    const withoutPlan = advanceLedger({
      terms,
      state: upToStart.state,
      from: '2026-04-10',
      to: '2026-04-10',
      payments: [],
      holds: [],
    });
    expect(totalOwed(started.state)).toBe(totalOwed(withoutPlan.state));
    const planned = started.state.installments.filter((i) => i.arrangementId === 7);
    expect(planned.map((i) => i.dueOn)).toEqual(['2026-05-10', '2026-06-10', '2026-07-10']);
    expect(planned.map((i) => i.no)).toEqual([4, 5, 6]);
    const first = planned[0]!;
    for (const c of COMPONENTS) {
      expect(planned[1]!.due[c]).toBe(first.due[c]);
      // The remainder of the split lands on the last instalment.
      expect(planned[2]!.due[c] - first.due[c]).toBeGreaterThanOrEqual(0);
      expect(planned[2]!.due[c] - first.due[c]).toBeLessThan(3);
    }
    expect(planned.every((i) => i.penaltyFree && i.lateFeeDecided)).toBe(true);
    // The emptied instalments owe nothing; the one not yet due keeps its schedule.
    for (const no of [1, 2]) expect(totalOf(owedOn(started.state.installments.find((i) => i.no === no)!))).toBe(0);
    expect(totalOf(owedOn(started.state.installments.find((i) => i.no === 3)!))).toBe(110_000);
    expect(started.outcomes).toEqual([{ arrangementId: 7, kind: 'started', on: '2026-04-10' }]);
    expect(summariseLedger(started.state, '2026-04-11').oldestUnpaidDueOn).toBe('2026-05-01');
  });

  it('accrues no penalty on its instalments while it holds, even past their due date', () => {
    const later = advanceLedger({
      terms,
      state: started.state,
      from: '2026-04-11',
      to: '2026-05-20',
      payments: [{ id: 1, postedOn: '2026-05-01', paidAt: '2026-05-01T08:00:00Z', amount: 110_000 }],
      holds: [],
      arrangements: [plan()],
    });
    const planned = later.state.installments.filter((i) => i.arrangementId === 7);
    expect(
      planned.every(
        (i) => i.accrued === 0 && i.due.penalty === started.state.installments.find((s) => s.no === i.no)!.due.penalty,
      ),
    ).toBe(true);
    expect(later.outcomes).toEqual([]);
  });

  it('is breached when an instalment is unpaid breach days after its due date: the rest falls due, penalty runs', () => {
    const later = advanceLedger({
      terms,
      state: started.state,
      from: '2026-04-11',
      to: '2026-05-28',
      payments: [{ id: 1, postedOn: '2026-05-01', paidAt: '2026-05-01T08:00:00Z', amount: 110_000 }],
      holds: [],
      arrangements: [plan()],
    });
    expect(later.outcomes).toEqual([{ arrangementId: 7, kind: 'breached', on: '2026-05-25' }]);
    const planned = later.state.installments.filter((i) => i.arrangementId === 7);
    // The first keeps its own due date (its lateness stays visible); the others fall due on the breach day.
    expect(planned.map((i) => i.dueOn)).toEqual(['2026-05-10', '2026-05-25', '2026-05-25']);
    expect(planned.every((i) => !i.penaltyFree)).toBe(true);
    // Penalty from the day after the breach: 05-26, 05-27, 05-28 on every plan instalment with principal.
    for (const i of planned) {
      if (i.due.principal === 0) continue;
      expect(i.accruedFrom).toBe('2026-05-26');
    }
  });

  it('a payment on the breach day itself saves it; paying every instalment completes it', () => {
    const each = started.state.installments.filter((i) => i.arrangementId === 7).map((i) => totalOf(i.due));
    const later = advanceLedger({
      terms,
      state: started.state,
      from: '2026-04-11',
      to: '2026-08-01',
      payments: [
        { id: 1, postedOn: '2026-05-01', paidAt: '2026-05-01T08:00:00Z', amount: 110_000 },
        { id: 2, postedOn: '2026-05-25', paidAt: '2026-05-25T08:00:00Z', amount: each[0]! },
        { id: 3, postedOn: '2026-06-10', paidAt: '2026-06-10T08:00:00Z', amount: each[1]! },
        { id: 4, postedOn: '2026-07-09', paidAt: '2026-07-09T08:00:00Z', amount: each[2]! },
      ],
      holds: [],
      arrangements: [plan()],
    });
    expect(later.outcomes).toEqual([{ arrangementId: 7, kind: 'completed', on: '2026-07-09' }]);
    expect(totalOwed(later.state)).toBe(0);
    expect(summariseLedger(later.state, '2026-08-01').status).toBe('paid_off');
  });

  it('starts once: a second run over its start day changes nothing', () => {
    const again = advanceLedger({
      terms,
      state: started.state,
      from: '2026-04-11',
      to: '2026-04-12',
      payments: [],
      holds: [],
      arrangements: [plan({ startOn: '2026-04-11' })],
    });
    expect(again.postings.filter((p) => p.kind === 'reschedule')).toEqual([]);
    expect(again.outcomes).toEqual([]);
  });

  it('a principal-first plan makes money pay principal first while it holds', () => {
    const pf = advanceLedger({
      terms,
      state: upToStart.state,
      from: '2026-04-10',
      to: '2026-05-11',
      payments: [{ id: 1, postedOn: '2026-05-11', paidAt: '2026-05-11T08:00:00Z', amount: 10_000 }],
      holds: [],
      arrangements: [plan({ principalFirst: true })],
    });
    const allocation = sumOf(pf.postings, 'allocation');
    expect(allocation.principal).toBe(-10_000);
  });
});

describe('a settlement', () => {
  const base = advanceLedger({
    terms,
    state: delinquent(),
    from: '2026-01-01',
    to: '2026-04-09',
    payments: [],
    holds: [],
  });
  const settlement: LedgerSettlement = { kind: 'settlement', id: 9, waiveOn: '2026-04-12' };
  const settled = advanceLedger({
    terms,
    state: base.state,
    from: '2026-04-10',
    to: '2026-04-20',
    payments: [{ id: 1, postedOn: '2026-04-12', paidAt: '2026-04-12T03:00:00Z', amount: 150_000 }],
    holds: [],
    arrangements: [settlement],
  });

  it('waives everything still owed after the day’s payments, instalments not yet due too', () => {
    expect(totalOwed(settled.state)).toBe(0);
    const waived = sumOf(settled.postings, 'waiver');
    const allocated = sumOf(settled.postings, 'allocation');
    const penalty = sumOf(settled.postings, 'penalty');
    // What was owed before = what the payment paid + what was waived (penalty of the days run included).
    const without = advanceLedger({
      terms,
      state: base.state,
      from: '2026-04-10',
      to: '2026-04-12',
      payments: [{ id: 1, postedOn: '2026-04-12', paidAt: '2026-04-12T03:00:00Z', amount: 150_000 }],
      holds: [],
    });
    expect(totalOf(waived)).toBe(-totalOwed(without.state));
    expect(totalOf(allocated)).toBe(-150_000);
    expect(totalOf(penalty)).toBeGreaterThan(0);
    expect(waived.principal).toBeLessThan(0);
    expect(settled.postings.filter((p) => p.kind === 'waiver').every((p) => p.arrangementId === 9)).toBe(true);
    expect(settled.outcomes).toEqual([{ arrangementId: 9, kind: 'completed', on: '2026-04-12' }]);
  });

  it('leaves the account settled with nothing past due, and nothing accrues afterwards', () => {
    const summary = summariseLedger(settled.state, '2026-04-20');
    expect(summary.status).toBe('settled');
    expect(summary.oldestUnpaidDueOn).toBeNull();
    expect(settled.postings.filter((p) => p.kind === 'penalty' && p.postedOn > '2026-04-12')).toEqual([]);
    expect(settled.state.installments.every((i) => i.accrued === 0)).toBe(true);
  });

  it('waives only once', () => {
    const again = advanceLedger({
      terms,
      state: settled.state,
      from: '2026-04-21',
      to: addDays('2026-04-21', 5),
      payments: [],
      holds: [],
      arrangements: [{ ...settlement, waiveOn: '2026-04-22' }],
    });
    expect(again.postings).toEqual([]);
  });
});

/**
 * The effects one by one, on a state built by hand: contract instalments due 03-01 (part paid), 04-10 (the
 * start day), 04-11 and 05-01; a plan starting 04-10 with instalments due 04-11, 05-11 and 06-11.
 */
function startable(): LedgerState {
  const state = makeState([
    makeInstallment(1, '2026-03-01', 100_000, 10_000),
    makeInstallment(2, '2026-04-10', 100_000, 10_000),
    makeInstallment(3, '2026-04-11', 100_000, 10_000),
    makeInstallment(4, '2026-05-01', 100_000, 10_000),
  ]);
  state.installments[0]!.paid.principal = 30_000;
  state.installments[0]!.due.penalty = 1_000;
  return state;
}

const direct = plan({ startOn: '2026-04-10', dueDates: ['2026-04-11', '2026-05-11', '2026-06-11'] });

function started(): LedgerState {
  const state = startable();
  startPlan(state, direct, '2026-04-10', []);
  return state;
}

const numbers = (state: LedgerState) => state.installments.map((i) => i.no);
const byNo = (state: LedgerState, no: number) => state.installments.find((i) => i.no === no)!;
const payOff = (state: LedgerState, no: number) => {
  const inst = byNo(state, no);
  inst.paid = { ...inst.due };
};

describe('starting a plan', () => {
  it('moves what is due on or before its start day, not after, in equal parts with the remainder last', () => {
    const state = startable();
    const postings: Posting[] = [];
    expect(startPlan(state, direct, '2026-04-10', postings)).toBe(true);
    // 70 000 + 100 000 principal, 20 000 interest, 1 000 penalty move; instalments 3 and 4 keep theirs.
    const planned = planInstallments(state, 7);
    expect(planned.map((i) => [i.no, i.dueOn, i.due.principal, i.due.interest, i.due.penalty])).toEqual([
      [5, '2026-04-11', 56_666, 6_666, 333],
      [6, '2026-05-11', 56_666, 6_666, 333],
      [7, '2026-06-11', 56_668, 6_668, 334],
    ]);
    expect(postings.filter((p) => p.amounts.principal < 0).map((p) => [p.installmentNo, p.amounts])).toEqual([
      [1, { principal: -70_000, interest: -10_000, fee: 0, penalty: -1_000, late_fee: 0 }],
      [2, { principal: -100_000, interest: -10_000, fee: 0, penalty: 0, late_fee: 0 }],
    ]);
    expect(postings.every((p) => p.kind === 'reschedule' && p.postedOn === '2026-04-10' && p.arrangementId === 7)).toBe(
      true,
    );
    expect(totalOf(owedOn(byNo(state, 1)))).toBe(0);
    expect(totalOf(owedOn(byNo(state, 2)))).toBe(0);
    expect(byNo(state, 3)).toEqual(makeInstallment(3, '2026-04-11', 100_000, 10_000));
    expect(byNo(state, 4)).toEqual(makeInstallment(4, '2026-05-01', 100_000, 10_000));
  });

  it('keeps the instalments in due-date order, then by number', () => {
    // Plan instalment 5 shares 04-11 with contract instalment 3; 6 falls between 4 (05-01) and 7.
    expect(numbers(started())).toEqual([1, 2, 3, 5, 4, 6, 7]);
  });

  it('starts once: a second start changes nothing and says so', () => {
    const state = started();
    const before = structuredClone(state);
    const postings: Posting[] = [];
    expect(startPlan(state, { ...direct, startOn: '2026-04-12' }, '2026-04-12', postings)).toBe(false);
    expect(postings).toEqual([]);
    expect(state).toEqual(before);
  });

  it('refuses to move penalty accrued and not yet posted', () => {
    const state = startable();
    state.installments[0]!.accrued = 150;
    expect(() => startPlan(state, direct, '2026-04-10', [])).toThrow(
      'instalment 1 has penalty accrued and not posted on 2026-04-10',
    );
  });
});

describe('a plan’s state', () => {
  it('neither holds, nor is paid, nor can be breached before it starts', () => {
    const state = startable();
    expect(planHolds(state, 7)).toBe(false);
    expect(planPaid(state, 7)).toBe(false);
    expect(breachDayOf(state, direct)).toBeNull();
  });

  it('is breached breach days after the earliest unpaid instalment, and is paid when none is unpaid', () => {
    const state = started();
    expect(planHolds(state, 7)).toBe(true);
    expect(breachDayOf(state, direct)).toBe('2026-04-26');
    payOff(state, 7); // paying ahead does not move the breach day
    expect(breachDayOf(state, direct)).toBe('2026-04-26');
    payOff(state, 5);
    expect(breachDayOf(state, direct)).toBe('2026-05-26');
    expect(planPaid(state, 7)).toBe(false);
    payOff(state, 6);
    expect(breachDayOf(state, direct)).toBeNull();
    expect(planPaid(state, 7)).toBe(true);
  });
});

describe('breaching a plan', () => {
  it('brings unpaid instalments not yet due to the breach day; those already due, or paid, keep their date', () => {
    const state = started();
    payOff(state, 7);
    breachPlan(state, 7, '2026-04-26');
    expect(planInstallments(state, 7).map((i) => [i.no, i.dueOn, i.penaltyFree])).toEqual([
      [5, '2026-04-11', false],
      [6, '2026-04-26', false],
      [7, '2026-06-11', false],
    ]);
    // 6 now falls due before contract instalment 4 (05-01).
    expect(numbers(state)).toEqual([1, 2, 3, 5, 6, 4, 7]);
    expect(planHolds(state, 7)).toBe(false);
    expect(planPaid(state, 7)).toBe(false);
    expect(breachDayOf(state, direct)).toBeNull();
  });
});

describe('waiving what is left', () => {
  it('waives only instalments that still owe something, by component, and settles the account', () => {
    const state = started();
    payOff(state, 3);
    const owedBefore = totalOwed(state);
    const postings: Posting[] = [];
    waiveAll(state, 9, '2026-04-20', postings);
    // 1 and 2 were emptied by the plan, 3 is paid.
    expect(postings.map((p) => p.installmentNo)).toEqual([5, 4, 6, 7]);
    expect(postings.every((p) => p.kind === 'waiver' && p.arrangementId === 9 && p.postedOn === '2026-04-20')).toBe(
      true,
    );
    expect(postings[1]!.amounts).toEqual({ principal: -100_000, interest: -10_000, fee: 0, penalty: 0, late_fee: 0 });
    expect(postings.reduce((sum, p) => sum + totalOf(p.amounts), 0)).toBe(-owedBefore);
    expect(totalOwed(state)).toBe(0);
    expect(state.settled).toBe(true);
  });

  it('refuses to waive penalty accrued and not yet posted', () => {
    const state = startable();
    state.installments[3]!.accrued = 80;
    expect(() => waiveAll(state, 9, '2026-05-20', [])).toThrow('instalment 4 has penalty accrued and not posted');
    expect(state.settled).toBeUndefined();
  });
});
