/**
 * `column IN (ids)` for the gate's loads, whatever the engine of the Kysely instance it is given: one bound
 * parameter for the whole list (store/in-list.ts), so a range of thousands of accounts is one short
 * statement. The engine is read from the instance's adapter, since the gate is handed a database, not a store.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { engineOf } from '../../store/engine-of.js';
import { inList } from '../../store/in-list.js';
import type { Schema } from '../../store/schema.js';

/**
 * A list of ids as dense as a cycle range's (no more than four times as wide as it is long) is also given as
 * `BETWEEN min AND max`: PostgreSQL then reads the index over that range instead of choosing a full scan
 * for a long `= ANY` list, and the list filters what the range holds.
 */
export function idIn(db: Kysely<Schema>, column: string, ids: readonly number[]): RawBuilder<boolean> {
  const unique = [...new Set(ids)];
  const list = inList(engineOf(db), column, unique, 'bigint');
  if (unique.length < 2) return list;
  const min = Math.min(...unique);
  const max = Math.max(...unique);
  if (max - min + 1 > 4 * unique.length) return list;
  return sql<boolean>`(${sql.ref(column)} BETWEEN ${min} AND ${max} AND ${list})`;
}
