/**
 * Opens the store: SQLite (a file path, the embedded default) or PostgreSQL (a postgres:// URL).
 * Decided once here: int8 and numeric come back as JS numbers (money is integer minor units and is
 * checked to be a safe integer), DATE comes back as the ISO string, never as a JS Date.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type Engine, isPostgresUrl } from './engine.js';
import type { Schema } from './schema.js';

export const DEFAULT_SQLITE_PATH = './data/dunwell.db';

export interface Store {
  readonly engine: Engine;
  readonly db: Kysely<Schema>;
  /** The raw SQLite handle, for bulk statements on the same connection; undefined on PostgreSQL. */
  readonly sqlite: BetterSqlite3.Database | undefined;
  /** Where it is, without credentials, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

function toSafeNumber(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) {
    if (Number.isFinite(n) && !/^-?\d+$/.test(text)) return n;
    throw new Error(`database returned ${text}, outside the safe integer range`);
  }
  return n;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_DATE = 1082;

function pgTypeParser(oid: number, format?: string): (text: string) => unknown {
  if (oid === PG_INT8 || oid === PG_NUMERIC) return toSafeNumber;
  if (oid === PG_DATE) return (text: string) => text;
  return pg.types.getTypeParser(oid, format === 'binary' ? 'binary' : 'text');
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@');
}

export function openStore(location: string = DEFAULT_SQLITE_PATH): Store {
  if (isPostgresUrl(location)) {
    const pool = new pg.Pool({
      connectionString: location,
      max: 4,
      types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
    });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { engine: 'postgres', db, sqlite: undefined, location: redactUrl(location), close: () => db.destroy() };
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const sqlite = new BetterSqlite3(location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { engine: 'sqlite', db, sqlite, location, close: () => db.destroy() };
}
