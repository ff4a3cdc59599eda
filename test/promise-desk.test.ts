/**
 * Taking, listing and cancelling promises to pay at the desk, on both engines: what a promise records (its
 * activity, its event, its day in the portfolio's zone) and everything it refuses, with nothing half-written.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../src/domain/errors.js';
import { type AddPromiseOptions, addPromise } from '../src/promise/add-promise.js';
import { cancelPromise } from '../src/promise/cancel-promise.js';
import { listPromises } from '../src/promise/list-promises.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { promiseBook } from './support/promise-book.js';

const NOW = new Date('2026-11-02T06:00:00Z');

describe.each(testEngines)('promises at the desk on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await promiseBook(store);
  });

  const add = (over: Partial<AddPromiseOptions> = {}) =>
    addPromise({
      store,
      accountId: 'A-1',
      amount: '500.00',
      dueOn: '2026-11-05',
      dueAt: '15:00',
      by: 'early-1',
      actor: 'test',
      now: NOW,
      ...over,
    });

  const refusal = async (over: Partial<AddPromiseOptions>) => {
    const error = await add(over).catch((e: unknown) => e);
    expect(isAppError(error), String(error)).toBe(true);
    return error as { code: string; message: string };
  };

  const counts = async () => ({
    promises: (await store.db.selectFrom('promises').select('id').execute()).length,
    activities: (await store.db.selectFrom('activities').select('id').execute()).length,
    events: (await store.db.selectFrom('events').select('id').where('kind', 'like', 'promise.%').execute()).length,
  });

  it('records the promise, an activity with outcome promise and an event, in the list shape', async () => {
    const promise = await add({ at: '2026-11-02T09:30:00+08:00' });
    expect(promise.view).toEqual({
      id: expect.stringMatching(/^prm_[0-9a-z]{10}_[0-9a-f]{16}$/),
      account_id: 'A-1',
      amount: '500.00',
      due_on: '2026-11-05',
      due_at: '15:00',
      taken_on: '2026-11-02',
      taken_by: 'early-1',
      status: 'pending',
      paid: '0.00',
    });
    const row = await store.db
      .selectFrom('promises')
      .selectAll()
      .where('promise_id', '=', promise.view.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      amount: 50_000,
      currency: 'CNY',
      taken_at: '2026-11-02T01:30:00.000Z',
      channel: 'phone',
    });
    const activity = await store.db
      .selectFrom('activities')
      .selectAll()
      .where('activity_id', '=', row.activity_id ?? '')
      .executeTakeFirstOrThrow();
    const borrower = await store.db
      .selectFrom('parties')
      .select('id')
      .where('party_id', '=', 'P-A-1')
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({
      account_id: row.account_id,
      party_id: borrower.id,
      channel: 'phone',
      direction: 'outbound',
      staff: 'early-1',
      outcome: 'promise',
      occurred_on: '2026-11-02',
      started_at: '2026-11-02T01:30:00.000Z',
      source: 'desk',
    });
    expect(activity.note).toContain('CNY 500.00');
    const events = await store.db.selectFrom('events').selectAll().where('kind', '=', 'promise.add').execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({
      promise_id: promise.view.id,
      amount: '500.00',
      due_on: '2026-11-05',
      taken_by: 'early-1',
      party_id: 'P-A-1',
    });
  });

  it('dates the promise by the portfolio’s zone: late evening in Shanghai is already the next day', async () => {
    // 2026-11-02T17:00Z is 01:00 on 3 November in Shanghai.
    const promise = await add({
      at: '2026-11-02T17:00:00Z',
      dueOn: '2026-11-03',
      now: new Date('2026-11-02T18:00:00Z'),
    });
    expect(promise.view.taken_on).toBe('2026-11-03');
    const refused = await refusal({
      at: '2026-11-02T17:00:00Z',
      dueOn: '2026-11-02',
      now: new Date('2026-11-02T18:00:00Z'),
    });
    expect(refused.message).toMatch(/^on: the promise is due 2026-11-02, before the day it was taken \(2026-11-03/);
  });

  it('links an existing activity of the account instead of recording another, and takes its party and time', async () => {
    const first = await add({ partyId: 'P-GU', channel: 'visit', at: '2026-11-02T10:00:00+08:00' });
    const activityId = (
      await store.db
        .selectFrom('promises')
        .select('activity_id')
        .where('promise_id', '=', first.view.id)
        .executeTakeFirstOrThrow()
    ).activity_id as string;
    const before = await counts();
    const second = await add({ activityId, amount: '300.00', dueOn: '2026-11-12' });
    const after = await counts();
    expect(after).toEqual({ promises: before.promises + 1, activities: before.activities, events: before.events + 1 });
    const row = await store.db
      .selectFrom('promises')
      .selectAll()
      .where('promise_id', '=', second.view.id)
      .executeTakeFirstOrThrow();
    const guarantor = await store.db
      .selectFrom('parties')
      .select('id')
      .where('party_id', '=', 'P-GU')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      activity_id: activityId,
      party_id: guarantor.id,
      channel: 'visit',
      taken_at: '2026-11-02T02:00:00.000Z',
    });
  });

  it('refuses what cannot be a promise, naming the field, and writes nothing', async () => {
    const before = await counts();
    const cases: [Partial<AddPromiseOptions>, string, RegExp][] = [
      [{ amount: '0' }, 'INVALID_INPUT', /^amount: 0 must be more than zero/],
      [{ amount: '12.345' }, 'INVALID_INPUT', /^amount: .*more than 2 decimal places/],
      [{ amount: 'lots' }, 'INVALID_INPUT', /^amount: "lots" is not a decimal amount/],
      // 1,045.00 fell due, with the late fee and penalty since: an extra zero is refused.
      [
        { amount: '10450.00' },
        'INVALID_INPUT',
        /^amount: CNY 10450\.00 is more than account A-1 owes \(CNY 11\d\d\.\d\d\)/,
      ],
      [{ dueOn: '2026-11-01' }, 'INVALID_INPUT', /^on: the promise is due 2026-11-01, before the day it was taken/],
      [{ dueOn: '2026-02-30' }, 'INVALID_INPUT', /^on: "2026-02-30" is not a valid date/],
      [{ dueAt: '25:00' }, 'INVALID_INPUT', /^time: "25:00" is not a time of day HH:MM/],
      [{ at: '2026-11-02T09:30:00' }, 'INVALID_INPUT', /^at: .*with an offset/],
      [{ at: '2026-11-03T09:30:00+08:00' }, 'INVALID_INPUT', /^at: .*is in the future/],
      [{ by: 'nobody' }, 'NOT_FOUND', /no user "nobody"/],
      [{ by: 'left' }, 'NOT_FOUND', /user "left" is not active/],
      [{ by: 'audit' }, 'FORBIDDEN', /^by: audit is a auditor; a promise is taken by a collector/],
      [
        { partyId: 'P-EC' },
        'INVALID_INPUT',
        /^party: P-EC is the account's emergency_contact, who does not owe the debt/,
      ],
      [{ partyId: 'P-A-2' }, 'INVALID_INPUT', /^party: party P-A-2 is not linked to account A-1/],
      [{ channel: 'note' }, 'INVALID_INPUT', /^channel note reaches nobody outside/],
      [{ channel: 'pigeon' }, 'INVALID_INPUT', /^channel "pigeon" is not one of/],
      [{ activityId: 'act_missing' }, 'NOT_FOUND', /^activity: there is no activity "act_missing"/],
      [{ accountId: 'A-404' }, 'NOT_FOUND', /no account with account_id "A-404"/],
      [{ accountId: 'A-PAID' }, 'CONFLICT', /^account A-PAID is paid_off; a promise is taken on a debt still owed/],
    ];
    for (const [over, code, message] of cases) {
      const error = await refusal(over);
      expect([error.code, error.message], JSON.stringify(over)).toEqual([code, expect.stringMatching(message)]);
    }
    expect(await counts()).toEqual(before);
  });

  it('takes up to the outstanding balance plus a tenth, for the penalty still to accrue', async () => {
    const row = await store.db
      .selectFrom('accounts')
      .select(['out_principal', 'out_interest', 'out_fee', 'out_penalty', 'out_late_fee'])
      .where('account_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    const owed = Object.values(row).reduce((s, v) => s + Number(v), 0);
    const most = owed + Math.ceil(owed / 10);
    const text = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
    expect((await add({ amount: text(most) })).view.amount).toBe(text(most));
    expect((await refusal({ amount: text(most + 1) })).message).toContain(`(at most ${text(most)})`);
  });

  it('refuses an activity of another account', async () => {
    const other = await add({ accountId: 'A-2' });
    const activityId = (
      await store.db
        .selectFrom('promises')
        .select('activity_id')
        .where('promise_id', '=', other.view.id)
        .executeTakeFirstOrThrow()
    ).activity_id as string;
    const error = await refusal({ activityId });
    expect(error.message).toBe(`activity: ${activityId} is on another account, not A-1`);
  });

  it('lists promises by due day, for one account or all, by status', async () => {
    const a = await add({ dueOn: '2026-11-09' });
    const b = await add({ accountId: 'A-2', dueOn: '2026-11-04', dueAt: null });
    const c = await add({ dueOn: '2026-11-04', amount: '100.00' });
    expect((await listPromises({ db: store.db })).map((p) => p.view.id)).toEqual([c.view.id, b.view.id, a.view.id]);
    expect((await listPromises({ db: store.db, accountId: 'A-1' })).map((p) => p.view.id)).toEqual([
      c.view.id,
      a.view.id,
    ]);
    await cancelPromise({
      db: store.db,
      promiseId: a.view.id,
      by: 'early-1',
      reason: 'wrong day',
      actor: 'test',
      now: NOW,
    });
    expect((await listPromises({ db: store.db, status: 'cancelled' })).map((p) => p.view.id)).toEqual([a.view.id]);
    expect((await listPromises({ db: store.db, status: 'pending' })).map((p) => p.view.id)).toEqual([
      c.view.id,
      b.view.id,
    ]);
    expect(await listPromises({ db: store.db, accountId: 'A-1', status: 'pending' })).toHaveLength(1);
    const badStatus = await listPromises({ db: store.db, status: 'late' }).catch((e: unknown) => e);
    expect(isAppError(badStatus, 'INVALID_INPUT')).toBe(true);
    const noAccount = await listPromises({ db: store.db, accountId: 'A-404' }).catch((e: unknown) => e);
    expect(isAppError(noAccount, 'NOT_FOUND')).toBe(true);
  });

  it('cancels a pending promise for whoever took it or a supervisor, with the reason in an event', async () => {
    const p = await add();
    const other = await cancelPromise({
      db: store.db,
      promiseId: p.view.id,
      by: 'early-2',
      reason: 'typo',
      actor: 'test',
      now: NOW,
    }).catch((e: unknown) => e);
    expect(isAppError(other, 'FORBIDDEN')).toBe(true);
    const blank = await cancelPromise({
      db: store.db,
      promiseId: p.view.id,
      by: 'early-1',
      reason: ' ',
      actor: 'test',
      now: NOW,
    }).catch((e: unknown) => e);
    expect(isAppError(blank, 'INVALID_INPUT')).toBe(true);
    const cancelled = await cancelPromise({
      db: store.db,
      promiseId: p.view.id,
      by: 'lead-early',
      reason: 'entered on the wrong account',
      actor: 'test',
      now: NOW,
    });
    expect(cancelled.view.status).toBe('cancelled');
    const event = await store.db
      .selectFrom('events')
      .selectAll()
      .where('kind', '=', 'promise.cancel')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toEqual({
      promise_id: p.view.id,
      by: 'lead-early',
      reason: 'entered on the wrong account',
    });
    const again = await cancelPromise({
      db: store.db,
      promiseId: p.view.id,
      by: 'early-1',
      reason: 'x',
      actor: 'test',
      now: NOW,
    }).catch((e: unknown) => e);
    expect(isAppError(again, 'CONFLICT')).toBe(true);
    const missing = await cancelPromise({
      db: store.db,
      promiseId: 'prm_x',
      by: 'early-1',
      reason: 'x',
      actor: 'test',
      now: NOW,
    }).catch((e: unknown) => e);
    expect(isAppError(missing, 'NOT_FOUND')).toBe(true);
  });
});
