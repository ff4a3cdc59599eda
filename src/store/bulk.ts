/**
 * Bulk writes without a database round trip per row.
 * - SQLite: statements compiled once by Kysely and run through better-sqlite3 on the same connection (so
 *   they join the open transaction); inserts bind many rows per statement, which halves the native calls.
 * - PostgreSQL: one statement per batch carries each column as a typed array and `unnest`s them.
 * Table and column names are fixed by the callers and types come from the column registry; values are
 * always bound, never spliced into SQL text.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { columnType } from './column-types.js';
import { ensureLedgerPartitions } from './ledger-partitions.js';
import type { Store } from './open-database.js';
import type { Schema } from './schema.js';

export type Row = readonly unknown[];

export interface BulkWriter {
  /** INSERT rows (each an array in `columns` order). */
  insert(table: keyof Schema, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  /**
   * INSERT rows, or where a row with the same `keys` exists (a unique key), set its other columns to the
   * row's values: `INSERT … ON CONFLICT (keys) DO UPDATE`, which both engines speak.
   */
  upsert(table: keyof Schema, columns: readonly string[], keys: readonly string[], rows: readonly Row[]): Promise<void>;
  /** UPDATE rows matched on `keys`; each row holds the `set` values followed by the key values. */
  update(table: keyof Schema, set: readonly string[], keys: readonly string[], rows: readonly Row[]): Promise<void>;
}

/** Rows per PostgreSQL statement: big enough to amortise the round trip, small enough for memory. */
const PG_CHUNK = 5000;
/** Rows per SQLite INSERT: about twice as fast as one row per call; bound parameters stay under 1,000. */
const SQLITE_ROWS_PER_INSERT = 32;

type Runnable = { run(...params: unknown[]): unknown };

/**
 * Prepared statements per connection: a writer is made for each transaction, and the cycle opens one per
 * range, so the statements outlive the writer. The SQL text does not depend on the executor.
 */
const statementsOf = new WeakMap<object, Map<string, Runnable>>();

function sqliteWriter(sqlite: NonNullable<Store['sqlite']>, executor: Kysely<Schema>): BulkWriter {
  let cache = statementsOf.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementsOf.set(sqlite, cache);
  }
  const prepared = (key: string, build: () => RawBuilder<unknown>) => {
    let stmt = cache.get(key);
    if (!stmt) {
      stmt = sqlite.prepare(build().compile(executor).sql) as unknown as Runnable;
      cache.set(key, stmt);
    }
    return stmt;
  };
  const insertStatement = (table: keyof Schema, columns: readonly string[], keys: readonly string[], rows: number) =>
    prepared(`i:${table}:${columns.join(',')}:${keys.join(',')}:${rows}`, () => {
      const tuple = sql`(${sql.join(columns.map(() => sql`?`))})`;
      return sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(
        Array.from({ length: rows }, () => tuple),
      )}${onConflict(columns, keys)}`;
    });
  const write = async (
    table: keyof Schema,
    columns: readonly string[],
    keys: readonly string[],
    rows: readonly Row[],
  ) => {
    const width = columns.length;
    const per = Math.max(1, Math.min(SQLITE_ROWS_PER_INSERT, Math.floor(900 / width)));
    let start = 0;
    if (rows.length >= per) {
      const many = insertStatement(table, columns, keys, per);
      const params: unknown[] = new Array(per * width);
      for (; start + per <= rows.length; start += per) {
        for (let r = 0; r < per; r++) {
          const row = rows[start + r] as Row;
          for (let c = 0; c < width; c++) params[r * width + c] = row[c];
        }
        many.run(...params);
      }
    }
    if (start < rows.length) {
      const one = insertStatement(table, columns, keys, 1);
      for (; start < rows.length; start++) one.run(...(rows[start] as Row));
    }
  };
  return {
    insert: (table, columns, rows) => write(table, columns, [], rows),
    upsert: write,
    async update(table, set, keys, rows) {
      const stmt = prepared(`u:${table}:${set.join(',')}:${keys.join(',')}`, () => {
        const assignments = sql.join(set.map((c) => sql`${sql.ref(c)} = ?`));
        const where = sql.join(
          keys.map((k) => sql`${sql.ref(k)} = ?`),
          sql` AND `,
        );
        return sql`UPDATE ${sql.table(table)} SET ${assignments} WHERE ${where}`;
      });
      for (const row of rows) stmt.run(...row);
    },
  };
}

function postgresWriter(store: Store, executor: Kysely<Schema>): BulkWriter {
  const arraysOf = (table: keyof Schema, columns: readonly string[], rows: readonly Row[]) =>
    sql.join(columns.map((c, i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(columnType(table, c))}[]`));
  const write = async (
    table: keyof Schema,
    columns: readonly string[],
    keys: readonly string[],
    rows: readonly Row[],
  ) => {
    if (table === 'ledger_entries') await ensurePartitionsFor(store, executor, columns, rows);
    for (let start = 0; start < rows.length; start += PG_CHUNK) {
      const chunk = rows.slice(start, start + PG_CHUNK);
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        SELECT * FROM unnest(${arraysOf(table, columns, chunk)})${onConflict(columns, keys)}`.execute(executor);
    }
  };
  return {
    insert: (table, columns, rows) => write(table, columns, [], rows),
    upsert: write,
    async update(table, set, keys, rows) {
      const all = [...set, ...keys];
      const alias = (c: string) => sql.ref(`v.${c}`);
      for (let start = 0; start < rows.length; start += PG_CHUNK) {
        const chunk = rows.slice(start, start + PG_CHUNK);
        await sql`UPDATE ${sql.table(table)} AS t SET ${sql.join(set.map((c) => sql`${sql.ref(c)} = ${alias(c)}`))}
          FROM unnest(${arraysOf(table, all, chunk)}) AS v(${sql.join(all.map((c) => sql.ref(c)))})
          WHERE ${sql.join(
            keys.map((k) => sql`${sql.ref(`t.${k}`)} = ${alias(k)}`),
            sql` AND `,
          )}`.execute(executor);
      }
    },
  };
}

/** Nothing for a plain insert; for an upsert, every column but the keys takes the new row's value. */
function onConflict(columns: readonly string[], keys: readonly string[]) {
  if (keys.length === 0) return sql``;
  const set = columns.filter((c) => !keys.includes(c)).map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`);
  return sql` ON CONFLICT (${sql.join(keys.map((k) => sql.ref(k)))}) DO UPDATE SET ${sql.join(set)}`;
}

/** The month partitions a batch of ledger entries will land in (see ledger-partitions). */
async function ensurePartitionsFor(
  store: Store,
  executor: Kysely<Schema>,
  columns: readonly string[],
  rows: readonly Row[],
) {
  const at = columns.indexOf('posted_on');
  if (at < 0 || rows.length === 0) return;
  let lo = String(rows[0]?.[at]);
  let hi = lo;
  for (const row of rows) {
    const d = String(row[at]);
    if (d < lo) lo = d;
    if (d > hi) hi = d;
  }
  await ensureLedgerPartitions(executor as unknown as Kysely<unknown>, store, lo, hi);
}

/**
 * A writer bound to an executor: the store's Kysely instance or an open transaction on it. On SQLite the
 * raw statements share the single connection, so they join whatever transaction is open.
 */
export function bulkWriter(store: Store, executor: Kysely<Schema>): BulkWriter {
  return store.sqlite ? sqliteWriter(store.sqlite, executor) : postgresWriter(store, executor);
}
