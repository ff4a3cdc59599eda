/**
 * Cancels a promise taken in error (the wrong account, amount or day typed in) before the cycle judges it.
 * A judged promise keeps its verdict: what the debtor did is history, and the kept rate reads it. The
 * person who took the promise may cancel it, or someone who supervises the floor; the reason is kept in
 * the `promise.cancel` event, written with the change.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { PROMISE_SUPERVISOR_ROLES } from '../domain/promise/promise-codes.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser } from '../user/acting-user.js';
import { type ListedPromise, listedPromise, selectPromises } from './list-promises.js';

export interface CancelPromiseOptions {
  db: Kysely<Schema>;
  promiseId: string;
  by: string;
  reason: string;
  actor: string;
  now: Date;
}

export async function cancelPromise(options: CancelPromiseOptions): Promise<ListedPromise> {
  const { promiseId, now } = options;
  const reason = options.reason.trim();
  if (reason === '') throw new AppError('INVALID_INPUT', 'reason: say why the promise is cancelled');
  return inTransaction(options.db, async (trx) => {
    const promise = await trx
      .selectFrom('promises')
      .select(['id', 'account_id', 'status', 'taken_by'])
      .where('promise_id', '=', promiseId)
      .executeTakeFirst();
    if (!promise) throw new AppError('NOT_FOUND', `there is no promise "${promiseId}"`);
    const user = await actingUser(trx, options.by);
    if (user.userId !== promise.taken_by && !(PROMISE_SUPERVISOR_ROLES as readonly string[]).includes(user.role)) {
      throw new AppError(
        'FORBIDDEN',
        `by: ${user.userId} is a ${user.role}; a promise is cancelled by whoever took it (${promise.taken_by}) or a ${PROMISE_SUPERVISOR_ROLES.join(', ')}`,
      );
    }
    if (promise.status !== 'pending') {
      throw new AppError(
        'CONFLICT',
        `promise ${promiseId} is ${promise.status}; only a pending promise can be cancelled`,
      );
    }
    // Only a still-pending row changes: a cycle judging it at the same moment wins, and this refuses.
    const updated = await trx
      .updateTable('promises')
      .set({ status: 'cancelled', updated_at: now.toISOString() })
      .where('id', '=', promise.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new AppError(
        'CONFLICT',
        `promise ${promiseId} was judged meanwhile; only a pending promise can be cancelled`,
      );
    }
    await appendEvent(trx, {
      kind: 'promise.cancel',
      actor: options.actor,
      now,
      accountId: Number(promise.account_id),
      payload: { promise_id: promiseId, by: user.userId, reason },
    });
    return listedPromise(await selectPromises(trx).where('p.promise_id', '=', promiseId).executeTakeFirstOrThrow());
  });
}
