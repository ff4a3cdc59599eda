import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import {
  type DatedPayment,
  judgePromises,
  type PromiseJudgement,
  type PromiseToJudge,
  promiseWindow,
  verdictFor,
} from './judge-promises.js';

const START = '2026-11-01';
const day = (n: number) => addDays(START, n);

const promiseArb = fc
  .record({
    taken: fc.integer({ min: 0, max: 30 }),
    length: fc.integer({ min: 0, max: 10 }),
    hour: fc.integer({ min: 0, max: 23 }),
    amount: fc.integer({ min: 1, max: 200_000 }),
  })
  .map(({ taken, length, hour, amount }) => ({
    amount,
    takenOn: day(taken),
    takenAt: `${day(taken)}T${String(hour).padStart(2, '0')}:00:00.000Z`,
    dueOn: day(taken + length),
    status: 'pending' as const,
    paid: 0,
  }));

const promisesArb = fc
  .array(promiseArb, { minLength: 1, maxLength: 6 })
  .map((ps) => ps.map((p, i): PromiseToJudge => ({ ...p, id: `prm_${i}` })));

const paymentArb = fc
  .record({ on: fc.integer({ min: 0, max: 50 }), amount: fc.integer({ min: 1, max: 150_000 }) })
  .map(({ on, amount }): DatedPayment => ({ valueOn: day(on), amount }));
const paymentsArb = fc.array(paymentArb, { maxLength: 10 });
const graceArb = fc.integer({ min: 0, max: 5 });
const asOfArb = fc.integer({ min: 0, max: 60 }).map(day);

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const inWindow = (p: PromiseToJudge, grace: number, asOf: string) => (pay: DatedPayment) => {
  const w = promiseWindow(p, grace);
  return pay.valueOn >= w.from && pay.valueOn <= w.to && pay.valueOn <= asOf;
};
const byId = (js: readonly PromiseJudgement[]) => Object.fromEntries(js.map((j) => [j.id, j]));
/** The rule's order, written out independently of the code under test: due day, then taken, then id. */
const dueOrder = (ps: readonly PromiseToJudge[]) =>
  [...ps].sort((a, b) => {
    // Fixed-width fields (ids have one digit here), so the joined text sorts like the fields in turn.
    const [x, y] = [a.dueOn + a.takenAt + a.id, b.dueOn + b.takenAt + b.id];
    return x < y ? -1 : x > y ? 1 : 0;
  });

