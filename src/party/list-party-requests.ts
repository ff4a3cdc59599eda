/**
 * Party requests, for one party, one account (its own requests and its parties' requests that cover every
 * account) or all, oldest first, each saying whether it counts now.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { type PartyRequestView, partyRequestView, selectPartyRequests } from './party-request-view.js';

export interface ListPartyRequestsOptions {
  db: Kysely<Schema>;
  /** The lender's party_id. */
  partyId?: string | undefined;
  /** The lender's account_id: requests on it, and those of its parties that cover every account. */
  accountId?: string | undefined;
  /** Only those that count now. */
  activeOnly?: boolean | undefined;
  now: Date;
}

export async function listPartyRequests(options: ListPartyRequestsOptions): Promise<PartyRequestView[]> {
  const { db } = options;
  let query = selectPartyRequests(db);
  if (options.partyId !== undefined) {
    const party = await db
      .selectFrom('parties')
      .select('id')
      .where('party_id', '=', options.partyId)
      .executeTakeFirst();
    if (!party) throw new AppError('NOT_FOUND', `there is no party "${options.partyId}"`);
    query = query.where('r.party_id', '=', Number(party.id));
  }
  if (options.accountId !== undefined) {
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', `there is no account "${options.accountId}"`);
    const key = Number(account.id);
    query = query.where((eb) =>
      eb.or([
        eb('r.account_id', '=', key),
        eb.and([
          eb('r.account_id', 'is', null),
          eb(
            'r.party_id',
            'in',
            eb.selectFrom('relations').select('relations.party_id').where('relations.account_id', '=', key),
          ),
        ]),
      ]),
    );
  }
  const rows = await query.orderBy('r.requested_at').orderBy('r.id').execute();
  const views = rows.map((r) => partyRequestView(r, options.now));
  return options.activeOnly ? views.filter((v) => v.active) : views;
}
