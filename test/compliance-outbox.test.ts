/**
 * The contact gate in the outbox, on both engines (the book of test/support/outbox-book.ts: Shanghai
 * borrowers, portfolio `consumer` under the cn pack, messages in the 09:30–11:00 window of D): a message
 * the gate blocks is never sent — status `blocked` with the gate's reason, a contact_blocks row naming the
 * message — whether for a cease request, a hold, or words the language guard refuses; one the gate allows
 * later in its window waits; an override lets one through and is recorded.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listBlocks } from '../src/compliance/list-blocks.js';
import { localChannels } from '../src/outbox/channels-config.js';
import { sendOutbox } from '../src/outbox/send-outbox.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { D, IN_WINDOW, messageRow, outboxBook, plan } from './support/outbox-book.js';
import { runCli } from './support/run-cli.js';

describe.each(testEngines)('the contact gate in the outbox on $name', (engine) => {
  const open = freshStores(engine);
  let store: Store;
  let folder: string;
  beforeEach(async () => {
    store = await open();
    await outboxBook(store);
    folder = mkdtempSync(join(tmpdir(), 'dunwell-gate-outbox-'));
    return () => rmSync(folder, { recursive: true, force: true });
  });

  const idOf = async (table: 'accounts' | 'parties', ref: string) => {
    const row =
      table === 'accounts'
        ? await store.db.selectFrom('accounts').select('id').where('account_id', '=', ref).executeTakeFirstOrThrow()
        : await store.db.selectFrom('parties').select('id').where('party_id', '=', ref).executeTakeFirstOrThrow();
    return Number(row.id);
  };
  const send = (now = IN_WINDOW) => sendOutbox({ store, asOf: D, now: () => now, channels: localChannels(folder) });
  const sentFiles = () => readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.json'));

  it('never sends to a party who asked to cease, nor on an account on hold: blocked, with the reason, recorded', async () => {
    await store.db
      .insertInto('party_requests')
      .values({
        request_id: 'req-cease',
        party_id: await idOf('parties', 'P-ZH'),
        account_id: null,
        type: 'cease',
        channel: null,
        requested_at: '2026-11-28T02:00:00.000Z',
        withdrawn_at: null,
        note: null,
        recorded_by: 'li.na',
        created_at: '2026-11-28T02:00:00.000Z',
      })
      .execute();
    await store.db
      .insertInto('account_holds')
      .values({
        account_id: await idOf('accounts', 'A-EN'),
        from_on: '2026-11-20',
        to_on: '2026-12-20',
        reason: 'complaint about a fee under review',
        type: 'complaint',
        created_at: '2026-11-20T02:00:00.000Z',
      })
      .execute();
    await plan(store, [
      { message_id: 'msg_cease', account: 'A-ZH', channel: 'sms' },
      { message_id: 'msg_hold', account: 'A-EN', channel: 'email', template: 'm1_statement' },
    ]);
    const report = await send();
    expect(report.counts).toMatchObject({ blocked: 2, sent: 0 });
    expect(sentFiles()).toEqual([]);
    const cease = await messageRow(store, 'msg_cease');
    expect(cease.status).toBe('blocked');
    expect(cease.last_error).toMatch(
      /^compliance: cn\.cease: .*asked at 2026-11-28T02:00:00\.000Z to stop all contact.*a person must act first/,
    );
    expect(cease.recipient).toBeNull();
    const hold = await messageRow(store, 'msg_hold');
    expect(hold.last_error).toMatch(/cn\.hold\.complaint: .*until 2026-12-20T16:00:00\.000Z/);
    const blocks = await listBlocks({ db: store.db, day: D, lang: 'en' });
    expect(blocks.map((b) => [b.message_id, b.source, b.channel, b.blocked])).toEqual(
      expect.arrayContaining([
        ['msg_cease', 'outbox', 'sms', true],
        ['msg_hold', 'outbox', 'email', true],
      ]),
    );
    // The hold's last day ends at midnight in Shanghai; the window opens at 08:00 after it.
    expect(blocks.find((b) => b.message_id === 'msg_hold')?.next_allowed_at).toBe('2026-12-21T00:00:00.000Z');
    // Nothing more happens to a blocked message.
    expect((await send()).counts.considered).toBe(0);
    // The command lists them, in the language asked for.
    const cli = await runCli(store.location, 'compliance', 'blocks', '--account', 'A-ZH', '--lang', 'en');
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('1 block(s)');
    expect(cli.out).toMatch(/A-ZH P-ZH sms \(outbox msg_cease\) blocked/);
    expect(cli.out).toMatch(/block cn\.cease {2}Disturbing a person's private life/);
    const json = JSON.parse((await runCli(store.location, 'compliance', 'blocks', '--day', D, '--json')).out);
    expect(json).toHaveLength(2);
  });

  it('blocks a message whose words the language guard refuses, naming the words', async () => {
    await store.db
      .insertInto('message_templates')
      .values({
        template_id: 'm9_threat',
        channel: 'sms',
        language: 'zh-CN',
        tier: null,
        tone: 'firm',
        subject: null,
        body: '{{debtor_name}}，今天不还钱，我们就上门找你家人，让你全家不得安宁。',
        version: 1,
        updated_by: 'import',
        updated_at: '2026-11-01T00:00:00.000Z',
      })
      .execute();
    await plan(store, [
      { message_id: 'msg_threat', account: 'A-ZH', channel: 'sms', template: 'm9_threat' },
      { message_id: 'msg_fine', account: 'A-EN', channel: 'sms' },
    ]);
    const report = await send();
    expect(report.counts).toMatchObject({ blocked: 1, sent: 1 });
    const threat = await messageRow(store, 'msg_threat');
    expect(threat.status).toBe('blocked');
    expect(threat.last_error).toMatch(/cn\.language: .*unlawful wording/);
    const [block] = await listBlocks({ db: store.db, accountId: 'A-ZH', day: D, lang: 'zh-CN' });
    expect(block?.rules.map((r) => r.id)).toContain('cn.language');
    expect(block?.rules.find((r) => r.id === 'cn.language')?.reason).toMatch(/全家不得安宁|找你家人/);
    expect((await messageRow(store, 'msg_fine')).status).toBe('sent');
  });

  it('lets a message wait when the gate allows it later in its window, and sends it then', async () => {
    // A party in Urumqi on Xinjiang time: 09:30 in Shanghai is 07:30 there.
    await store.db
      .updateTable('parties')
      .set({ timezone: 'Asia/Urumqi', region: '新疆' })
      .where('party_id', '=', 'P-ZH')
      .execute();
    await plan(store, [{ message_id: 'msg_early', account: 'A-ZH', channel: 'sms' }]);
    const early = await send(new Date(`${D}T09:40:00+08:00`));
    expect(early.counts).toMatchObject({ waiting: 1, blocked: 0, sent: 0 });
    expect(early.messages[0]?.reason).toBe('compliance: not before 2026-11-29T02:00:00.000Z');
    expect((await messageRow(store, 'msg_early')).status).toBe('planned');
    const later = await send(new Date(`${D}T10:05:00+08:00`));
    expect(later.counts.sent).toBe(1);
  });

  it('sends through an override and records it', async () => {
    await store.db
      .insertInto('party_requests')
      .values({
        request_id: 'req-stop-sms',
        party_id: await idOf('parties', 'P-ZH'),
        account_id: null,
        type: 'stop_channel',
        channel: 'sms',
        requested_at: '2026-11-28T02:00:00.000Z',
        withdrawn_at: null,
        note: null,
        recorded_by: 'li.na',
        created_at: '2026-11-28T02:00:00.000Z',
      })
      .execute();
    await store.db
      .insertInto('compliance_overrides')
      .values({
        override_id: 'ovr-sms',
        account_id: await idOf('accounts', 'A-ZH'),
        party_id: null,
        rule_id: 'cn.stop_channel',
        reason: 'the borrower asked by phone for this one payment reminder by SMS',
        granted_by: 'mgr',
        role: 'manager',
        granted_at: '2026-11-29T01:00:00.000Z',
        expires_at: '2026-11-29T04:00:00.000Z',
        created_at: '2026-11-29T01:00:00.000Z',
      })
      .execute();
    await plan(store, [{ message_id: 'msg_ovr', account: 'A-ZH', channel: 'sms' }]);
    expect((await send()).counts.sent).toBe(1);
    const [block] = await listBlocks({ db: store.db, accountId: 'A-ZH', lang: 'en' });
    expect(block).toMatchObject({ source: 'outbox', message_id: 'msg_ovr', blocked: false, override_id: 'ovr-sms' });
  });
});
