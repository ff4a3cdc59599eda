/**
 * Lifts a restriction by hand, with a reason, by a legal officer, a manager or an admin (the cycle lifts
 * them itself when the debt is paid: src/cycle/restrictions/restrictions-step.ts). A bureau report lifted
 * while its notice period was still running was never reported, so it keeps no effective day. The row and
 * a `restriction.lift` event with the status before and after are written in one transaction.
 */
import { AppError } from '../domain/errors.js';
import { LEGAL_ROLES } from '../domain/legal/case-codes.js';
import { effectiveAfterLift } from '../domain/legal/restriction-rules.js';
import { appendEvent } from '../event/append-event.js';
import type { Store } from '../store/open-database.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { findLegalAccount, todayOf } from './legal-account.js';
import { type RestrictionView, restrictionView, selectRestrictions } from './restriction-view.js';

const MAX_REASON = 500;

export async function liftRestriction(options: {
  store: Store;
  restrictionId: string;
  reason: string;
  by: string;
  actor: string;
  now: Date;
}): Promise<RestrictionView> {
  const { store, restrictionId, now } = options;
  const reason = options.reason.trim();
  if (reason === '') throw new AppError('INVALID_INPUT', 'reason: say why the restriction is lifted');
  if (reason.length > MAX_REASON) throw new AppError('INVALID_INPUT', `reason: at most ${MAX_REASON} characters`);
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LEGAL_ROLES, 'lift a restriction');
    let query = selectRestrictions(trx).where('r.restriction_id', '=', restrictionId);
    if (store.engine === 'postgres') query = query.forUpdate('r');
    const row = await query.executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no restriction "${restrictionId}"`);
    if (row.status === 'lifted') {
      throw new AppError(
        'CONFLICT',
        `restriction ${restrictionId} was already lifted on ${row.lifted_on} (${row.lifted_reason})`,
      );
    }
    const account = await findLegalAccount(trx, row.account_id);
    const today = todayOf(account, now);
    const effectiveOn = effectiveAfterLift({ status: row.status, effectiveOn: row.effective_on });
    await trx
      .updateTable('restrictions')
      .set({
        status: 'lifted',
        lifted_on: today,
        lifted_reason: reason,
        effective_on: effectiveOn,
        updated_at: now.toISOString(),
      })
      .where('restriction_id', '=', restrictionId)
      .execute();
    await appendEvent(trx, {
      kind: 'restriction.lift',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: {
        restriction_id: restrictionId,
        type: row.type,
        by: user.userId,
        status_before: row.status,
        status_after: 'lifted',
        lifted_on: today,
        reason,
        effective_on_before: row.effective_on,
        effective_on_after: effectiveOn,
      },
    });
    return restrictionView(
      await selectRestrictions(trx).where('r.restriction_id', '=', restrictionId).executeTakeFirstOrThrow(),
    );
  });
}
