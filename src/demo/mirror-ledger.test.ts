/**
 * The demo's view of an account is the ledger engine itself; what it adds is the incremental driving
 * (advance to the next day the customer acts, pay, carry on), handing the engine only the instalments a
 * run can touch, and the questions the simulation asks. The engine's own rules are tested in
 * src/domain/ledger; here: the view ends exactly where one engine run over the whole history (the cycle's
 * way) ends, and its answers are what a customer needs to pay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDay, toDay } from '../domain/calendar/calendar.js';
import { advanceLedger, owedTotal } from '../domain/ledger/advance-ledger.js';
import { makeInstallment, makeState, makeTerms } from '../domain/ledger/ledger-fixtures.js';
import type { AccountTerms, PaymentToPost } from '../domain/ledger/ledger-types.js';
import { parseAmount } from '../domain/money/money.js';
import { rateOf } from '../domain/money/rate.js';
import type { ScheduledInstallment } from './build-schedule.js';
import { demoAccounts } from './generate-demo.js';
import { ledgerTermsOf, MirrorLedger } from './mirror-ledger.js';

const OPENED = '2026-01-01';
const D1 = toDay('2026-01-31');
const D2 = toDay('2026-02-28');

// 1,000.00 at 18% a year plus a 50% uplift, act/360: one day's penalty is 1,000.00 × 0.27 / 360 = 0.75.
const TERMS = makeTerms({ openedOn: OPENED, principal: 200_000, graceDays: 5 });

function minor(text: string | undefined): number {
  const parsed = parseAmount(text ?? '', 'CNY');
  return parsed.ok ? parsed.minor : Number.NaN;
}

function twoInstalments(terms: AccountTerms = TERMS) {
  return new MirrorLedger(terms, [
    { no: 1, dueOn: fromDay(D1), principal: 100_000, interest: 1_500, fee: 200 },
    { no: 2, dueOn: fromDay(D2), principal: 100_000, interest: 1_000, fee: 200 },
  ]);
}

describe('the demo customer’s view of an account', () => {
  it('reads the ledger terms from the account record the importer stores', () => {
    const record = [...demoAccounts({ accounts: 400, seed: 1, asOf: '2026-11-29' })]
      .map((a) => a.account)
      .find((a) => a.cost_cap_rate !== '' && a.currency === 'CNY');
    expect(record).toBeDefined();
    if (!record) return;
    const terms = ledgerTermsOf(record);
    expect(terms).toMatchObject({
      openedOn: record.opened_on,
      principal: minor(record.principal),
      lateFee: minor(record.late_fee),
      graceDays: Number(record.grace_days),
      allocation: record.allocation,
      dayCount: record.day_count,
    });
    expect(terms.annualRate.text).toBe(record.annual_rate);
    expect(terms.costCapRate?.text).toBe(record.cost_cap_rate);
    expect(ledgerTermsOf({ ...record, cost_cap_rate: '' }).costCapRate).toBeNull();
  });

  it('asks the engine: penalty from the day after the due date, the late fee after the grace days', () => {
    const m = twoInstalments();
    expect(m.pastDueOn(D1)).toBe(101_700);
    expect(m.toClearThrough(D1 + 3, 1)).toBe(101_700 + 3 * 75);
    expect(m.dpdOn(D1 + 3)).toBe(3);
    expect(m.pastDueOn(D1 + 5)).toBe(101_700 + 5 * 75);
    expect(m.pastDueOn(D1 + 6)).toBe(101_700 + 6 * 75 + 5_000);
    expect(m.oldestOwed(D1 + 6)).toBe(101_700 + 6 * 75 + 5_000);
    m.pay(D1 + 6, m.toClearThrough(D1 + 6, 1));
    expect(m.dpdOn(D1 + 20)).toBe(0);
    expect(m.oldestOwed(D1 + 20)).toBe(0);
    expect(m.toSettle(D1 + 20)).toBe(101_200);
  });

  it('includes the cost cap: a long-delinquent capped account owes exactly what the engine charges', () => {
    // 5% a year on 2,000.00 caps interest, fees, penalty and late fees at about 0.27 a day since opening.
    const capped = twoInstalments({ ...TERMS, costCapRate: rateOf('0.05') });
    const uncapped = twoInstalments();
    const day = D2 + 200;
    const engine = advanceLedger({
      terms: { ...TERMS, costCapRate: rateOf('0.05') },
      state: makeState([
        makeInstallment(1, fromDay(D1), 100_000, 1_500, 200),
        makeInstallment(2, fromDay(D2), 100_000, 1_000, 200),
      ]),
      from: OPENED,
      to: fromDay(day),
      payments: [],
      holds: [],
    }).state;
    // Everything still owed, penalty accrued since the last posting included.
    const owedByEngine = engine.installments.reduce((sum, i) => sum + owedTotal(i), 0);
    expect(capped.toSettle(day)).toBe(owedByEngine);
    expect(capped.toSettle(day)).toBeLessThan(uncapped.toSettle(day));
    capped.pay(day, capped.toSettle(day));
    expect(capped.settled()).toBe(true);
    expect(capped.credit).toBe(0);
  });

  it('allocates as the engine does: principal-first pays every due principal before interest and costs', () => {
    const m = twoInstalments({ ...TERMS, allocation: 'principal_first' });
    m.pay(D2, 200_000);
    expect(m.pastDueOn(D2)).toBe(1_500 + 200 + 1_000 + 200 + 28 * 75 + 5_000);
    expect(m.dpdOn(D2 + 1)).toBe(D2 + 1 - D1);
  });

  it('refuses a payment on a day before one it already processed', () => {
    const m = twoInstalments();
    m.pastDueOn(D1 + 10);
    expect(() => m.pay(D1 + 9, 100)).toThrow(/was processed/);
  });

  it('leaves instalments 1…k fully paid after a payment of what it says they need, cap or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -4, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<'standard' | 'principal_first'>('standard', 'principal_first'),
        fc.constantFrom(null, '0.05', '0.24'),
        (delays, allocation, cap) => {
          const m = new MirrorLedger(
            makeTerms({ openedOn: OPENED, graceDays: 5, allocation, costCapRate: cap }),
            delays.map((_, i) => ({
              no: i + 1,
              dueOn: fromDay(D1 + 30 * i),
              principal: 100_000 + i,
              interest: 900,
              fee: 0,
            })),
          );
          let day = D1 - 4;
          delays.forEach((delay, i) => {
            // Principal-first spreads a payment over every due instalment's principal first, so "clear 1…k"
            // is exact there only while instalment k + 1 is not yet due, and early payers use standard.
            const d = allocation === 'standard' ? delay : Math.min(Math.max(delay, 0), 29);
            day = Math.max(day, D1 + 30 * i + d);
            m.pay(day, m.toClearThrough(day, i + 1));
            expect(m.toClearThrough(day, i + 1)).toBe(0);
          });
          expect(m.settled()).toBe(true);
          expect(m.credit).toBe(0);
        },
      ),
    );
  });
});

const scenario = fc.record({
  terms: fc.record({
    lateFee: fc.integer({ min: 0, max: 10_000 }),
    graceDays: fc.integer({ min: 0, max: 5 }),
    allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
    dayCount: fc.constantFrom('act360' as const, 'act365' as const),
    annualRate: fc.constantFrom('0', '0.18', '0.36'),
    penaltyUplift: fc.constantFrom('0', '0.5'),
    costCapRate: fc.constantFrom(null, '0.05', '0.24'),
    principal: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  installments: fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 150 }),
      principal: fc.integer({ min: 0, max: 300_000 }),
      interest: fc.integer({ min: 0, max: 20_000 }),
      fee: fc.integer({ min: 0, max: 2_000 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  // The customer's actions in order: a few days on (0: the same day again), look at the balance, pay.
  actions: fc.array(
    fc.record({
      gap: fc.integer({ min: 0, max: 45 }),
      look: fc.constantFrom('none', 'settle', 'past-due', 'dpd'),
      pay: fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.record({ kind: fc.constant('amount' as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
        fc.record({ kind: fc.constant('clear' as const), through: fc.integer({ min: 1, max: 6 }) }),
        fc.constant({ kind: 'settle' as const }),
      ),
    }),
    { maxLength: 10 },
  ),
  /** Days before opening of the first action (a payment may arrive before the account opened). */
  lead: fc.integer({ min: 0, max: 10 }),
  tail: fc.integer({ min: 0, max: 60 }),
});

