/**
 * Cash is not a payment channel (the methodology: 禁止收取客户现金; payments only through traceable
 * channels): the payments import refuses a row that names cash or a personal account with the row, the
 * field and the rule's reason in both languages, on every engine and through the CLI, and records nothing
 * of it; a traceable channel on the same file goes in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, payment, runImport, type TempDir, tempDir } from '../src/import/import-fixtures.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { freshStores, TEST_NOW, testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';

describe.each(testEngines)('cash refused on $name', (engine) => {
  const open = freshStores(engine);

  it('rejects cash and personal-account rows by row, field and reason; records only the traceable one', async () => {
    const store = await open();
    await runImport(store, 'accounts', [account()]);
    const report = await runImport(store, 'payments', [
      payment({ payment_id: 'C1', channel: 'cash' }),
      payment({ payment_id: 'C2', channel: 'Cash' }),
      payment({ payment_id: 'C3', channel: '现金' }),
      payment({ payment_id: 'C4', channel: 'personal_account' }),
      payment({ payment_id: 'OK', channel: 'counter_deposit' }),
    ]);
    expect(report.inserted).toBe(1);
    expect(report.rejected).toEqual([
      {
        row: 1,
        field: 'channel',
        reason: expect.stringMatching(
          /^channel "cash" is refused: cash is not a payment channel: money reaches the lender only through traceable channels .* 现金不是还款渠道/,
        ),
      },
      { row: 2, field: 'channel', reason: expect.stringContaining('channel "Cash" is refused: cash is not') },
      { row: 3, field: 'channel', reason: expect.stringContaining('channel "现金" is refused') },
      {
        row: 4,
        field: 'channel',
        reason: expect.stringContaining('a payment into the personal account of a member of staff'),
      },
    ]);
    expect(await store.db.selectFrom('payments').select(['payment_id', 'channel']).execute()).toEqual([
      { payment_id: 'OK', channel: 'counter_deposit' },
    ]);
  });

  describe('through the CLI', () => {
    let db: string;
    let drop: () => Promise<void>;
    let files: TempDir;
    beforeAll(async () => {
      ({ location: db, drop } = await engine.location());
      const store = openStore(db);
      await migrate(store.db, store.engine, TEST_NOW);
      await runImport(store, 'accounts', [account()]);
      await store.close();
      files = tempDir();
    });
    afterAll(async () => {
      files.remove();
      await drop();
    });

    it('exits 3 and names the row, the field and why, with --all-or-nothing applying nothing', async () => {
      const path = files.file(
        'payments.csv',
        'payment_id,account_id,paid_at,amount,currency,channel\nP1,A-1,2026-02-02T10:00:00+08:00,500.00,CNY,bank_transfer\nP2,A-1,2026-02-03T10:00:00+08:00,300.00,CNY,cash\n',
      );
      const r = await runCli(db, 'import', 'payments', path, '--all-or-nothing');
      expect(r.code).toBe(3);
      expect(r.out.split('\n')[1]).toMatch(
        /^row 2, field channel: channel "cash" is refused: cash is not a payment channel/,
      );
      const json = JSON.parse((await runCli(db, 'import', 'payments', path, '--all-or-nothing', '--json')).out);
      expect(json.inserted).toBe(0);
    });
  });
});
