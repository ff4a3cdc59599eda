/**
 * How much disk a case's database takes, for the simulated year's before/after figures. SQLite: the pages of
 * the database file after a checkpoint has moved the write-ahead log into it (page_count × page_size, free
 * pages included, as the file is). PostgreSQL: pg_database_size of the case's own database.
 */
import { sql } from 'kysely';
import type { Store } from '../src/store/open-database.js';

export async function databaseBytes(store: Store): Promise<number> {
  if (store.sqlite) {
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = Number(store.sqlite.pragma('page_count', { simple: true }));
    const pageSize = Number(store.sqlite.pragma('page_size', { simple: true }));
    return pages * pageSize;
  }
  const { rows } = await sql<{ bytes: string | number }>`
    SELECT pg_database_size(current_database()) AS bytes`.execute(store.db);
  return Number(rows[0]?.bytes ?? 0);
}
