/**
 * Runs `fn` in a transaction: the caller's, when it hands one in (so a use case composes into a larger
 * unit of work, e.g. an HTTP request or a script that sets up a portfolio and imports into it atomically),
 * or a new one on the store. Kysely cannot nest transactions; this is how use cases avoid needing to.
 */
import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

export function inTransaction<T>(db: Kysely<Schema>, fn: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
