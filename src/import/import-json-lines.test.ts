/**
 * In a JSON-lines file, ids, amounts and rates must be JSON strings: JSON.parse turns a long number into
 * the nearest double, so two payment ids became one and one account overwrote another. A number there is
 * a row rejection that says to quote it; small whole numbers and flags may stay numbers and booleans.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { importFile } from './import-file.js';
import { account, FIXTURE_NOW, party, runImport, type TempDir, tempDir } from './import-fixtures.js';

const jsonl = (rows: readonly object[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe.each(testEngines)('JSON-lines values on $name', (engine) => {
  let store: Store;
  let dir: TempDir;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.remove());
  beforeEach(async () => {
    store = await engine.open();
    await runImport(store, 'parties', [party()]);
    await runImport(store, 'accounts', [account()]);
  });
  afterEach(async () => {
    await store.close();
  });

  const run = (kind: 'payments' | 'accounts' | 'schedules' | 'contacts', name: string, text: string) =>
    importFile({ store, kind, path: dir.file(name, text), now: FIXTURE_NOW });

  it('refuses ids and amounts given as JSON numbers, so two payments never become one', async () => {
    const base = { account_id: 'A-1', paid_at: '2026-02-02T10:00:00+08:00', currency: 'CNY', channel: 'alipay' };
    // Both ids parse to the same double, 12345678901234567000.
    const text =
      `{"payment_id":12345678901234567890,"account_id":"A-1","paid_at":"2026-02-02T10:00:00+08:00","amount":"1.00","currency":"CNY","channel":"alipay"}\n` +
      `{"payment_id":12345678901234567891,"account_id":"A-1","paid_at":"2026-02-02T10:00:00+08:00","amount":"2.00","currency":"CNY","channel":"alipay"}\n` +
      jsonl([
        { ...base, payment_id: 'P-3', amount: 500.1 },
        { ...base, payment_id: 'P-4', amount: '500.10', payer_party_id: 1001 },
        { ...base, payment_id: 'P-5', amount: '500.10', account_id: true },
        { ...base, payment_id: '12345678901234567890', amount: '3.00', payer_party_id: null },
      ]);
    const report = await run('payments', 'payments.jsonl', text);
    const quote = (field: string, json: string) =>
      `${field} is the JSON ${json}; ids, amounts and rates must be JSON strings, so quote it ("${field}": "…") — as a number it may already have lost digits`;
    expect(report.rejected).toEqual([
      { row: 1, field: 'payment_id', reason: quote('payment_id', 'number 12345678901234567000') },
      { row: 2, field: 'payment_id', reason: quote('payment_id', 'number 12345678901234567000') },
      { row: 3, field: 'amount', reason: quote('amount', 'number 500.1') },
      { row: 4, field: 'payer_party_id', reason: quote('payer_party_id', 'number 1001') },
      { row: 5, field: 'account_id', reason: quote('account_id', 'boolean true') },
    ]);
    const stored = await store.db.selectFrom('payments').select(['payment_id', 'amount']).execute();
    expect(stored).toEqual([{ payment_id: '12345678901234567890', amount: 300 }]);
  });

  it('refuses account ids, amounts and rates as numbers, but takes whole numbers and flags where no digit is at risk', async () => {
    const { principal: _p, annual_rate: _r, grace_days: _g, ...terms } = account();
    const report = await run(
      'accounts',
      'accounts.jsonl',
      jsonl([{ ...terms, account_id: 'J-1', principal: '3000.00', annual_rate: 0.18, grace_days: 3 }]) +
        // 2^53 + 1: the nearest double is 2^53, another account's id.
        jsonl([{ ...terms, account_id: 0, principal: '3000.00', annual_rate: '0.18' }]).replace(
          '"account_id":0',
          '"account_id":9007199254740993',
        ) +
        jsonl([
          { ...terms, account_id: 'J-3', principal: 3000, annual_rate: '0.18' },
          { ...terms, account_id: 'J-4', principal: '3000.00', annual_rate: '0.18', grace_days: 3 },
        ]),
    );
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'annual_rate'],
      [2, 'account_id'],
      [3, 'principal'],
    ]);
    expect(report.rejected[1]?.reason).toContain('the JSON number 9007199254740992;');
    const j4 = await store.db
      .selectFrom('accounts')
      .select(['grace_days', 'principal'])
      .where('account_id', '=', 'J-4')
      .executeTakeFirstOrThrow();
    expect(j4).toEqual({ grace_days: 3, principal: 300_000 });

    const schedules = await run(
      'schedules',
      'schedules.jsonl',
      jsonl([
        { account_id: 'J-4', installment_no: 1, due_on: '2026-02-01', principal: '1000.00', interest: '0', fee: '0' },
        { account_id: 'J-4', installment_no: 2, due_on: '2026-03-01', principal: '1000.00', interest: 0, fee: '0' },
      ]),
    );
    expect(schedules).toMatchObject({ inserted: 1, rejected: [{ row: 2, field: 'interest' }] });
    const contacts = await run(
      'contacts',
      'contacts.jsonl',
      jsonl([
        { party_id: 'P-1', type: 'mobile', value: '+86 138 0013 8000', verified: true, do_not_contact: 0 },
        { party_id: 'P-1', type: 'mobile', value: 8613800138001, verified: false },
      ]),
    );
    expect(contacts).toMatchObject({ inserted: 1, rejected: [{ row: 2, field: 'value' }] });
  });
});
