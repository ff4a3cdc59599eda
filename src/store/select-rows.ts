/**
 * Runs a Kysely SELECT and returns each row as an array in the order of its select list. For the cycle's
 * hot loads this is the difference that matters on SQLite: better-sqlite3 builds plain arrays several
 * times faster than wide row objects. On PostgreSQL the driver's objects keep the select-list order.
 */
import type { Compilable } from 'kysely';
import type { Store } from './open-database.js';

type RawStatement = { raw(toggle: boolean): { all(...params: unknown[]): unknown[][] } };

export async function selectRows(
  store: Store,
  query: Compilable & { execute(): Promise<object[]> },
): Promise<unknown[][]> {
  if (store.sqlite) {
    const compiled = query.compile();
    const stmt = store.sqlite.prepare(compiled.sql) as unknown as RawStatement;
    return stmt.raw(true).all(...compiled.parameters);
  }
  const rows = await query.execute();
  return rows.map((r) => Object.values(r));
}
