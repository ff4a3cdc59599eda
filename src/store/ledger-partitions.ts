/**
 * Month partitions of `ledger_entries` on PostgreSQL (SQLite keeps one table). Writers call
 * `ensureLedgerPartitions` with the months they are about to post in: the cycle once per run, before any
 * transaction, for every month its postings can fall in; the bulk writer for the months of each batch, as
 * a safety net. A month already present costs nothing (a per-process set remembers it).
 *
 * A month whose rows already went to the DEFAULT partition (written before its partition existed, e.g. by
 * a direct insert) stays there: PostgreSQL cannot create a partition whose range the default already
 * holds rows for, and those rows are still found through the parent table.
 */
import { type Kysely, sql } from 'kysely';

/** "database|month" pairs known to be in place, so a writer asks the catalog once per month per process. */
const known = new Set<string>();

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return months;
}

function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01`
    : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

const partitionName = (month: string) => `ledger_entries_${month.replace('-', '_')}`;

/**
 * Creates the partitions of every month from `from`'s to `to`'s (dates), skipping those that exist.
 * `database` names the database for the per-process memo (a process may hold several).
 */
export async function createMonthPartitions(
  db: Kysely<unknown>,
  from: string,
  to: string,
  database: string,
): Promise<void> {
  const months = monthsBetween(from, to).filter((m) => !known.has(`${database}|${m}`));
  if (months.length === 0) return;
  const parent = await sql<{ relkind: string }>`
    SELECT relkind FROM pg_class WHERE relname = 'ledger_entries' AND relkind IN ('r', 'p')`.execute(db);
  // Before the partitioning migration (a database being upgraded) there is nothing to prepare.
  if (parent.rows[0]?.relkind !== 'p') return;
  const existing = await sql<{ relname: string }>`
    SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'ledger_entries'`.execute(db);
  const present = new Set(existing.rows.map((r) => r.relname));
  for (const month of months) {
    if (!present.has(partitionName(month))) {
      const start = `${month}-01`;
      const end = `${nextMonth(month)}-01`;
      const taken = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM (SELECT 1 FROM ledger_entries_default
          WHERE posted_on >= ${start}::date AND posted_on < ${end}::date LIMIT 1) t`.execute(db);
      if ((taken.rows[0]?.n ?? 0) === 0) {
        try {
          await sql`CREATE TABLE IF NOT EXISTS ${sql.id(partitionName(month))} PARTITION OF ledger_entries
            FOR VALUES FROM (${sql.lit(start)}) TO (${sql.lit(end)})`.execute(db);
        } catch (error) {
          // Another process created it a moment earlier: that is what was wanted.
          const again = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class
            WHERE relname = ${partitionName(month)}`.execute(db);
          if ((again.rows[0]?.n ?? 0) === 0) throw error;
        }
      }
    }
    known.add(`${database}|${month}`);
  }
}

/** Makes sure the months of the given posting dates have partitions (PostgreSQL only). */
export async function ensureLedgerPartitions(
  db: Kysely<unknown>,
  store: { engine: 'sqlite' | 'postgres'; location: string },
  from: string,
  to: string,
): Promise<void> {
  if (store.engine !== 'postgres' || from > to) return;
  await createMonthPartitions(db, from, to, store.location);
}
