/**
 * The engine behind a Kysely instance, read from its adapter: for code that is handed a database or a
 * transaction rather than a store (the gate's loads, the audit chain's head).
 */
import { type Kysely, PostgresAdapter } from 'kysely';
import type { Engine } from './engine.js';
import type { Schema } from './schema.js';

export function engineOf(db: Kysely<Schema>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
