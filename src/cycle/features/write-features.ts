/**
 * Writes a range's features rows in bulk: INSERT … ON CONFLICT (account_id) DO UPDATE, so a day's run
 * replaces each account's row in place and leaves the columns the strategy step owns (tier, segment,
 * strategy_version) as they are. SQLite binds many rows per prepared statement on the store's one
 * connection (joining the open transaction); PostgreSQL passes each column as one typed array.
 */
import { type Kysely, sql } from 'kysely';
import type { FeatureRow } from '../../domain/features/account-features.js';
import { columnType } from '../../store/column-types.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';

export const FEATURE_COLUMNS = [
  'account_id',
  'as_of',
  'bucket',
  'last_payment_on',
  'paid_30',
  'paid_90',
  'due_30',
  'due_90',
  'max_dpd_12m',
  'dpd_peaks',
  'rpc_30',
  'attempts_30',
  'last_rpc_on',
  'promises_kept',
  'promises_broken',
  'arrangements_breached',
  'collateral_value',
  'has_collateral',
  'has_guarantor',
  'has_co_borrower',
  'borrower_party_id',
  'customer_type',
  'language',
  'region',
  'time_zone',
  'watch',
  'last_watch_on',
  'previous_bucket',
] as const satisfies readonly (keyof FeatureRow)[];

const WIDTH = FEATURE_COLUMNS.length;
/** Rows per SQLite statement: bound parameters stay under 999. */
const SQLITE_ROWS = Math.floor(990 / WIDTH);
const PG_ROWS = 5000;

const updates = sql.join(FEATURE_COLUMNS.slice(1).map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`));
const columnList = sql.join(FEATURE_COLUMNS.map((c) => sql.ref(c)));

type Runnable = { run(...params: unknown[]): unknown };
const prepared = new WeakMap<object, Map<number, Runnable>>();

function values(row: FeatureRow): unknown[] {
  return FEATURE_COLUMNS.map((c) => row[c]);
}

export async function writeFeatures(store: Store, executor: Kysely<Schema>, rows: readonly FeatureRow[]) {
  if (rows.length === 0) return;
  const sqlite = store.sqlite;
  if (sqlite) {
    let cache = prepared.get(sqlite);
    if (!cache) {
      cache = new Map();
      prepared.set(sqlite, cache);
    }
    const statement = (n: number): Runnable => {
      let stmt = cache.get(n);
      if (!stmt) {
        const tuple = sql`(${sql.join(FEATURE_COLUMNS.map(() => sql`?`))})`;
        const text = sql`INSERT INTO account_features (${columnList}) VALUES ${sql.join(
          Array.from({ length: n }, () => tuple),
        )} ON CONFLICT (account_id) DO UPDATE SET ${updates}`.compile(executor).sql;
        stmt = sqlite.prepare(text) as unknown as Runnable;
        cache.set(n, stmt);
      }
      return stmt;
    };
    for (let start = 0; start < rows.length; start += SQLITE_ROWS) {
      const chunk = rows.slice(start, start + SQLITE_ROWS);
      statement(chunk.length).run(...chunk.flatMap(values));
    }
    return;
  }
  for (let start = 0; start < rows.length; start += PG_ROWS) {
    const chunk = rows.slice(start, start + PG_ROWS);
    const arrays = sql.join(
      FEATURE_COLUMNS.map((c) => sql`${chunk.map((r) => r[c])}::${sql.raw(columnType('account_features', c))}[]`),
    );
    await sql`INSERT INTO account_features (${columnList}) SELECT * FROM unnest(${arrays})
      ON CONFLICT (account_id) DO UPDATE SET ${updates}`.execute(executor);
  }
}
