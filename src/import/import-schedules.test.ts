import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, instalment, runImport } from './import-fixtures.js';
import { CHUNK_ROWS } from './import-records.js';

/** The account's cached totals next to the sums of its ledger entries. */
async function totals(store: Store, accountId: string) {
  const a = await store.db
    .selectFrom('accounts')
    .select(['id', 'out_principal', 'out_interest', 'out_fee', 'oldest_unpaid_due_on'])
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  const sums = await store.db
    .selectFrom('ledger_entries')
    .select([
      sql<number>`coalesce(sum(principal), 0)`.as('p'),
      sql<number>`coalesce(sum(interest), 0)`.as('i'),
      sql<number>`coalesce(sum(fee), 0)`.as('f'),
    ])
    .where('account_id', '=', a.id)
    .executeTakeFirstOrThrow();
  return {
    cached: { p: Number(a.out_principal), i: Number(a.out_interest), f: Number(a.out_fee) },
    ledger: { p: Number(sums.p), i: Number(sums.i), f: Number(sums.f) },
    oldest: a.oldest_unpaid_due_on,
  };
}

describe.each(testEngines)('import schedules on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
    await runImport(store, 'accounts', [
      account(),
      account({ account_id: 'A-2', currency: 'JPY', principal: '300000' }),
      account({ account_id: 'A-3', opened_on: '2026-03-15' }),
    ]);
  });
  afterEach(async () => {
    await store.close();
  });

  it('books each new instalment and charges it to the ledger on the opening date, keeping totals equal to the entries', async () => {
    const report = await runImport(store, 'schedules', [
      instalment({ installment_no: '2', due_on: '2026-02-28', principal: '1000.00', interest: '30.00', fee: '5.00' }),
      instalment({ installment_no: '1', due_on: '2026-01-31', principal: '1000.00', interest: '45.00', fee: '0' }),
      instalment({ installment_no: '3', due_on: '2026-03-31', principal: '0', interest: '0', fee: '0' }),
      instalment({ account_id: 'A-2', due_on: '2026-02-01', principal: '100000', interest: '1500', fee: '0' }),
    ]);
    expect(report).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0, rejected: [] });
    const a1 = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', 'A-1')
      .executeTakeFirstOrThrow();
    const rows = await store.db
      .selectFrom('installments')
      .selectAll()
      .where('account_id', '=', a1.id)
      .orderBy('installment_no')
      .execute();
    expect(rows.map((r) => [r.installment_no, r.due_on, r.principal, r.interest, r.fee])).toEqual([
      [1, '2026-01-31', 100_000, 4_500, 0],
      [2, '2026-02-28', 100_000, 3_000, 500],
      [3, '2026-03-31', 0, 0, 0],
    ]);
    expect(rows[0]).toMatchObject({
      penalty: 0,
      late_fee: 0,
      paid_principal: 0,
      paid_late_fee: 0,
      late_fee_decided: 0,
    });
    const entries = await store.db
      .selectFrom('ledger_entries')
      .selectAll()
      .where('account_id', '=', a1.id)
      .orderBy('installment_no')
      .execute();
    // The all-zero instalment charges nothing.
    expect(entries.map((e) => [e.kind, e.installment_no, e.posted_on, e.principal, e.interest, e.fee])).toEqual([
      ['charge', 1, '2026-01-01', 100_000, 4_500, 0],
      ['charge', 2, '2026-01-01', 100_000, 3_000, 500],
    ]);
    expect(entries[0]).toMatchObject({ penalty: 0, late_fee: 0, credit: 0, payment_id: null });
    const t = await totals(store, 'A-1');
    expect(t.cached).toEqual({ p: 200_000, i: 7_500, f: 500 });
    expect(t.cached).toEqual(t.ledger);
    expect(t.oldest).toBe('2026-01-31');
    expect(await totals(store, 'A-2')).toMatchObject({ cached: { p: 100_000, i: 1_500, f: 0 }, oldest: '2026-02-01' });
  });

  it('changes nothing on re-import and refuses a changed instalment, naming the first differing column', async () => {
    const file = [instalment(), instalment({ installment_no: '2', due_on: '2026-02-28' })];
    await runImport(store, 'schedules', file);
    const before = await dumpDatabase(store);
    const again = await runImport(store, 'schedules', file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: [] });
    expect(await dumpDatabase(store)).toEqual(before);

    const changed = await runImport(store, 'schedules', [
      instalment({ principal: '900.00' }),
      instalment({ installment_no: '2', due_on: '2026-03-01', fee: '1.00' }),
      instalment({ installment_no: '2', due_on: '2026-02-28', interest: '45.00', fee: '2.00' }),
    ]);
    expect(changed.rejected).toEqual([
      {
        row: 1,
        field: 'principal',
        reason:
          'instalment 1 of account A-1 is already booked with principal 1000.00, not 900.00; a booked instalment is never changed',
      },
      {
        row: 2,
        field: 'due_on',
        reason:
          'instalment 2 of account A-1 is already booked with due_on 2026-02-28, not 2026-03-01; a booked instalment is never changed',
      },
      expect.objectContaining({ row: 3, field: 'fee' }),
    ]);
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('rejects bad instalments: unknown account, number, dates, amounts', async () => {
    const report = await runImport(store, 'schedules', [
      instalment({ account_id: 'NOPE' }),
      instalment({ installment_no: '0' }),
      instalment({ installment_no: 'two' }),
      instalment({ due_on: '2026-02-29' }),
      instalment({ account_id: 'A-3', due_on: '2026-03-14' }),
      instalment({ interest: '-1.00' }),
      instalment({ fee: '0.001' }),
      instalment({ account_id: 'A-2', principal: '10.5' }),
      instalment({ principal: '' }),
      instalment({ account_id: '' }),
    ]);
    expect(report.inserted).toBe(0);
    expect(report.rejected).toEqual([
      { row: 1, field: 'account_id', reason: 'account NOPE does not exist' },
      { row: 2, field: 'installment_no', reason: 'installment_no "0" is not a positive whole number' },
      { row: 3, field: 'installment_no', reason: 'installment_no "two" is not a positive whole number' },
      { row: 4, field: 'due_on', reason: 'due_on 2026-02-29 is not a date that exists (YYYY-MM-DD)' },
      { row: 5, field: 'due_on', reason: "due_on 2026-03-14 is before account A-3's opened_on 2026-03-15" },
      { row: 6, field: 'interest', reason: 'interest -1.00 is negative' },
      { row: 7, field: 'fee', reason: 'fee 0.001 has more than 2 decimal places for CNY' },
      { row: 8, field: 'principal', reason: 'principal 10.5 has more than 0 decimal places for JPY' },
      { row: 9, field: 'principal', reason: 'principal is required' },
      { row: 10, field: 'account_id', reason: 'account_id is required' },
    ]);
    expect(await store.db.selectFrom('ledger_entries').select('id').execute()).toEqual([]);
  });

  it('keeps the totals right across chunks and for duplicate rows within one file', async () => {
    const rows: Record<string, string>[] = [];
    for (let n = 1; n <= CHUNK_ROWS + 700; n++) {
      const due = new Date(Date.UTC(2026, 1, 1) + n * 86_400_000).toISOString().slice(0, 10);
      rows.push(
        instalment({ installment_no: String(n), due_on: due, principal: '1.00', interest: '0.10', fee: '0.01' }),
      );
      if (n % 997 === 0) rows.push(rows[rows.length - 1] as Record<string, string>);
    }
    const report = await runImport(store, 'schedules', rows);
    expect(report).toMatchObject({ inserted: CHUNK_ROWS + 700, unchanged: 2, rejected: [] });
    const t = await totals(store, 'A-1');
    expect(t.cached).toEqual({ p: (CHUNK_ROWS + 700) * 100, i: (CHUNK_ROWS + 700) * 10, f: CHUNK_ROWS + 700 });
    expect(t.cached).toEqual(t.ledger);
    expect(t.oldest).toBe('2026-02-02');
  });
});
