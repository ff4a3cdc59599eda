/** `dunwell letter letterhead|issue|delivered|list` end to end: exit codes, text, --json and the PDF written. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../../test/support/engines.js';
import { pdfPages } from '../../../test/support/pdf-text.js';
import { runCli as cli } from '../../../test/support/run-cli.js';
import { LETTER_DAY, seedLetterBook } from '../../letter/letter-fixtures.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';

describe.each(testEngines)('dunwell letter on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'dunwell-letter-cli-'));
  const evidence = join(dir, 'evidence');
  beforeAll(async () => {
    process.env.DUNWELL_EVIDENCE_DIR = evidence;
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedLetterBook(store, TEST_NOW, { letterhead: false });
    await store.close();
  });
  afterAll(async () => {
    delete process.env.DUNWELL_EVIDENCE_DIR;
    rmSync(dir, { recursive: true, force: true });
    await drop();
  });

  it('sets and shows the letterhead; only a manager may, and cash is refused with its reason', async () => {
    expect(await cli(db, 'letter', 'letterhead', 'consumer')).toMatchObject({
      code: 0,
      out: 'consumer: no letterhead (dunwell letter letterhead consumer --file F --by USER)',
    });
    const refused = await cli(db, 'letter', 'issue', 'A-1', '--kind', 'demand', '--by', 'li.na');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('has no letterhead');
    expect(
      (await cli(db, 'letter', 'letterhead', 'consumer', '--file', 'examples/letterhead.yaml', '--by', 'li.na')).code,
    ).toBe(1);
    const cash = join(dir, 'cash.yaml');
    writeFileSync(cash, readFileSync('examples/letterhead.yaml', 'utf8').replace('channel: alipay', 'channel: cash'));
    const cashRefused = await cli(db, 'letter', 'letterhead', 'consumer', '--file', cash, '--by', 'mei.manager');
    expect(cashRefused.code).toBe(2);
    expect(cashRefused.err).toContain('payment[1].channel: cash is not a payment channel');
    const set = await cli(
      db,
      'letter',
      'letterhead',
      'consumer',
      '--file',
      'examples/letterhead.yaml',
      '--by',
      'mei.manager',
    );
    expect(set.code).toBe(0);
    expect(set.out).toContain('consumer: 示例消费金融有限公司 / Example Consumer Finance Co., Ltd.');
    const shown = JSON.parse((await cli(db, 'letter', 'letterhead', 'consumer', '--json')).out);
    expect(shown.letterhead.payment.map((p: { channel: string }) => p.channel)).toEqual([
      'bank_transfer',
      'alipay',
      'counter_deposit',
    ]);
  });

  it('issues a letter to a file, records its delivery and lists it', async () => {
    const out = join(dir, 'demand.pdf');
    const issued = await cli(
      db,
      'letter',
      'issue',
      'A-1',
      '--kind',
      'demand',
      '--by',
      'li.na',
      '--lang',
      'en',
      '--out',
      out,
      '--json',
    );
    expect(issued).toMatchObject({ code: 0, err: '' });
    const letter = JSON.parse(issued.out);
    expect(letter).toMatchObject({
      account_id: 'A-1',
      kind: 'demand',
      language: 'en',
      letter_date: LETTER_DAY,
      pages: 2,
      out,
    });
    expect(letter.evidence_path).toContain(evidence);
    const pdf = new Uint8Array(readFileSync(out));
    expect(readFileSync(letter.evidence_path)).toEqual(Buffer.from(pdf));
    expect((await pdfPages(pdf))[0]).toContain('Demand for payment');

    const text = await cli(db, 'letter', 'issue', 'A-1', '--kind', 'demand', '--by', 'li.na');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^L-20261129-[0-9A-F]{8} demand for payment 催收通知书 \(zh-CN\) to P-1 on A-1, dated 2026-11-29/,
    );

    const delivered = await cli(
      db,
      'letter',
      'delivered',
      letter.activity_id,
      '--method',
      'signed_receipt',
      '--on',
      LETTER_DAY,
      '--by',
      'li.na',
    );
    expect(delivered.code).toBe(0);
    expect(delivered.out).toContain('handed over against a signed receipt 当面送达并签收');
    expect(delivered.out).toContain('the limitation clock restarts from 2026-11-29');

    const listed = JSON.parse((await cli(db, 'letter', 'list', 'A-1', '--json')).out);
    expect(listed.letters).toHaveLength(2);
    expect(listed.letters[1]).toMatchObject({
      letter_id: letter.letter_id,
      delivered_on: LETTER_DAY,
      delivery_method: 'signed_receipt',
    });
    expect(listed.letters[0].delivered_on).toBeNull();
  });

  it('says what is wrong: usage, an unknown account, a third party', async () => {
    expect((await cli(db, 'letter', 'issue', 'A-1', '--by', 'li.na')).code).toBe(2);
    expect((await cli(db, 'letter', 'issue', 'A-9', '--kind', 'demand', '--by', 'li.na')).code).toBe(1);
    const third = await cli(db, 'letter', 'issue', 'A-1', '--kind', 'demand', '--by', 'li.na', '--party', 'C-1');
    expect(third.code).toBe(1);
    expect(third.err).toContain('does not owe the debt');
    expect((await cli(db, 'letter', 'delivered', 'act_x', '--method', 'signed_receipt', '--by', 'li.na')).code).toBe(2);
  });
});
