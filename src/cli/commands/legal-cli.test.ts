/** `dunwell legal case …` and `dunwell restriction …` end to end: exit codes, text lines, --json shapes, refusals. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../../test/support/engines.js';
import { runCli } from '../../../test/support/run-cli.js';
import { seedLegalBook } from '../../legal/legal-fixtures.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';

describe.each(testEngines)('dunwell legal case and restriction on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let files: string;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedLegalBook(store);
    await store.close();
    files = mkdtempSync(join(tmpdir(), 'dunwell-legal-cli-'));
    process.env.DUNWELL_EVIDENCE_DIR = join(files, 'evidence');
  });
  afterAll(async () => {
    delete process.env.DUNWELL_EVIDENCE_DIR;
    rmSync(files, { recursive: true, force: true });
    await drop();
  });

  it('opens a notarized enforcement case, attaches the certificate and shows every instalment’s deadline', async () => {
    const opened = await runCli(
      db,
      'legal',
      'case',
      'open',
      'N-1',
      '--kind',
      'notarized_enforcement',
      '--by',
      'legal-1',
      '--forum',
      '上海市东方公证处',
      '--on',
      '2026-11-20',
      '--json',
    );
    expect(opened).toMatchObject({ code: 0, err: '' });
    const c = JSON.parse(opened.out);
    expect(c).toMatchObject({ account_id: 'N-1', kind: 'notarized_enforcement', status: 'preparing' });
    await runCli(
      db,
      'legal',
      'case',
      'update',
      c.id,
      '--status',
      'certificate_applied',
      '--on',
      '2026-11-25',
      '--by',
      'legal-1',
    );
    const cert = join(files, '执行证书.pdf');
    writeFileSync(cert, '%PDF-1.4 execution certificate');
    const issued = await runCli(
      db,
      'legal',
      'case',
      'update',
      c.id,
      '--status',
      'certificate_issued',
      '--document',
      cert,
      '--costs',
      '300.00',
      '--by',
      'legal-1',
    );
    expect(issued.err).toBe('');
    expect(issued.out).toMatch(
      new RegExp(
        `^${c.id} N-1 notarized enforcement 公证债权文书强制执行: enforcement certificate issued 已取得执行证书, opened 2026-11-20 by legal-1 · claim CNY 0\\.00 · costs 300\\.00 · next deadline 2028-11-27 \\(apply for enforcement of instalment 2 申请强制执行第 2 期\\)$`,
      ),
    );
    const shown = await runCli(db, 'legal', 'case', 'show', c.id);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('  enforcement application deadlines per instalment (申请执行期限，每期两年):');
    expect(shown.out).toMatch(/ {4}#1 due 2024-06-30, owes 1,[\d,.]+ → apply by 2026-06-30 \(passed\)/);
    expect(shown.out).toContain('    #4 due 2027-01-31, owes 1,000.00 → apply by 2029-01-31 (not_due)');
    expect(shown.out).toMatch(
      /#2 due 2025-03-31, owes [\d,.]+ → apply by 2028-11-27 \(open, restarted by the certificate application\)/,
    );
    expect(shown.out).toMatch(/document [0-9a-f]{12}… 执行证书\.pdf \(30 bytes\)/);
    expect(shown.out).toMatch(/legal_case\.update by legal-1 certificate_applied → certificate_issued on 2026-11-29/);
    const listed = JSON.parse((await runCli(db, 'legal', 'case', 'list', '--account', 'N-1', '--json')).out);
    expect(listed.cases.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('refuses a skipped step and a bad option with their exit statuses', async () => {
    const opened = JSON.parse(
      (await runCli(db, 'legal', 'case', 'open', 'L-1', '--kind', 'lawsuit', '--by', 'mgr-1', '--json')).out,
    );
    const skipped = await runCli(db, 'legal', 'case', 'update', opened.id, '--status', 'judgment', '--by', 'legal-1');
    expect(skipped.code).toBe(1);
    expect(skipped.err).toMatch(/may go to filed, settled, withdrawn, not judgment/);
    const noBy = await runCli(db, 'legal', 'case', 'update', opened.id, '--status', 'filed');
    expect(noBy.code).toBe(2);
    expect(noBy.err).toMatch(/--by USER is required/);
    const badDate = await runCli(
      db,
      'legal',
      'case',
      'update',
      opened.id,
      '--status',
      'filed',
      '--on',
      '2026-02-30',
      '--by',
      'legal-1',
    );
    expect(badDate.code).toBe(2);
    const filed = await runCli(
      db,
      'legal',
      'case',
      'update',
      opened.id,
      '--status',
      'filed',
      '--by',
      'legal-1',
      '--json',
    );
    expect(JSON.parse(filed.out)).toMatchObject({
      status: 'filed',
      claim: { as_of: '2026-11-28', principal: '3000.00' },
    });
  });

  it('places, lists and lifts restrictions, and refuses a public posting with the law', async () => {
    const refused = await runCli(db, 'restriction', 'add', 'R-1', '--type', 'public_posting', '--by', 'mgr-1');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^dunwell restriction add: type: public_posting is refused — A debtor's name/);
    expect(refused.err).toMatch(
      /中国银行业协会《金融机构个人消费类贷款催收工作指引\(试行\)》\(2026\); 民法典 arts\. 1033, 1034/,
    );
    const noNotice = await runCli(db, 'restriction', 'add', 'R-1', '--type', 'credit_bureau', '--by', 'legal-1');
    expect(noNotice.code).toBe(2);
    expect(noNotice.err).toMatch(/prior notice|told/);
    const placed = await runCli(
      db,
      'restriction',
      'add',
      'R-1',
      '--type',
      'credit_bureau',
      '--notice-sent-on',
      '2026-11-25',
      '--by',
      'legal-1',
    );
    expect(placed.code).toBe(0);
    expect(placed.out).toMatch(
      /^rst_\S+ R-1 P-1 credit bureau report 报送征信不良信息: notice sent, waiting 已告知，等待期内 · notice sent 2026-11-25 · reportable from 2026-12-10 · kept 5 years from the day the debt is paid 自欠款结清之日起保存 5 年 · by legal-1$/,
    );
    const id = placed.out.split(' ')[0] as string;
    const listed = JSON.parse((await runCli(db, 'restriction', 'list', '--status', 'noticed', '--json')).out);
    expect(listed.restrictions.map((r: { id: string }) => r.id)).toEqual([id]);
    const lifted = await runCli(
      db,
      'restriction',
      'lift',
      id,
      '--reason',
      '客户异议 / disputed',
      '--by',
      'legal-1',
      '--json',
    );
    expect(JSON.parse(lifted.out)).toMatchObject({
      status: 'lifted',
      lifted_reason: '客户异议 / disputed',
      effective_on: null,
    });
    expect((await runCli(db, 'restriction', 'lift', id, '--by', 'legal-1')).code).toBe(2);
  });

  it('refuses a message template on a public channel such as social media, with the reason and the law', async () => {
    const file = join(files, 'shame.yaml');
    writeFileSync(
      file,
      [
        'templates:',
        '  - id: overdue_notice',
        '    channel: social_media',
        '    text:',
        '      zh-CN:',
        '        body: 请尽快还款',
        '',
      ].join('\n'),
    );
    const refused = await runCli(db, 'template', 'set', '--file', file, '--by', 'mgr-1');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /social_media is a public channel and is refused — A debtor's name, photo or debt may not be made public/,
    );
    expect(refused.err).toMatch(/个人信息保护法 arts\. 10, 25/);
  });
});
