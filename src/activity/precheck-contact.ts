/**
 * `compliance precheck`: a collector asks the gate before dialling (or a field agent before setting out)
 * whether a contact with a party of an account on a channel is allowed now (or at an instant given), and
 * if not, which rules stand in the way and when it next would be. Nothing is written: a question is not a
 * contact. The HTTP API's desk will call the same use case.
 */
import { ACTIVITY_CHANNELS } from '../domain/activity/activity-codes.js';
import type { ComplianceLanguage } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { resolveParty } from './activity-rules.js';
import { type DeskDecision, deskDecision, isGated, judgeDeskContact } from './desk-gate.js';
import { checkStaff } from './desk-staff.js';
import { findActivityAccount } from './find-activity-account.js';
import { loadAccountParties } from './load-account-parties.js';
import { instantField } from './recorded-instant.js';

export interface PrecheckContactOptions {
  store: Store;
  accountId: string;
  /** The lender's party_id; default the account's borrower. */
  partyId?: string | undefined;
  /** An activity channel that reaches someone: phone, sms, email, wechat, post, visit. */
  channel: string;
  /** Who would make it (a visit names both staff). */
  by: readonly string[];
  contactPoint?: string | undefined;
  /** When: an ISO 8601 instant with its offset; default now. */
  at?: string | undefined;
  lang: ComplianceLanguage;
  now: Date;
}

export interface PrecheckResult extends DeskDecision {
  account_id: string;
  party_id: string;
  channel: string;
  at: string;
}

export async function precheckContact(options: PrecheckContactOptions): Promise<PrecheckResult> {
  const { store, now } = options;
  const channel = options.channel;
  if (!(ACTIVITY_CHANNELS as readonly string[]).includes(channel) || !isGated(channel, 'outbound')) {
    throw new AppError(
      'INVALID_INPUT',
      `channel "${channel}" is not a contact the gate judges (phone, sms, email, wechat, post, visit)`,
    );
  }
  const at = options.at === undefined ? now.toISOString() : instantField('at', options.at);
  const staff = await checkStaff(store.db, options.by);
  const account = await findActivityAccount(store.db, options.accountId);
  const parties = (await loadAccountParties(store.db, store.engine, [account.id])).get(account.id) ?? [];
  const resolved = resolveParty(parties, options.partyId ?? null, account.accountId);
  if (resolved.problem !== null) throw new AppError('INVALID_INPUT', `party: ${resolved.problem}`);
  if (resolved.party === null) {
    throw new AppError('INVALID_INPUT', `party: account ${account.accountId} has no borrower on file; name the party`);
  }
  const contactPoint = options.contactPoint?.trim() ? options.contactPoint.trim() : null;
  const outcome = await judgeDeskContact(
    store,
    store.db,
    { accountKey: account.id, party: resolved.party, channel, contactPoint, staff, at },
    now,
  );
  return {
    account_id: account.accountId,
    party_id: resolved.party.partyId,
    channel,
    at,
    ...deskDecision(outcome, options.lang),
  };
}
