import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { type TempDir, tempDir } from './import-fixtures.js';

const cli = runCli;

const ACCOUNTS = `account_id,portfolio,product,currency,opened_on,principal,annual_rate,penalty_uplift,late_fee,grace_days,allocation,day_count,cost_cap_rate
LN-1,consumer-loans,installment_loan,CNY,2026-01-01,3000.00,0.18,0.5,50.00,3,standard,act360,0.24
LN-2,consumer-loans,installment_loan,CNY,2026-01-01,2000.00,0.18,,,,,,
`;

describe.each(testEngines)('dunwell import on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let files: TempDir;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    files = tempDir();
  });
  afterAll(async () => {
    files.remove();
    await drop();
  });

  it('imports a file, prints a summary, and exits 0; the same file again is all unchanged', async () => {
    const path = files.file('accounts.csv', ACCOUNTS);
    const first = await cli(db, 'import', 'accounts', path);
    expect(first.code).toBe(0);
    expect(first.out).toBe(
      `accounts from ${path}: 2 rows, 2 inserted, 0 updated, 0 unchanged, 0 rejected\ncreated portfolio: consumer-loans`,
    );
    const again = await cli(db, 'import', 'accounts', path, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual({
      kind: 'accounts',
      rows: 2,
      inserted: 0,
      updated: 0,
      unchanged: 2,
      rejected: [],
      created_portfolios: [],
    });
  });

  it('exits 3 and lists rejections by row and field; --json lists them all', async () => {
    const lines = ['account_id,installment_no,due_on,principal,interest,fee'];
    for (let n = 1; n <= 25; n++) lines.push(`LN-1,${n},2026-02-30,1000.00,0,0`);
    lines.push('LN-1,26,2026-02-28,-5.00,0,0', 'LN-1,27,2026-02-28,1.00,0,0');
    const path = files.file('schedules.csv', `${lines.join('\n')}\n`);
    const human = await cli(db, 'import', 'schedules', path, '--all-or-nothing');
    expect(human.code).toBe(3);
    const out = human.out.split('\n');
    expect(out[0]).toBe(
      `schedules from ${path}: 27 rows, 0 inserted, 0 updated, 0 unchanged, 26 rejected — nothing applied (--all-or-nothing)`,
    );
    expect(out[1]).toBe('row 1, field due_on: due_on 2026-02-30 is not a date that exists (YYYY-MM-DD)');
    expect(out).toHaveLength(22);
    expect(out[21]).toBe('… and 6 more; use --json for all');

    const json = await cli(db, 'import', 'schedules', path, '--json');
    expect(json.code).toBe(3);
    const report = JSON.parse(json.out);
    expect(Object.keys(report)).toEqual([
      'kind',
      'rows',
      'inserted',
      'updated',
      'unchanged',
      'rejected',
      'created_portfolios',
    ]);
    expect(report).toMatchObject({ kind: 'schedules', rows: 27, inserted: 1 });
    expect(report.rejected).toHaveLength(26);
    expect(report.rejected[25]).toEqual({ row: 26, field: 'principal', reason: 'principal -5.00 is negative' });
  });

  it('exits 2 for usage errors and for unusable files, naming the file and line', async () => {
    const usage = await cli(db, 'import', 'loans', 'x.csv');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('unknown kind "loans"; kinds are parties, accounts, schedules');
    expect((await cli(db, 'import', 'accounts')).code).toBe(2);
    expect((await cli(db, 'import', 'accounts', 'a.csv', '--fast')).code).toBe(2);

    const missing = await cli(db, 'import', 'accounts', `${files.path}/nope.csv`);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*nope\.csv: no such file; nothing was imported/);

    const broken = files.file('broken.csv', `${ACCOUNTS}LN-3,consumer-loans\n`);
    const malformed = await cli(db, 'import', 'accounts', broken);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('broken.csv: line 4 has 2 fields, but the header has 13');

    const columns = files.file('columns.csv', 'party_id,kind,name,nickname\nP-1,person,Li,Xiao Li\n');
    const wrong = await cli(db, 'import', 'parties', columns);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(`${columns}: unknown column nickname for parties`);
    // A header with no rows is checked too.
    const empty = await cli(db, 'import', 'parties', files.file('empty.csv', 'party_id,kind,name,nickname\n'));
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('unknown column nickname for parties');
    // A 0-byte file is refused like a file without its header.
    for (const name of ['zero.csv', 'zero.jsonl']) {
      const zero = files.file(name, '');
      const refused = await cli(db, 'import', 'parties', zero);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(
        `${zero}: the file is empty: missing required columns party_id, kind, name for parties; the columns are party_id, kind, name,`,
      );
    }
    const noRows = await cli(db, 'import', 'parties', files.file('none.csv', 'party_id,kind,name\n'));
    expect(noRows.code).toBe(0);
    expect(noRows.out).toContain(': 0 rows, 0 inserted');
    const parties = await cli(
      db,
      'import',
      'parties',
      files.file('p.jsonl', '{"party_id":"P-1","kind":"person","name":"李"}\n'),
    );
    expect(parties.code).toBe(0);
  });
});
