/**
 * Properties of the ledger with arrangements over random schedules, payments, plans and settlements: the
 * entries still add up to what is owed (cleared amounts included), money is conserved, a plan's reschedule
 * entries sum to zero, and running day by day gives exactly the postings, balances and arrangement
 * outcomes of one catch-up run — so a replay reproduces every arrangement effect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDay } from '../calendar/calendar.js';
import { advanceLedger, owedOn } from './advance-ledger.js';
import { COMPONENTS, totalOf } from './amounts.js';
import type { ArrangementOutcome, LedgerArrangement } from './arrangement-effects.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { PaymentToPost, Posting } from './ledger-types.js';

const OPENED = '2026-01-01';
const HORIZON = 200;

const scenario = fc.record({
  allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
  lateFee: fc.integer({ min: 0, max: 10_000 }),
  installments: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 150 }),
      principal: fc.integer({ min: 0, max: 500_000 }),
      interest: fc.integer({ min: 0, max: 20_000 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  payments: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: HORIZON }), amount: fc.integer({ min: 1, max: 300_000 }) }),
    { maxLength: 6 },
  ),
  arrangement: fc.oneof(
    fc.constant(null),
    fc.record({
      kind: fc.constant('plan' as const),
      start: fc.integer({ min: 1, max: 160 }),
      count: fc.integer({ min: 1, max: 6 }),
      spacing: fc.constantFrom(7, 14, 30),
      breachDays: fc.integer({ min: 0, max: 20 }),
      principalFirst: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('settlement' as const), start: fc.integer({ min: 1, max: HORIZON }) }),
  ),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const terms = makeTerms({ openedOn: OPENED, allocation: s.allocation, lateFee: s.lateFee });
  const sorted = [...s.installments].sort((a, b) => a.offset - b.offset);
  const state = makeState(
    sorted.map((i, n) => makeInstallment(n + 1, addDays(OPENED, i.offset), i.principal, i.interest)),
  );
  const payments: PaymentToPost[] = s.payments.map((p, n) => {
    const postedOn = addDays(OPENED, p.day);
    return { id: n + 1, postedOn, paidAt: `${postedOn}T08:00:00.000Z`, amount: p.amount };
  });
  const a = s.arrangement;
  const arrangements: LedgerArrangement[] =
    a === null
      ? []
      : a.kind === 'plan'
        ? [
            {
              kind: 'plan',
              id: 1,
              startOn: addDays(OPENED, a.start),
              dueDates: Array.from({ length: a.count }, (_, i) => addDays(OPENED, a.start + a.spacing * (i + 1))),
              breachDays: a.breachDays,
              principalFirst: a.principalFirst,
            },
          ]
        : [{ kind: 'settlement', id: 2, waiveOn: addDays(OPENED, a.start) }];
  return { terms, state, payments, arrangements, end: addDays(OPENED, HORIZON) };
}

describe('ledger properties with arrangements', () => {
  it('keeps the entries adding up to what is owed, conserves money, and reschedules to a zero sum', () => {
    let planned = 0;
    let settled = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, arrangements, end } = build(s);
        const r = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds: [], arrangements });
        for (const inst of r.state.installments) {
          const start = state.installments.find((i) => i.no === inst.no);
          const owed = owedOn(inst);
          for (const c of COMPONENTS) {
            const posted = r.postings
              .filter((p) => p.installmentNo === inst.no)
              .reduce((sum, p) => sum + p.amounts[c], 0);
            const startOwed = start ? start.due[c] - start.paid[c] : 0;
            expect(owed[c] - (c === 'penalty' ? inst.accrued : 0)).toBe(startOwed + posted);
            expect(owed[c]).toBeGreaterThanOrEqual(0);
          }
        }
        const reschedule = r.postings.filter((p) => p.kind === 'reschedule');
        for (const c of COMPONENTS) expect(reschedule.reduce((sum, p) => sum + p.amounts[c], 0)).toBe(0);
        const received = payments.reduce((sum, p) => sum + p.amount, 0);
        const allocated = r.postings
          .filter((p) => p.kind === 'allocation')
          .reduce((sum, p) => sum - totalOf(p.amounts), 0);
        expect(received).toBe(allocated + r.state.credit);
        if (reschedule.length > 0) planned++;
        if (r.state.settled) {
          settled++;
          expect(r.state.installments.every((i) => totalOf(owedOn(i)) === 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The property saw real plans and settlements, not only accounts where nothing was due.
    expect(planned).toBeGreaterThan(30);
    expect(settled).toBeGreaterThan(30);
  });

  it('gives the same postings, balances and outcomes day by day as in one catch-up run', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, arrangements, end } = build(s);
        const once = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds: [], arrangements });
        let daily = state;
        const postings: Posting[] = [];
        const outcomes: ArrangementOutcome[] = [];
        for (let d = toDay(OPENED); d <= toDay(end); d++) {
          const date = addDays(OPENED, d - toDay(OPENED));
          const step = advanceLedger({
            terms,
            state: daily,
            from: date,
            to: date,
            payments: payments.filter((p) => p.postedOn === date),
            holds: [],
            arrangements,
          });
          daily = step.state;
          postings.push(...step.postings);
          outcomes.push(...step.outcomes);
        }
        expect(postings).toEqual(once.postings);
        expect(daily).toEqual(once.state);
        expect(outcomes).toEqual(once.outcomes);
      }),
      { numRuns: 150 },
    );
  });
});
