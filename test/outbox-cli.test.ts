/**
 * Templates and the outbox through the `dunwell` command, on both engines: listing, showing, setting
 * (versioned, by whom, refused for a collector or a bad file) and rendering templates for an account; the
 * outbox sending through the file adapter of a channels config named by DUNWELL_CHANNELS or --channels,
 * a dry run first, a rerun sending nothing.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { testEngines } from './support/engines.js';
import { D, IN_WINDOW, outboxBook, plan } from './support/outbox-book.js';

describe.each(testEngines)('templates and the outbox through the CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let dir: string;
  let config: string;
  const run = async (env: Record<string, string>, ...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([...args, '--db', db], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      now: () => IN_WINDOW,
      interactive: false,
      env,
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const cli = (...args: string[]) => run({ DUNWELL_CHANNELS: config }, ...args);
  const json = async (...args: string[]) => {
    const r = await cli(...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };

  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, IN_WINDOW);
    await outboxBook(store);
    await plan(store, [
      { message_id: 'msg_sms', account: 'A-ZH', channel: 'sms', template: 'm1_friendly_reminder' },
      { message_id: 'msg_letter', account: 'A-EN', channel: 'post', template: 'm2_formal_notice' },
    ]);
    await store.close();
    dir = mkdtempSync(join(tmpdir(), 'dunwell-outbox-cli-'));
    config = join(dir, 'channels.yaml');
    writeFileSync(
      config,
      [
        'senders:',
        '  "*": { lender_name: { zh-CN: 示例消费金融, en: Example Consumer Finance }, callback_line: 400-800-1234 }',
        'channels:',
        '  sms: { adapter: file, folder: sent }',
        '  post: { adapter: file, folder: sent }',
        '',
      ].join('\n'),
    );
    for (const [id, role] of [
      ['mgr', 'manager'],
      ['col', 'collector'],
    ]) {
      const r = await cli('user', 'add', id as string, '--name', id as string, '--role', role as string);
      expect(r.code, r.err).toBe(0);
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('lists the defaults with their variables, and shows one', async () => {
    const { templates } = await json('template', 'list', '--channel', 'post');
    const notice = templates.filter((t: { template_id: string }) => t.template_id === 'm2_formal_notice');
    expect(notice.map((t: { language: string }) => t.language)).toEqual(['en', 'zh-CN']);
    expect(notice[0]).toMatchObject({ source: 'default', version: 0, tier: 'intermediate', tone: 'firm' });
    expect(notice[0].variables).toContain('debtor_name');
    const shown = await cli('template', 'show', 'm1_reminder', '--language', 'en');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('{{lender_name}}: Hello {{debtor_name}}');
    expect((await cli('template', 'show', 'nope')).code).toBe(1);
  });

  it('sets templates from a file, versioned, by a manager only; a bad file changes nothing', async () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(
      file,
      'templates:\n  - id: m1_reminder\n    channel: sms\n    tone: firm\n    text:\n      en: { body: "{{lender_name}}: {{debtor_name}}, {{amount_past_due}} is overdue. Call {{callback_line}}." }\n',
    );
    const refused = await cli('template', 'set', '--file', file, '--by', 'col');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('col is a collector');
    expect(await json('template', 'set', '--file', file, '--by', 'mgr')).toEqual({
      changed: [{ template_id: 'm1_reminder', channel: 'sms', language: 'en', version: 1 }],
      unchanged: 0,
    });
    expect(await json('template', 'set', '--file', file, '--by', 'mgr')).toEqual({ changed: [], unchanged: 1 });
    const [en] = (await json('template', 'show', 'm1_reminder', '--language', 'en')).templates;
    expect(en).toMatchObject({ version: 1, source: 'stored', updated_by: 'mgr', tone: 'firm' });
    writeFileSync(
      file,
      'templates:\n  - id: generic_x\n    channel: sms\n    text:\n      en: { body: "{{amount_past_due}}" }\n',
    );
    const bad = await cli('template', 'set', '--file', file, '--by', 'mgr');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('{{amount_past_due}} identifies the debtor or the debt');
    expect((await json('template', 'list', '--template', 'generic_x')).templates).toEqual([]);
  });

  it('renders a template for an account in the borrower’s language, or another asked for', async () => {
    const zh = await json('template', 'render', 'm1_friendly_reminder', '--account', 'A-ZH', '--as-of', D);
    expect(zh).toMatchObject({ channel: 'sms', language: 'zh-CN', recipient: '138****0001', account_id: 'A-ZH' });
    expect(zh.body).toMatch(/^【示例消费金融】张\*\*您好/);
    const en = await json('template', 'render', 'm1_friendly_reminder', '--account', 'A-ZH', '--language', 'en');
    expect(en.body).toMatch(/^Example Consumer Finance: Hello 张\*\*,/);
    const letter = await cli('template', 'render', 'm2_formal_notice', '--account', 'A-EN');
    expect(letter.out).toContain('Dear Wei Zhang,');
    expect(letter.out).toContain('to: — no_contact_point: the party has no address on file');
    const several = await cli('template', 'render', 'festival_greeting', '--account', 'A-ZH');
    expect(several.code).toBe(2);
    expect(several.err).toContain('give --channel');
    const holes = await run({}, 'template', 'render', 'm1_friendly_reminder', '--account', 'A-ZH');
    expect(holes.code).toBe(2);
    expect(holes.err).toContain('{{lender_name}} has no value here');
  });

  it('sends through the configured adapters: a dry run first, then once, then nothing', async () => {
    const dry = await json('outbox', 'send', '--dry-run', '--as-of', D);
    expect(dry).toMatchObject({ dry_run: true, counts: { considered: 2, sent: 1, failed: 1 } });
    expect(() => readdirSync(join(dir, 'sent'))).toThrow();
    const text = await cli('outbox', 'send', '--as-of', D, '--channels', config);
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/^outbox as of 2026-11-29: considered=2 sent=1 failed=1/);
    expect(text.out).toContain('msg_letter  post');
    expect(readdirSync(join(dir, 'sent', D))).toEqual(['msg_sms.json']);
    const again = await json('outbox', 'send', '--as-of', D);
    expect(again.counts).toMatchObject({ considered: 0, sent: 0 });
    const none = await run({}, 'outbox', 'send', '--as-of', D, '--json');
    expect(JSON.parse(none.out).counts.considered).toBe(0);
  });

  it('refuses a channels config it cannot use, naming the problem', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'channels:\n  sms: { adapter: http, url: "http://x", body: "{{json nope}}", secrets: { t: MISSING_TOKEN } }\n',
    );
    const r = await cli('outbox', 'send', '--channels', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('channels.sms.secrets.t: the environment variable MISSING_TOKEN is not set');
    expect(r.err).toContain('channels.sms.body: {{nope}} is not a request variable');
  });
});
