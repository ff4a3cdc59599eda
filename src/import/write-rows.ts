/**
 * The import's batched writer, built on bulkWriter (src/store/bulk.ts):
 * - SQLite: inserts bind many rows per statement (the import's hottest path); updates are bulkWriter's.
 * - PostgreSQL: bulkWriter, plus the same unnest path with its own column types for the two tables whose text columns bulkWriter's
 *   PostgreSQL type registry does not know yet (parties' descriptive columns, collateral.collateral_id)
 *   and would cast to bigint. Types come from the fixed map below, never from input.
 */
import { type Kysely, sql } from 'kysely';
import { type BulkWriter, bulkWriter, type Row } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';

type PgCast = 'bigint' | 'integer' | 'text' | 'date';

const PG_COLUMN_TYPES: Partial<Record<keyof Schema, Readonly<Record<string, PgCast>>>> = {
  parties: {
    id: 'bigint',
    party_id: 'text',
    kind: 'text',
    name: 'text',
    id_number: 'text',
    segment: 'text',
    region: 'text',
    timezone: 'text',
    language: 'text',
    birth_date: 'date',
    occupation: 'text',
    employer: 'text',
    created_at: 'text',
    updated_at: 'text',
  },
  collateral: {
    id: 'bigint',
    collateral_id: 'text',
    account_id: 'bigint',
    type: 'text',
    description: 'text',
    value: 'bigint',
    currency: 'text',
    valued_on: 'date',
    created_at: 'text',
    updated_at: 'text',
  },
};

type Runnable = { run(params: unknown[]): unknown };

/**
 * SQLite inserts of many rows per statement, on the raw handle that shares the transaction's connection
 * (as bulkWriter does); the statement text is built by Kysely from fixed table and column names.
 */
function withBatchedSqliteInserts(
  sqlite: NonNullable<Store['sqlite']>,
  trx: Kysely<Schema>,
  bulk: BulkWriter,
): BulkWriter {
  const cache = new Map<string, Runnable>();
  const statement = (table: keyof Schema, columns: readonly string[], rows: number): Runnable => {
    const key = `${table}:${columns.join(',')}:${rows}`;
    let stmt = cache.get(key);
    if (!stmt) {
      const tuple = sql`(${sql.join(columns.map(() => sql`?`))})`;
      const text = sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) VALUES ${sql.join(
        Array.from({ length: rows }, () => tuple),
      )}`.compile(trx).sql;
      stmt = sqlite.prepare(text) as unknown as Runnable;
      cache.set(key, stmt);
    }
    return stmt;
  };
  return {
    async insert(table, columns, rows) {
      const width = columns.length;
      const per = Math.max(1, Math.min(SQLITE_ROWS_PER_INSERT, Math.floor(900 / width)));
      let start = 0;
      if (rows.length >= per) {
        const many = statement(table, columns, per);
        const params: unknown[] = new Array(per * width);
        for (; start + per <= rows.length; start += per) {
          for (let r = 0; r < per; r++) {
            const row = rows[start + r] as Row;
            for (let c = 0; c < width; c++) params[r * width + c] = row[c];
          }
          many.run(params);
        }
      }
      if (start < rows.length) {
        const one = statement(table, columns, 1);
        for (; start < rows.length; start++) one.run(rows[start] as unknown[]);
      }
    },
    update: (table, set, keys, rows) => bulk.update(table, set, keys, rows),
  };
}

const PG_ROWS_PER_STATEMENT = 5000;

/** Rows per INSERT statement on SQLite: one native call binds many rows, about twice as fast as one each. */
const SQLITE_ROWS_PER_INSERT = 32;

export function importWriter(store: Store, trx: Kysely<Schema>): BulkWriter {
  const bulk = bulkWriter(store, trx);
  if (store.sqlite) return withBatchedSqliteInserts(store.sqlite, trx, bulk);

  const typesFor = (table: keyof Schema, columns: readonly string[]): PgCast[] | undefined => {
    const map = PG_COLUMN_TYPES[table];
    if (!map) return undefined;
    return columns.map((c) => {
      const t = map[c];
      if (!t) throw new Error(`no PostgreSQL type registered for ${table}.${c}`);
      return t;
    });
  };
  // One array parameter per column, unnested server-side: the statement stays small whatever the batch.
  const arrays = (rows: readonly Row[], types: readonly PgCast[]) =>
    sql.join(types.map((t, i) => sql`${rows.map((r) => r[i] ?? null)}::${sql.raw(t)}[]`));
  const chunks = function* (rows: readonly Row[]) {
    for (let start = 0; start < rows.length; start += PG_ROWS_PER_STATEMENT) {
      yield rows.slice(start, start + PG_ROWS_PER_STATEMENT);
    }
  };

  return {
    async insert(table, columns, rows) {
      const types = typesFor(table, columns);
      if (!types) return bulk.insert(table, columns, rows);
      for (const chunk of chunks(rows)) {
        await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
          SELECT * FROM unnest(${arrays(chunk, types)})`.execute(trx);
      }
    },
    async update(table, set, keys, rows) {
      const all = [...set, ...keys];
      const types = typesFor(table, all);
      if (!types) return bulk.update(table, set, keys, rows);
      for (const chunk of chunks(rows)) {
        await sql`UPDATE ${sql.table(table)} AS t SET ${sql.join(set.map((c) => sql`${sql.ref(c)} = ${sql.ref(`v.${c}`)}`))}
          FROM unnest(${arrays(chunk, types)}) AS v(${sql.join(all.map((c) => sql.ref(c)))})
          WHERE ${sql.join(
            keys.map((k) => sql`${sql.ref(`t.${k}`)} = ${sql.ref(`v.${k}`)}`),
            sql` AND `,
          )}`.execute(trx);
      }
    },
  };
}
