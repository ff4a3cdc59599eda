/**
 * Payments that arrive late are value-dated: whatever the delays, and however the cycle runs are spaced,
 * the balances come out exactly as if every payment had arrived on its own date, closed days are never
 * written to, and the entries still add up to the balances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, minDate } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import { COMPONENTS } from './amounts.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';
import type { Hold, LedgerState, PaymentToPost, Posting } from './ledger-types.js';
import { type AccountPayment, moveAccountLedger } from './move-account-ledger.js';

const OPENED = '2026-01-01';
const HORIZON = 140;

const scenario = fc.record({
  terms: fc.record({
    lateFee: fc.integer({ min: 0, max: 10_000 }),
    graceDays: fc.integer({ min: 0, max: 5 }),
    allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
    annualRate: fc.constantFrom('0.05', '0.18', '0.36'),
    penaltyUplift: fc.constantFrom('0', '0.5'),
    costCapRate: fc.constantFrom(null, '0.24'),
    principal: fc.integer({ min: 1, max: 2_000_000 }),
  }),
  installments: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 110 }),
      principal: fc.integer({ min: 0, max: 500_000 }),
      interest: fc.integer({ min: 0, max: 20_000 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  payments: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: HORIZON }),
      amount: fc.integer({ min: 1, max: 400_000 }),
      delay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 45 })),
    }),
    { maxLength: 6 },
  ),
  hold: fc.option(fc.record({ start: fc.integer({ min: 10, max: HORIZON }), length: fc.integer({ min: 0, max: 25 }) })),
  /** Days between cycle runs. */
  every: fc.constantFrom(1, 2, 7, 31),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const terms = makeTerms({ ...s.terms, openedOn: OPENED });
  const sorted = [...s.installments].sort((a, b) => a.offset - b.offset);
  const state = makeState(
    sorted.map((i, n) => makeInstallment(n + 1, addDays(OPENED, i.offset), i.principal, i.interest)),
  );
  const payments = s.payments.map((p, n) => {
    const valueOn = addDays(OPENED, p.day);
    return {
      id: n + 1,
      valueOn,
      paidAt: `${valueOn}T0${n % 10}:00:00.000Z`,
      amount: p.amount,
      arrivesOn: addDays(valueOn, p.delay),
    };
  });
  const holds: Hold[] = s.hold
    ? [{ from: addDays(OPENED, s.hold.start), to: addDays(OPENED, s.hold.start + s.hold.length) }]
    : [];
  return { terms, state, payments, holds, end: addDays(OPENED, HORIZON + 50) };
}

/** Runs the cycle every `every` days; a payment is known to a run only from its arrival day on. */
function simulate(s: Scenario) {
  const { terms, state: initial, payments, holds, end } = build(s);
  let state: LedgerState = initial;
  let changedThrough: string | null = null;
  let closedThrough: string | null = null;
  const posted = new Map<number, string>();
  const postings: Posting[] = [];
  for (let day = addDays(OPENED, s.every - 1); ; day = addDays(day, s.every)) {
    const to = minDate(day, end);
    const known = (p: (typeof payments)[number]) => p.arrivesOn <= to;
    const asPayment = (p: (typeof payments)[number]): AccountPayment => ({
      id: p.id,
      valueOn: p.valueOn,
      paidAt: p.paidAt,
      amount: p.amount,
    });
    const result = moveAccountLedger({
      terms: [{ from: OPENED, terms }],
      state,
      changedThrough,
      closedThrough,
      to,
      pending: payments.filter((p) => known(p) && !posted.has(p.id) && p.valueOn <= to).map(asPayment),
      posted: payments.filter((p) => posted.has(p.id)).map(asPayment),
      holds,
      replayFrom: null,
    });
    for (const p of result.postings) {
      // Nothing is ever dated on a day an earlier run closed.
      if (closedThrough !== null) expect(p.postedOn > closedThrough).toBe(true);
    }
    postings.push(...result.postings);
    for (const p of result.postedPayments) posted.set(p.id, p.postedOn);
    state = result.state;
    changedThrough = result.changedThrough;
    closedThrough = to;
    if (to === end) break;
  }
  return { state, postings, initial, posted, payments, terms, holds, end };
}

describe('value-dated payments', () => {
  it('end with exactly the on-time balances, whatever the delays and the spacing of runs', () => {
    let corrected = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const late = simulate(s);
        const onTimePayments: PaymentToPost[] = late.payments.map((p) => ({
          id: p.id,
          postedOn: p.valueOn,
          paidAt: p.paidAt,
          amount: p.amount,
        }));
        const onTime = advanceLedger({
          terms: late.terms,
          state: late.initial,
          from: OPENED,
          to: late.end,
          payments: onTimePayments,
          holds: late.holds,
        });
        expect(late.state).toEqual(onTime.state);
        corrected += late.postings.filter((p) => p.kind === 'correction' || p.kind === 'reallocation').length;
        expect(late.posted.size).toBe(late.payments.length);

        // The entries still add up: per instalment and component, and the unapplied credit.
        for (const inst of late.state.installments) {
          const start = late.initial.installments.find((i) => i.no === inst.no)!;
          for (const c of COMPONENTS) {
            const sum = late.postings.filter((p) => p.installmentNo === inst.no).reduce((a, p) => a + p.amounts[c], 0);
            expect(inst.due[c] - inst.paid[c]).toBe(start.due[c] - start.paid[c] + sum);
          }
        }
        expect(late.postings.reduce((a, p) => a + p.credit, 0)).toBe(late.state.credit);
        // Every late payment's money came in once, referenced by its payment entry.
        for (const p of late.payments) {
          expect(late.postings.filter((e) => e.kind === 'payment' && e.paymentId === p.id)).toHaveLength(1);
        }
      }),
      { numRuns: 200 },
    );
    // Late payments really were value-dated, not only on-time ones posted.
    expect(corrected).toBeGreaterThan(50);
  });

  it('value-dates through correction entries dated on the processing day that name the payment', () => {
    const terms = makeTerms({ lateFee: 0 });
    const state = makeState([makeInstallment(1, '2026-01-31', 100_000)]);
    const first = moveAccountLedger({
      terms: [{ from: OPENED, terms }],
      state,
      changedThrough: null,
      closedThrough: null,
      to: '2026-02-10',
      pending: [],
      holds: [],
      replayFrom: null,
    });
    const late = { id: 7, valueOn: '2026-02-05', paidAt: '2026-02-05T02:00:00.000Z', amount: 50_000 };
    const next = moveAccountLedger({
      terms: [{ from: OPENED, terms }],
      state: first.state,
      changedThrough: first.changedThrough,
      closedThrough: '2026-02-10',
      to: '2026-02-11',
      pending: [late],
      posted: [],
      holds: [],
      replayFrom: null,
    });
    expect(next.valueDated).toBe(true);
    expect(next.postedPayments).toEqual([{ id: 7, postedOn: '2026-02-11' }]);
    const corrections = next.postings.filter((p) => p.paymentId === 7);
    expect(corrections.map((p) => p.kind)).toEqual(['payment', 'correction', 'reallocation']);
    expect(corrections.every((p) => p.postedOn === '2026-02-11')).toBe(true);
    // On time it would have paid the penalty of Feb 1–5 (3.75) and 496.25 of principal.
    expect(next.state.installments[0]?.paid).toMatchObject({ penalty: 375, principal: 49_625 });
  });
});
