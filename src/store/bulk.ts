/**
 * Bulk writes without a database round trip per row. On SQLite the statement is compiled once by Kysely
 * and run through better-sqlite3 on the same connection (in-process, no round trip); on PostgreSQL one
 * statement carries a whole batch as arrays and `unnest`s them. Column types come from a fixed registry,
 * never from input, so nothing here is string-built from data.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Store } from './open-database.js';
import type { Schema } from './schema.js';

type PgType = 'bigint' | 'integer' | 'text' | 'date';

const DATE_COLUMNS = new Set([
  'opened_on',
  'due_on',
  'value_on',
  'posted_on',
  'processed_through',
  'oldest_unpaid_due_on',
  'birth_date',
  'valued_on',
  'from_on',
  'to_on',
  'as_of',
]);
const INTEGER_COLUMNS = new Set([
  'installment_no',
  'grace_days',
  'dpd',
  'late_fee_decided',
  'verified',
  'do_not_contact',
]);
const TEXT_COLUMNS = new Set([
  'portfolio_id',
  'product',
  'currency',
  'annual_rate',
  'penalty_uplift',
  'allocation',
  'day_count',
  'cost_cap_rate',
  'status',
  'bucket',
  'stage',
  'kind',
  'name',
  'paid_at',
  'channel',
  'created_at',
  'updated_at',
  'role',
  'type',
  'description',
  'reason',
]);

/** The PostgreSQL type of a column, for the casts `unnest` needs. Text-keyed external ids are text. */
function pgType(table: keyof Schema, column: string): PgType {
  if (DATE_COLUMNS.has(column)) return 'date';
  if (INTEGER_COLUMNS.has(column)) return 'integer';
  if (TEXT_COLUMNS.has(column)) return 'text';
  if (column === 'account_id' || column === 'party_id' || column === 'payment_id') {
    // The numeric keys everywhere except the tables that own the external id.
    const external =
      (table === 'accounts' && column === 'account_id') ||
      (table === 'parties' && column === 'party_id') ||
      (table === 'payments' && column === 'payment_id');
    return external ? 'text' : 'bigint';
  }
  if (column === 'value' && table === 'contact_points') return 'text';
  return 'bigint';
}

export type Row = readonly unknown[];

export interface BulkWriter {
  /** INSERT rows (each an array in `columns` order). */
  insert(table: keyof Schema, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  /** UPDATE rows matched on `keys`; each row holds the `set` values followed by the key values. */
  update(table: keyof Schema, set: readonly string[], keys: readonly string[], rows: readonly Row[]): Promise<void>;
}

const PG_CHUNK = 5000;

/**
 * A writer bound to an executor (the store's Kysely instance or an open transaction on it). On SQLite the
 * raw statements share the single connection, so they join whatever transaction is open.
 */
export function bulkWriter(store: Store, executor: Kysely<Schema>): BulkWriter {
  const sqlite = store.sqlite;
  if (sqlite) {
    type Runnable = { run(...params: unknown[]): unknown };
    const cache = new Map<string, Runnable>();
    const prepared = (key: string, build: () => string) => {
      let stmt = cache.get(key);
      if (!stmt) {
        stmt = sqlite.prepare(build()) as unknown as Runnable;
        cache.set(key, stmt);
      }
      return stmt;
    };
    return {
      async insert(table, columns, rows) {
        const stmt = prepared(`i:${table}:${columns.join(',')}`, () => {
          const cols = sql.join(columns.map((c) => sql.ref(c)));
          const marks = sql.join(columns.map(() => sql`?`));
          return sql`INSERT INTO ${sql.table(table)} (${cols}) VALUES (${marks})`.compile(executor).sql;
        });
        for (const row of rows) stmt.run(...row);
      },
      async update(table, set, keys, rows) {
        const stmt = prepared(`u:${table}:${set.join(',')}:${keys.join(',')}`, () => {
          const assignments = sql.join(set.map((c) => sql`${sql.ref(c)} = ?`));
          const where = sql.join(
            keys.map((k) => sql`${sql.ref(k)} = ?`),
            sql` AND `,
          );
          return sql`UPDATE ${sql.table(table)} SET ${assignments} WHERE ${where}`.compile(executor).sql;
        });
        for (const row of rows) stmt.run(...row);
      },
    };
  }
  const arraysOf = (table: keyof Schema, columns: readonly string[], rows: readonly Row[]): RawBuilder<unknown>[] =>
    columns.map((c, i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(pgType(table, c))}[]`);
  return {
    async insert(table, columns, rows) {
      for (let start = 0; start < rows.length; start += PG_CHUNK) {
        const chunk = rows.slice(start, start + PG_CHUNK);
        await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
          SELECT * FROM unnest(${sql.join(arraysOf(table, columns, chunk))})`.execute(executor);
      }
    },
    async update(table, set, keys, rows) {
      const all = [...set, ...keys];
      const alias = (c: string) => sql.ref(`v.${c}`);
      for (let start = 0; start < rows.length; start += PG_CHUNK) {
        const chunk = rows.slice(start, start + PG_CHUNK);
        await sql`UPDATE ${sql.table(table)} AS t SET ${sql.join(set.map((c) => sql`${sql.ref(c)} = ${alias(c)}`))}
          FROM unnest(${sql.join(arraysOf(table, all, chunk))}) AS v(${sql.join(all.map((c) => sql.ref(c)))})
          WHERE ${sql.join(
            keys.map((k) => sql`${sql.ref(`t.${k}`)} = ${alias(k)}`),
            sql` AND `,
          )}`.execute(executor);
      }
    },
  };
}
