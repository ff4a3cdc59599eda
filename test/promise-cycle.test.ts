/**
 * The cycle judges promises to pay, on both engines, from payments imported the way a core system sends
 * them: kept, partly kept and broken on the first day after the due day (plus the portfolio's grace), two
 * promises sharing payments earliest due first, `paid` kept current while pending, and a rerun of a day
 * changing nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runCycle } from '../src/cycle/run-cycle.js';
import { configurePortfolio } from '../src/portfolio/configure-portfolio.js';
import { type AddPromiseOptions, addPromise } from '../src/promise/add-promise.js';
import { listPromises } from '../src/promise/list-promises.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { morningOf, pay, promiseBook, runDays } from './support/promise-book.js';

describe.each(testEngines)('the cycle judges promises on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await promiseBook(store);
  });

  /** A promise taken on a call on 2 November at 10:00 Shanghai time. */
  const promise = async (accountId: string, amount: string, dueOn: string, over: Partial<AddPromiseOptions> = {}) =>
    (
      await addPromise({
        store,
        accountId,
        amount,
        dueOn,
        by: 'early-1',
        at: '2026-11-02T10:00:00+08:00',
        actor: 'test',
        now: new Date('2026-11-02T03:00:00Z'),
        ...over,
      })
    ).view.id;

  const status = async () =>
    Object.fromEntries(
      (await listPromises({ db: store.db })).map((p) => [p.view.id, [p.view.status, p.view.paid, p.decidedOn]]),
    );
  const stepOf = (report: Awaited<ReturnType<typeof runCycle>>) => report.steps.find((s) => s.name === 'promises');

  it('judges kept, partly kept and broken on the first day after the due day, counting only the window', async () => {
    const kept = await promise('A-1', '500.00', '2026-11-05');
    const partly = await promise('A-2', '500.00', '2026-11-05');
    const broken = await promise('A-3', '500.00', '2026-11-05');
    // Kept in two parts, the second on the due day itself late in the evening (Shanghai).
    await pay(store, 'PAY-1a', 'A-1', '2026-11-03T12:00:00+08:00', '200.00');
    await pay(store, 'PAY-1b', 'A-1', '2026-11-05T23:30:00+08:00', '300.00');
    await pay(store, 'PAY-2', 'A-2', '2026-11-04T09:00:00+08:00', '120.50');
    // Before the promise was taken and after its day: neither counts.
    await pay(store, 'PAY-3a', 'A-3', '2026-11-01T20:00:00+08:00', '500.00');
    await pay(store, 'PAY-3b', 'A-3', '2026-11-06T08:00:00+08:00', '500.00');

    const [d2, d3, d4, d5, d6] = await runDays(store, '2026-11-02', '2026-11-06');
    expect(stepOf(d2 as never)?.counts).toMatchObject({ accounts: 3, judged: 0, pending: 3, paid_updated: 0 });
    expect(stepOf(d3 as never)?.counts).toMatchObject({ judged: 0, pending: 3, paid_updated: 1 });
    expect(stepOf(d4 as never)?.counts).toMatchObject({ judged: 0, pending: 3, paid_updated: 1 });
    expect(stepOf(d5 as never)?.counts).toMatchObject({ judged: 0, pending: 3, paid_updated: 1 });
    expect(stepOf(d6 as never)?.counts).toMatchObject({ judged: 3, kept: 1, partly_kept: 1, broken: 1, pending: 0 });
    expect(await status()).toEqual({
      [kept]: ['kept', '500.00', '2026-11-06'],
      [partly]: ['partly_kept', '120.50', '2026-11-06'],
      [broken]: ['broken', '0.00', '2026-11-06'],
    });
    const events = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'promise.judge')
      .execute();
    expect(events.map((e) => [e.actor, JSON.parse(e.payload).status]).sort()).toEqual([
      ['cycle', 'broken'],
      ['cycle', 'kept'],
      ['cycle', 'partly_kept'],
    ]);
    expect(JSON.parse(events.find((e) => e.payload.includes(partly))?.payload ?? '{}')).toEqual({
      promise_id: partly,
      as_of: '2026-11-06',
      status: 'partly_kept',
      amount: '500.00',
      paid: '120.50',
      currency: 'CNY',
    });
  });

  it('keeps paid current while pending and changes nothing when a day is run again', async () => {
    const id = await promise('A-1', '500.00', '2026-11-10');
    await pay(store, 'PAY-1', 'A-1', '2026-11-03T12:00:00+08:00', '200.00');
    await runDays(store, '2026-11-02', '2026-11-04');
    expect((await status())[id]).toEqual(['pending', '200.00', null]);
    const before = await store.db.selectFrom('promises').selectAll().execute();
    const eventsBefore = await store.db.selectFrom('events').select('id').execute();
    const rerun = await runCycle({ store, asOf: '2026-11-04', now: () => morningOf('2026-11-05') });
    expect(stepOf(rerun)?.counts).toMatchObject({ judged: 0, pending: 1, paid_updated: 0 });
    expect(await store.db.selectFrom('promises').selectAll().execute()).toEqual(before);
    expect((await store.db.selectFrom('events').select('id').execute()).length).toBe(eventsBefore.length);
  });

  it('judges the same whether the cycle ran every day or caught up once, and a rerun of the day is idempotent', async () => {
    const id = await promise('A-1', '500.00', '2026-11-05');
    await pay(store, 'PAY-1', 'A-1', '2026-11-04T12:00:00+08:00', '500.00');
    const report = await runCycle({ store, asOf: '2026-11-09', now: () => morningOf('2026-11-09') });
    expect(stepOf(report)?.counts).toMatchObject({ judged: 1, kept: 1 });
    // Judged on the day the cycle reached, which is when the verdict became known.
    expect((await status())[id]).toEqual(['kept', '500.00', '2026-11-09']);
    const before = await store.db.selectFrom('promises').selectAll().execute();
    const again = await runCycle({ store, asOf: '2026-11-09', now: () => morningOf('2026-11-10') });
    expect(stepOf(again)?.counts).toMatchObject({ accounts: 0, judged: 0 });
    expect(await store.db.selectFrom('promises').selectAll().execute()).toEqual(before);
  });

  it('counts payments through the portfolio’s grace days and judges the day after them', async () => {
    await configurePortfolio({
      db: store.db,
      portfolioId: 'consumer',
      promiseGraceDays: 2,
      actor: 'test',
      now: morningOf('2026-11-02'),
    });
    const id = await promise('A-1', '500.00', '2026-11-05');
    const late = await promise('A-2', '500.00', '2026-11-05');
    // On the last day of grace (counts), and the day after it (does not).
    await pay(store, 'PAY-1', 'A-1', '2026-11-07T21:00:00+08:00', '500.00');
    await pay(store, 'PAY-2', 'A-2', '2026-11-08T09:00:00+08:00', '500.00');
    await runDays(store, '2026-11-02', '2026-11-07');
    expect(await status()).toEqual({
      [id]: ['pending', '500.00', null],
      [late]: ['pending', '0.00', null],
    });
    await runDays(store, '2026-11-08', '2026-11-08');
    expect(await status()).toEqual({
      [id]: ['kept', '500.00', '2026-11-08'],
      [late]: ['broken', '0.00', '2026-11-08'],
    });
  });

  it('shares one account’s payments between its promises earliest due first', async () => {
    const later = await promise('A-1', '400.00', '2026-11-08');
    const earlier = await promise('A-1', '300.00', '2026-11-05', { at: '2026-11-02T11:00:00+08:00' });
    await pay(store, 'PAY-1', 'A-1', '2026-11-04T12:00:00+08:00', '500.00');
    await runDays(store, '2026-11-02', '2026-11-06');
    // The earlier is full; the later counts what is left while pending.
    expect(await status()).toEqual({
      [earlier]: ['kept', '300.00', '2026-11-06'],
      [later]: ['pending', '200.00', null],
    });
    await pay(store, 'PAY-2', 'A-1', '2026-11-07T12:00:00+08:00', '150.00');
    await runDays(store, '2026-11-07', '2026-11-09');
    expect(await status()).toEqual({
      [earlier]: ['kept', '300.00', '2026-11-06'],
      [later]: ['partly_kept', '350.00', '2026-11-09'],
    });
  });

  it('leaves a cancelled promise out: it is never judged and takes no payment', async () => {
    const cancelled = await promise('A-1', '500.00', '2026-11-04');
    const live = await promise('A-1', '500.00', '2026-11-05');
    await store.db.updateTable('promises').set({ status: 'cancelled' }).where('promise_id', '=', cancelled).execute();
    await pay(store, 'PAY-1', 'A-1', '2026-11-03T12:00:00+08:00', '500.00');
    await runDays(store, '2026-11-02', '2026-11-06');
    expect(await status()).toEqual({
      [cancelled]: ['cancelled', '0.00', null],
      [live]: ['kept', '500.00', '2026-11-06'],
    });
  });

  it('judges accounts in batches with the same result as one batch', async () => {
    const ids = [];
    for (const [i, account] of ['A-1', 'A-2', 'A-3', 'A-4', 'A-5'].entries()) {
      ids.push(await promise(account, '100.00', '2026-11-03'));
      if (i % 2 === 0) await pay(store, `PAY-${account}`, account, '2026-11-03T09:00:00+08:00', '100.00');
    }
    const { judgePromisesStep } = await import('../src/cycle/promises/judge-promises-step.js');
    const { loadPortfolioSettings } = await import('../src/store/shapes/portfolio-settings.js');
    const counts = await judgePromisesStep({
      store,
      asOf: '2026-11-04',
      portfolios: await loadPortfolioSettings(store.db),
      now: morningOf('2026-11-04'),
      batchSize: 2,
    });
    expect(counts).toMatchObject({ accounts: 5, batches: 3, judged: 5, kept: 3, broken: 2 });
    expect(Object.values(await status()).map((s) => s[0])).toEqual(['kept', 'broken', 'kept', 'broken', 'kept']);
  });
});
