/**
 * The compliance filter of the daily cycle, on both engines: every call and message the strategy plans is
 * put to the gate at the start of its window in the party's zone. The book (test/support/promise-book.ts):
 * five Shanghai borrowers A-1…A-5, past due since 15 October, and a floor. The strategy here calls each of
 * them three times a day — at dawn (07:00–09:00), in the evening (20:00–21:30) and late (22:00–23:30) —
 * and texts them in the afternoon. Under the cn pack (08:00–22:00) the dawn call is offered from 08:00, the
 * late call never, and the rest as planned.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { recordActivities } from '../src/activity/record-activities.js';
import { type BlockView, listBlocks } from '../src/compliance/list-blocks.js';
import { runCycle } from '../src/cycle/run-cycle.js';
import { showQueue } from '../src/queue/show-queue.js';
import type { Store } from '../src/store/open-database.js';
import { approveStrategy } from '../src/strategy/approve-strategy.js';
import { submitStrategy } from '../src/strategy/submit-strategy.js';
import { freshStores, testEngines } from './support/engines.js';
import { BOOK_NOW, promiseBook } from './support/promise-book.js';

const D = '2026-11-02';

const STRATEGY = `name: around-the-clock
description: Three calls a day and an afternoon text, to see what the compliance gate lets through.
currency: CNY
windows:
  dawn: { from: "07:00", to: "09:00" }
  evening: { from: "20:00", to: "21:30" }
  late: { from: "22:00", to: "23:30" }
  afternoon: { from: "14:00", to: "18:00" }
grading:
  rules:
    - grade: poor
      when: { promises_broken: { gte: 2 } }
  default: good
tiering:
  rules:
    - tier: senior
      when: { dpd: { gte: 91 } }
  default: primary
tiers:
  primary:
    label_zh: 初级
    label_en: primary
    tone: friendly
    channels: [sms, phone]
    pressure: a reminder and an offer to help
    worked_by: [collector]
  intermediate:
    label_zh: 中级
    label_en: intermediate
    tone: firm
    channels: [sms, phone]
    pressure: the consequences of not paying, stated plainly
    worked_by: [collector]
  senior:
    label_zh: 高级
    label_en: senior
    tone: formal
    channels: [sms, phone]
    pressure: lawful remedies
    worked_by: [collector]
contact_order:
  obligors_after_days_without_rpc: 10
  third_parties_after_days_without_rpc: 20
tie_breaks: [easy_first]
segments:
  - id: past_due
    name_zh: 逾期
    name_en: past due
    when: { dpd: { gte: 1 } }
    treatment:
      - action: call
        on: { dpd_from: 1, every: 1 }
        window: dawn
      - action: call
        on: { dpd_from: 1, every: 1 }
        window: evening
      - action: call
        on: { dpd_from: 1, every: 1 }
        window: late
      - action: sms
        on: { dpd_from: 1, every: 1 }
        window: afternoon
`;

describe.each(testEngines)('the compliance gate in the cycle on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  let ids: Map<string, number>;

  beforeEach(async () => {
    store = await fresh();
    await promiseBook(store);
    const v = await submitStrategy({ db: store.db, text: STRATEGY, by: 'mgr-a', now: BOOK_NOW });
    await approveStrategy({ db: store.db, version: v.version, by: 'mgr-b', now: BOOK_NOW });
    const [accounts, parties] = await Promise.all([
      store.db.selectFrom('accounts').select(['id', 'account_id']).execute(),
      store.db.selectFrom('parties').select(['id', 'party_id']).execute(),
    ]);
    ids = new Map([
      ...accounts.map((r) => [r.account_id, Number(r.id)] as const),
      ...parties.map((r) => [r.party_id, Number(r.id)] as const),
    ]);
  });

  const cycle = (at = `${D}T00:30:00+08:00`) => runCycle({ store, asOf: D, now: () => new Date(at) });
  const items = async () => (await showQueue({ db: store.db, asOf: D })).items;
  const windowsOf = async (account: string) =>
    (await items())
      .filter((i) => i.account_id === account)
      .map((i) => i.window.from)
      .sort();
  const messagesOf = (account: string) =>
    store.db
      .selectFrom('planned_messages')
      .select(['message_id', 'window_from', 'status'])
      .where('account_id', '=', ids.get(account) as number)
      .where('as_of', '=', D)
      .execute();
  const blocksOf = async (account: string): Promise<BlockView[]> =>
    listBlocks({ db: store.db, accountId: account, day: D, lang: 'en' });
  const ruleIds = (b: BlockView) => b.rules.filter((r) => r.verdict === 'block').map((r) => r.id);

  it('offers the dawn call from 08:00, drops the late one and records why, keeps the rest', async () => {
    const report = await cycle();
    expect(report.steps.find((s) => s.name === 'gate')?.counts).toMatchObject({ judged: 20, moved: 5, dropped: 5 });
    // Dawn (moved to 08:00) and evening; no late call.
    expect(await windowsOf('A-1')).toEqual([`${D}T08:00:00+08:00`, `${D}T20:00:00+08:00`]);
    const dawn = (await items()).find((i) => i.account_id === 'A-1' && i.window.from === `${D}T08:00:00+08:00`);
    expect(dawn?.window.to).toBe(`${D}T09:00:00+08:00`);
    expect(dawn?.reason).toContain(`compliance: not before ${D}T08:00:00+08:00 (cn.contact_window)`);
    expect(dawn?.compliance).toEqual({
      next_allowed_at: '2026-11-02T00:00:00.000Z',
      rules: ['cn.contact_window'],
      override_id: null,
    });
    expect((await items()).find((i) => i.account_id === 'A-1' && i.id !== dawn?.id)?.compliance).toBeNull();
    expect(await messagesOf('A-1')).toHaveLength(1);
    const blocks = await blocksOf('A-1');
    expect(blocks).toHaveLength(2);
    const late = blocks.find((b) => b.work_item_id === null);
    expect(late).toMatchObject({
      source: 'queue',
      channel: 'call',
      blocked: true,
      attempted_at: '2026-11-02T14:00:00.000Z',
    });
    expect(ruleIds(late as BlockView)).toEqual(['cn.contact_window']);
    // Next allowed: 08:00 the next morning in Shanghai.
    expect(late?.next_allowed_at).toBe('2026-11-03T00:00:00.000Z');
    expect(late?.rules[0]?.citation).toMatch(/中国银行业协会/);
    const moved = blocks.find((b) => b.work_item_id !== null);
    expect(moved).toMatchObject({ work_item_id: dawn?.id, next_allowed_at: '2026-11-02T00:00:00.000Z' });
    // A rerun of the day records each block once.
    await cycle();
    expect(await blocksOf('A-1')).toHaveLength(2);
  });

  it('after six unanswered calls to the number today, offers no more calls today; next allowed is tomorrow 08:00', async () => {
    await recordActivities(
      store,
      store.db,
      ['08:00', '08:05', '08:10', '08:15', '08:20', '08:25'].map((t, i) => ({
        accountId: ids.get('A-2') as number,
        partyId: ids.get('P-A-2') as number,
        channel: 'phone' as const,
        direction: 'outbound' as const,
        contactPoint: '+86 138 0000 0002',
        staff: ['early-1'],
        startedAt: new Date(`${D}T${t}:00+08:00`).toISOString(),
        endedAt: null,
        occurredOn: D,
        outcome: i % 2 === 0 ? ('no_answer' as const) : ('busy' as const),
        excuse: null,
        note: null,
        evidence: [],
        workItemId: null,
        messageId: null,
        source: 'desk' as const,
      })),
      new Date(`${D}T08:26:00+08:00`),
    );
    // The cycle runs at 08:30 and reads what happened before: the dawn call, judged at its window's start
    // (offered from 08:00, when one of the six had been made), stays; the evening call is not offered.
    await cycle(`${D}T08:30:00+08:00`);
    expect(await windowsOf('A-2')).toEqual([`${D}T08:00:00+08:00`]);
    const evening = (await blocksOf('A-2')).find((b) => b.attempted_at === '2026-11-02T12:00:00.000Z');
    expect(ruleIds(evening as BlockView)).toEqual(['cn.daily_attempts']);
    expect(evening?.next_allowed_at).toBe('2026-11-03T00:00:00.000Z');
    // The text is no call: it goes.
    expect(await messagesOf('A-2')).toHaveLength(1);
    // Another borrower is called as planned.
    expect(await windowsOf('A-3')).toEqual([`${D}T08:00:00+08:00`, `${D}T20:00:00+08:00`]);
  });

  it('gives an account on a typed hold no work and no messages, and a party who asked to cease neither', async () => {
    await store.db
      .insertInto('account_holds')
      .values({
        account_id: ids.get('A-3') as number,
        from_on: '2026-11-01',
        to_on: null,
        reason: '借款人对利息计算提出异议',
        type: 'dispute',
        placed_by: 'lead-early',
        created_at: BOOK_NOW.toISOString(),
      })
      .execute();
    await store.db
      .insertInto('party_requests')
      .values({
        request_id: 'req-1',
        party_id: ids.get('P-A-4') as number,
        account_id: null,
        type: 'cease',
        channel: null,
        requested_at: '2026-11-01T06:00:00.000Z',
        withdrawn_at: null,
        note: null,
        recorded_by: 'early-1',
        created_at: '2026-11-01T06:00:00.000Z',
      })
      .execute();
    await cycle();
    for (const [account, rule] of [
      ['A-3', 'cn.hold.dispute'],
      ['A-4', 'cn.cease'],
    ] as const) {
      expect(await windowsOf(account)).toEqual([]);
      expect(await messagesOf(account)).toEqual([]);
      const blocks = await blocksOf(account);
      expect(blocks).toHaveLength(4);
      for (const b of blocks) {
        expect(ruleIds(b)).toContain(rule);
        expect(b.next_allowed_at).toBeNull();
      }
      expect(blocks.filter((b) => b.message_id !== null)).toHaveLength(1);
    }
    expect(await windowsOf('A-5')).toHaveLength(2);
  });

  it('lets an override through and records it, until it expires', async () => {
    await store.db
      .insertInto('compliance_overrides')
      .values({
        override_id: 'ovr-1',
        account_id: ids.get('A-5') as number,
        party_id: null,
        rule_id: 'cn.contact_window',
        reason: '借款人要求早上七点来电，之后要上班',
        granted_by: 'mgr-a',
        role: 'manager',
        granted_at: '2026-11-01T10:00:00.000Z',
        // 21:30 in Shanghai: the late call at 22:00 is past it.
        expires_at: '2026-11-02T13:30:00.000Z',
        created_at: '2026-11-01T10:00:00.000Z',
      })
      .execute();
    await cycle();
    // The dawn call at 07:00 through the override; no late call.
    expect(await windowsOf('A-5')).toEqual([`${D}T07:00:00+08:00`, `${D}T20:00:00+08:00`]);
    const dawn = (await items()).find((i) => i.account_id === 'A-5' && i.window.from === `${D}T07:00:00+08:00`);
    expect(dawn?.reason).toContain('compliance override ovr-1');
    expect(dawn?.compliance).toEqual({ next_allowed_at: null, rules: ['cn.contact_window'], override_id: 'ovr-1' });
    const blocks = await blocksOf('A-5');
    expect(blocks).toHaveLength(2);
    const through = blocks.find((b) => b.override_id !== null);
    expect(through).toMatchObject({
      blocked: false,
      override_id: 'ovr-1',
      next_allowed_at: null,
      work_item_id: dawn?.id,
    });
    expect(through?.rules).toEqual([
      expect.objectContaining({ id: 'cn.contact_window', verdict: 'set aside (ovr-1)' }),
    ]);
    expect(through?.rules[0]?.reason).toMatch(/Set aside by mgr-a with override ovr-1/);
    const late = blocks.find((b) => b.override_id === null);
    expect(late).toMatchObject({ blocked: true, attempted_at: '2026-11-02T14:00:00.000Z', work_item_id: null });
  });

  it('calls a party who may be on Xinjiang or Beijing time only when it is a convenient hour on both clocks', async () => {
    await store.db
      .updateTable('parties')
      .set({ timezone: 'Asia/Urumqi', region: '新疆' })
      .where('party_id', '=', 'P-A-2')
      .execute();
    await cycle();
    // Windows are read on the party's own clock (Urumqi, UTC+6): dawn 07:00 there is offered from 08:00,
    // when it is also past 08:00 in Shanghai; the evening call at 20:00 in Urumqi is 22:00 in Shanghai.
    expect(await windowsOf('A-2')).toEqual([`${D}T08:00:00+06:00`]);
    const evening = (await blocksOf('A-2')).find((b) => b.attempted_at === '2026-11-02T14:00:00.000Z');
    expect(ruleIds(evening as BlockView)).toEqual(['cn.contact_window']);
    expect(evening?.rules[0]?.reason).toContain('Asia/Urumqi 20:00, Asia/Shanghai 22:00');
    // Tomorrow 08:00 in Urumqi, 10:00 in Shanghai: the first minute inside the window on both clocks.
    expect(evening?.next_allowed_at).toBe('2026-11-03T02:00:00.000Z');
    // A Shanghai borrower's evening call goes ahead.
    expect(await windowsOf('A-1')).toContain(`${D}T20:00:00+08:00`);
  });
});
