/**
 * Placing and releasing holds on books the real cycle has closed, on every test engine: closed days are
 * refused (the account's own last processed day or its portfolio's closed day, whichever is later), an
 * accepted hold is recorded with its event, and the cycle accrues nothing while it runs.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { runCycle } from '../cycle/run-cycle.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { placeHold } from './place-hold.js';
import { releaseHold } from './release-hold.js';
import { showAccount } from './show-account.js';

const NOW = new Date('2026-11-29T00:00:00Z');
const refusedWith = (code: string) => (e: unknown) => isAppError(e) && e.code === code;

describe.each(testEngines)('account holds on $name', (engine) => {
  const fresh = freshStores(engine);

  /** LATE is past due and moved by the cycle; IDLE has nothing due, so the cycle never touches it. */
  async function bookClosedThrough(day: string): Promise<Store> {
    const store = await fresh();
    await seedAccounts(store, [
      { account_id: 'LATE', installments: [{ no: 1, due_on: '2026-01-31', principal: 100_000 }] },
      { account_id: 'IDLE', installments: [{ no: 1, due_on: '2026-12-31', principal: 100_000 }] },
    ]);
    await runCycle({ store, asOf: day, now: () => NOW });
    return store;
  }
  const hold = (store: Store, accountId: string, from: string, to: string | null = null, reason = 'dispute') =>
    placeHold({ db: store.db, accountId, from, to, reason, actor: 'test', now: NOW });
  const release = (store: Store, accountId: string, lastHeldDay: string) =>
    releaseHold({ db: store.db, accountId, lastHeldDay, actor: 'test', now: NOW });
  const holdsOf = async (store: Store, accountId: string) => (await show(store, accountId)).holds;
  const show = (store: Store, accountId: string) => showAccount({ store, accountId, today: '2026-11-29' });
  const eventsOf = (store: Store) =>
    store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute();

  it('refuses a hold starting on a closed day, for a processed account and an untouched one alike', async () => {
    const store = await bookClosedThrough('2026-03-10');
    expect((await show(store, 'LATE')).processed_through).toBe('2026-03-10');
    expect((await show(store, 'IDLE')).processed_through).toBeNull();
    for (const accountId of ['LATE', 'IDLE']) {
      for (const from of ['2026-03-10', '2026-02-01']) {
        await expect(hold(store, accountId, from)).rejects.toSatisfy(refusedWith('CLOSED_PERIOD'));
      }
      expect(await holdsOf(store, accountId)).toEqual([]);
    }
    expect(await eventsOf(store)).toEqual([]);
  });

  it('places a hold from the first open day, with its event', async () => {
    const store = await bookClosedThrough('2026-03-10');
    expect(await hold(store, 'LATE', '2026-03-11', '2026-03-31', '  customer disputes the debt ')).toEqual({
      from: '2026-03-11',
      to: '2026-03-31',
    });
    expect(await holdsOf(store, 'LATE')).toEqual([
      { from_on: '2026-03-11', to_on: '2026-03-31', reason: 'customer disputes the debt' },
    ]);
    const [event] = await eventsOf(store);
    expect(event).toMatchObject({ kind: 'account.hold', actor: 'test' });
    expect(JSON.parse(String(event?.payload))).toEqual({
      from: '2026-03-11',
      to: '2026-03-31',
      reason: 'customer disputes the debt',
    });
  });

  it('accepts any day on an account whose ledger nothing has closed yet', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await seedAccounts(store, [
      { account_id: 'NEW', portfolio: 'other', installments: [{ no: 1, due_on: '2026-01-31', principal: 1_000 }] },
    ]);
    await hold(store, 'NEW', '2026-01-01');
    expect(await holdsOf(store, 'NEW')).toEqual([{ from_on: '2026-01-01', to_on: null, reason: 'dispute' }]);
  });

  it('stops penalty interest while held, and a release on the closed day lets it run again the day after', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await hold(store, 'LATE', '2026-03-11');
    await runCycle({ store, asOf: '2026-03-20', now: () => NOW });
    const held = await show(store, 'LATE');
    // The accrual open when the hold began was posted, up to the day before it; nothing accrued since.
    expect(held.installments[0]?.accrued_penalty).toBe('0.00');
    const lastPenalty = held.entries.filter((e) => e.kind === 'penalty').at(-1);
    expect(lastPenalty?.accrued_to).toBe('2026-03-10');

    await expect(release(store, 'LATE', '2026-03-19')).rejects.toSatisfy(refusedWith('CLOSED_PERIOD'));
    expect(await release(store, 'LATE', '2026-03-20')).toEqual({ released: 1 });
    expect(await holdsOf(store, 'LATE')).toEqual([{ from_on: '2026-03-11', to_on: '2026-03-20', reason: 'dispute' }]);
    expect((await eventsOf(store)).map((e) => e.kind)).toEqual(['account.hold', 'account.release']);

    await runCycle({ store, asOf: '2026-03-25', now: () => NOW });
    const released = await show(store, 'LATE');
    // 1,000.00 unpaid at 18 % × 1.5 / 360: 0.75 a day for 21–25 March.
    expect(released.installments[0]).toMatchObject({ accrued_penalty: '3.75', accrued_from: '2026-03-21' });
    expect(released.reconciled).toBe(true);
  });

  it('refuses a release when no hold runs past the day', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await expect(release(store, 'LATE', '2026-03-12')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    await hold(store, 'LATE', '2026-03-11', '2026-03-12');
    await expect(release(store, 'LATE', '2026-03-12')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    expect(await release(store, 'LATE', '2026-03-11')).toEqual({ released: 1 });
  });

  it('refuses malformed holds before touching the store', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await expect(hold(store, 'LATE', '2026-02-30')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(hold(store, 'LATE', '2026-04-02', '2026-04-01')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(hold(store, 'LATE', '2026-04-01', null, '   ')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(release(store, 'LATE', '2026-13-01')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    expect(await holdsOf(store, 'LATE')).toEqual([]);
  });

  it('is NOT_FOUND for an account that does not exist', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await expect(hold(store, 'NO-SUCH', '2026-04-01')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    await expect(release(store, 'NO-SUCH', '2026-04-01')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    expect(await eventsOf(store)).toEqual([]);
  });
});
