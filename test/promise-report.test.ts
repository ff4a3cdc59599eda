/**
 * The promise reports on both engines, on the demo strategy (champion/challenger in the early segment): the
 * kept rate and counts per collector, per team and per strategy variant for the promises taken in a period,
 * and `promises_kept` in the strategy report.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { type AddPromiseOptions, addPromise } from '../src/promise/add-promise.js';
import { cancelPromise } from '../src/promise/cancel-promise.js';
import { promiseReport } from '../src/report/promise-report.js';
import { strategyReport } from '../src/report/strategy-report.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { BOOK_NOW, pay, promiseBook, runDays } from './support/promise-book.js';

const NOW = new Date('2026-11-02T03:00:00Z');

describe.each(testEngines)('promise reports on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    store = await fresh();
    await promiseBook(store);
    await activateDemoStrategy({ db: store.db, now: BOOK_NOW });
    // The strategy places the accounts on 2 November; the promises are taken that day, after the run.
    await runDays(store, '2026-11-02', '2026-11-02');
    const promise = async (
      name: string,
      accountId: string,
      by: string,
      amount: string,
      dueOn: string,
      over: Partial<AddPromiseOptions> = {},
    ) => {
      ids[name] = (
        await addPromise({
          store,
          accountId,
          amount,
          dueOn,
          by,
          at: '2026-11-02T10:00:00+08:00',
          actor: 'test',
          now: NOW,
          ...over,
        })
      ).view.id;
    };
    // Taken before the period: judged in it, but not part of it.
    await promise('before', 'A-4', 'early-2', '100.00', '2026-10-25', { at: '2026-10-20T10:00:00+08:00' });
    await promise('kept', 'A-1', 'early-1', '500.00', '2026-11-05');
    await promise('partly', 'A-2', 'early-1', '500.00', '2026-11-05');
    await promise('broken', 'A-3', 'early-2', '500.00', '2026-11-05');
    await promise('pending', 'A-5', 'mid-1', '300.00', '2026-11-20', { dueAt: '18:00' });
    await promise('cancelled', 'A-4', 'lead-early', '200.00', '2026-11-05');
    await cancelPromise({
      db: store.db,
      promiseId: ids.cancelled as string,
      by: 'lead-early',
      reason: 'wrong account',
      actor: 'test',
      now: NOW,
    });
    await pay(store, 'PAY-1', 'A-1', '2026-11-04T12:00:00+08:00', '500.00');
    await pay(store, 'PAY-2', 'A-2', '2026-11-05T20:00:00+08:00', '100.00');
    await runDays(store, '2026-11-03', '2026-11-06');
  });

  it('gives the kept rate and counts per collector and team for the promises taken in the period', async () => {
    const report = await promiseReport({ db: store.db, from: '2026-11-01', to: '2026-11-06' });
    expect(report.from).toBe('2026-11-01');
    expect(report.totals).toEqual({
      taken: 4,
      kept: 1,
      partly_kept: 1,
      broken: 1,
      pending: 1,
      kept_rate: '0.3333',
      promised: { CNY: '1800.00' },
      paid: { CNY: '600.00' },
    });
    expect(report.collectors).toEqual([
      {
        collector: 'early-1',
        team_id: 'early',
        taken: 2,
        kept: 1,
        partly_kept: 1,
        broken: 0,
        pending: 0,
        kept_rate: '0.5000',
        promised: { CNY: '1000.00' },
        paid: { CNY: '600.00' },
      },
      {
        collector: 'early-2',
        team_id: 'early',
        taken: 1,
        kept: 0,
        partly_kept: 0,
        broken: 1,
        pending: 0,
        kept_rate: '0.0000',
        promised: { CNY: '500.00' },
        paid: { CNY: '0.00' },
      },
      {
        collector: 'mid-1',
        team_id: 'mid',
        taken: 1,
        kept: 0,
        partly_kept: 0,
        broken: 0,
        pending: 1,
        kept_rate: null,
        promised: { CNY: '300.00' },
        paid: { CNY: '0.00' },
      },
    ]);
    expect(report.teams.map((t) => [t.team_id, t.taken, t.kept_rate])).toEqual([
      ['early', 3, '0.3333'],
      ['mid', 1, null],
    ]);
  });

  it('counts each promise for the variant that worked the account the day it was taken', async () => {
    const report = await promiseReport({ db: store.db, from: '2026-11-01', to: '2026-11-06' });
    const stays = await store.db
      .selectFrom('variant_members as m')
      .innerJoin('accounts as a', 'a.id', 'm.account_id')
      .select(['a.account_id', 'm.strategy', 'm.segment', 'm.variant'])
      .where('m.entered_on', '<=', '2026-11-02')
      .execute();
    const variantOf = (accountId: string) => {
      const s = stays.find((x) => x.account_id === accountId);
      return `${s?.strategy}/${s?.segment}/${s?.variant}`;
    };
    const expected = new Map<string, { taken: number; kept: number; broken: number }>();
    for (const [accountId, status] of [
      ['A-1', 'kept'],
      ['A-2', 'partly_kept'],
      ['A-3', 'broken'],
      ['A-5', 'pending'],
    ] as const) {
      const key = variantOf(accountId);
      const e = expected.get(key) ?? { taken: 0, kept: 0, broken: 0 };
      e.taken++;
      if (status === 'kept') e.kept++;
      if (status === 'broken') e.broken++;
      expected.set(key, e);
    }
    expect(
      new Map(
        report.variants.map((v) => [
          `${v.strategy}/${v.segment}/${v.variant}`,
          { taken: v.taken, kept: v.kept, broken: v.broken },
        ]),
      ),
    ).toEqual(expected);
    // The demo strategy's early segment splits 70/30; A-5 falls in the challenger.
    expect(
      report.variants.map((v) => [
        v.segment,
        v.variant,
        v.taken,
        v.kept,
        v.partly_kept,
        v.broken,
        v.pending,
        v.kept_rate,
      ]),
    ).toEqual([
      ['early', 'champion', 3, 1, 1, 1, 0, '0.3333'],
      ['early', 'early-call', 1, 0, 0, 0, 1, null],
    ]);

    const strategy = await strategyReport({ db: store.db, from: '2026-11-01', to: '2026-11-06' });
    for (const v of strategy.variants) {
      expect(v.promises_kept, `${v.segment}/${v.variant}`).toBe(
        `${v.strategy}/${v.segment}/${v.variant}` === variantOf('A-1') ? 1 : 0,
      );
    }
    expect(strategy.variants.some((v) => v.promises_kept === 1)).toBe(true);
    // Kept on 6 November: a period that ends before it counts none.
    const earlier = await strategyReport({ db: store.db, from: '2026-11-01', to: '2026-11-05' });
    expect(earlier.variants.every((v) => v.promises_kept === 0)).toBe(true);
  });

  it('reports nothing for a period without promises, and refuses a period that runs backwards', async () => {
    const empty = await promiseReport({ db: store.db, from: '2026-10-01', to: '2026-10-10' });
    expect(empty.totals).toMatchObject({ taken: 0, kept_rate: null, promised: {}, paid: {} });
    expect(empty.collectors).toEqual([]);
    await expect(promiseReport({ db: store.db, from: '2026-11-06', to: '2026-11-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    // By default the 30 days to the last closed day (6 November): the promise of 20 October is in them.
    const last30 = await promiseReport({ db: store.db });
    expect([last30.from, last30.to, last30.totals.taken]).toEqual(['2026-10-08', '2026-11-06', 5]);
  });
});
