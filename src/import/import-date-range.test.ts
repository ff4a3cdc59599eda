/**
 * Every date and instant of every kind is range-checked (1900-01-01 to 2199-12-31; a payment at most one
 * day after the import's today; a person born by today): a date out of range is a row rejection naming
 * the field, never a crash, and nothing of the rejected row is stored.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, instalment, party, payment, runImport } from './import-fixtures.js';

describe.each(testEngines)('date ranges on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('rejects opening and due dates before 1900 or after 2199, storing them never unpadded', async () => {
    const accounts = await runImport(store, 'accounts', [
      account({ account_id: 'D-1', opened_on: '0100-01-01' }),
      account({ account_id: 'D-2', opened_on: '0999-12-31' }),
      account({ account_id: 'D-3', opened_on: '1899-12-31' }),
      account({ account_id: 'D-4', opened_on: '9999-12-31' }),
      account({ account_id: 'D-5', opened_on: '1900-01-01' }),
      account(),
    ]);
    expect(accounts.rejected).toEqual([
      { row: 1, field: 'opened_on', reason: 'opened_on 0100-01-01 is before 1900-01-01, the earliest date taken' },
      { row: 2, field: 'opened_on', reason: 'opened_on 0999-12-31 is before 1900-01-01, the earliest date taken' },
      { row: 3, field: 'opened_on', reason: 'opened_on 1899-12-31 is before 1900-01-01, the earliest date taken' },
      { row: 4, field: 'opened_on', reason: 'opened_on 9999-12-31 is after 2199-12-31, the latest date taken' },
    ]);
    const schedules = await runImport(store, 'schedules', [
      instalment({ installment_no: '1', due_on: '9999-12-31' }),
      instalment({ installment_no: '2', due_on: '2200-01-01' }),
      instalment({ installment_no: '3', due_on: '2199-12-31' }),
    ]);
    expect(schedules.rejected).toEqual([
      { row: 1, field: 'due_on', reason: 'due_on 9999-12-31 is after 2199-12-31, the latest date taken' },
      { row: 2, field: 'due_on', reason: 'due_on 2200-01-01 is after 2199-12-31, the latest date taken' },
    ]);
    const dates = await store.db.selectFrom('accounts').select(['account_id', 'opened_on']).execute();
    expect(dates.sort((a, b) => a.account_id.localeCompare(b.account_id))).toEqual([
      { account_id: 'A-1', opened_on: '2026-01-01' },
      { account_id: 'D-5', opened_on: '1900-01-01' },
    ]);
    expect(await store.db.selectFrom('installments').select('due_on').execute()).toEqual([{ due_on: '2199-12-31' }]);
  });

  it('rejects birth dates before 1900 or after today, and collateral valuations before 1900', async () => {
    await runImport(store, 'accounts', [account()]);
    const parties = await runImport(store, 'parties', [
      party({ party_id: 'P-1', birth_date: '0100-01-01' }),
      party({ party_id: 'P-2', birth_date: '2026-11-30' }),
      party({ party_id: 'P-3', birth_date: '1900-01-01' }),
    ]);
    expect(parties.rejected).toEqual([
      { row: 1, field: 'birth_date', reason: 'birth_date 0100-01-01 is before 1900-01-01, the earliest date taken' },
      { row: 2, field: 'birth_date', reason: 'birth_date 2026-11-30 is after 2026-11-29 (today)' },
    ]);
    const item = { collateral_id: 'C-1', account_id: 'A-1', type: 'vehicle', description: 'car', value: '1.00' };
    const collateral = await runImport(store, 'collateral', [
      { ...item, valued_on: '0100-06-30' },
      { ...item, collateral_id: 'C-2', valued_on: '9999-01-01' },
    ]);
    expect(collateral.rejected.map((r) => [r.row, r.field, r.reason])).toEqual([
      [1, 'valued_on', 'valued_on 0100-06-30 is before 1900-01-01, the earliest date taken'],
      [2, 'valued_on', 'valued_on 9999-01-01 is after 2199-12-31, the latest date taken'],
    ]);
    expect(await store.db.selectFrom('collateral').select('id').execute()).toEqual([]);
  });

  it('rejects a payment dated before 1900, more than a day after today, or before its account opened', async () => {
    await runImport(store, 'accounts', [account(), account({ account_id: 'A-2', currency: 'USD', portfolio: 'us' })]);
    await store.db
      .updateTable('portfolios')
      .set({ time_zone: 'America/New_York' })
      .where('portfolio_id', '=', 'us')
      .execute();
    const before = await dumpDatabase(store);
    // The import's today is 2026-11-29 (FIXTURE_NOW), so the latest payment date is 2026-11-30 (UTC).
    const report = await runImport(store, 'payments', [
      payment({ payment_id: 'D1', paid_at: '0100-01-01T10:00:00+08:00' }),
      payment({ payment_id: 'D2', paid_at: '9999-12-31T23:00:00-05:00' }),
      payment({ payment_id: 'D3', paid_at: '9999-12-31T10:00:00+08:00' }),
      payment({ payment_id: 'D4', paid_at: '2026-12-01T00:00:00Z' }),
      payment({ payment_id: 'D5', paid_at: '2025-12-31T23:59:00+08:00' }),
      // 03:00 UTC on 1 January is still 31 December in New York, the day before A-2 opened.
      payment({ payment_id: 'D6', account_id: 'A-2', currency: 'USD', paid_at: '2026-01-01T03:00:00Z' }),
      payment({ payment_id: 'OK1', paid_at: '2026-11-30T23:59:59Z' }),
      // 16:00 UTC on 31 December is midnight on 1 January in Shanghai: the opening day itself.
      payment({ payment_id: 'OK2', paid_at: '2025-12-31T16:00:00Z' }),
    ]);
    expect(report.rejected).toEqual([
      {
        row: 1,
        field: 'paid_at',
        reason: 'paid_at 0100-01-01T10:00:00+08:00 is before 1900-01-01, the earliest date taken',
      },
      {
        row: 2,
        field: 'paid_at',
        reason: 'paid_at 9999-12-31T23:00:00-05:00 is after 2026-11-30 (one day after today, 2026-11-29)',
      },
      {
        row: 3,
        field: 'paid_at',
        reason: 'paid_at 9999-12-31T10:00:00+08:00 is after 2026-11-30 (one day after today, 2026-11-29)',
      },
      {
        row: 4,
        field: 'paid_at',
        reason: 'paid_at 2026-12-01T00:00:00Z is after 2026-11-30 (one day after today, 2026-11-29)',
      },
      {
        row: 5,
        field: 'paid_at',
        reason:
          "paid_at 2025-12-31T23:59:00+08:00 is dated 2025-12-31 (Asia/Shanghai), before account A-1's opened_on 2026-01-01",
      },
      {
        row: 6,
        field: 'paid_at',
        reason:
          "paid_at 2026-01-01T03:00:00Z is dated 2025-12-31 (America/New_York), before account A-2's opened_on 2026-01-01",
      },
    ]);
    expect(report.inserted).toBe(2);
    const stored = await store.db.selectFrom('payments').select(['payment_id', 'value_on']).execute();
    expect(stored.sort((a, b) => a.payment_id.localeCompare(b.payment_id))).toEqual([
      { payment_id: 'OK1', value_on: '2026-12-01' },
      { payment_id: 'OK2', value_on: '2026-01-01' },
    ]);
    // With --all-or-nothing the same file leaves the database as it was.
    await store.db.deleteFrom('payments').execute();
    await runImport(store, 'payments', [payment({ paid_at: '9999-12-31T23:00:00-05:00' })], { allOrNothing: true });
    expect(await dumpDatabase(store)).toEqual(before);
  });
});