describe('driving the engine incrementally', () => {
  it('ends exactly where one engine run over the whole history ends, as the cycle would run it', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const terms = makeTerms({ ...s.terms, openedOn: OPENED });
        const schedule: ScheduledInstallment[] = [...s.installments]
          .sort((a, b) => a.offset - b.offset)
          .map((i, n) => ({ no: n + 1, dueOn: addDays(OPENED, i.offset), ...i }));
        const mirror = new MirrorLedger(terms, schedule);
        const payments: PaymentToPost[] = [];
        let day = toDay(OPENED) - s.lead;
        for (const action of s.actions) {
          day += action.gap;
          if (action.look === 'settle') mirror.toSettle(day);
          if (action.look === 'past-due') mirror.pastDueOn(day);
          if (action.look === 'dpd') mirror.dpdOn(day);
          const amount =
            action.pay.kind === 'amount'
              ? action.pay.amount
              : action.pay.kind === 'clear'
                ? mirror.toClearThrough(day, action.pay.through)
                : action.pay.kind === 'settle'
                  ? mirror.toSettle(day)
                  : 0;
          if (amount <= 0) continue;
          mirror.pay(day, amount);
          payments.push({ id: payments.length + 1, postedOn: fromDay(day), paidAt: '', amount });
        }
        const end = Math.max(day, toDay(OPENED)) + s.tail;
        const once = advanceLedger({
          terms,
          state: makeState(schedule.map((i) => makeInstallment(i.no, i.dueOn, i.principal, i.interest, i.fee))),
          from: OPENED,
          to: fromDay(end),
          payments,
          holds: [],
        }).state;
        expect(mirror.stateOn(end)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
