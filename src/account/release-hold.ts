/**
 * Ends an account's open-ended or later-ending holds on a date (the last held day). Like placing a hold,
 * releasing one cannot reach back into days the cycle has already closed.
 */

import type { Kysely } from 'kysely';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { findAccountForHold } from './place-hold.js';

export interface ReleaseHoldOptions {
  /** The store's Kysely instance, or a transaction of the caller's to join. */
  db: Kysely<Schema>;
  accountId: string;
  /** The last day on hold. */
  lastHeldDay: IsoDate;
  actor: string;
  now: Date;
}

export async function releaseHold(options: ReleaseHoldOptions): Promise<{ released: number }> {
  const { accountId, lastHeldDay } = options;
  if (!isIsoDate(lastHeldDay)) throw new AppError('INVALID_INPUT', `"${lastHeldDay}" is not a valid date`);
  return inTransaction(options.db, async (trx) => {
    const account = await findAccountForHold(trx, accountId);
    if (account.closedThrough !== null && lastHeldDay < account.closedThrough) {
      throw new AppError(
        'CLOSED_PERIOD',
        `the ledger of ${accountId} is closed through ${account.closedThrough}; a hold can end on that day at the earliest`,
      );
    }
    const result = await trx
      .updateTable('account_holds')
      .set({ to_on: lastHeldDay })
      .where('account_id', '=', account.id)
      .where('from_on', '<=', lastHeldDay)
      .where((eb) => eb.or([eb('to_on', 'is', null), eb('to_on', '>', lastHeldDay)]))
      .executeTakeFirst();
    const released = Number(result.numUpdatedRows);
    if (released === 0) throw new AppError('NOT_FOUND', `${accountId} has no hold running past ${lastHeldDay}`);
    await appendEvent(trx, {
      kind: 'account.release',
      actor: options.actor,
      now: options.now,
      accountId: account.id,
      payload: { last_held_day: lastHeldDay, holds: released },
    });
    return { released };
  });
}
