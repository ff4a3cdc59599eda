/**
 * Withdraws a party request: consent taken back, an attorney no longer acting, a cease request the person
 * withdrew in writing. From the instant of withdrawal the gate no longer counts it (history before it is
 * unchanged: a call made while a cease request stood was still made against it). Withdrawing a request
 * that stops contact lets contact start again, so the role must allow it (PARTY_REQUEST_RIGHTS); the
 * withdrawal is an event in the audit chain.
 */
import type { Kysely } from 'kysely';
import { instantField } from '../activity/recorded-instant.js';
import { PARTY_REQUEST_RIGHTS } from '../domain/compliance/desk-rights.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { partyRequestType } from './add-party-request.js';
import { type PartyRequestView, partyRequestView, selectPartyRequests } from './party-request-view.js';

export interface WithdrawPartyRequestOptions {
  db: Kysely<Schema>;
  requestId: string;
  /** When it was withdrawn: an ISO 8601 instant with its offset, not before the request; default now. */
  at?: string | undefined;
  by: string;
  now: Date;
}

export async function withdrawPartyRequest(options: WithdrawPartyRequestOptions): Promise<PartyRequestView> {
  const { now } = options;
  const at = options.at === undefined ? now.toISOString() : instantField('at', options.at);
  if (at > now.toISOString()) {
    throw new AppError('INVALID_INPUT', `at: ${at} is in the future (now is ${now.toISOString()})`);
  }
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    const row = await selectPartyRequests(trx).where('r.request_id', '=', options.requestId).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no party request "${options.requestId}"`);
    const type = partyRequestType(row.type);
    mustHaveRole(user, PARTY_REQUEST_RIGHTS[type].withdraw, `withdraw a ${type} request`);
    if (row.withdrawn_at !== null) {
      throw new AppError('CONFLICT', `${row.request_id} was already withdrawn at ${row.withdrawn_at}`);
    }
    if (at < row.requested_at) {
      throw new AppError('INVALID_INPUT', `at: ${at} is before the request was made (${row.requested_at})`);
    }
    await trx.updateTable('party_requests').set({ withdrawn_at: at }).where('id', '=', row.id).execute();
    const account =
      row.account_id === null
        ? null
        : await trx.selectFrom('accounts').select('id').where('account_id', '=', row.account_id).executeTakeFirst();
    await appendEvent(trx, {
      kind: 'party.request.withdraw',
      actor: user.userId,
      now,
      accountId: account ? Number(account.id) : null,
      payload: {
        request_id: row.request_id,
        party_id: row.party_id,
        type,
        at,
        withdrawn_by: user.userId,
        role: user.role,
      },
    });
    return partyRequestView({ ...row, withdrawn_at: at }, now);
  });
}
