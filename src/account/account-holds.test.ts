/**
 * Placing and releasing holds on books the real cycle has closed, on every test engine: closed days are
 * refused (the account's own last processed day or its portfolio's closed day, whichever is later), an
 * accepted hold is recorded with its type, who placed it and its event, and the cycle accrues nothing
 * while it runs. Holds are typed: each type says which roles place and lift it (HOLD_RIGHTS), a refused
 * user changes nothing, and lifting records who and when.
 */
import { describe, expect, it } from 'vitest';
import { addDeskUsers } from '../../test/support/desk-users.js';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { runCycle } from '../cycle/run-cycle.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { placeHold } from './place-hold.js';
import { releaseHold } from './release-hold.js';
import { showAccount } from './show-account.js';

const NOW = new Date('2026-11-29T00:00:00Z');
const LATER = new Date('2026-11-30T03:00:00Z');
const refusedWith = (code: string, message?: RegExp) => (e: unknown) =>
  isAppError(e) && e.code === code && (message === undefined || message.test(e.message));

describe.each(testEngines)('account holds on $name', (engine) => {
  const fresh = freshStores(engine);

  /** LATE is past due and moved by the cycle; IDLE has nothing due, so the cycle never touches it. */
  async function bookClosedThrough(day: string): Promise<Store> {
    const store = await fresh();
    await seedAccounts(store, [
      { account_id: 'LATE', installments: [{ no: 1, due_on: '2026-01-31', principal: 100_000 }] },
      { account_id: 'IDLE', installments: [{ no: 1, due_on: '2026-12-31', principal: 100_000 }] },
    ]);
    await addDeskUsers(store, NOW);
    await runCycle({ store, asOf: day, now: () => NOW });
    return store;
  }
  const hold = (
    store: Store,
    accountId: string,
    from: string,
    to: string | null = null,
    reason = 'dispute',
    over: { type?: string; by?: string } = {},
  ) => placeHold({ db: store.db, accountId, from, to, reason, by: over.by ?? 'max', type: over.type, now: NOW });
  const release = (store: Store, accountId: string, lastHeldDay: string, over: { type?: string; by?: string } = {}) =>
    releaseHold({ db: store.db, accountId, lastHeldDay, by: over.by ?? 'max', type: over.type, now: LATER });
  const holdsOf = async (store: Store, accountId: string) => (await show(store, accountId)).holds;
  const show = (store: Store, accountId: string) => showAccount({ store, accountId, today: '2026-11-29' });
  const eventsOf = async (store: Store) =>
    (await store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute()).filter((e) =>
      e.kind.startsWith('account.'),
    );
  const heldRow = (over: Record<string, unknown>) => ({
    type: 'hardship',
    reason: 'dispute',
    placed_by: 'max',
    lifted_by: null,
    lifted_at: null,
    ...over,
  });

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

  it('places a typed hold from the first open day, with who placed it and its event', async () => {
    const store = await bookClosedThrough('2026-03-10');
    expect(
      await hold(store, 'LATE', '2026-03-11', '2026-03-31', '  customer disputes the debt ', {
        type: 'dispute',
        by: 'ann',
      }),
    ).toEqual({
      type: 'dispute',
      from: '2026-03-11',
      to: '2026-03-31',
      reason: 'customer disputes the debt',
      placed_by: 'ann',
    });
    expect(await holdsOf(store, 'LATE')).toEqual([
      heldRow({
        type: 'dispute',
        from_on: '2026-03-11',
        to_on: '2026-03-31',
        reason: 'customer disputes the debt',
        placed_by: 'ann',
      }),
    ]);
    const [event] = await eventsOf(store);
    expect(event).toMatchObject({ kind: 'account.hold', actor: 'ann' });
    expect(JSON.parse(String(event?.payload))).toEqual({
      type: 'dispute',
      from: '2026-03-11',
      to: '2026-03-31',
      reason: 'customer disputes the debt',
      placed_by: 'ann',
      role: 'collector',
    });
  });

  it('defaults to a hardship hold; a breathing space runs 60 days (its first day counted) unless an end is given', async () => {
    const store = await bookClosedThrough('2026-03-10');
    expect(await hold(store, 'LATE', '2026-04-01')).toMatchObject({ type: 'hardship', to: null });
    expect(
      await hold(store, 'IDLE', '2026-04-01', null, 'moratorium notice', { type: 'breathing_space' }),
    ).toMatchObject({ type: 'breathing_space', from: '2026-04-01', to: '2026-05-30' });
    expect(
      await hold(store, 'IDLE', '2026-07-01', '2026-10-15', 'mental health crisis', { type: 'breathing_space' }),
    ).toMatchObject({ to: '2026-10-15' });
    await expect(hold(store, 'LATE', '2026-04-01', null, 'x', { type: 'holiday' })).rejects.toSatisfy(
      refusedWith('INVALID_INPUT', /type "holiday" is not one of dispute, hardship, bankruptcy/),
    );
  });

  it('lets only the roles HOLD_RIGHTS names place each type; a refusal writes nothing', async () => {
    const store = await bookClosedThrough('2026-03-10');
    const by = (type: string, user: string) =>
      hold(store, 'LATE', '2026-04-01', null, 'heard on a call', { type, by: user });
    // A collector or field agent places what they hear on a call: a dispute, hardship, a complaint.
    for (const type of ['dispute', 'hardship', 'complaint']) {
      await expect(by(type, 'ann')).resolves.toMatchObject({ type });
      await expect(by(type, 'fay')).resolves.toMatchObject({ type });
    }
    // Legal facts are for the legal officer or a manager; a breathing space for a lead.
    for (const type of ['bankruptcy', 'deceased']) {
      await expect(by(type, 'ann')).rejects.toSatisfy(
        refusedWith('FORBIDDEN', new RegExp(`ann is a collector; only a legal, manager, admin may place a ${type}`)),
      );
      await expect(by(type, 'tom')).rejects.toSatisfy(refusedWith('FORBIDDEN'));
      await expect(by(type, 'lee')).resolves.toMatchObject({ type });
    }
    await expect(by('breathing_space', 'ann')).rejects.toSatisfy(refusedWith('FORBIDDEN'));
    await expect(by('breathing_space', 'tom')).resolves.toMatchObject({ type: 'breathing_space' });
    // An auditor changes nothing; someone who has left, or no one, is not a user.
    await expect(by('dispute', 'aud')).rejects.toSatisfy(refusedWith('FORBIDDEN', /aud is a auditor/));
    await expect(by('dispute', 'old')).rejects.toSatisfy(refusedWith('NOT_FOUND', /not active/));
    await expect(by('dispute', 'nobody')).rejects.toSatisfy(refusedWith('NOT_FOUND', /no user "nobody"/));
    expect((await holdsOf(store, 'LATE')).map((h) => `${h.type}:${h.placed_by}`)).toEqual([
      'dispute:ann',
      'dispute:fay',
      'hardship:ann',
      'hardship:fay',
      'complaint:ann',
      'complaint:fay',
      'bankruptcy:lee',
      'deceased:lee',
      'breathing_space:tom',
    ]);
    expect((await eventsOf(store)).length).toBe(9);
  });

  it('lifts holds only for a role that may lift every one of them, recording who and when', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await hold(store, 'LATE', '2026-04-01', null, 'says the debt was paid', { type: 'dispute', by: 'ann' });
    await hold(store, 'LATE', '2026-04-01', null, 'court order', { type: 'bankruptcy', by: 'lee' });
    // The collector who placed the dispute may not lift it; a team lead may lift the dispute but not the
    // bankruptcy, so lifting both at once is refused as a whole.
    await expect(release(store, 'LATE', '2026-04-10', { by: 'ann' })).rejects.toSatisfy(
      refusedWith('FORBIDDEN', /ann is a collector; only a team_lead, manager, admin, legal may lift a dispute/),
    );
    await expect(release(store, 'LATE', '2026-04-10', { by: 'tom' })).rejects.toSatisfy(
      refusedWith('FORBIDDEN', /tom is a team_lead; only a legal, manager, admin may lift a bankruptcy/),
    );
    expect((await holdsOf(store, 'LATE')).map((h) => [h.type, h.to_on, h.lifted_by])).toEqual([
      ['dispute', null, null],
      ['bankruptcy', null, null],
    ]);
    expect(await release(store, 'LATE', '2026-04-10', { by: 'tom', type: 'dispute' })).toEqual({
      released: 1,
      types: ['dispute'],
      lifted_by: 'tom',
    });
    expect(await holdsOf(store, 'LATE')).toEqual([
      heldRow({
        type: 'dispute',
        from_on: '2026-04-01',
        to_on: '2026-04-10',
        reason: 'says the debt was paid',
        placed_by: 'ann',
        lifted_by: 'tom',
        lifted_at: LATER.toISOString(),
      }),
      heldRow({ type: 'bankruptcy', from_on: '2026-04-01', to_on: null, reason: 'court order', placed_by: 'lee' }),
    ]);
    await expect(release(store, 'LATE', '2026-04-10', { by: 'tom', type: 'dispute' })).rejects.toSatisfy(
      refusedWith('NOT_FOUND', /no dispute \(异议核实\) hold running past 2026-04-10/),
    );
    expect(await release(store, 'LATE', '2026-04-20', { by: 'lee' })).toMatchObject({ types: ['bankruptcy'] });
    const lifts = (await eventsOf(store)).filter((e) => e.kind === 'account.release');
    expect(lifts.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([
      [
        'tom',
        {
          last_held_day: '2026-04-10',
          holds: 1,
          types: ['dispute'],
          lifted_by: 'tom',
          role: 'team_lead',
          before: [{ type: 'dispute', from: '2026-04-01', to: null }],
          after: [{ type: 'dispute', from: '2026-04-01', to: '2026-04-10' }],
        },
      ],
      [
        'lee',
        {
          last_held_day: '2026-04-20',
          holds: 1,
          types: ['bankruptcy'],
          lifted_by: 'lee',
          role: 'legal',
          before: [{ type: 'bankruptcy', from: '2026-04-01', to: null }],
          after: [{ type: 'bankruptcy', from: '2026-04-01', to: '2026-04-20' }],
        },
      ],
    ]);
  });

  it('reads a hold recorded before holds had types as a hardship hold, placed by no one known', async () => {
    const store = await fresh();
    await seedAccounts(store, [
      {
        account_id: 'OLD',
        installments: [{ no: 1, due_on: '2026-01-31', principal: 1_000 }],
        holds: [{ from_on: '2026-02-01', to_on: null }],
      },
    ]);
    await addDeskUsers(store, NOW);
    expect(await holdsOf(store, 'OLD')).toEqual([
      heldRow({ from_on: '2026-02-01', to_on: null, reason: 'test', placed_by: null }),
    ]);
    // A team lead may lift it as a hardship hold.
    expect(await release(store, 'OLD', '2026-02-05', { by: 'tom' })).toMatchObject({ types: ['hardship'] });
  });

  it('accepts any day on an account whose ledger nothing has closed yet', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await seedAccounts(store, [
      { account_id: 'NEW', portfolio: 'other', installments: [{ no: 1, due_on: '2026-01-31', principal: 1_000 }] },
    ]);
    await hold(store, 'NEW', '2026-01-01');
    expect(await holdsOf(store, 'NEW')).toEqual([heldRow({ from_on: '2026-01-01', to_on: null })]);
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
    expect(await release(store, 'LATE', '2026-03-20')).toMatchObject({ released: 1 });
    expect(await holdsOf(store, 'LATE')).toEqual([
      heldRow({ from_on: '2026-03-11', to_on: '2026-03-20', lifted_by: 'max', lifted_at: LATER.toISOString() }),
    ]);
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
    expect(await release(store, 'LATE', '2026-03-11')).toMatchObject({ released: 1 });
  });

  it('refuses malformed holds before touching the store', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await expect(hold(store, 'LATE', '2026-02-30')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(hold(store, 'LATE', '2026-04-02', '2026-04-01')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(hold(store, 'LATE', '2026-04-01', null, '   ')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(release(store, 'LATE', '2026-13-01')).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    await expect(release(store, 'LATE', '2026-04-01', { type: 'nap' })).rejects.toSatisfy(refusedWith('INVALID_INPUT'));
    expect(await holdsOf(store, 'LATE')).toEqual([]);
  });

  it('is NOT_FOUND for an account that does not exist', async () => {
    const store = await bookClosedThrough('2026-03-10');
    await expect(hold(store, 'NO-SUCH', '2026-04-01')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    await expect(release(store, 'NO-SUCH', '2026-04-01')).rejects.toSatisfy(refusedWith('NOT_FOUND'));
    expect(await eventsOf(store)).toEqual([]);
  });
});
