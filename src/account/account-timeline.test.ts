import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { arrangementRow, promiseRow, seedWorkedBook } from '../activity/activity-fixtures.js';
import { logActivity } from '../activity/log-activity.js';
import { isAppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { payment, runImport, watchEvent } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
import { accountTimeline } from './account-timeline.js';
import { placeHold } from './place-hold.js';

const NOW = new Date('2026-11-29T02:00:00Z');

/**
 * A-1's November: a payment on the 2nd of February, a watch event, a hold, a call that ended in a promise
 * (the promise later broken), an arrangement proposed, approved and started, another proposed and rejected
 * with only its row to tell it, a cycle grade change, a work item and a planned message. Without
 * `decisionEvents`, the verdict, the approval and the start are in the rows only (as an import would leave them).
 */
async function seedStory(store: Store, decisionEvents = true): Promise<Map<string, number>> {
  const keys = await seedWorkedBook(store, NOW);
  const a1 = keys.get('A-1') ?? 0;
  await runImport(store, 'payments', [payment()], { now: NOW });
  await runImport(store, 'events', [watchEvent({ occurred_on: '2026-11-18' })], { now: NOW });
  await placeHold({
    db: store.db,
    accountId: 'A-1',
    type: 'complaint',
    from: '2026-12-01',
    to: null,
    reason: '投诉处理中',
    by: 'li.na',
    now: new Date('2026-11-26T01:00:00Z'),
  });
  const call = await logActivity({
    store,
    accountId: 'A-1',
    by: ['li.na'],
    channel: 'phone',
    outcome: 'promise',
    at: '2026-11-20T10:05:00+08:00',
    now: NOW,
  });
  await logActivity({
    store,
    accountId: 'A-1',
    by: ['li.na'],
    channel: 'phone',
    outcome: 'no_answer',
    at: '2026-11-27T09:00:00+08:00',
    now: NOW,
  });
  await store.db
    .insertInto('promises')
    .values([
      promiseRow(a1, {
        promise_id: 'prm-1',
        activity_id: call.activity_id,
        status: 'broken',
        decided_on: '2026-11-26',
        paid: 0,
      }),
      promiseRow(a1, { promise_id: 'prm-2', taken_at: '2026-11-27T01:30:00.000Z', taken_on: '2026-11-27' }),
    ])
    .execute();
  // The cycle said so for prm-1: its event, not the row, tells the verdict.
  if (decisionEvents) {
    await appendEvent(store.db, {
      kind: 'promise.judge',
      actor: 'cycle',
      now: NOW,
      accountId: a1,
      payload: {
        promise_id: 'prm-1',
        as_of: '2026-11-26',
        status: 'broken',
        amount: '1045.00',
        paid: '0.00',
        currency: 'CNY',
      },
    });
  }
  const [plan] = await store.db
    .insertInto('arrangements')
    .values([
      arrangementRow(a1, {
        arrangement_id: 'arr-1',
        status: 'active',
        decided_by: 'zhou.min',
        decided_at: '2026-11-22T06:00:00.000Z',
        decided_on: '2026-11-22',
        effective_on: '2026-11-23',
      }),
      arrangementRow(a1, {
        arrangement_id: 'arr-2',
        type: 'settlement',
        status: 'rejected',
        proposed_at: '2026-11-24T02:00:00.000Z',
        proposed_on: '2026-11-24',
        closed_on: '2026-11-25',
        note: '折扣过大',
      }),
    ])
    .returning('id')
    .execute();
  if (decisionEvents) {
    await appendEvent(store.db, {
      kind: 'arrangement.approve',
      actor: 'zhou.min',
      now: NOW,
      accountId: a1,
      payload: { arrangement_id: 'arr-1', at: '2026-11-22T14:00:00+08:00', decided_on: '2026-11-22', reason: null },
    });
    await appendEvent(store.db, {
      kind: 'arrangement.started',
      actor: 'cycle',
      now: NOW,
      accountId: a1,
      payload: { arrangement_id: Number(plan?.id), type: 'plan', on: '2026-11-23' },
    });
  }
  await appendEvent(store.db, {
    kind: 'account.grade',
    actor: 'cycle',
    now: NOW,
    accountId: a1,
    payload: { as_of: '2026-11-28', from: 'medium', to: 'poor' },
  });
  await store.db
    .insertInto('work_items')
    .values({
      item_id: 'wi-1',
      as_of: '2026-11-28',
      account_id: a1,
      party_id: null,
      action: 'call',
      channel: 'phone',
      window_from: '2026-11-28T09:00:00+08:00',
      window_to: '2026-11-28T12:00:00+08:00',
      priority: 100,
      rank: 3,
      assignee: 'li.na',
      partner: null,
      reason: 'broken promise',
      segment: 'early',
      variant: null,
      tier: 'primary',
      grade: 'poor',
      customer_type: 'white_collar',
      template: null,
      tone: null,
      minutes: 6,
      strategy_version: 1,
      status: 'open',
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
    })
    .execute();
  await store.db
    .insertInto('planned_messages')
    .values({
      message_id: 'msg-1',
      as_of: '2026-11-28',
      account_id: a1,
      party_id: null,
      channel: 'sms',
      template: 'reminder',
      tone: 'firm',
      window_from: '2026-11-28T10:00:00+08:00',
      window_to: '2026-11-28T20:00:00+08:00',
      segment: 'early',
      variant: null,
      strategy_version: 1,
      status: 'sent',
      created_at: NOW.toISOString(),
      sent_at: '2026-11-28T02:00:00.000Z',
      recipient: '+86 138 0013 8000',
    })
    .execute();
  await store.db
    .updateTable('accounts')
    .set({ assigned_to: 'li.na', assigned_on: '2026-11-19' })
    .where('id', '=', a1)
    .execute();
  return keys;
}

describe.each(testEngines)('account timeline on $name', (engine) => {
  const open = freshStores(engine);

  it('tells every kind of thing once, in time order', async () => {
    const store = await open();
    await seedStory(store);
    const timeline = await accountTimeline({ db: store.db, accountId: 'A-1' });
    expect(timeline.account_id).toBe('A-1');
    expect(timeline.time_zone).toBe('Asia/Shanghai');
    expect(timeline.entries.map((e) => [e.on, e.at, e.kind])).toEqual([
      ['2026-02-02', '2026-02-02T15:30:00.000Z', 'payment'],
      ['2026-11-18', null, 'watch'],
      ['2026-11-19', null, 'account.assign'],
      ['2026-11-20', '2026-11-20T02:05:00.000Z', 'activity'],
      ['2026-11-20', '2026-11-20T02:05:00.000Z', 'promise.add'],
      ['2026-11-21', '2026-11-21T03:00:00.000Z', 'arrangement.propose'],
      ['2026-11-22', '2026-11-22T06:00:00.000Z', 'arrangement.approve'],
      ['2026-11-23', null, 'arrangement.started'],
      ['2026-11-24', '2026-11-24T02:00:00.000Z', 'arrangement.propose'],
      ['2026-11-25', null, 'arrangement.reject'],
      ['2026-11-26', null, 'promise.judge'],
      ['2026-11-26', '2026-11-26T01:00:00.000Z', 'account.hold'],
      ['2026-11-27', '2026-11-27T01:00:00.000Z', 'activity'],
      ['2026-11-27', '2026-11-27T01:30:00.000Z', 'promise.add'],
      ['2026-11-28', null, 'account.grade'],
      ['2026-11-28', null, 'work_item'],
      ['2026-11-28', null, 'message.planned'],
      ['2026-11-28', '2026-11-28T02:00:00.000Z', 'message.sent'],
    ]);
    const byKind = (kind: string) => timeline.entries.filter((e) => e.kind === kind).map((e) => e.summary);
    expect(byKind('payment')).toEqual(['payment received 收到还款 500.00 CNY (wechat_pay)']);
    expect(byKind('activity')[0]).toBe(
      'phone 电话, we reached out 主动联系 · with P-1 · promised to pay 承诺还款 · by li.na',
    );
    expect(byKind('promise.add')[0]).toBe(
      'promise to pay 承诺还款 1045.00 CNY by 2026-11-25 18:00, taken by li.na (phone)',
    );
    expect(byKind('promise.judge')).toEqual(['promise prm-1 broken 未兑现: 0.00 of 1045.00 CNY paid']);
    expect(byKind('arrangement.approve')).toEqual(['arrangement arr-1 approved 已批准 by zhou.min']);
    expect(byKind('arrangement.started')).toEqual(['arrangement arr-1 started 已生效']);
    expect(byKind('arrangement.reject')).toEqual(['arrangement arr-2 rejected 已驳回']);
    expect(byKind('account.hold')).toEqual([
      'on complaint 投诉处理 hold 暂停 from 2026-12-01 until released: 投诉处理中 (placed by li.na)',
    ]);
    expect(byKind('account.grade')).toEqual(['grade 评级: medium → poor']);
    expect(byKind('work_item')).toEqual([
      'work item 工作任务: call by li.na, 09:00–12:00, rank 3 [open] — broken promise',
    ]);
    expect(byKind('message.sent')).toEqual(['message sent 已发送: sms reminder (firm) to +86 138****8000']);
    const activity = timeline.entries.find((e) => e.kind === 'activity');
    expect(activity?.details).toMatchObject({ outcome: 'promise', staff: ['li.na'], right_party: true });
    expect(activity?.details).not.toHaveProperty('account_id');
    // The events that only announce a row (activity.log) are not told twice.
    expect(timeline.entries.some((e) => e.kind === 'activity.log')).toBe(false);
  });

  it('a verdict or an end the event log does not tell is told from the row, once', async () => {
    const store = await open();
    const keys = await seedStory(store, false);
    // Without their events, the rows still tell the verdict, the approval and the start.
    const timeline = await accountTimeline({ db: store.db, accountId: 'A-1' });
    const told = timeline.entries.filter((e) => /^(promise\.judge|arrangement\.(approve|started))$/.test(e.kind));
    expect(told.map((e) => [e.on, e.at, e.kind, e.summary])).toEqual([
      [
        '2026-11-22',
        '2026-11-22T06:00:00.000Z',
        'arrangement.approve',
        'arrangement arr-1 approved 已批准 by zhou.min',
      ],
      ['2026-11-23', null, 'arrangement.started', 'arrangement arr-1 started 已生效'],
      ['2026-11-26', null, 'promise.judge', 'promise prm-1 broken 未兑现: 0.00 of 1045.00 CNY paid'],
    ]);
    // A delivery the outbox recorded as an activity is that activity, not a second line.
    await logActivity({
      store,
      accountId: 'A-1',
      by: ['li.na'],
      channel: 'sms',
      outcome: 'delivered',
      at: '2026-11-28T10:00:00+08:00',
      now: NOW,
    });
    await store.db.updateTable('activities').set({ message_id: 'msg-1' }).where('outcome', '=', 'delivered').execute();
    const again = await accountTimeline({ db: store.db, accountId: 'A-1' });
    expect(again.entries.filter((e) => e.kind === 'message.sent')).toEqual([]);
    expect(keys.get('A-1')).toBeGreaterThan(0);
  });

  it('keeps the days asked for; refuses an account that does not exist and a window that ends before it starts', async () => {
    const store = await open();
    await seedStory(store);
    const window = await accountTimeline({ db: store.db, accountId: 'A-1', from: '2026-11-26', to: '2026-11-27' });
    expect(window.entries.map((e) => e.kind)).toEqual(['promise.judge', 'account.hold', 'activity', 'promise.add']);
    expect((await accountTimeline({ db: store.db, accountId: 'A-3' })).entries).toEqual([]);
    await expect(accountTimeline({ db: store.db, accountId: 'A-9' })).rejects.toSatisfy((e) =>
      isAppError(e, 'NOT_FOUND'),
    );
    await expect(
      accountTimeline({ db: store.db, accountId: 'A-1', from: '2026-11-27', to: '2026-11-26' }),
    ).rejects.toSatisfy((e) => isAppError(e, 'INVALID_INPUT'));
  });
});
