/**
 * Turns the database errors a user can do something about into AppErrors with a plain message: another
 * process holding the database, a database that cannot be written. Driver codes (SQLITE_BUSY, SQLSTATE
 * 25006, …) are known here and nowhere else; every other error passes through untouched.
 */
import { AppError } from '../domain/errors.js';
import type { Engine } from './engine.js';
import { SQLITE_BUSY_TIMEOUT_MS } from './open-database.js';

function driverCode(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return String(error.code);
}

// SQLSTATEs: 25006 read_only_sql_transaction; 55P03 lock_not_available, 40P01 deadlock_detected.
const PG_READ_ONLY = new Set(['25006']);
const PG_BUSY = new Set(['55P03', '40P01']);

/** The AppError a database error stands for, or undefined when it is not one a user can act on. */
export function storeError(error: unknown, store: { engine: Engine; location: string }): AppError | undefined {
  if (error instanceof AppError) return error;
  const code = driverCode(error);
  const busy = store.engine === 'sqlite' ? /^SQLITE_(BUSY|LOCKED)/.test(code) : PG_BUSY.has(code);
  if (busy) {
    const waited = store.engine === 'sqlite' ? ` and did not finish within ${SQLITE_BUSY_TIMEOUT_MS / 1000} s` : '';
    return new AppError(
      'DATABASE_BUSY',
      `another dunwell process holds the database at ${store.location}${waited}; try again when it has finished`,
      { cause: error },
    );
  }
  const readOnly = store.engine === 'sqlite' ? /^SQLITE_READONLY/.test(code) : PG_READ_ONLY.has(code);
  if (readOnly) {
    return new AppError(
      'DATABASE_READ_ONLY',
      `the database at ${store.location} cannot be written (a read-only file or folder)`,
      { cause: error },
    );
  }
  return undefined;
}
