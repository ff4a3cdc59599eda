import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { refusal } from '../../test/support/refusal.js';
import type { Store } from '../store/open-database.js';
import { seedWorkedBook } from './activity-fixtures.js';
import { listActivities } from './list-activities.js';
import { type LogActivityOptions, logActivity } from './log-activity.js';

const NOW = new Date('2026-11-29T02:00:00Z');

function call(store: Store, over: Partial<LogActivityOptions> = {}) {
  return logActivity({
    store,
    accountId: 'A-1',
    by: ['li.na'],
    channel: 'phone',
    outcome: 'promise',
    now: NOW,
    ...over,
  });
}

describe.each(testEngines)('activity log on $name', (engine) => {
  const open = freshStores(engine);

  it('records a call entered later, with its business day in the portfolio zone, and its event', async () => {
    const store = await open();
    const keys = await seedWorkedBook(store, NOW);
    // Entered later: the call was at 21:40 Shanghai time, 13:40 UTC, on the 27th (inside the contact window).
    const logged = await call(store, {
      at: '2026-11-27T21:40:00+08:00',
      endedAt: '2026-11-27T21:52:10+08:00',
      contactPoint: ' +86 138 0013 8000 ',
      excuse: 'over_indebted',
      note: '答应 12 月 5 日发工资后还一期',
      evidence: ['rec-1', 'rec-1', ' rec-2 '],
    });
    expect(logged).toEqual({
      activity_id: expect.stringMatching(/^act_[0-9a-z]{10}_[0-9a-f]{16}$/),
      account_id: 'A-1',
      party_id: 'P-1',
      channel: 'phone',
      direction: 'outbound',
      // Shown masked (src/privacy).
      contact_point: '+86 138****8000',
      staff: ['li.na'],
      started_at: '2026-11-27T13:40:00.000Z',
      ended_at: '2026-11-27T13:52:10.000Z',
      occurred_on: '2026-11-27',
      local_time: '21:40',
      outcome: 'promise',
      right_party: true,
      excuse: 'over_indebted',
      note: '答应 12 月 5 日发工资后还一期',
      evidence: ['rec-1', 'rec-2'],
      work_item_id: null,
      message_id: null,
      source: 'desk',
      created_at: NOW.toISOString(),
    });
    const row = await store.db.selectFrom('activities').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      account_id: keys.get('A-1'),
      party_id: keys.get('P-1'),
      staff: 'li.na',
      evidence: 'rec-1,rec-2',
      occurred_on: '2026-11-27',
    });
    const events = await store.db.selectFrom('events').selectAll().where('kind', '=', 'activity.log').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'li.na', account_id: keys.get('A-1') });
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({
      activity_id: logged.activity_id,
      outcome: 'promise',
    });
    // What was printed is what is stored.
    expect((await listActivities({ db: store.db, accountId: 'A-1' })).activities).toEqual([logged]);
  });

  it('defaults: now, the borrower, a direction by channel; a visit in pairs; a note is internal', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    const visit = await call(store, {
      by: ['wang.wei', 'zhao.lei'],
      channel: 'visit',
      outcome: 'visited',
      visitType: 'confirm',
      recordingRef: 'bodycam-0042',
    });
    expect(visit).toMatchObject({
      started_at: NOW.toISOString(),
      occurred_on: '2026-11-29',
      party_id: 'P-1',
      direction: 'outbound',
      staff: ['wang.wei', 'zhao.lei'],
      visit: { type: 'confirm', recording: 'bodycam-0042', entered_home: false, consent_by: null },
    });
    const note = await call(store, { channel: 'note', outcome: 'note', partyId: 'C-1' });
    expect(note).toMatchObject({ direction: 'internal', party_id: 'C-1', right_party: false });
    const inbound = await call(store, { direction: 'inbound', partyId: 'G-1', outcome: 'hardship' });
    expect(inbound).toMatchObject({ direction: 'inbound', party_id: 'G-1', right_party: true });
    // A-3 has nobody on file: a note names no party; a call must name whom it reached.
    expect(await call(store, { accountId: 'A-3', channel: 'note', outcome: 'note' })).toMatchObject({ party_id: null });
    expect(await refusal(call(store, { accountId: 'A-3', outcome: 'no_answer' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('party: account A-3 has no borrower on file; name the party contacted'),
    });
  });

  it('refuses instants without an offset, in the future or before the account opened; an end before the start', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    expect(await refusal(call(store, { at: '2026-11-27T10:00:00' }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'at: "2026-11-27T10:00:00" is not an ISO 8601 instant with an offset (e.g. 2026-03-01T09:30:00+08:00)',
    });
    expect(await refusal(call(store, { at: '2026-11-29T10:00:01+08:00' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('at: 2026-11-29T02:00:01.000Z is in the future'),
    });
    // A-2 opened on 2026-03-01: 23:59 on 28 February in Shanghai is before it.
    expect(await refusal(call(store, { accountId: 'A-2', partyId: 'G-1', at: '2026-02-28T23:59:00+08:00' }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'at: 2026-02-28T15:59:00.000Z is on 2026-02-28 (Asia/Shanghai), before account A-2 opened on 2026-03-01',
    });
    // 1 March 00:10 in Shanghai is still 28 February in UTC: the portfolio's day decides (the borrower
    // called in; a call out at that hour the gate would refuse).
    expect(
      await call(store, { accountId: 'A-2', direction: 'inbound', at: '2026-03-01T00:10:00+08:00' }),
    ).toMatchObject({
      occurred_on: '2026-03-01',
    });
    expect(
      await refusal(call(store, { at: '2026-11-27T10:00:00+08:00', endedAt: '2026-11-27T09:59:00+08:00' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^ended_at: .* is before the activity started/),
    });
    expect(await store.db.selectFrom('activities').select('id').execute()).toHaveLength(1);
  });

  it('refuses unknown codes, staff who are unknown, gone or auditors, and parties not on the account', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    const refused = async (over: Partial<LogActivityOptions>) => refusal(call(store, over));
    expect(await refused({ channel: 'telegram' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^channel "telegram" is not one of sms, email, wechat, phone/),
    });
    expect(await refused({ outcome: 'happy' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused({ direction: 'sideways' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused({ excuse: 'dog_ate_it' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('excuse "dog_ate_it" is not one of third_party_owes_me'),
    });
    expect(await refused({ by: ['li.na', 'nobody'] })).toEqual({
      code: 'NOT_FOUND',
      message: 'by: there is no user "nobody" (dunwell user add)',
    });
    expect(await refused({ by: ['old.hand'] })).toEqual({
      code: 'NOT_FOUND',
      message: 'by: user "old.hand" is not active',
    });
    expect(await refused({ by: ['qian.audit'] })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused({ by: [] })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refused({ accountId: 'A-9' })).toEqual({
      code: 'NOT_FOUND',
      message: 'no account with account_id "A-9"',
    });
    // G-1 borrows on A-2 and guarantees A-1; it has nothing to do with A-3.
    expect(await refused({ accountId: 'A-2', partyId: 'P-1' })).toEqual({
      code: 'INVALID_INPUT',
      message: 'party: party P-1 is not linked to account A-2 (its parties: G-1 borrower)',
    });
    expect(await refused({ workItemId: 'wi-none' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.db.selectFrom('activities').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('events').select('id').where('kind', '=', 'activity.log').execute()).toEqual([]);
  });

  it('a right-party outcome needs an obligor reached from outside', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    // The emergency contact is never a right party, even when they "promise" for the borrower.
    expect(await refusal(call(store, { partyId: 'C-1' }))).toEqual({
      code: 'INVALID_INPUT',
      message:
        "outcome promise means an obligor was reached, but party C-1 is the account's emergency_contact; record third_party (a contact is never told about the debt)",
    });
    expect(await refusal(call(store, { direction: 'internal' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('the activity is internal'),
    });
    // The emergency contact called us (a call out to them waits until the borrower proves unreachable).
    expect(await call(store, { partyId: 'C-1', outcome: 'third_party', direction: 'inbound' })).toMatchObject({
      right_party: false,
    });
  });

  it('a work item must be one of the account’s', async () => {
    const store = await open();
    const keys = await seedWorkedBook(store, NOW);
    const item = (item_id: string, account: string) => ({
      item_id,
      as_of: '2026-11-29',
      account_id: keys.get(account) ?? 0,
      party_id: null,
      action: 'call',
      channel: 'phone',
      window_from: '2026-11-29T09:00:00+08:00',
      window_to: '2026-11-29T12:00:00+08:00',
      priority: 100,
      rank: 1,
      assignee: 'li.na',
      partner: null,
      reason: 'M2 day 38 · call',
      segment: 'early',
      variant: null,
      tier: 'primary',
      grade: 'medium',
      customer_type: 'white_collar',
      template: null,
      tone: null,
      minutes: 6,
      strategy_version: 1,
      status: 'open',
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
    });
    await store.db
      .insertInto('work_items')
      .values([item('wi-1', 'A-1'), item('wi-2', 'A-2')])
      .execute();
    expect(await refusal(call(store, { workItemId: 'wi-2' }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'work_item: wi-2 is a work item of another account, not of A-1',
    });
    expect(await call(store, { workItemId: 'wi-1' })).toMatchObject({ work_item_id: 'wi-1' });
  });

  it('lists newest first, by business day', async () => {
    const store = await open();
    await seedWorkedBook(store, NOW);
    for (const at of ['2026-11-20T10:00:00+08:00', '2026-11-25T10:00:00+08:00', '2026-11-22T10:00:00+08:00']) {
      await call(store, { at, outcome: 'no_answer' });
    }
    const days = async (from?: string, to?: string) =>
      (await listActivities({ db: store.db, accountId: 'A-1', from, to })).activities.map((a) => a.occurred_on);
    expect(await days()).toEqual(['2026-11-25', '2026-11-22', '2026-11-20']);
    expect(await days('2026-11-21', '2026-11-25')).toEqual(['2026-11-25', '2026-11-22']);
    expect(await days(undefined, '2026-11-21')).toEqual(['2026-11-20']);
    expect(
      await refusal(listActivities({ db: store.db, accountId: 'A-1', from: '2026-11-25', to: '2026-11-20' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await listActivities({ db: store.db, accountId: 'A-2' })).activities).toEqual([]);
  });
});
