import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { bulkWriter } from './bulk.js';
import { migrate } from './migrate.js';
import type { Store } from './open-database.js';

describe.each(testEngines)('store on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('migrates once and a second run applies nothing', async () => {
    const again = await migrate(store.db, store.engine, TEST_NOW);
    expect(again.applied).toEqual([]);
    expect(again.version).toBeGreaterThanOrEqual(1);
  });

  it('bulk-inserts and bulk-updates rows, keeping money exact and dates as ISO strings', async () => {
    const bulk = bulkWriter(store, store.db);
    const big = 9_007_199_254_740_000; // near 2^53: must survive the round trip exactly
    await bulk.insert(
      'installments',
      ['account_id', 'installment_no', 'due_on', 'principal', 'interest', 'fee'],
      [
        [1, 1, '2026-01-31', big, 5, 0],
        [1, 2, '2026-02-28', 100, 6, 1],
      ],
    );
    await bulk.update(
      'installments',
      ['paid_principal', 'late_fee_decided'],
      ['account_id', 'installment_no'],
      [[40, 1, 1, 2]],
    );
    const rows = await store.db.selectFrom('installments').selectAll().orderBy('installment_no').execute();
    expect(rows.map((r) => [r.due_on, r.principal, r.paid_principal, r.late_fee_decided])).toEqual([
      ['2026-01-31', big, 0, 0],
      ['2026-02-28', 100, 40, 1],
    ]);
  });

  it('refuses to change or delete ledger entries', async () => {
    await store.db
      .insertInto('ledger_entries')
      .values({
        account_id: 1,
        installment_no: 1,
        posted_on: '2026-01-01',
        kind: 'charge',
        payment_id: null,
        principal: 100,
        interest: 0,
        fee: 0,
        penalty: 0,
        late_fee: 0,
        credit: 0,
      })
      .execute();
    await expect(store.db.updateTable('ledger_entries').set({ principal: 1 }).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('ledger_entries').execute()).rejects.toThrow(/append-only/);
  });
});
