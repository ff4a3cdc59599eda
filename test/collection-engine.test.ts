/**
 * The collection engine end to end on both engines: a small book with Chinese- and English-speaking
 * borrowers, an SME debtor with a guarantor and collateral, a floor with stage teams, and the demo
 * strategy approved by two managers. The cycle must turn it into graded, segmented, prioritised,
 * assigned work, keep the day's queue on a rerun, and let a manager move an item.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runCycle } from '../src/cycle/run-cycle.js';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { isAppError } from '../src/domain/errors.js';
import { account, instalment, party, payment, runImport } from '../src/import/import-fixtures.js';
import { reassignWorkItem } from '../src/queue/reassign-work-item.js';
import { showQueue } from '../src/queue/show-queue.js';
import { strategyReport } from '../src/report/strategy-report.js';
import type { Store } from '../src/store/open-database.js';
import { addTeam } from '../src/team/add-team.js';
import { setTeam } from '../src/team/set-team.js';
import { addUser } from '../src/user/add-user.js';
import { setUser } from '../src/user/set-user.js';
import { freshStores, testEngines } from './support/engines.js';

const D = '2026-11-29';
const NOW = new Date('2026-11-29T02:00:00Z');
const actor = 'test';

async function book(store: Store) {
  const ok = async (kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) => {
    const report = await runImport(store, kind, rows, { allOrNothing: true });
    expect(report.rejected).toEqual([]);
  };
  await ok('parties', [
    party({ party_id: 'P-ZH', name: '王芳', region: '上海', language: 'zh-CN' }),
    party({
      party_id: 'P-EN',
      name: 'James Miller',
      segment: 'retiree',
      region: 'London',
      timezone: 'Europe/London',
      language: 'en',
      employer: '',
      occupation: 'retired teacher',
    }),
    party({ party_id: 'P-SME', name: '李强', segment: 'small_business', region: '北京', language: 'zh-CN' }),
    party({ party_id: 'P-GU', name: '李娜', region: '北京', language: 'zh-CN' }),
    party({ party_id: 'P-EC', name: '赵敏', region: '北京', language: 'zh-CN' }),
  ]);
  await ok('accounts', [
    account({ account_id: 'A-ZH', opened_on: '2026-01-01' }),
    account({ account_id: 'A-EN', opened_on: '2026-01-01', principal: '8000.00' }),
    account({ account_id: 'A-SME', opened_on: '2025-06-01', principal: '50000.00', product: 'invoice' }),
    account({ account_id: 'A-OK', opened_on: '2026-01-01' }),
  ]);
  await ok('schedules', [
    instalment({ account_id: 'A-ZH', installment_no: '1', due_on: '2026-10-15' }),
    instalment({ account_id: 'A-EN', installment_no: '1', due_on: '2026-11-20', principal: '2000.00' }),
    instalment({ account_id: 'A-SME', installment_no: '1', due_on: '2026-04-01', principal: '50000.00' }),
    instalment({ account_id: 'A-OK', installment_no: '1', due_on: '2026-12-20' }),
  ]);
  await ok('relations', [
    { account_id: 'A-ZH', party_id: 'P-ZH', role: 'borrower' },
    { account_id: 'A-EN', party_id: 'P-EN', role: 'borrower' },
    { account_id: 'A-SME', party_id: 'P-SME', role: 'borrower' },
    { account_id: 'A-SME', party_id: 'P-GU', role: 'guarantor' },
    { account_id: 'A-SME', party_id: 'P-EC', role: 'emergency_contact' },
    { account_id: 'A-OK', party_id: 'P-ZH', role: 'borrower' },
  ]);
  await ok('collateral', [
    {
      collateral_id: 'C-1',
      account_id: 'A-SME',
      type: 'equipment',
      description: '数控机床',
      value: '30000.00',
      valued_on: '2026-01-10',
    },
  ]);
}

async function floor(store: Store) {
  const db = store.db;
  const user = (
    userId: string,
    role: string,
    fields: Parameters<typeof addUser>[0] extends infer O ? Partial<O> : never,
  ) => addUser({ db, userId, name: userId, role, actor, now: NOW, ...fields });
  await user('mgr-a', 'manager', {});
  await user('mgr-b', 'manager', {});
  for (const [team, stages] of [
    ['early', ['early']],
    ['mid', ['mid']],
    ['late', ['late', 'terminal']],
  ] as const) {
    await addTeam({ db, teamId: team, name: `${team} team`, stages: [...stages], actor, now: NOW });
    await user(`lead-${team}`, 'team_lead', { teamId: team, languages: ['zh-CN', 'en'], regions: ['上海', '北京'] });
    await setTeam({ db, teamId: team, leadUserId: `lead-${team}`, actor, now: NOW });
  }
  await user('zh-early', 'collector', { teamId: 'early', languages: ['zh-CN'], regions: ['上海'] });
  await user('en-early', 'collector', { teamId: 'early', languages: ['en'], regions: ['London'] });
  await user('zh-mid', 'collector', { teamId: 'mid', languages: ['zh-CN'], regions: ['上海'] });
  await user('sme-late', 'collector', { teamId: 'late', languages: ['zh-CN'], regions: ['北京'], skills: ['sme'] });
  await user('field-1', 'field_agent', { teamId: 'late', languages: ['zh-CN'], regions: ['北京'], skills: ['field'] });
  await user('field-2', 'field_agent', { teamId: 'late', languages: ['zh-CN'], regions: ['北京'], skills: ['field'] });
  await user('legal-1', 'legal', { languages: ['zh-CN', 'en'], skills: ['legal', 'collateral'] });
}

describe.each(testEngines)('the collection engine on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await book(store);
    await floor(store);
    await activateDemoStrategy({ db: store.db, now: NOW });
  });

  it('turns the book into graded, segmented, prioritised and assigned work', async () => {
    const report = await runCycle({ store, asOf: D, now: () => NOW });
    const names = report.steps.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['features', 'strategy', 'odds', 'queue']));

    const features = await store.db.selectFrom('account_features').select(['account_id', 'as_of']).execute();
    expect(features).toHaveLength(4);
    expect(new Set(features.map((f) => f.as_of))).toEqual(new Set([D]));
    const graded = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'grade', 'tier', 'strategy_variant'])
      .execute();
    for (const a of graded) expect(['good', 'medium', 'poor']).toContain(a.grade);

    const queue = await showQueue({ db: store.db });
    expect(queue.as_of).toBe(D);
    expect(queue.items.length).toBeGreaterThan(0);
    const users = new Map(
      (await store.db.selectFrom('users').select(['user_id', 'role', 'languages']).execute()).map((u) => [
        u.user_id,
        u,
      ]),
    );
    queue.items.forEach((item, i) => {
      expect(item.rank).toBe(i + 1);
      if (i > 0) expect(item.priority).toBeLessThanOrEqual(queue.items[i - 1]?.priority ?? Number.POSITIVE_INFINITY);
      const who = users.get(item.assignee);
      expect(who, item.assignee).toBeDefined();
      expect(['collector', 'team_lead', 'field_agent', 'legal']).toContain(who?.role);
      expect(item.window.from).toMatch(/^2026-11-29T\d\d:\d\d:00[+-]\d\d:\d\d$/);
    });
    // The English-speaking retiree in London is worked in English, in London's local time.
    const english = queue.items.filter((i) => i.account_id === 'A-EN' && i.channel === 'phone');
    for (const item of english) {
      expect(users.get(item.assignee)?.languages).toContain('en');
      expect(item.window.from.endsWith('+00:00')).toBe(true);
    }
    // The Shanghai borrower's items carry Shanghai's offset.
    for (const item of queue.items.filter((i) => i.account_id === 'A-ZH'))
      expect(item.window.from.endsWith('+08:00')).toBe(true);
    // Nothing is planned for the account that is not yet due.
    expect(queue.items.some((i) => i.account_id === 'A-OK')).toBe(false);
    // Visits go to a pair of field agents.
    for (const visit of queue.items.filter((i) => i.action === 'visit')) {
      expect(new Set([visit.assignee, visit.partner])).toEqual(new Set(['field-1', 'field-2']));
    }
    // The account keeps the collector it was given.
    const owners = await store.db.selectFrom('accounts').select(['account_id', 'assigned_to', 'assigned_on']).execute();
    for (const item of queue.items.filter((i) => i.action === 'call')) {
      expect(owners.find((o) => o.account_id === item.account_id)?.assigned_to).toBeTruthy();
    }
  });

  it('keeps the day’s queue and planned messages when the day is run again', async () => {
    await runCycle({ store, asOf: D, now: () => NOW });
    const items = await store.db.selectFrom('work_items').selectAll().orderBy('item_id').execute();
    const messages = await store.db.selectFrom('planned_messages').selectAll().orderBy('message_id').execute();
    await runCycle({ store, asOf: D, now: () => new Date('2026-11-29T03:00:00Z') });
    expect(await store.db.selectFrom('work_items').selectAll().orderBy('item_id').execute()).toEqual(items);
    const again = await store.db.selectFrom('planned_messages').selectAll().orderBy('message_id').execute();
    expect(again.map(({ created_at: _, ...m }) => m)).toEqual(messages.map(({ created_at: _, ...m }) => m));
  });

  it('lets a manager move an item and refuses a collector', async () => {
    await runCycle({ store, asOf: D, now: () => NOW });
    const [first] = (await showQueue({ db: store.db })).items;
    expect(first).toBeDefined();
    if (!first) return;
    const to = first.assignee === 'lead-mid' ? 'lead-late' : 'lead-mid';
    const refused = await reassignWorkItem({ db: store.db, itemId: first.id, to, by: 'zh-early', now: NOW }).catch(
      (e) => e,
    );
    expect(isAppError(refused, 'FORBIDDEN')).toBe(true);
    const moved = await reassignWorkItem({ db: store.db, itemId: first.id, to, by: 'mgr-a', now: NOW });
    expect(moved).toMatchObject({ from: first.assignee, to });
    const mine = await showQueue({ db: store.db, collector: to });
    expect(mine.items.map((i) => i.id)).toContain(first.id);
    const events = await store.db
      .selectFrom('events')
      .select(['kind', 'actor'])
      .where('kind', '=', 'work_item.reassign')
      .execute();
    expect(events).toEqual([{ kind: 'work_item.reassign', actor: 'mgr-a' }]);
  });

  it('moves an account whose collector left the floor, and records why', async () => {
    await runCycle({ store, asOf: D, now: () => NOW });
    const owners = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'assigned_to'])
      .where('assigned_to', 'is not', null)
      .execute();
    expect(owners.length).toBeGreaterThan(0);
    const gone = [...new Set(owners.map((o) => o.assigned_to as string))];
    for (const userId of gone) await setUser({ db: store.db, userId, active: false, actor, now: NOW });
    await runCycle({ store, asOf: '2026-11-30', now: () => new Date('2026-11-30T02:00:00Z') });
    const moved = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'account.reassign')
      .execute();
    expect(moved.length).toBeGreaterThan(0);
    for (const event of moved) {
      const payload = JSON.parse(event.payload);
      expect(event.actor).toBe('cycle');
      expect(gone).toContain(payload.from);
      expect(gone).not.toContain(payload.to);
      expect(payload.why).toMatch(new RegExp(`reassigned from ${payload.from} \\(no longer on the floor\\)`));
    }
  });

  it('credits a cure to the variant the account was in when it pays up', async () => {
    await runCycle({ store, asOf: D, now: () => NOW });
    const before = await store.db.selectFrom('variant_members').selectAll().execute();
    const en = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', 'A-EN')
      .executeTakeFirstOrThrow();
    const stay = before.find((m) => Number(m.account_id) === Number(en.id));
    expect(stay?.entry_rank).toBeGreaterThan(0);
    const paid = await runImport(store, 'payments', [
      payment({ payment_id: 'PAY-EN', account_id: 'A-EN', paid_at: '2026-11-30T10:00:00+08:00', amount: '2200.00' }),
    ]);
    expect(paid.rejected).toEqual([]);
    await runCycle({ store, asOf: '2026-11-30', now: () => new Date('2026-11-30T02:00:00Z') });
    const after = await store.db
      .selectFrom('variant_members')
      .selectAll()
      .where('id', '=', stay?.id ?? -1)
      .executeTakeFirstOrThrow();
    expect(after.cured_on).toBe('2026-11-30');
    const report = await strategyReport({ db: store.db, from: D, to: '2026-11-30' });
    const row = report.variants.find((v) => v.segment === stay?.segment && v.variant === stay?.variant);
    expect(row?.cured).toBe(1);
    expect(row?.recovered.CNY).toBe('2200.00');
  });
});
