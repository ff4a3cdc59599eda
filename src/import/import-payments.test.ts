import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, party, payment, runImport } from './import-fixtures.js';

describe.each(testEngines)('import payments on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
    await runImport(store, 'parties', [party(), party({ party_id: 'P-2', name: 'James Miller', language: 'en' })]);
    await runImport(store, 'accounts', [account(), account({ account_id: 'A-2', currency: 'USD', portfolio: 'us' })]);
    // A portfolio on New York time: value dates follow the portfolio's wall clock.
    await store.db
      .updateTable('portfolios')
      .set({ time_zone: 'America/New_York' })
      .where('portfolio_id', '=', 'us')
      .execute();
  });
  afterEach(async () => {
    await store.close();
  });

  it('records payments as pending with the value date in the portfolio time zone and no ledger entry', async () => {
    const report = await runImport(store, 'payments', [
      payment({ payer_party_id: 'P-1' }),
      // 17:00 UTC is already the next day in Shanghai.
      payment({ payment_id: 'PAY-2', paid_at: '2026-02-02T17:00:00Z', amount: '0.01', channel: 'alipay' }),
      // 03:00 UTC is still the previous day in New York.
      payment({ payment_id: 'PAY-3', account_id: 'A-2', currency: 'USD', paid_at: '2026-02-03T03:00:00Z' }),
    ]);
    expect(report).toMatchObject({ rows: 3, inserted: 3, rejected: [] });
    const rows = await store.db.selectFrom('payments').selectAll().orderBy('payment_id').execute();
    const p1 = await store.db
      .selectFrom('parties')
      .select('id')
      .where('party_id', '=', 'P-1')
      .executeTakeFirstOrThrow();
    expect(rows.map((p) => [p.payment_id, p.paid_at, p.value_on, p.amount, p.currency, p.channel])).toEqual([
      ['PAY-1', '2026-02-02T15:30:00.000Z', '2026-02-02', 50_000, 'CNY', 'wechat_pay'],
      ['PAY-2', '2026-02-02T17:00:00.000Z', '2026-02-03', 1, 'CNY', 'alipay'],
      ['PAY-3', '2026-02-03T03:00:00.000Z', '2026-02-02', 50_000, 'USD', 'wechat_pay'],
    ]);
    expect(rows[0]).toMatchObject({ posted_on: null, payer_party_id: p1.id, created_at: '2026-11-29T00:00:00.000Z' });
    expect(rows[1]?.payer_party_id).toBeNull();
    expect(await store.db.selectFrom('ledger_entries').select('id').execute()).toEqual([]);
  });

  it('never records a payment twice, and never changes a recorded one', async () => {
    const file = [payment(), payment({ payment_id: 'PAY-2', amount: '20.00' })];
    await runImport(store, 'payments', file);
    const before = await dumpDatabase(store);
    const again = await runImport(store, 'payments', file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: [] });
    const changed = await runImport(store, 'payments', [
      payment({ amount: '600.00' }),
      payment({ payment_id: 'PAY-2', amount: '20.00', paid_at: '2026-02-03T10:00:00+08:00' }),
      payment({ account_id: 'A-2', currency: 'USD' }),
      // The same instant written with another offset is the same payment.
      payment({ paid_at: '2026-02-02T15:30:00Z' }),
    ]);
    expect(changed).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(changed.rejected).toEqual([
      {
        row: 1,
        field: 'amount',
        reason:
          'payment PAY-1 is already recorded with amount 500.00, not 600.00; a recorded payment is never changed or posted twice',
      },
      expect.objectContaining({ row: 2, field: 'paid_at' }),
      expect.objectContaining({ row: 3, field: 'account_id' }),
    ]);
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('within one file, a repeated payment id is unchanged when identical and refused when different', async () => {
    const report = await runImport(store, 'payments', [payment(), payment(), payment({ amount: '1.00' })]);
    expect(report).toMatchObject({ inserted: 1, unchanged: 1 });
    expect(report.rejected).toEqual([expect.objectContaining({ row: 3, field: 'amount' })]);
    expect(await store.db.selectFrom('payments').select('amount').execute()).toEqual([{ amount: 50_000 }]);
  });

  it('rejects bad payments with a reason naming the value', async () => {
    const report = await runImport(store, 'payments', [
      payment({ payment_id: 'X1', currency: 'USD' }),
      payment({ payment_id: 'X2', amount: '0.00' }),
      payment({ payment_id: 'X3', amount: '-5.00' }),
      payment({ payment_id: 'X4', amount: '1.005' }),
      payment({ payment_id: 'X5', paid_at: '2026-02-02T23:30:00' }),
      payment({ payment_id: 'X6', paid_at: '2026-02-30T10:00:00+08:00' }),
      payment({ payment_id: 'X7', channel: 'cash' }),
      payment({ payment_id: 'X8', payer_party_id: 'P-404' }),
      payment({ payment_id: 'X9', account_id: 'A-404' }),
      payment({ payment_id: 'X10', currency: 'RMB!' }),
      payment({ payment_id: '' }),
      payment({ payment_id: 'X12', amount: '25000000000000000000000000' }),
    ]);
    expect(report.inserted).toBe(0);
    expect(report.rejected).toEqual([
      { row: 1, field: 'currency', reason: "currency USD does not match account A-1's CNY" },
      { row: 2, field: 'amount', reason: 'amount 0.00 must be greater than zero' },
      { row: 3, field: 'amount', reason: 'amount -5.00 is negative' },
      { row: 4, field: 'amount', reason: 'amount 1.005 has more than 2 decimal places for CNY' },
      {
        row: 5,
        field: 'paid_at',
        reason:
          'paid_at "2026-02-02T23:30:00" is not an ISO 8601 instant with an offset (e.g. 2026-03-01T09:30:00+08:00)',
      },
      { row: 6, field: 'paid_at', reason: 'paid_at "2026-02-30T10:00:00+08:00" names a date that does not exist' },
      {
        row: 7,
        field: 'channel',
        reason: expect.stringMatching(/^channel "cash" is refused: cash is not a payment channel/),
      },
      { row: 8, field: 'payer_party_id', reason: 'party P-404 does not exist' },
      { row: 9, field: 'account_id', reason: 'account A-404 does not exist' },
      { row: 10, field: 'currency', reason: 'currency "RMB!" is not an ISO 4217 currency code such as CNY or USD' },
      { row: 11, field: 'payment_id', reason: 'payment_id is required' },
      {
        row: 12,
        field: 'amount',
        reason: 'amount 25000000000000000000000000 is more than 100000000000.00, the largest amount taken',
      },
    ]);
  });
});
