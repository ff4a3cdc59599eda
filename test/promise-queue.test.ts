/**
 * A promise judged broken is a reason for a call the next morning, on both engines: the run that judges it
 * puts a call in that day's queue for the account (even when the strategy planned none), or adds the
 * reason to the call it planned, at twice the priority; a promise due today is named in the day's items.
 *
 * The book's instalments fell due on 15 October, so 6 November is day 22 past due. The test strategy calls
 * every 3 days from day `callFrom`: from day 1 it calls on day 22, from day 2 it does not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type AddPromiseOptions, addPromise } from '../src/promise/add-promise.js';
import { type QueueItemView, showQueue } from '../src/queue/show-queue.js';
import type { Store } from '../src/store/open-database.js';
import { approveStrategy } from '../src/strategy/approve-strategy.js';
import { strategyYaml } from '../src/strategy/strategy-fixtures.js';
import { submitStrategy } from '../src/strategy/submit-strategy.js';
import { freshStores, testEngines } from './support/engines.js';
import { BOOK_NOW, pay, promiseBook, runDays } from './support/promise-book.js';

describe.each(testEngines)('broken promises in the queue on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await promiseBook(store);
  });

  const activate = async (callFrom: number) => {
    const v = await submitStrategy({
      db: store.db,
      text: strategyYaml('promises', callFrom),
      by: 'mgr-a',
      now: BOOK_NOW,
    });
    await approveStrategy({ db: store.db, version: v.version, by: 'mgr-b', now: BOOK_NOW });
  };

  const promise = async (accountId: string, dueOn: string, over: Partial<AddPromiseOptions> = {}) =>
    (
      await addPromise({
        store,
        accountId,
        amount: '500.00',
        dueOn,
        by: 'early-1',
        at: '2026-11-02T10:00:00+08:00',
        actor: 'test',
        now: new Date('2026-11-02T03:00:00Z'),
        ...over,
      })
    ).view.id;

  const itemsOf = (items: readonly QueueItemView[], accountId: string) =>
    items.filter((i) => i.account_id === accountId);

  it('adds a morning call for a promise broken today when the strategy planned none, to whoever promised', async () => {
    await activate(2);
    const borrowers = await promise('A-3', '2026-11-05');
    const guarantors = await promise('A-1', '2026-11-05', { partyId: 'P-GU' });
    const kept = await promise('A-2', '2026-11-05');
    await pay(store, 'PAY-2', 'A-2', '2026-11-04T12:00:00+08:00', '500.00');
    const [, , , , d6] = await runDays(store, '2026-11-02', '2026-11-06');
    expect(d6?.steps.find((s) => s.name === 'strategy')?.counts.broken_promise_calls).toBe(2);

    const queue = await showQueue({ db: store.db });
    expect(queue.as_of).toBe('2026-11-06');
    const [call, ...more] = itemsOf(queue.items, 'A-3');
    expect(more).toEqual([]);
    expect(call).toMatchObject({
      action: 'call',
      channel: 'phone',
      party_id: 'P-A-3',
      window: { from: '2026-11-06T09:00:00+08:00', to: '2026-11-06T12:00:00+08:00' },
      tone: 'firm',
      minutes: 6,
      segment: 'early',
    });
    expect(call?.reason).toMatch(
      new RegExp(
        `^跳票 promise broken: CNY 500\\.00 due 2026-11-05, nothing paid \\(${borrowers}\\) · call the morning after · `,
      ),
    );
    const [guarantorCall, ...others] = itemsOf(queue.items, 'A-1');
    expect(others).toEqual([]);
    expect(guarantorCall).toMatchObject({ action: 'guarantor_call', party_id: 'P-GU' });
    expect(guarantorCall?.reason).toContain(`(${guarantors})`);
    // A kept promise and an account without one: nothing planned, nothing added.
    expect(itemsOf(queue.items, 'A-2')).toEqual([]);
    expect(itemsOf(queue.items, 'A-4')).toEqual([]);
    expect(queue.items.some((i) => i.reason.includes(kept))).toBe(false);

    // The next morning the strategy's own turn comes (day 23); the broken promise is yesterday's news.
    await runDays(store, '2026-11-07', '2026-11-07');
    const next = await showQueue({ db: store.db });
    expect(next.as_of).toBe('2026-11-07');
    expect(itemsOf(next.items, 'A-3').map((i) => i.action)).toEqual(['call']);
    expect(next.items.some((i) => i.reason.includes('promise broken'))).toBe(false);
  });

  it('gives the reason to the call the strategy planned, at twice its priority, and names a promise due today', async () => {
    await activate(1);
    const broken = await promise('A-3', '2026-11-05');
    // A-4 has the same debt and no broken promise: its call is the measure of A-3's.
    const today = await promise('A-4', '2026-11-06', { amount: '200.00', dueAt: '15:00' });
    const [, , , , d6] = await runDays(store, '2026-11-02', '2026-11-06');
    expect(d6?.steps.find((s) => s.name === 'strategy')?.counts.broken_promise_calls).toBe(1);
    const queue = await showQueue({ db: store.db });
    const [brokenCall, ...more] = itemsOf(queue.items, 'A-3');
    const [control] = itemsOf(queue.items, 'A-4');
    expect(more).toEqual([]);
    expect(brokenCall?.action).toBe('call');
    expect(control?.action).toBe('call');
    expect(brokenCall?.reason).toContain(` · 跳票 promise broken: CNY 500.00 due 2026-11-05, nothing paid (${broken})`);
    expect(brokenCall?.reason.startsWith(control?.reason.split(' · ')[0] ?? '?')).toBe(true);
    expect(brokenCall?.priority).toBe(2 * (control?.priority ?? 0));
    expect(brokenCall?.rank).toBeLessThan(control?.rank ?? 0);
    expect(control?.reason).toContain(
      ` · 承诺今日还款 promised for today: CNY 200.00 by 15:00 (${today}); remind, do not press`,
    );
  });
});
