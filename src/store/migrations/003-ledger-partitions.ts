/**
 * PostgreSQL: `ledger_entries` becomes a table partitioned by posting month. A large book writes tens of
 * millions of entries a year; month partitions keep each index small, let old months be archived or moved
 * as a whole, and make "this month's entries" scans touch one partition. A DEFAULT partition catches any
 * row whose month has no partition yet (see ledger-partitions.ts for how months are added ahead of the
 * writes), so an insert never fails for want of a partition.
 *
 * SQLite has no partitioning and keeps the one table: the step is a no-op there.
 */
import { type Kysely, sql } from 'kysely';
import { createMonthPartitions } from '../ledger-partitions.js';
import type { Migration } from './migration.js';

export const ledgerPartitions: Migration = {
  version: 3,
  name: 'ledger-partitions',
  async up(db, engine) {
    if (engine !== 'postgres') return;
    const run = (query: ReturnType<typeof sql>) => query.execute(db as Kysely<unknown>);
    await run(sql`ALTER TABLE ledger_entries RENAME TO ledger_entries_unpartitioned`);
    await run(sql`DROP TRIGGER IF EXISTS ledger_entries_append_only ON ledger_entries_unpartitioned`);
    await run(sql`ALTER INDEX ledger_entries_account RENAME TO ledger_entries_unpartitioned_account`);
    await run(sql`CREATE SEQUENCE ledger_entry_ids AS bigint`);
    await run(sql`CREATE TABLE ledger_entries (
      id bigint NOT NULL DEFAULT nextval('ledger_entry_ids'),
      account_id bigint NOT NULL,
      installment_no integer,
      posted_on date NOT NULL,
      kind text NOT NULL,
      payment_id bigint,
      principal bigint NOT NULL DEFAULT 0,
      interest bigint NOT NULL DEFAULT 0,
      fee bigint NOT NULL DEFAULT 0,
      penalty bigint NOT NULL DEFAULT 0,
      late_fee bigint NOT NULL DEFAULT 0,
      credit bigint NOT NULL DEFAULT 0,
      accrued_from date,
      accrued_to date,
      PRIMARY KEY (id, posted_on)
    ) PARTITION BY RANGE (posted_on)`);
    await run(sql`ALTER SEQUENCE ledger_entry_ids OWNED BY ledger_entries.id`);
    await run(sql`CREATE TABLE ledger_entries_default PARTITION OF ledger_entries DEFAULT`);
    const span = await sql<{ lo: string | null; hi: string | null }>`
      SELECT min(posted_on)::text AS lo, max(posted_on)::text AS hi FROM ledger_entries_unpartitioned`.execute(db);
    const { lo, hi } = span.rows[0] ?? { lo: null, hi: null };
    // The memo is not told which database this is; 'migration' keeps its entries apart from the writers'.
    if (lo !== null && hi !== null) await createMonthPartitions(db as Kysely<unknown>, lo, hi, 'migration');
    await run(sql`INSERT INTO ledger_entries SELECT id, account_id, installment_no, posted_on, kind, payment_id,
      principal, interest, fee, penalty, late_fee, credit, accrued_from, accrued_to FROM ledger_entries_unpartitioned`);
    await run(sql`SELECT setval('ledger_entry_ids', GREATEST((SELECT max(id) FROM ledger_entries), 0) + 1, false)`);
    await run(sql`DROP TABLE ledger_entries_unpartitioned`);
    await run(sql`CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id)`);
    await run(sql`CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION dunwell_refuse_change()`);
  },
};
