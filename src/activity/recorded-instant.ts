/**
 * When something a person records happened — a call, a promise taken, an arrangement proposed, decided or
 * cancelled (`--at`): back-office staff often enter it later, so it is given as an ISO 8601 instant with
 * its offset and only defaults to now. Every use case that records one reads it here, so all refuse the
 * same things with the same words, naming the field: not an instant, in the future, before the account
 * opened (activity-rules.ts `checkStart`).
 */
import type { IsoDate } from '../domain/calendar/calendar.js';
import { parseInstant } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { type ActivityAccount, checkStart } from './activity-rules.js';

/** An instant with its offset as a UTC ISO string; INVALID_INPUT naming `field` when it is not one. */
export function instantField(field: string, text: string): string {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', `${field}: ${parsed.reason}`);
  return parsed.iso;
}

/**
 * The instant given (or now, when none is) as UTC, and its business day on the wall clock of the account's
 * portfolio; INVALID_INPUT naming `field` when it is not an instant, has not happened yet or falls before
 * the account opened.
 */
export function recordedInstant(
  field: string,
  text: string | null | undefined,
  now: Date,
  account: ActivityAccount,
): { instant: string; day: IsoDate } {
  const instant = text === undefined || text === null ? now.toISOString() : instantField(field, text);
  const start = checkStart(instant, now, account);
  if (start.problem !== null) throw new AppError('INVALID_INPUT', `${field}: ${start.problem}`);
  return { instant, day: start.occurredOn };
}
