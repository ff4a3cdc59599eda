/**
 * Approving or rejecting a proposed arrangement (`dunwell arrangement approve|reject`). Four eyes: the
 * proposer never decides their own proposal. Approval needs a role whose rung on the portfolio's authority
 * ladder covers the discount and the plan length; anyone who may approve may also reject.
 *
 * Approval dates the arrangement (its business day in the portfolio's zone): a plan starts on that day (or
 * the first day the ledger can still change), a settlement counts payments from it. A debt-for-asset
 * settlement records the asset as a non-cash payment of its valuation on that day, so the cycle settles the
 * account through the same rule as any settlement.
 */

import { findWorkedAccount } from '../account/find-worked-account.js';
import { recordedInstant } from '../activity/recorded-instant.js';
import { parseTerms } from '../domain/arrangement/arrangement-terms.js';
import { mayApprove } from '../domain/arrangement/authority-ladder.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
import { type ArrangementView, writtenArrangement } from './arrangement-view.js';
import { findArrangement } from './find-arrangement.js';

export interface DecideArrangementOptions {
  store: Store;
  arrangementId: string;
  decision: 'approve' | 'reject';
  by: string;
  /** When it was decided (an instant with offset; an approval given on paper is entered later); default now. */
  at?: string;
  /** Why it is rejected (required for a rejection). */
  reason?: string;
  now: Date;
}

export async function decideArrangement(options: DecideArrangementOptions): Promise<ArrangementView> {
  const { store, now, decision } = options;
  if (decision === 'reject' && !options.reason?.trim()) {
    throw new AppError('INVALID_INPUT', 'reason: a rejection says why (--reason TEXT)');
  }
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    const row = await findArrangement(trx, options.arrangementId);
    if (row.status !== 'proposed') {
      throw new AppError(
        'CONFLICT',
        `arrangement ${options.arrangementId} is ${row.status}; only a proposed one is decided`,
      );
    }
    if (row.proposed_by === user.userId) {
      throw new AppError(
        'FORBIDDEN',
        `four eyes: ${user.userId} proposed ${options.arrangementId} and cannot ${decision} it; a ${row.required_role} must`,
      );
    }
    const account = await findWorkedAccount(trx, row.account_ref);
    const { concession } = row;
    if (!mayApprove(account.authority, user.role, concession)) {
      throw new AppError(
        'FORBIDDEN',
        `${user.userId} is a ${user.role}; a ${(concession.discountBp / 100).toFixed(2)}% discount / ${concession.planInstallments}-instalment plan needs a ${row.required_role} or above`,
      );
    }
    const { instant: at, day: decidedOn } = recordedInstant('at', options.at, now, account);
    if (at < row.proposed_at) {
      throw new AppError('INVALID_INPUT', `at: ${at} is before the arrangement was proposed (${row.proposed_at})`);
    }
    const terms = parseTerms(row.terms);
    if (decision === 'approve') {
      if (account.status !== 'active') {
        throw new AppError(
          'CONFLICT',
          `account ${account.accountId} is ${account.status}; there is nothing left to arrange`,
        );
      }
      if (terms.family === 'plan' && terms.first_due <= decidedOn) {
        throw new AppError(
          'CONFLICT',
          `the plan's first instalment falls due on ${terms.first_due}, not after the approval day ${decidedOn}; reject it and propose new dates`,
        );
      }
      if (terms.family === 'payment' && terms.pay_by < decidedOn) {
        throw new AppError(
          'CONFLICT',
          `pay-by ${terms.pay_by} has passed (approval day ${decidedOn}); reject it and propose anew`,
        );
      }
    }
    const status = decision === 'approve' ? 'approved' : 'rejected';
    await trx
      .updateTable('arrangements')
      .set({
        status,
        decided_by: user.userId,
        decided_at: at,
        decided_on: decidedOn,
        closed_on: decision === 'reject' ? decidedOn : null,
        note: decision === 'reject' ? (options.reason?.trim() ?? null) : undefined,
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    if (decision === 'approve' && terms.family === 'payment' && terms.asset && row.type === 'debt_for_asset') {
      await trx
        .insertInto('payments')
        .values({
          payment_id: `${options.arrangementId}-asset`,
          account_id: account.id,
          paid_at: at,
          value_on: decidedOn,
          amount: terms.asset.valuation,
          currency: account.currency,
          channel: 'asset',
          payer_party_id: null,
          posted_on: null,
          created_at: now.toISOString(),
        })
        .execute();
    }
    await appendEvent(trx, {
      kind: `arrangement.${decision}`,
      actor: user.userId,
      now,
      accountId: account.id,
      payload: {
        arrangement_id: options.arrangementId,
        at,
        decided_on: decidedOn,
        reason: options.reason ?? null,
      },
    });
    return writtenArrangement(trx, store, row.id, options.arrangementId);
  });
}
