/** The database engine's own version string, for the report. */
import { sql } from 'kysely';
import type { Store } from '../src/store/open-database.js';

export async function engineVersion(store: Store): Promise<string> {
  if (store.engine === 'postgres') {
    const { rows } = await sql<{ server_version: string }>`SHOW server_version`.execute(store.db);
    return `PostgreSQL ${rows[0]?.server_version ?? '?'}`;
  }
  const { rows } = await sql<{ v: string }>`SELECT sqlite_version() AS v`.execute(store.db);
  return `SQLite ${rows[0]?.v ?? '?'}`;
}
