/**
 * Records what a party asked of us (or told us): stop all contact (cease), stop one channel, consent to be
 * called, a third party's refusal to help, representation by a lawyer or debt adviser, a claim that the
 * debt is statute-barred. The contact gate reads these requests from the instant they were made until
 * they are withdrawn. A request covers one account of the party, or all of them when none is named.
 *
 * Whoever heard the request records it (PARTY_REQUEST_RIGHTS in src/domain/compliance/desk-rights.ts):
 * they are what makes outreach stop, so anyone at the desk may. Each request is an event in the audit
 * chain, written in the same transaction.
 */
import type { Kysely } from 'kysely';
import { guardNote } from '../activity/guard-note.js';
import { instantField } from '../activity/recorded-instant.js';
import { gateChannelOf } from '../domain/compliance/activity-contact.js';
import {
  GATE_CHANNELS,
  type GateChannel,
  PARTY_REQUEST_TYPES,
  type PartyRequestType,
} from '../domain/compliance/compliance-codes.js';
import { PARTY_REQUEST_RIGHTS } from '../domain/compliance/desk-rights.js';
import { AppError } from '../domain/errors.js';
import { isThirdPartyRole } from '../domain/party/party-codes.js';
import { appendEvent } from '../event/append-event.js';
import { fieldProblem } from '../import/field-limits.js';
import { inTransaction } from '../store/in-transaction.js';
import { newId } from '../store/new-id.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { type PartyRequestView, partyRequestView, selectPartyRequests } from './party-request-view.js';

export interface AddPartyRequestOptions {
  /** The store's Kysely instance, or a transaction of the caller's to join (activity log records one inline). */
  db: Kysely<Schema>;
  /** The lender's party_id. */
  partyId: string;
  type: string;
  /** For stop_channel: the channel to stop (call, sms, email, wechat, visit, letter; phone and post read as call and letter). */
  channel?: string | undefined;
  /** The lender's account_id: the request covers that account only; default every account of the party. */
  accountId?: string | undefined;
  /** When the party asked: an ISO 8601 instant with its offset; default now. */
  at?: string | undefined;
  /** Who recorded it: an active user whose role may (PARTY_REQUEST_RIGHTS). */
  by: string;
  note?: string | undefined;
  now: Date;
}

/** A request type given as text: one of PARTY_REQUEST_TYPES, or INVALID_INPUT naming them. */
export function partyRequestType(value: string): PartyRequestType {
  if (!(PARTY_REQUEST_TYPES as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', `type "${value}" is not one of ${PARTY_REQUEST_TYPES.join(', ')}`);
  }
  return value as PartyRequestType;
}

/**
 * The channel a request concerns, as the gate names it: stop_channel needs one; consent to be called is
 * about calls; no other request names a channel (a cease request stops every channel).
 */
function requestChannel(type: PartyRequestType, given: string | undefined): GateChannel | null {
  const channel = given === undefined ? null : (gateChannelOf(given) ?? null);
  if (given !== undefined && channel === null) {
    throw new AppError('INVALID_INPUT', `channel "${given}" is not one of ${GATE_CHANNELS.join(', ')}`);
  }
  if (type === 'stop_channel') {
    if (channel === null)
      throw new AppError('INVALID_INPUT', 'channel: a stop_channel request names the channel to stop');
    return channel;
  }
  if (type === 'consent_to_call') {
    if (channel !== null && channel !== 'call') {
      throw new AppError('INVALID_INPUT', `channel: consent_to_call is consent to be called, not to ${channel}`);
    }
    return 'call';
  }
  if (channel !== null) {
    throw new AppError(
      'INVALID_INPUT',
      `channel: a ${type} request covers every channel; give a channel only for stop_channel`,
    );
  }
  return null;
}

export async function addPartyRequest(options: AddPartyRequestOptions): Promise<PartyRequestView> {
  const { now } = options;
  const type = partyRequestType(options.type);
  const channel = requestChannel(type, options.channel);
  const requestedAt = options.at === undefined ? now.toISOString() : instantField('at', options.at);
  if (requestedAt > now.toISOString()) {
    throw new AppError(
      'INVALID_INPUT',
      `at: ${requestedAt} is in the future (now is ${now.toISOString()}); record what was asked`,
    );
  }
  const note = options.note?.trim() ? options.note.trim() : null;
  if (note !== null) {
    const problem = fieldProblem('note', note);
    if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  }
  guardNote('note', note);

  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, PARTY_REQUEST_RIGHTS[type].record, `record a ${type} request`);
    const party = await trx
      .selectFrom('parties')
      .select(['id', 'party_id'])
      .where('party_id', '=', options.partyId)
      .executeTakeFirst();
    if (!party) throw new AppError('NOT_FOUND', `party: there is no party "${options.partyId}"`);
    let relations = trx
      .selectFrom('relations')
      .innerJoin('accounts', 'accounts.id', 'relations.account_id')
      .select(['accounts.id', 'accounts.account_id', 'relations.role'])
      .where('relations.party_id', '=', party.id);
    if (options.accountId !== undefined) relations = relations.where('accounts.account_id', '=', options.accountId);
    const links = await relations.execute();
    let accountKey: number | null = null;
    if (options.accountId !== undefined) {
      const link = links[0];
      if (!link) {
        const exists = await trx
          .selectFrom('accounts')
          .select('id')
          .where('account_id', '=', options.accountId)
          .executeTakeFirst();
        throw exists
          ? new AppError(
              'INVALID_INPUT',
              `account: party ${party.party_id} is not linked to account ${options.accountId}`,
            )
          : new AppError('NOT_FOUND', `account: there is no account "${options.accountId}"`);
      }
      accountKey = Number(link.id);
    }
    // Only someone who does not owe the debt refuses as a third party.
    if (type === 'third_party_refused' && !links.some((l) => isThirdPartyRole(l.role))) {
      const where = options.accountId === undefined ? 'any account' : `account ${options.accountId}`;
      throw new AppError(
        'INVALID_INPUT',
        `type: ${party.party_id} is not a third party on ${where} (roles: ${[...new Set(links.map((l) => l.role))].join(', ') || 'none'}); third_party_refused is for a contact who does not owe the debt`,
      );
    }
    const requestId = newId('req', now);
    await trx
      .insertInto('party_requests')
      .values({
        request_id: requestId,
        party_id: Number(party.id),
        account_id: accountKey,
        type,
        channel,
        requested_at: requestedAt,
        withdrawn_at: null,
        note,
        recorded_by: user.userId,
        created_at: now.toISOString(),
      })
      .execute();
    await appendEvent(trx, {
      kind: 'party.request',
      actor: user.userId,
      now,
      accountId: accountKey,
      payload: {
        request_id: requestId,
        party_id: party.party_id,
        account_id: options.accountId ?? null,
        type,
        channel,
        at: requestedAt,
        note,
      },
    });
    const row = await selectPartyRequests(trx).where('r.request_id', '=', requestId).executeTakeFirstOrThrow();
    return partyRequestView(row, now);
  });
}
