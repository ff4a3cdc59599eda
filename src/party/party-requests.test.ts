/**
 * Party requests on every engine: recorded with their channel and scope and an event, refused for the
 * wrong channel, a party not on the account, an obligor "refusing" as a third party, a role that may not,
 * a note the language guard refuses; withdrawn from an instant by a role that may, once; listed by party
 * or account with whether each counts now.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { refusal } from '../../test/support/refusal.js';
import { seedWorkedBook } from '../activity/activity-fixtures.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';
import { type AddPartyRequestOptions, addPartyRequest } from './add-party-request.js';
import { listPartyRequests } from './list-party-requests.js';
import { withdrawPartyRequest } from './withdraw-party-request.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const LATER = new Date('2026-12-02T02:00:00Z');

describe.each(testEngines)('party requests on $name', (engine) => {
  const open = freshStores(engine);

  let keys = new Map<string, number>();
  async function book(): Promise<Store> {
    const store = await open();
    keys = await seedWorkedBook(store, NOW);
    await addUser({ db: store.db, userId: 'tom', name: 'Tom', role: 'team_lead', actor: 'test', now: NOW });
    return store;
  }
  const add = (store: Store, over: Partial<AddPartyRequestOptions> = {}) =>
    addPartyRequest({ db: store.db, partyId: 'P-1', type: 'cease', by: 'li.na', now: NOW, ...over });
  const requestRows = (store: Store) => store.db.selectFrom('party_requests').selectAll().execute();
  const requestEvents = async (store: Store) =>
    (
      await store.db.selectFrom('events').select(['kind', 'actor', 'account_id', 'payload']).orderBy('id').execute()
    ).filter((e) => e.kind.startsWith('party.'));

  it('records a request for every account of the party, or for one account, each with its event', async () => {
    const store = await book();
    const cease = await add(store, { at: '2026-11-28T20:15:00+08:00', note: '  本人要求只用书面方式联系 ' });
    expect(cease).toEqual({
      request_id: expect.stringMatching(/^req_[0-9a-z]{10}_[0-9a-f]{16}$/),
      party_id: 'P-1',
      account_id: null,
      type: 'cease',
      channel: null,
      requested_at: '2026-11-28T12:15:00.000Z',
      withdrawn_at: null,
      active: true,
      note: '本人要求只用书面方式联系',
      recorded_by: 'li.na',
      created_at: NOW.toISOString(),
    });
    const stop = await add(store, {
      partyId: 'G-1',
      type: 'stop_channel',
      channel: 'phone',
      accountId: 'A-2',
      by: 'wang.wei',
    });
    expect(stop).toMatchObject({ party_id: 'G-1', account_id: 'A-2', channel: 'call', recorded_by: 'wang.wei' });
    expect(await add(store, { type: 'consent_to_call' })).toMatchObject({ channel: 'call' });
    expect(await add(store, { partyId: 'C-1', type: 'third_party_refused', accountId: 'A-1' })).toMatchObject({
      account_id: 'A-1',
    });
    const events = await requestEvents(store);
    expect(events.map((e) => [e.kind, e.actor, e.account_id === null ? null : Number(e.account_id)])).toEqual([
      ['party.request', 'li.na', null],
      ['party.request', 'wang.wei', keys.get('A-2')],
      ['party.request', 'li.na', null],
      ['party.request', 'li.na', keys.get('A-1')],
    ]);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toEqual({
      request_id: cease.request_id,
      party_id: 'P-1',
      account_id: null,
      type: 'cease',
      channel: null,
      at: '2026-11-28T12:15:00.000Z',
      note: '本人要求只用书面方式联系',
    });
  });

  it('refuses what does not make sense, and writes nothing', async () => {
    const store = await book();
    const refused = (over: Partial<AddPartyRequestOptions>) => refusal(add(store, over));
    expect(await refused({ type: 'go_away' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('type "go_away" is not one of cease, stop_channel'),
    });
    expect(await refused({ type: 'stop_channel' })).toMatchObject({
      message: 'channel: a stop_channel request names the channel to stop',
    });
    expect(await refused({ type: 'stop_channel', channel: 'pigeon' })).toMatchObject({
      message: expect.stringContaining('channel "pigeon" is not one of call, sms'),
    });
    expect(await refused({ channel: 'sms' })).toMatchObject({
      message: expect.stringContaining('a cease request covers every channel'),
    });
    expect(await refused({ type: 'consent_to_call', channel: 'sms' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused({ at: '2026-11-29T10:00:01+08:00' })).toMatchObject({
      message: expect.stringContaining('is in the future'),
    });
    expect(await refused({ at: 'yesterday' })).toMatchObject({ message: expect.stringMatching(/^at: /) });
    expect(await refused({ partyId: 'P-404' })).toEqual({
      code: 'NOT_FOUND',
      message: 'party: there is no party "P-404"',
    });
    expect(await refused({ accountId: 'A-404' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ accountId: 'A-2' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'account: party P-1 is not linked to account A-2',
    });
    // The guarantor owes the debt: a refusal from them is not a third party's.
    expect(await refused({ partyId: 'G-1', type: 'third_party_refused' })).toMatchObject({
      message: expect.stringContaining('G-1 is not a third party on any account (roles: guarantor, borrower)'),
    });
    expect(await refused({ by: 'qian.audit' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused({ by: 'old.hand' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused({ note: '这个老赖说不还了' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^note: the language guard refuses this text .*"老赖" \(insult: /),
    });
    expect(await requestRows(store)).toEqual([]);
    expect(await requestEvents(store)).toEqual([]);
  });

  it('withdraws a request from an instant, once, by a role that may; a collector withdraws only consent', async () => {
    const store = await book();
    const cease = await add(store, { at: '2026-11-20T09:00:00+08:00' });
    const consent = await add(store, { type: 'consent_to_call', at: '2026-11-21T09:00:00+08:00' });
    const withdraw = (requestId: string, by: string, at?: string) =>
      withdrawPartyRequest({ db: store.db, requestId, by, at, now: LATER });
    expect(await refusal(withdraw(cease.request_id, 'li.na'))).toEqual({
      code: 'FORBIDDEN',
      message: 'li.na is a collector; only a team_lead, manager, admin, legal may withdraw a cease request',
    });
    expect(await refusal(withdraw(cease.request_id, 'tom', '2026-11-19T00:00:00+08:00'))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('before the request was made'),
    });
    expect(await withdraw(cease.request_id, 'tom', '2026-12-01T09:00:00+08:00')).toMatchObject({
      withdrawn_at: '2026-12-01T01:00:00.000Z',
      active: false,
    });
    expect(await refusal(withdraw(cease.request_id, 'tom'))).toMatchObject({ code: 'CONFLICT' });
    expect(await withdraw(consent.request_id, 'li.na')).toMatchObject({ withdrawn_at: LATER.toISOString() });
    expect(await refusal(withdraw('req_nope', 'tom'))).toMatchObject({ code: 'NOT_FOUND' });
    const withdrawals = (await requestEvents(store)).filter((e) => e.kind === 'party.request.withdraw');
    expect(withdrawals.map((e) => JSON.parse(e.payload))).toEqual([
      {
        request_id: cease.request_id,
        party_id: 'P-1',
        type: 'cease',
        at: '2026-12-01T01:00:00.000Z',
        withdrawn_by: 'tom',
        role: 'team_lead',
      },
      {
        request_id: consent.request_id,
        party_id: 'P-1',
        type: 'consent_to_call',
        at: LATER.toISOString(),
        withdrawn_by: 'li.na',
        role: 'collector',
      },
    ]);
  });

  it('lists by party or account, each saying whether it is in force at the instant asked', async () => {
    const store = await book();
    const cease = await add(store, { at: '2026-11-20T09:00:00+08:00' });
    await add(store, { partyId: 'G-1', type: 'represented', accountId: 'A-2', note: 'Lawyer: 陈律师 021-5555' });
    await add(store, { partyId: 'C-1', type: 'third_party_refused', accountId: 'A-1' });
    await withdrawPartyRequest({
      db: store.db,
      requestId: cease.request_id,
      by: 'tom',
      at: '2026-12-01T09:00:00+08:00',
      now: LATER,
    });
    const ids = (list: { party_id: string; type: string; active: boolean }[]) =>
      list.map((r) => `${r.party_id}:${r.type}:${r.active}`);
    expect(ids(await listPartyRequests({ db: store.db, now: NOW }))).toEqual([
      'P-1:cease:true',
      'G-1:represented:true',
      'C-1:third_party_refused:true',
    ]);
    expect(ids(await listPartyRequests({ db: store.db, now: LATER }))).toEqual([
      'P-1:cease:false',
      'G-1:represented:true',
      'C-1:third_party_refused:true',
    ]);
    // A-1: P-1's request covers every account; C-1's names A-1; G-1's names A-2 only.
    expect(ids(await listPartyRequests({ db: store.db, accountId: 'A-1', now: NOW }))).toEqual([
      'P-1:cease:true',
      'C-1:third_party_refused:true',
    ]);
    expect(ids(await listPartyRequests({ db: store.db, partyId: 'G-1', activeOnly: true, now: NOW }))).toEqual([
      'G-1:represented:true',
    ]);
    expect(await refusal(listPartyRequests({ db: store.db, partyId: 'X', now: NOW }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
