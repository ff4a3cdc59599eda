/**
 * Opens the store: SQLite (a file path, the embedded default) or PostgreSQL (a postgres:// URL).
 * Decided once here: int8 and numeric come back as JS numbers (money is integer minor units and is
 * checked to be a safe integer), DATE comes back as the ISO string, never as a JS Date.
 *
 * A store opened `readOnly` never writes, not even the journal-mode switch, so commands that only read
 * work on a read-only file or in a read-only folder (see openSqliteReadOnly).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { DEFAULT_SQLITE_PATH, type Engine, isPostgresUrl } from './engine.js';
import { ImmediateSqliteDialect } from './immediate-sqlite-dialect.js';
import type { Schema } from './schema.js';

/** How long a SQLite writer waits for another process's write to finish before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface Store {
  readonly engine: Engine;
  readonly db: Kysely<Schema>;
  /** The raw SQLite handle, for bulk statements on the same connection; undefined on PostgreSQL. */
  readonly sqlite: BetterSqlite3.Database | undefined;
  /** Where it is, without credentials, for messages. */
  readonly location: string;
  /** Opened for reading only: every write is refused by the database. */
  readonly readOnly: boolean;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Open for reading only (the command only reads and the schema is current). */
  readOnly?: boolean;
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

export function openStore(location: string = DEFAULT_SQLITE_PATH, options: OpenStoreOptions = {}): Store {
  const readOnly = options.readOnly === true;
  if (isPostgresUrl(location)) {
    const pool = new pg.Pool({
      connectionString: location,
      max: 4,
      types: { getTypeParser: pgTypeParser as typeof pg.types.getTypeParser },
      // The server itself refuses writes on a read-only store's connections.
      ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    });
    // A connection the server drops while idle (a restart, a dropped database) is replaced on the next
    // query; without a listener its error would end the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return {
      engine: 'postgres',
      db,
      sqlite: undefined,
      location: redactUrl(location),
      readOnly,
      close: () => db.destroy(),
    };
  }
  let sqlite: BetterSqlite3.Database;
  if (readOnly) {
    sqlite = openSqliteReadOnly(location);
  } else {
    if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
    sqlite = new BetterSqlite3(location, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  sqlite.pragma('cache_size = -262144');
  sqlite.pragma('temp_store = MEMORY');
  // A read-only connection cannot begin an immediate (writing) transaction, and needs none.
  const dialect = readOnly ? new SqliteDialect({ database: sqlite }) : new ImmediateSqliteDialect({ database: sqlite });
  const db = new Kysely<Schema>({ dialect });
  return { engine: 'sqlite', db, sqlite, location, readOnly, close: () => db.destroy() };
}

/**
 * A read-only SQLite connection to an existing file. The database is in WAL mode, and a WAL reader needs
 * the `-shm` index beside the file; in a read-only folder SQLite cannot create it and refuses even to read.
 * Then, when no write-ahead log is left over (a cleanly closed database has none), the file alone holds
 * every committed page and is read into memory as a private copy: its header is switched back to the
 * rollback journal, which an in-memory database needs.
 */
function openSqliteReadOnly(location: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(location, {
    readonly: true,
    fileMustExist: true,
    timeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (error) {
    sqlite.close();
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const walLeft = existsSync(`${location}-wal`) && statSync(`${location}-wal`).size > 0;
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code) || walLeft) throw error;
  }
  const image = readFileSync(location);
  // Bytes 18 and 19 of the header: file format write/read version, 2 = WAL, 1 = rollback journal.
  if (image.length >= 20 && image[18] === 2 && image[19] === 2) image.fill(1, 18, 20);
  return new BetterSqlite3(image, { readonly: true });
}
