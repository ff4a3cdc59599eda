/**
 * `column IN (ids)` for the gate's loads, whatever the engine of the Kysely instance it is given: one bound
 * parameter for the whole list (store/in-list.ts), so a range of thousands of accounts is one short
 * statement. The engine is read from the instance's adapter, since the gate is handed a database, not a store.
 */
import { type Kysely, PostgresAdapter, type RawBuilder } from 'kysely';
import type { Engine } from '../../store/engine.js';
import { inList, type ListType } from '../../store/in-list.js';
import type { Schema } from '../../store/schema.js';

export function engineOf(db: Kysely<Schema>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export function idIn(
  db: Kysely<Schema>,
  column: string,
  ids: readonly (number | string)[],
  type: ListType = 'bigint',
): RawBuilder<boolean> {
  return inList(engineOf(db), column, [...new Set(ids)], type);
}
