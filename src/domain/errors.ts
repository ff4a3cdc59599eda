/**
 * One error type for everything Dunwell refuses on purpose, with a code from one list. Code inside the
 * system says *what* went wrong (`NOT_FOUND`, `CLOSED_PERIOD`, …); each edge decides once what that means
 * to its caller — the CLI maps codes to exit statuses in src/cli/exit-status.ts, an HTTP API will map
 * the same codes to HTTP statuses — so no use case knows about exit statuses or HTTP, and no edge matches
 * error classes one by one.
 *
 * Anything thrown that is not an AppError is a bug or an outage (a driver error, a broken invariant), and
 * edges report it as such.
 */

/** Every code, with what it means. Add a code here and the compiler asks every edge to map it. */
export const ERROR_CODES = {
  USAGE: 'the request is malformed: an unknown option, a missing or extra argument, a value of the wrong form',
  INVALID_INPUT: 'a value given is not acceptable: a ladder out of order, an unknown time zone, an impossible date',
  UNREADABLE_INPUT: 'a file given cannot be read or parsed at all; nothing of it was applied',
  NOT_FOUND: 'what was asked for does not exist: an account, a portfolio, a day the cycle has not run',
  FORBIDDEN:
    'the acting user may not do this: a role that lacks the right, or the same person on both sides of four eyes',
  CONFLICT: 'the request contradicts what is stored: the demo into a non-empty database, a run that raced another',
  CLOSED_PERIOD: 'the request reaches into days the ledger has already closed; closed days are never rewritten',
  CONTACT_BLOCKED:
    'the contact gate refused a contact a person was about to make or record: a rule of the compliance pack forbids it now; the block is recorded with every rule that fired and when the contact is next allowed',
  DATABASE_BUSY: 'another process holds the database; try again when it has finished',
  DATABASE_READ_ONLY: 'the database cannot be written (a read-only file or folder), and this request must write',
  SCHEMA_MISMATCH: 'the database schema is newer than this build of Dunwell',
  PERSONAL_DATA_KEY:
    'personal data cannot be read or written: the key is missing or malformed, is not the key it was encrypted with, or a stored value was altered',
  INTERNAL: 'a bug: an invariant the code relies on does not hold',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True for an AppError (with the given code, when one is given). */
export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
