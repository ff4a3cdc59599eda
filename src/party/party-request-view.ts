/**
 * A party request as `party request add|withdraw|list` print it: the lender's ids (party, account), the
 * type, the channel it concerns (stop_channel, consent_to_call), when it was made and withdrawn, whether
 * it counts now, who recorded it and the note. One read for one request or a list.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.js';

export interface PartyRequestView {
  request_id: string;
  party_id: string;
  /** null: the request covers every account of the party. */
  account_id: string | null;
  type: string;
  /** A gate channel (call, sms, email, wechat, visit, letter), for stop_channel and consent_to_call. */
  channel: string | null;
  requested_at: string;
  withdrawn_at: string | null;
  /** Made by now and not withdrawn by now: the gate counts it. */
  active: boolean;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export function selectPartyRequests(db: Kysely<Schema>) {
  return db
    .selectFrom('party_requests as r')
    .innerJoin('parties as p', 'p.id', 'r.party_id')
    .leftJoin('accounts as a', 'a.id', 'r.account_id')
    .select([
      'r.id',
      'r.request_id',
      'p.party_id',
      'a.account_id',
      'r.type',
      'r.channel',
      'r.requested_at',
      'r.withdrawn_at',
      'r.note',
      'r.recorded_by',
      'r.created_at',
    ]);
}

type SelectedRequest = Awaited<ReturnType<ReturnType<typeof selectPartyRequests>['execute']>>[number];

export function partyRequestView(r: SelectedRequest, now: Date): PartyRequestView {
  const at = now.toISOString();
  return {
    request_id: r.request_id,
    party_id: r.party_id,
    account_id: r.account_id,
    type: r.type,
    channel: r.channel,
    requested_at: r.requested_at,
    withdrawn_at: r.withdrawn_at,
    active: r.requested_at <= at && (r.withdrawn_at === null || r.withdrawn_at > at),
    note: r.note,
    recorded_by: r.recorded_by,
    created_at: r.created_at,
  };
}
