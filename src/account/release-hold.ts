/**
 * Ends an account's open-ended or later-ending holds on a date (the last held day): all of them, or those
 * of one type. Whoever lifts a hold needs a role HOLD_RIGHTS lets lift its type; if one of the holds that
 * would end is beyond the user's right, nothing ends. The holds keep who placed them and now say who
 * lifted them and when. Like placing a hold, releasing one cannot reach back into days the cycle has
 * already closed.
 */

import type { Kysely } from 'kysely';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import type { HoldType } from '../domain/compliance/compliance-codes.js';
import { HOLD_RIGHTS } from '../domain/compliance/desk-rights.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { findAccountForHold, holdLabel, holdType } from './place-hold.js';

export interface ReleaseHoldOptions {
  /** The store's Kysely instance, or a transaction of the caller's to join. */
  db: Kysely<Schema>;
  accountId: string;
  /** The last day on hold. */
  lastHeldDay: IsoDate;
  /** Only holds of this type; default: every hold running past the day. */
  type?: string;
  /** The user lifting them: active, with a role HOLD_RIGHTS lets lift each one's type. */
  by: string;
  now: Date;
}

export async function releaseHold(
  options: ReleaseHoldOptions,
): Promise<{ released: number; types: HoldType[]; lifted_by: string }> {
  const { accountId, lastHeldDay } = options;
  if (!isIsoDate(lastHeldDay)) throw new AppError('INVALID_INPUT', `"${lastHeldDay}" is not a valid date`);
  const only = options.type === undefined ? null : holdType(options.type);
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    const account = await findAccountForHold(trx, accountId);
    if (account.closedThrough !== null && lastHeldDay < account.closedThrough) {
      throw new AppError(
        'CLOSED_PERIOD',
        `the ledger of ${accountId} is closed through ${account.closedThrough}; a hold can end on that day at the earliest`,
      );
    }
    let running = trx
      .selectFrom('account_holds')
      .select(['id', 'type', 'from_on', 'to_on'])
      .where('account_id', '=', account.id)
      .where('from_on', '<=', lastHeldDay)
      .where((eb) => eb.or([eb('to_on', 'is', null), eb('to_on', '>', lastHeldDay)]));
    if (only !== null) running = running.where('type', '=', only);
    const holds = await running.orderBy('id').execute();
    if (holds.length === 0) {
      const which = only === null ? 'hold' : `${holdLabel(only)} hold`;
      throw new AppError('NOT_FOUND', `${accountId} has no ${which} running past ${lastHeldDay}`);
    }
    const types = [...new Set(holds.map((h) => holdType(h.type)))];
    for (const type of types) mustHaveRole(user, HOLD_RIGHTS[type].lift, `lift a ${holdLabel(type)} hold`);
    await trx
      .updateTable('account_holds')
      .set({ to_on: lastHeldDay, lifted_by: user.userId, lifted_at: options.now.toISOString() })
      .where(
        'id',
        'in',
        holds.map((h) => h.id),
      )
      .execute();
    await appendEvent(trx, {
      kind: 'account.release',
      actor: user.userId,
      now: options.now,
      accountId: account.id,
      payload: {
        last_held_day: lastHeldDay,
        holds: holds.length,
        types,
        lifted_by: user.userId,
        role: user.role,
        // Each hold's end as it was (null: until released) and as it is now.
        before: holds.map((h) => ({ type: holdType(h.type), from: h.from_on, to: h.to_on })),
        after: holds.map((h) => ({ type: holdType(h.type), from: h.from_on, to: lastHeldDay })),
      },
    });
    return { released: holds.length, types, lifted_by: user.userId };
  });
}