describe('judging promises: properties', () => {
  it('counts for each promise between 0 and its amount, never more than the payments in its window', () => {
    fc.assert(
      fc.property(promisesArb, paymentsArb, graceArb, asOfArb, (promises, payments, graceDays, asOf) => {
        const result = judgePromises({ promises, payments, graceDays, asOf });
        promises.forEach((p, i) => {
          const j = result[i] as PromiseJudgement;
          expect(j.id).toBe(p.id);
          expect(j.paid).toBeGreaterThanOrEqual(0);
          expect(j.paid).toBeLessThanOrEqual(p.amount);
          expect(j.paid).toBeLessThanOrEqual(sum(payments.filter(inWindow(p, graceDays, asOf)).map((x) => x.amount)));
        });
      }),
    );
  });

  it('never counts in total more than the payments inside the windows', () => {
    fc.assert(
      fc.property(promisesArb, paymentsArb, graceArb, asOfArb, (promises, payments, graceDays, asOf) => {
        const result = judgePromises({ promises, payments, graceDays, asOf });
        const inAny = payments.filter((pay) => promises.some((p) => inWindow(p, graceDays, asOf)(pay)));
        expect(sum(result.map((j) => j.paid))).toBeLessThanOrEqual(sum(inAny.map((x) => x.amount)));
      }),
    );
  });

  it('gives the verdict exactly when the run day is after the due day plus grace, from what was counted', () => {
    fc.assert(
      fc.property(promisesArb, paymentsArb, graceArb, asOfArb, (promises, payments, graceDays, asOf) => {
        const result = judgePromises({ promises, payments, graceDays, asOf });
        promises.forEach((p, i) => {
          const j = result[i] as PromiseJudgement;
          const due = asOf > promiseWindow(p, graceDays).to;
          expect(j.judgedNow).toBe(due);
          expect(j.status).toBe(due ? verdictFor(j.paid, p.amount) : 'pending');
        });
      }),
    );
  });

  it('is not moved by payments outside every window or dated after the run day', () => {
    fc.assert(
      fc.property(
        promisesArb,
        paymentsArb,
        paymentsArb,
        graceArb,
        asOfArb,
        (promises, payments, extra, graceDays, asOf) => {
          const outside = extra.filter((pay) => !promises.some((p) => inWindow(p, graceDays, asOf)(pay)));
          const before = judgePromises({ promises, payments, graceDays, asOf });
          const after = judgePromises({ promises, payments: [...outside, ...payments], graceDays, asOf });
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('judges a promise alone from its own window only: min(amount, payments in the window)', () => {
    fc.assert(
      fc.property(promiseArb, paymentsArb, graceArb, asOfArb, (p0, payments, graceDays, asOf) => {
        const p = { ...p0, id: 'only' };
        const [j] = judgePromises({ promises: [p], payments, graceDays, asOf });
        const window = sum(payments.filter(inWindow(p, graceDays, asOf)).map((x) => x.amount));
        expect(j?.paid).toBe(Math.min(p.amount, window));
      }),
    );
  });

  it('serves the earliest due promise first: it counts as if it were alone', () => {
    fc.assert(
      fc.property(promisesArb, paymentsArb, graceArb, asOfArb, (promises, payments, graceDays, asOf) => {
        const first = dueOrder(promises)[0] as PromiseToJudge;
        const together = byId(judgePromises({ promises, payments, graceDays, asOf }));
        const alone = judgePromises({ promises: [first], payments, graceDays, asOf })[0];
        expect(together[first.id]).toEqual(alone);
      }),
    );
  });

  it('fills promises with one window in due order: a later one counts only after the earlier ones are full', () => {
    fc.assert(
      fc.property(promisesArb, paymentsArb, graceArb, asOfArb, (raw, payments, graceDays, asOf) => {
        const promises = raw.map((p) => ({ ...p, takenOn: START, dueOn: day(20) }));
        const result = byId(judgePromises({ promises, payments, graceDays, asOf }));
        const ordered = dueOrder(promises);
        ordered.forEach((p, i) => {
          if (result[p.id]?.paid === 0) return;
          for (const earlier of ordered.slice(0, i)) expect(result[earlier.id]?.paid).toBe(earlier.amount);
        });
        const available = sum(
          payments.filter(inWindow(promises[0] as PromiseToJudge, graceDays, asOf)).map((x) => x.amount),
        );
        expect(sum(Object.values(result).map((j) => j.paid))).toBe(
          Math.min(available, sum(promises.map((p) => p.amount))),
        );
      }),
    );
  });

  it('does not depend on the order promises and payments arrive in', () => {
    fc.assert(
      fc.property(
        promisesArb,
        paymentsArb,
        graceArb,
        asOfArb,
        fc.nat(),
        (promises, payments, graceDays, asOf, seed) => {
          const rotate = <T>(xs: readonly T[]) => {
            const k = xs.length === 0 ? 0 : seed % xs.length;
            return [...xs.slice(k), ...xs.slice(0, k)];
          };
          const a = byId(judgePromises({ promises, payments, graceDays, asOf }));
          const b = byId(
            judgePromises({ promises: rotate(promises).reverse(), payments: rotate(payments), graceDays, asOf }),
          );
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('judging day by day, keeping each run’s results, ends where judging once ends; a rerun changes nothing', () => {
    fc.assert(
      fc.property(
        promisesArb,
        paymentsArb,
        graceArb,
        fc.integer({ min: 0, max: 60 }),
        (promises, payments, graceDays, last) => {
          let state = promises;
          for (let d = 0; d <= last; d++) {
            const asOf = day(d);
            const judged = byId(judgePromises({ promises: state, payments, graceDays, asOf }));
            state = state.map((p) => ({
              ...p,
              status: judged[p.id]?.status ?? p.status,
              paid: judged[p.id]?.paid ?? p.paid,
            }));
            // The same day again: nothing new is judged and nothing changes.
            const again = judgePromises({ promises: state, payments, graceDays, asOf });
            expect(again.every((j) => !j.judgedNow)).toBe(true);
            expect(again.map((j) => [j.status, j.paid])).toEqual(state.map((p) => [p.status, p.paid]));
          }
          const once = byId(judgePromises({ promises, payments, graceDays, asOf: day(last) }));
          expect(state.map((p) => [p.status, p.paid])).toEqual(
            promises.map((p) => [once[p.id]?.status, once[p.id]?.paid]),
          );
        },
      ),
    );
  });
});
