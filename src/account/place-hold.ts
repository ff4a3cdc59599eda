/**
 * Puts an account on hold from a date (optionally to a date, inclusive). While held, the account accrues no
 * penalty interest and no late fees, and the contact gate stops outreach on it. A hold has a type
 * (HOLD_TYPES) that says why and who may place and lift it (HOLD_RIGHTS in
 * src/domain/compliance/desk-rights.ts); a breathing space runs its statutory 60 days unless an end is
 * given. A hold cannot start on a day the cycle has already closed: the ledger is append-only, and a hold
 * that rewrote closed days would make daily and catch-up runs disagree.
 */

import type { Kysely } from 'kysely';
import { addDays, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { HOLD_TYPES, HOLD_WORDS, type HoldType } from '../domain/compliance/compliance-codes.js';
import { DEFAULT_HOLD_TYPE, HOLD_RIGHTS } from '../domain/compliance/desk-rights.js';
import { AppError } from '../domain/errors.js';
import { closedDay } from '../domain/ledger/move-account-ledger.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';

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

/** A hold type given as text: one of HOLD_TYPES, or INVALID_INPUT naming them. */
export function holdType(value: string | undefined): HoldType {
  if (value === undefined) return DEFAULT_HOLD_TYPE;
  if (!(HOLD_TYPES as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', `type "${value}" is not one of ${HOLD_TYPES.join(', ')}`);
  }
  return value as HoldType;
}

/** How a hold type reads in messages: `dispute (异议核实)`. */
export const holdLabel = (type: HoldType) => `${HOLD_WORDS[type].en} (${HOLD_WORDS[type]['zh-CN']})`;

export interface PlaceHoldOptions {
  /** The store's Kysely instance, or a transaction of the caller's to join. */
  db: Kysely<Schema>;
  accountId: string;
  /** Default: hardship, the type every hold had before holds were typed. */
  type?: string;
  from: IsoDate;
  /** Inclusive; null: open-ended, or the type's default length (a breathing space: 60 days). */
  to: IsoDate | null;
  reason: string;
  /** The user placing it: active, with a role HOLD_RIGHTS lets place this type. */
  by: string;
  now: Date;
}

export interface PlacedHold {
  type: HoldType;
  from: IsoDate;
  to: IsoDate | null;
  reason: string;
  placed_by: string;
}

export async function placeHold(options: PlaceHoldOptions): Promise<PlacedHold> {
  const { accountId, from } = options;
  const type = holdType(options.type);
  const rights = HOLD_RIGHTS[type];
  if (!isIsoDate(from)) throw new AppError('INVALID_INPUT', `from "${from}" is not a valid date`);
  if (options.to !== null && !isIsoDate(options.to)) {
    throw new AppError('INVALID_INPUT', `to "${options.to}" is not a valid date`);
  }
  const to = options.to ?? (rights.defaultDays === null ? null : addDays(from, rights.defaultDays - 1));
  if (to !== null && to < from) throw new AppError('INVALID_INPUT', `the hold ends (${to}) before it starts (${from})`);
  const reason = options.reason.trim();
  if (reason === '') throw new AppError('INVALID_INPUT', 'a hold needs a reason');
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, rights.place, `place a ${holdLabel(type)} hold`);
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
      .values({
        account_id: account.id,
        type,
        from_on: from,
        to_on: to,
        reason,
        placed_by: user.userId,
        created_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'account.hold',
      actor: user.userId,
      now: options.now,
      accountId: account.id,
      payload: { type, from, to, reason, placed_by: user.userId, role: user.role },
    });
    return { type, from, to, reason, placed_by: user.userId };
  });
}
