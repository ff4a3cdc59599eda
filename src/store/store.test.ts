import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { bulkWriter } from './bulk.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';
import { openStore, type Store } from './open-database.js';
import { LEDGER_ENTRY_COLUMNS } from './shapes/ledger-entry.js';

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

describe.each(testEngines.filter((e) => e.name === 'postgres'))('ledger partitions on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('puts each month of ledger entries in its own partition, created ahead of the write', async () => {
    const bulk = bulkWriter(store, store.db);
    const entry = (postedOn: string) => [7, 1, postedOn, 'charge', null, 100, 0, 0, 0, 0, 0, null, null];
    await bulk.insert('ledger_entries', LEDGER_ENTRY_COLUMNS, [
      entry('2031-03-31'),
      entry('2031-04-01'),
      entry('2031-05-15'),
    ]);
    const placed = await sql<{ part: string; n: number }>`
      SELECT tableoid::regclass::text AS part, count(*)::int AS n FROM ledger_entries WHERE account_id = 7
      GROUP BY 1 ORDER BY 1`.execute(store.db);
    expect(placed.rows).toEqual([
      { part: 'ledger_entries_2031_03', n: 1 },
      { part: 'ledger_entries_2031_04', n: 1 },
      { part: 'ledger_entries_2031_05', n: 1 },
    ]);
    // Entries stay append-only in every partition.
    await expect(sql`DELETE FROM ledger_entries_2031_04`.execute(store.db)).rejects.toThrow(/append-only/);
  });
});

describe.each(testEngines)('upgrading an older database on $name', (engine) => {
  it('keeps every ledger entry and its id when later migrations run on a version-2 database', async () => {
    const { location, drop } = await engine.location();
    const store = openStore(location);
    try {
      // A database as the previous release left it: migrations 1 and 2 applied, entries written.
      const old = store.db as unknown as Kysely<unknown>;
      await sql`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`.execute(
        old,
      );
      for (const m of MIGRATIONS.slice(0, 2)) {
        await m.up(old, store.engine);
        await sql`INSERT INTO schema_migrations VALUES (${m.version}, ${m.name}, '2026-01-01T00:00:00Z')`.execute(old);
      }
      const entry = (postedOn: string) => [3, 1, postedOn, 'charge', null, 500, 0, 0, 0, 0, 0, null, null];
      // The columns a version-2 ledger had (arrangement_id came with migration 7).
      const v2Columns = LEDGER_ENTRY_COLUMNS.filter((c) => c !== 'arrangement_id');
      await bulkWriter(store, store.db).insert('ledger_entries', v2Columns, [entry('2025-12-31'), entry('2026-01-15')]);
      const before = await store.db.selectFrom('ledger_entries').select(['id', 'posted_on']).orderBy('id').execute();

      const result = await migrate(store.db, store.engine, TEST_NOW);
      expect(result.applied.length).toBe(MIGRATIONS.length - 2);
      expect(await store.db.selectFrom('ledger_entries').select(['id', 'posted_on']).orderBy('id').execute()).toEqual(
        before,
      );
      // New entries continue after the old ids.
      await bulkWriter(store, store.db).insert('ledger_entries', LEDGER_ENTRY_COLUMNS, [
        [...entry('2026-02-01'), null],
      ]);
      const ids = (await store.db.selectFrom('ledger_entries').select('id').orderBy('id').execute()).map((r) => r.id);
      expect(ids[2]).toBeGreaterThan(ids[1] as number);
    } finally {
      await store.close();
      await drop();
    }
  });
});
