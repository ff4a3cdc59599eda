/**
 * Properties of a plan's start and breach over random schedules (part paid, interleaving with the plan's
 * own due dates): what is due on or before the start day moves and nothing else, the instalments stay in
 * due-date-then-number order, the breach day counts from the earliest unpaid plan instalment, and a breach
 * brings only the unpaid instalments not yet due forward to its day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, minDate } from '../calendar/calendar.js';
import { owedOn } from './advance-ledger.js';
import { COMPONENTS, totalOf } from './amounts.js';
import { breachDayOf, breachPlan, type LedgerPlan, planInstallments, startPlan } from './arrangement-effects.js';
import { makeInstallment, makeState } from './ledger-fixtures.js';
import type { LedgerState, Posting } from './ledger-types.js';

const OPENED = '2026-01-01';

const scenario = fc.record({
  installments: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 120 }),
      principal: fc.integer({ min: 0, max: 500_000 }),
      interest: fc.integer({ min: 0, max: 20_000 }),
      paidShare: fc.constantFrom(0, 0.5, 1),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  start: fc.integer({ min: 0, max: 130 }),
  // Days after the start day of each plan instalment, ascending once sorted; some fall on contract due dates.
  planGaps: fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 6 }),
  breachDays: fc.integer({ min: 0, max: 20 }),
  paidPlan: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  breachAfter: fc.integer({ min: 0, max: 120 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { state: LedgerState; plan: LedgerPlan } {
  const sorted = [...s.installments].sort((a, b) => a.offset - b.offset);
  const state = makeState(
    sorted.map((i, n) => {
      const inst = makeInstallment(n + 1, addDays(OPENED, i.offset), i.principal, i.interest);
      inst.paid.principal = Math.floor(i.principal * i.paidShare);
      return inst;
    }),
  );
  const startOn = addDays(OPENED, s.start);
  const dueDates = [...s.planGaps].sort((a, b) => a - b).map((gap) => addDays(startOn, gap));
  return { state, plan: { kind: 'plan', id: 1, startOn, dueDates, breachDays: s.breachDays, principalFirst: false } };
}

function inOrder(state: LedgerState): boolean {
  return state.installments.every((inst, k) => {
    const prev = state.installments[k - 1];
    return prev === undefined || prev.dueOn < inst.dueOn || (prev.dueOn === inst.dueOn && prev.no < inst.no);
  });
}

describe('plan effects over random schedules', () => {
  it('a start moves exactly what is due on or before its day into plan instalments kept in order', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { state, plan } = build(s);
        const before = structuredClone(state.installments);
        const postings: Posting[] = [];
        expect(startPlan(state, plan, plan.startOn, postings)).toBe(true);
        expect(inOrder(state)).toBe(true);
        const moved = { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 };
        for (const old of before) {
          const now = state.installments.find((i) => i.no === old.no)!;
          if (old.dueOn <= plan.startOn) {
            for (const c of COMPONENTS) moved[c] += owedOn(old)[c];
            expect(totalOf(owedOn(now))).toBe(0);
          } else {
            expect(now).toEqual(old);
          }
        }
        const planned = planInstallments(state, 1);
        expect(planned.map((i) => i.dueOn)).toEqual(plan.dueDates);
        expect(planned.map((i) => i.no)).toEqual(plan.dueDates.map((_, k) => before.length + k + 1));
        for (const c of COMPONENTS) {
          expect(planned.reduce((sum, i) => sum + i.due[c], 0)).toBe(moved[c]);
          expect(postings.reduce((sum, p) => sum + p.amounts[c], 0)).toBe(0);
        }
      }),
    );
  });

  it('a breach counts from the earliest unpaid plan instalment and brings only unpaid ones not yet due forward', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { state, plan } = build(s);
        startPlan(state, plan, plan.startOn, []);
        const planned = planInstallments(state, 1);
        planned.forEach((inst, k) => {
          if (s.paidPlan[k]) inst.paid = { ...inst.due };
        });
        const unpaid = planned.filter((i) => totalOf(owedOn(i)) > 0);
        const earliest = unpaid
          .map((i) => i.dueOn)
          .reduce<IsoDate | null>((a, b) => (a === null ? b : minDate(a, b)), null);
        expect(breachDayOf(state, plan)).toBe(earliest === null ? null : addDays(earliest, plan.breachDays));

        const day = addDays(plan.startOn, s.breachAfter);
        const dueBefore = new Map(planned.map((i) => [i.no, i.dueOn]));
        breachPlan(state, 1, day);
        expect(inOrder(state)).toBe(true);
        for (const inst of planInstallments(state, 1)) {
          const was = dueBefore.get(inst.no)!;
          expect(inst.dueOn).toBe(totalOf(owedOn(inst)) > 0 ? minDate(was, day) : was);
          expect(inst.penaltyFree).toBe(false);
        }
        expect(breachDayOf(state, plan)).toBeNull();
      }),
    );
  });
});
