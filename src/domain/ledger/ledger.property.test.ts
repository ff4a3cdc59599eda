/**
 * Properties of the ledger engine over random accounts, schedules, payments and holds:
 * money is conserved, nothing goes negative, the cost cap holds every day, and running day by day gives
 * exactly the postings and balances of one catch-up run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDay } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import { COMPONENTS, totalOf } from './amounts.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { Hold, LedgerState, PaymentToPost, Posting } from './ledger-types.js';

const OPENED = '2026-01-01';
const HORIZON = 150;

const scenario = fc.record({
  terms: fc.record({
    lateFee: fc.integer({ min: 0, max: 10_000 }),
    graceDays: fc.integer({ min: 0, max: 5 }),
    allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
    dayCount: fc.constantFrom('act360' as const, 'act365' as const),
    annualRate: fc.constantFrom('0', '0.05', '0.18', '0.2399', '0.36'),
    penaltyUplift: fc.constantFrom('0', '0.5', '1'),
    costCapRate: fc.constantFrom(null, '0.05', '0.24', '0.36'),
    principal: fc.integer({ min: 1, max: 2_000_000 }),
  }),
  installments: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 120 }),
      principal: fc.integer({ min: 0, max: 500_000 }),
      interest: fc.integer({ min: 0, max: 20_000 }),
      fee: fc.integer({ min: 0, max: 2_000 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  payments: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: HORIZON }),
      amount: fc.integer({ min: 1, max: 400_000 }),
      minute: fc.nat(1439),
    }),
    { maxLength: 6 },
  ),
  holds: fc.array(fc.record({ start: fc.integer({ min: 0, max: HORIZON }), length: fc.integer({ min: 0, max: 30 }) }), {
    maxLength: 2,
  }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const terms = makeTerms({ ...s.terms, openedOn: OPENED });
  const sorted = [...s.installments].sort((a, b) => a.offset - b.offset);
  const state = makeState(
    sorted.map((i, n) => makeInstallment(n + 1, addDays(OPENED, i.offset), i.principal, i.interest, i.fee)),
  );
  const payments: PaymentToPost[] = s.payments.map((p, n) => {
    const postedOn = addDays(OPENED, p.day);
    const hh = String(Math.floor(p.minute / 60)).padStart(2, '0');
    const mm = String(p.minute % 60).padStart(2, '0');
    return { id: n + 1, postedOn, paidAt: `${postedOn}T${hh}:${mm}:00.000Z`, amount: p.amount };
  });
  const holds: Hold[] = s.holds.map((h) => ({
    from: addDays(OPENED, h.start),
    to: addDays(OPENED, h.start + h.length),
  }));
  return { terms, state, payments, holds, end: addDays(OPENED, HORIZON) };
}

function checkBalances(
  initial: LedgerState,
  final: LedgerState,
  postings: readonly Posting[],
  payments: readonly PaymentToPost[],
) {
  for (const inst of final.installments) {
    const start = initial.installments.find((i) => i.no === inst.no)!;
    for (const c of COMPONENTS) {
      const posted = postings.filter((p) => p.installmentNo === inst.no).reduce((sum, p) => sum + p.amounts[c], 0);
      // What is owed now equals what was owed at the start plus every posting: the ledger reconciles.
      expect(inst.due[c] - inst.paid[c]).toBe(start.due[c] - start.paid[c] + posted);
      expect(inst.paid[c]).toBeGreaterThanOrEqual(0);
      expect(inst.paid[c]).toBeLessThanOrEqual(inst.due[c]);
    }
  }
  const received = payments.reduce((sum, p) => sum + p.amount, 0);
  const allocated = postings.filter((p) => p.kind === 'allocation').reduce((sum, p) => sum - totalOf(p.amounts), 0);
  expect(received).toBe(allocated + final.credit);
  expect(final.credit).toBe(postings.reduce((sum, p) => sum + p.credit, 0));
  expect(final.credit).toBeGreaterThanOrEqual(0);
}

/**
 * The cost cap worked out independently of cost-cap.ts: decimal rates read digit by digit into a fraction,
 * the cap computed in BigInt and rounded half to even by hand.
 */
