/**
 * Cancelling an arrangement before it acts on the ledger (`dunwell arrangement cancel`): a proposal withdrawn,
 * or an approved settlement the debtor walked away from. Once a plan has started, or an asset was taken, the
 * ledger has moved: the arrangement then ends by completion or breach, never by cancellation. The proposer or
 * anyone who may approve it may cancel.
 */

import { findWorkedAccount } from '../account/find-worked-account.js';
import { recordedInstant } from '../activity/recorded-instant.js';
import { mayApprove } from '../domain/arrangement/authority-ladder.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
import { type ArrangementView, writtenArrangement } from './arrangement-view.js';
import { findArrangement } from './find-arrangement.js';

export interface CancelArrangementOptions {
  store: Store;
  arrangementId: string;
  by: string;
  reason: string;
  /** When the debtor withdrew (an instant with offset); default now. */
  at?: string;
  now: Date;
}

export async function cancelArrangement(options: CancelArrangementOptions): Promise<ArrangementView> {
  const { store, now } = options;
  if (!options.reason.trim()) throw new AppError('INVALID_INPUT', 'reason: a cancellation says why (--reason TEXT)');
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    const row = await findArrangement(trx, options.arrangementId);
    const acted =
      row.status === 'active' ||
      row.effective_on !== null ||
      (row.status === 'approved' && row.type === 'debt_for_asset');
    if (!['proposed', 'approved'].includes(row.status) || acted) {
      throw new AppError(
        'CONFLICT',
        `arrangement ${options.arrangementId} is ${row.status}${acted ? ' and has acted on the ledger' : ''}; it ends by completion or breach, not cancellation`,
      );
    }
    const account = await findWorkedAccount(trx, row.account_ref);
    if (row.proposed_by !== user.userId && !mayApprove(account.authority, user.role, row.concession)) {
      throw new AppError('FORBIDDEN', `${user.userId} neither proposed ${options.arrangementId} nor may approve it`);
    }
    const { instant: at, day: closedOn } = recordedInstant('at', options.at, now, account);
    await trx
      .updateTable('arrangements')
      .set({
        status: 'cancelled',
        decided_by: user.userId,
        decided_at: at,
        closed_on: closedOn,
        note: options.reason.trim(),
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await appendEvent(trx, {
      kind: 'arrangement.cancel',
      actor: user.userId,
      now,
      accountId: account.id,
      payload: { arrangement_id: options.arrangementId, reason: options.reason.trim() },
    });
    return writtenArrangement(trx, store, row.id, options.arrangementId);
  });
}
