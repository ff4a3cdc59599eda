/**
 * The outbox as the cycle's step, on both engines: the demo strategy plans the day's automatic messages and
 * the outbox step sends those whose window is open through the file adapter, recording each; a cycle run
 * before the window leaves them for `outbox send`; rerunning the day (which rewrites the day's planned
 * messages) sends nothing twice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CycleReport, runCycle } from '../src/cycle/run-cycle.js';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { account, instalment, party, runImport } from '../src/import/import-fixtures.js';
import { type ChannelsSetup, parseChannels } from '../src/outbox/channels-config.js';
import { sendOutbox } from '../src/outbox/send-outbox.js';
import { revealStoredValues } from '../src/privacy/contact-values.js';
import type { Store } from '../src/store/open-database.js';
import { addUser } from '../src/user/add-user.js';
import { freshStores, testEngines } from './support/engines.js';

const D = '2026-11-29';
const BEFORE_WINDOW = new Date('2026-11-29T00:30:00Z'); // 08:30 in Shanghai
const IN_WINDOW = new Date('2026-11-29T02:00:00Z'); // 10:00
const IDS = ['A-1', 'A-2', 'A-3', 'A-4', 'A-5', 'A-6', 'A-7', 'A-8'];

async function book(store: Store) {
  const ok = async (kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) => {
    const report = await runImport(store, kind, rows, { allOrNothing: true });
    expect(report.rejected).toEqual([]);
  };
  await ok(
    'parties',
    IDS.map((id, i) => party({ party_id: `P-${id}`, name: `借款人${i + 1}`, language: i % 2 === 0 ? 'zh-CN' : 'en' })),
  );
  await ok(
    'accounts',
    IDS.map((id) => account({ account_id: id, opened_on: '2026-01-01' })),
  );
  // One day past due on D: the demo strategy's M1 reminders (an SMS on day 1 for the champion variant).
  await ok(
    'schedules',
    IDS.map((id) => instalment({ account_id: id, installment_no: '1', due_on: '2026-11-28' })),
  );
  await ok(
    'relations',
    IDS.map((id) => ({ account_id: id, party_id: `P-${id}`, role: 'borrower' })),
  );
  await ok(
    'contacts',
    IDS.flatMap((id, i) => [
      { party_id: `P-${id}`, type: 'mobile', value: `1380000000${i}`, verified: '1', do_not_contact: '0' },
      { party_id: `P-${id}`, type: 'wechat', value: `wx_${i}`, verified: '1', do_not_contact: '0' },
    ]),
  );
  for (const id of ['mgr-a', 'mgr-b']) {
    await addUser({ db: store.db, userId: id, name: id, role: 'manager', actor: 'test', now: BEFORE_WINDOW });
  }
  await addUser({
    db: store.db,
    userId: 'col-1',
    name: 'col-1',
    role: 'collector',
    languages: ['zh-CN', 'en'],
    actor: 'test',
    now: BEFORE_WINDOW,
  });
  await activateDemoStrategy({ db: store.db, now: BEFORE_WINDOW });
}

describe.each(testEngines)('the outbox step of the cycle on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  let folder: string;
  let channels: ChannelsSetup;
  beforeEach(async () => {
    store = await fresh();
    await book(store);
    folder = mkdtempSync(join(tmpdir(), 'dunwell-outbox-cycle-'));
    channels = parseChannels(
      [
        'senders:',
        '  "*": { lender_name: { zh-CN: 示例消费金融, en: Example Consumer Finance }, callback_line: 400-800-1234 }',
        'channels:',
        '  sms: { adapter: file, folder: out }',
        '  wechat: { adapter: file, folder: out }',
        '  email: { adapter: file, folder: out }',
        '  post: { adapter: file, folder: out }',
      ].join('\n'),
      'channels.yaml',
      {},
      folder,
    );
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const outboxStep = (report: CycleReport) => report.steps.find((s) => s.name === 'outbox');
  const planned = () => store.db.selectFrom('planned_messages').selectAll().orderBy('message_id').execute();
  const written = () => {
    try {
      return readdirSync(join(folder, 'out', D)).sort();
    } catch {
      return [];
    }
  };

  it('sends the day’s planned messages through the file adapter, once, and records each', async () => {
    const report = await runCycle({ store, asOf: D, now: () => IN_WINDOW, channels });
    const names = report.steps.map((s) => s.name);
    expect(names.indexOf('outbox')).toBe(names.indexOf('queue') + 1);
    const messages = await planned();
    expect(messages.length).toBeGreaterThan(0);
    expect(outboxStep(report)?.counts).toMatchObject({ considered: messages.length, sent: messages.length });
    expect(messages.every((m) => m.status === 'sent' && m.sent_at === IN_WINDOW.toISOString())).toBe(true);
    expect(written()).toEqual(messages.map((m) => `${m.message_id}.json`));
    const first = messages[0];
    const file = JSON.parse(readFileSync(join(folder, 'out', D, `${first?.message_id}.json`), 'utf8'));
    // Sent in clear; stored sealed (src/privacy).
    expect(first?.recipient).toMatch(/^enc:v1:/);
    const [to] = revealStoredValues(store, [first?.recipient ?? null]);
    expect(file).toMatchObject({ message_id: first?.message_id, to, body: first?.body });
    const activities = await store.db
      .selectFrom('activities')
      .select(['message_id', 'outcome', 'staff', 'source'])
      .orderBy('message_id')
      .execute();
    expect(activities).toEqual(
      messages.map((m) => ({ message_id: m.message_id, outcome: 'delivered', staff: 'system', source: 'outbox' })),
    );
    // Each party reads its own language.
    const languages = new Set(messages.map((m) => m.language));
    expect(languages.size).toBeGreaterThan(0);
    for (const m of messages) expect(m.body).toMatch(m.language === 'en' ? /Hello/ : /您好/);

    // The day run again (after a late payment file, say): the strategy plans the same messages under the
    // same ids; the ones already sent are kept as sent — text included — and none is planned or sent again.
    const again = await runCycle({ store, asOf: D, now: () => new Date('2026-11-29T02:30:00Z'), channels });
    expect(outboxStep(again)?.counts).toMatchObject({ sent: 0 });
    expect(written()).toEqual(messages.map((m) => `${m.message_id}.json`));
    expect(await planned()).toEqual(messages);
    expect(await store.db.selectFrom('activities').select('id').execute()).toHaveLength(messages.length);
  });

  it('leaves messages whose window has not opened for a later outbox send', async () => {
    const report = await runCycle({ store, asOf: D, now: () => BEFORE_WINDOW, channels });
    const messages = await planned();
    expect(messages.length).toBeGreaterThan(0);
    expect(outboxStep(report)?.counts).toMatchObject({ waiting: messages.length, sent: 0 });
    expect(written()).toEqual([]);
    const later = await sendOutbox({ store, asOf: D, now: () => IN_WINDOW, channels });
    expect(later.counts.sent).toBe(messages.length);
    expect(written()).toHaveLength(messages.length);
  });

  it('without a channels config, counts the day’s messages as having no adapter and leaves them planned', async () => {
    const report = await runCycle({ store, asOf: D, now: () => IN_WINDOW });
    const messages = await planned();
    expect(outboxStep(report)?.counts).toMatchObject({ no_adapter: messages.length, sent: 0 });
    expect(messages.every((m) => m.status === 'planned')).toBe(true);
  });
});
