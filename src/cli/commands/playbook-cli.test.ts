/** `dunwell playbook show|set|suggest` through the command line, on both engines. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { testEngines } from '../../../test/support/engines.js';
import { runCli } from '../../../test/support/run-cli.js';
import { type TempDir, tempDir } from '../../import/import-fixtures.js';
import { DEFAULT_PLAYBOOK_YAML } from '../../playbook/default-playbook.js';

const D = '2026-11-29';

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

describe.each(testEngines)('dunwell playbook on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let files: TempDir;
  const ok = async (...args: string[]) => {
    const r = await runCli(db, ...args);
    expect(r.code, r.err).toBe(0);
    return r;
  };
  const json = async (...args: string[]) => JSON.parse((await ok(...args, '--json')).out);

  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    files = tempDir();
    await ok('init');
    await ok('user', 'add', 'mgr', '--name', 'Ann', '--role', 'manager');
    await ok('user', 'add', 'col', '--name', 'Cat', '--role', 'collector');
    const imports: [string, string[][]][] = [
      [
        'parties',
        [
          ['party_id', 'kind', 'name', 'segment'],
          ['P-SME', 'person', '李强', 'small_business'],
          ['P-GU', 'person', '李娜', 'white_collar'],
        ],
      ],
      [
        'accounts',
        [
          ['account_id', 'portfolio', 'product', 'currency', 'opened_on', 'principal', 'annual_rate'],
          ['A-SME', 'sme', 'invoice', 'CNY', '2025-06-01', '50000.00', '0.18'],
        ],
      ],
      [
        'schedules',
        [
          ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
          ['A-SME', '1', '2026-04-01', '50000.00', '0.00', '0.00'],
        ],
      ],
      [
        'relations',
        [
          ['account_id', 'party_id', 'role'],
          ['A-SME', 'P-SME', 'borrower'],
          ['A-SME', 'P-GU', 'guarantor'],
        ],
      ],
    ];
    for (const [kind, rows] of imports) await ok('import', kind, files.file(`${kind}.csv`, csv(rows)));
    await ok('cycle', '--as-of', D);
  });
  afterAll(async () => {
    files.remove();
    await drop();
  });

  it('shows the default playbook in the language asked, as JSON or as text, or its YAML', async () => {
    expect(`${(await ok('playbook', 'show', '--yaml')).out}\n`).toBe(DEFAULT_PLAYBOOK_YAML);
    const en = await json('playbook', 'show', '--lang', 'en');
    expect(en).toMatchObject({ source: 'default', version: null, playbook: { language: 'en' } });
    expect(en.playbook.call.tasks.map((t: { id: string }) => t.id)).toEqual([
      'ask_for_payment_today',
      'learn_why_late',
      'state_consequences',
      'secure_promise',
    ]);
    expect(en.playbook.excuses).toHaveLength(14);
    expect(en.playbook.methods).toHaveLength(30);
    const text = await ok('playbook', 'show');
    expect(text.out).toContain('== 催收电话的四项核心任务 ==');
    expect(text.out).toContain('== 三十种清收方法 ==');
    expect(text.out).toContain('23. 担保责任追究法 [guarantor_pursuit]');
    const english = await ok('playbook', 'show', '--lang', 'en');
    expect(english.out).toContain('1. Ask for payment today');
    expect(english.out).toContain('   [ ] capture: Time of day promised (time)');
    const wrong = await runCli(db, 'playbook', 'show', '--lang', 'fr');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--lang takes zh-CN or en, not "fr"');
  });

  it('suggests methods with their reasons for an account', async () => {
    const s = await json('playbook', 'suggest', 'A-SME', '--lang', 'en');
    expect(s.account).toMatchObject({ account_id: 'A-SME', as_of: D, currency: 'CNY' });
    expect(s.facts).toMatchObject({ customer_type: 'small_business', has_guarantor: true, has_collateral: false });
    const ids = s.methods.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['guarantor_pursuit', 'proactive_visit', 'follow_cash_inflows']));
    expect(ids).not.toContain('collateral_enforcement');
    const text = await ok('playbook', 'suggest', 'A-SME', '--lang', 'en');
    expect(text.out).toMatch(/^A-SME — as of 2026-11-29, \d+ days past due/);
    expect(text.out).toContain('23. Hold the guarantor to the guarantee [guarantor_pursuit]');
    expect(text.out).toContain('== Methods to check ==');
    const zh = await ok('playbook', 'suggest', 'A-SME');
    expect(zh.out).toContain('担保责任追究法');
    const missing = await runCli(db, 'playbook', 'suggest', 'A-NONE');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no account with account_id "A-NONE"');
    expect((await runCli(db, 'playbook', 'suggest')).code).toBe(2);
  });

  it('stores an edited playbook and refuses a broken one with the path', async () => {
    const doc = parse(DEFAULT_PLAYBOOK_YAML) as { name: string; excuses: unknown[] };
    doc.name = 'our-floor';
    const edited = files.file('edited.yaml', stringify(doc));
    const v = await json('playbook', 'set', '--file', edited, '--by', 'mgr');
    expect(v).toMatchObject({ source: 'stored', version: 1, created_by: 'mgr' });
    expect(await json('playbook', 'show')).toMatchObject({ version: 1, playbook: { name: 'our-floor' } });
    // The stored YAML, exactly, to edit and set again.
    expect((await ok('playbook', 'show', '--yaml')).out).toBe(stringify(doc).replace(/\n$/, ''));
    expect((await runCli(db, 'playbook', 'show', '--yaml', '--json')).code).toBe(2);
    const again = await runCli(db, 'playbook', 'set', '--file', edited, '--by', 'mgr');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already in force as playbook version 1');
    const human = await ok(
      'playbook',
      'set',
      '--file',
      files.file('default.yaml', DEFAULT_PLAYBOOK_YAML),
      '--by',
      'mgr',
    );
    expect(human.out).toMatch(/^playbook version 2 stored by mgr /);

    doc.excuses.pop();
    const broken = await runCli(
      db,
      'playbook',
      'set',
      '--file',
      files.file('broken.yaml', stringify(doc)),
      '--by',
      'mgr',
    );
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('is not a valid playbook: excuses: missing excuse category: half_lost_contact');
    const forbidden = await runCli(db, 'playbook', 'set', '--file', edited, '--by', 'col');
    expect(forbidden.code).toBe(1);
    expect((await runCli(db, 'playbook', 'set', '--by', 'mgr')).code).toBe(2);
    expect((await runCli(db, 'playbook', 'set', '--file', files.path, '--by', 'mgr')).code).toBe(2);
    expect(await json('playbook', 'show')).toMatchObject({ version: 2, playbook: { name: 'dunwell-default' } });
  });
});
