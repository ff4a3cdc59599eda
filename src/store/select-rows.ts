/**
 * Runs a Kysely SELECT and returns each row as an array in the order of its select list. For the cycle's
 * hot loads this is the difference that matters on SQLite: better-sqlite3 builds plain arrays several
 * times faster than wide row objects. On PostgreSQL the driver's objects keep the select-list order.
 */
import type { Compilable } from 'kysely';
import type { Store } from './open-database.js';

type RawStatement = { raw(toggle: boolean): RawRows };
type RawRows = { all(...params: unknown[]): unknown[][] };

// Statements whose text repeats (the cycle's loads pass their id lists as one parameter, see in-list) are
// prepared once per connection instead of once per range.
const statements = new WeakMap<object, Map<string, RawRows>>();
const MAX_STATEMENTS = 200;

function prepared(sqlite: NonNullable<Store['sqlite']>, text: string): RawRows {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = (sqlite.prepare(text) as unknown as RawStatement).raw(true);
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    cache.set(text, stmt);
  }
  return stmt;
}

export async function selectRows(
  store: Store,
  query: Compilable & { execute(): Promise<object[]> },
): Promise<unknown[][]> {
  if (store.sqlite) {
    const compiled = query.compile();
    return prepared(store.sqlite, compiled.sql).all(...compiled.parameters);
  }
  const rows = await query.execute();
  return rows.map((r) => Object.values(r));
}