function fraction(decimal: string): [bigint, bigint] {
  const [whole, frac = ''] = decimal.split('.');
  return [BigInt(`${whole}${frac}`), 10n ** BigInt(frac.length)];
}

function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num - q * den;
  if (2n * r > den) return q + 1n;
  if (2n * r < den) return q;
  return q % 2n === 0n ? q : q + 1n;
}

function referenceHeadroom(s: Scenario, state: LedgerState, date: string): number {
  if (s.terms.costCapRate === null) return Number.POSITIVE_INFINITY;
  const [rn, rd] = fraction(s.terms.costCapRate);
  const elapsed = BigInt(Math.max(0, toDay(date) - toDay(OPENED)));
  const basis = s.terms.dayCount === 'act365' ? 365n : 360n;
  const cap = Number(roundHalfEven(BigInt(s.terms.principal) * rn * elapsed, rd * basis));
  const scheduled = state.installments
    .filter((i) => i.dueOn <= date)
    .reduce((sum, i) => sum + i.due.interest + i.due.fee, 0);
  return Math.max(0, cap - scheduled - state.postedCosts);
}

describe('ledger properties', () => {
  it('charges each instalment its late fee at most once, and only the contract amount', () => {
    let charged = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, holds, end } = build(s);
        const r = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds });
        const seen = new Set<number>();
        for (const p of r.postings) {
          if (p.kind !== 'late_fee') continue;
          expect(seen.has(p.installmentNo as number)).toBe(false);
          seen.add(p.installmentNo as number);
          charged++;
          expect(p.amounts.late_fee).toBeGreaterThan(0);
          expect(p.amounts.late_fee).toBeLessThanOrEqual(s.terms.lateFee);
        }
        for (const inst of r.state.installments) expect(inst.due.late_fee).toBeLessThanOrEqual(s.terms.lateFee);
      }),
      { numRuns: 200 },
    );
    // The property looked at real late fees, not only at accounts that never had one.
    expect(charged).toBeGreaterThan(50);
  });

  it('conserves money and never lets a balance go negative', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, holds, end } = build(s);
        const r = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds });
        checkBalances(state, r.state, r.postings, payments);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same postings and balances day by day as in one catch-up run, and keeps the cost cap every day', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, holds, end } = build(s);
        const once = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds });
        let daily = state;
        const dailyPostings: Posting[] = [];
        for (let d = toDay(OPENED); d <= toDay(end); d++) {
          const date = addDays(OPENED, d - toDay(OPENED));
          const headroomBefore = referenceHeadroom(s, daily, date);
          const step = advanceLedger({
            terms,
            state: daily,
            from: date,
            to: date,
            payments: payments.filter((p) => p.postedOn === date),
            holds,
          });
          // What the day charged: penalty accrued (posted or not) plus late fees.
          const costs = step.state.postedCosts - daily.postedCosts;
          expect(costs).toBeLessThanOrEqual(headroomBefore);
          daily = step.state;
          dailyPostings.push(...step.postings);
        }
        expect(dailyPostings).toEqual(once.postings);
        expect(daily).toEqual(once.state);
      }),
      { numRuns: 150 },
    );
  });

  it('changes nothing when a processed period is run again with no new payments', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { terms, state, payments, holds, end } = build(s);
        const first = advanceLedger({ terms, state, from: OPENED, to: end, payments, holds });
        const again = advanceLedger({ terms, state: first.state, from: addDays(end, 1), to: end, payments: [], holds });
        expect(again.postings).toEqual([]);
        expect(again.state).toEqual(first.state);
      }),
      { numRuns: 100 },
    );
  });
});
