/**
 * The CLI's exit statuses, and the one place an error code becomes one. Scripts rely on these:
 * 0 success, 1 failure, 2 usage error or unusable input (an unreadable file, an impossible date, a bad
 * setting), 3 an import that rejected rows. An HTTP API maps the same codes to HTTP statuses in its own
 * one place; no use case knows either.
 */
import type { ErrorCode } from '../domain/errors.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, rejected: 3 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

const STATUS_OF_CODE: Readonly<Record<ErrorCode, ExitStatus>> = {
  USAGE: EXIT.usage,
  INVALID_INPUT: EXIT.usage,
  UNREADABLE_INPUT: EXIT.usage,
  NOT_FOUND: EXIT.failure,
  FORBIDDEN: EXIT.failure,
  CONFLICT: EXIT.failure,
  CLOSED_PERIOD: EXIT.failure,
  CONTACT_BLOCKED: EXIT.failure,
  DATABASE_BUSY: EXIT.failure,
  DATABASE_READ_ONLY: EXIT.failure,
  SCHEMA_MISMATCH: EXIT.failure,
  PERSONAL_DATA_KEY: EXIT.failure,
  INTERNAL: EXIT.failure,
};

export function exitStatusOf(code: ErrorCode): ExitStatus {
  return STATUS_OF_CODE[code];
}
