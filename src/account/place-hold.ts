/**
 * Puts an account on hold from a date (optionally to a date, inclusive). While held, the account accrues no
 * penalty interest and no late fees. A hold cannot start on a day the cycle has already closed: the
 * ledger is append-only, and a hold that rewrote closed days would make daily and catch-up runs disagree.
 */

import type { Kysely } from 'kysely';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { closedDay } from '../domain/ledger/move-account-ledger.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';

/**
 * The account a hold is placed on or released from, with the last day its ledger has closed: the later of
 * its portfolio's closed day and the last day the cycle changed the account.
 */
export async function findAccountForHold(
  db: Kysely<Schema>,
  accountId: string,
): Promise<{ id: number; closedThrough: IsoDate | null }> {
  const account = await db
    .selectFrom('accounts')
    .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select(['accounts.id', 'accounts.processed_through', 'portfolios.closed_through'])
    .where('accounts.account_id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  return { id: Number(account.id), closedThrough: closedDay(account.processed_through, account.closed_through) };
}

export interface PlaceHoldOptions {
  /** The store's Kysely instance, or a transaction of the caller's to join. */
  db: Kysely<Schema>;
  accountId: string;
  from: IsoDate;
  to: IsoDate | null;
  reason: string;
  actor: string;
  now: Date;
}

export async function placeHold(options: PlaceHoldOptions): Promise<{ from: IsoDate; to: IsoDate | null }> {
  const { accountId, from, to, reason } = options;
  if (!isIsoDate(from)) throw new AppError('INVALID_INPUT', `from "${from}" is not a valid date`);
  if (to !== null && !isIsoDate(to)) throw new AppError('INVALID_INPUT', `to "${to}" is not a valid date`);
  if (to !== null && to < from) throw new AppError('INVALID_INPUT', `the hold ends (${to}) before it starts (${from})`);
  if (reason.trim() === '') throw new AppError('INVALID_INPUT', 'a hold needs a reason');
  return inTransaction(options.db, async (trx) => {
    const account = await findAccountForHold(trx, accountId);
    if (account.closedThrough !== null && from <= account.closedThrough) {
      throw new AppError(
        'CLOSED_PERIOD',
        `the ledger of ${accountId} is closed through ${account.closedThrough}; a hold can start on the day after at the earliest`,
      );
    }
    const stamp = options.now.toISOString();
    await trx
      .insertInto('account_holds')
      .values({ account_id: account.id, from_on: from, to_on: to, reason: reason.trim(), created_at: stamp })
      .execute();
    await appendEvent(trx, {
      kind: 'account.hold',
      actor: options.actor,
      now: options.now,
      accountId: account.id,
      payload: { from, to, reason: reason.trim() },
    });
    return { from, to };
  });
}
