/**
 * The contact gate on the store: every outbound contact the system plans (the queue's calls and visits,
 * the outbox's messages) and every manual contact a user starts is judged here, set-based for a whole batch
 * of attempts — one statement per table (gate/load-gate-facts.ts), then the pure gate per attempt under its
 * portfolio's pack and tightening (domain/compliance/decide-contact.ts), with the overrides in force
 * (domain/compliance/apply-overrides.ts). Nothing is written: the caller records blocks (record-blocks.ts).
 *
 * What each attempt is judged on:
 * - its channel as the gate's word (phone is a call, post a letter: activity-contact.ts, the one mapping);
 * - the party's role on the account (an obligor role when it has several) and the zones it may be in
 *   (plausible-zones.ts: its own zone, else the portfolio's; both clocks of Xinjiang);
 * - the contact history of the party (every account of theirs) and of the account, from activities, each
 *   outcome read as reached/talked once (activity-contact.ts);
 * - the party's requests not withdrawn at the attempt's instant (those for this account or for all of the
 *   party's accounts), the account's holds not lifted at that instant, whether the contact point is one
 *   marked do-not-contact, and the overrides in force for the account (and party);
 * - for a pack with a validation-notice rule, the account's initial communication and first notice;
 * - whether the debt is time-barred (its limitation clock, src/legal/limitation-clocks.ts, on the attempt's
 *   business day; a defence the debtor waived is no bar). It is read where it can change what the gate
 *   says: for an attempt with text (a message, whose threats of suit the time-barred mode refuses) and for
 *   a contact a person makes (the warning of what not to say). The queue's planned calls carry no text
 *   and no person yet, so the cycle does not read every account's instalments for a warning.
 *
 * Each attempt is judged at its own instant `at`; `now` is when the gate is asked, and history or requests
 * recorded after it are never read (a replay sees what was known then).
 */
import type { Kysely } from 'kysely';
import { dateInZone } from '../domain/calendar/calendar.js';
import { gateChannelOf } from '../domain/compliance/activity-contact.js';
import { decideWithOverrides, type GateOverride } from '../domain/compliance/apply-overrides.js';
import {
  GATE_CHANNELS,
  type GateChannel,
  HOLD_TYPES,
  type HoldType,
  PARTY_REQUEST_TYPES,
  type PartyRequestType,
} from '../domain/compliance/compliance-codes.js';
import type {
  ContactDecision,
  ContactHold,
  ContactRequest,
  PartyRequest,
  PastContact,
} from '../domain/compliance/contact-request.js';
import { plausibleZones } from '../domain/compliance/plausible-zones.js';
import { AppError } from '../domain/errors.js';
import { limitationClocks } from '../legal/limitation-clocks.js';
import type { StoreRef } from '../privacy/store-keys.js';
import type { Schema } from '../store/schema.js';
import { defaultLanguageGuard } from './default-lexicon.js';
import { contactPointKey, contactPointLabel, labelOfKey } from './gate/contact-point-key.js';
import {
  type GateAccount,
  type GateFacts,
  type GatePortfolio,
  loadGateFacts,
  type PastActivity,
} from './gate/load-gate-facts.js';

/** One contact to judge. */
export interface GateAttempt {
  /** Internal ids (accounts.id, parties.id). */
  accountId: number;
  partyId: number;
  /** The strategy's or the desk's channel word (phone, sms, email, wechat, post, visit); call and letter are read too. */
  channel: string;
  /** The number, address or id dialled or written to; null when not known yet. */
  contactPoint: string | null;
  /** A message's text; null for a call or a visit, or a message not yet rendered. */
  text: string | null;
  staff: readonly string[];
  disclosesDebt: boolean;
  /** When the contact is (or would be) made. */
  at: Date;
  /** The attempt is the validation notice itself (Regulation F). */
  validationNotice?: boolean;
}

export interface GateOutcome {
  decision: ContactDecision;
  /** The override that let a blocking rule through; null when none was used. */
  overrideId: string | null;
}

/** A channel word of either vocabulary (the strategy's phone and post, the gate's call and letter) as the gate's. */
function channelWord(word: string): GateChannel | null {
  return (GATE_CHANNELS as readonly string[]).includes(word) ? (word as GateChannel) : gateChannelOf(word);
}

/** The gate's channel for an attempt's channel word, or INVALID_INPUT. */
export function attemptChannel(word: string): GateChannel {
  const channel = channelWord(word);
  if (channel === null) {
    throw new AppError(
      'INVALID_INPUT',
      `channel "${word}" is no contact the gate judges (phone, sms, email, wechat, post or visit)`,
    );
  }
  return channel;
}

export async function gateContacts(options: {
  db: Kysely<Schema>;
  attempts: readonly GateAttempt[];
  now: Date;
  /**
   * Where the database is, so the gate can open the sealed contact points it compares (src/privacy). Give
   * it whenever the database holds personal data: without it a sealed contact point is an error.
   */
  store?: StoreRef;
}): Promise<GateOutcome[]> {
  const { db, attempts, now } = options;
  if (attempts.length === 0) return [];
  const channels = attempts.map((a) => attemptChannel(a.channel));
  const facts = await loadGateFacts(db, attempts, options.store);
  const barred = await timeBarred(db, attempts, facts);
  const guard = defaultLanguageGuard();
  return attempts.map((attempt, i) => {
    const { portfolio } = accountOf(attempt, facts);
    const request = gateRequest(attempt, channels[i] as GateChannel, facts, now);
    request.time_barred = barred.has(i);
    const overrides = overridesFor(attempt, facts);
    return decideWithOverrides(portfolio.pack, request, overrides, { guard });
  });
}

/** Staff that stand for nobody yet (the queue's placeholders) or for the system (the outbox). */
const isPerson = (staff: string) => staff !== 'system' && !staff.startsWith('queue:');

/** The attempts (by index) whose debt is time-barred on their business day, among those where it matters. */
async function timeBarred(
  db: Kysely<Schema>,
  attempts: readonly GateAttempt[],
  facts: GateFacts,
): Promise<Set<number>> {
  const byDay = new Map<string, { index: number; accountId: number }[]>();
  attempts.forEach((a, index) => {
    if (a.text === null && !a.staff.some(isPerson)) return;
    const account = facts.accounts.get(a.accountId);
    const zone = account ? facts.portfolios.get(account.portfolioId)?.timeZone : undefined;
    if (zone === undefined) return;
    const day = dateInZone(a.at.toISOString(), zone);
    const list = byDay.get(day) ?? [];
    list.push({ index, accountId: a.accountId });
    byDay.set(day, list);
  });
  const out = new Set<number>();
  for (const [day, list] of byDay) {
    const clocks = await limitationClocks(
      db,
      list.map((l) => l.accountId),
      day,
    );
    for (const { index, accountId } of list) {
      const clock = clocks.get(accountId);
      if (clock?.timeBarred && !clock.waived) out.add(index);
    }
  }
  return out;
}

const isRequestType = (t: string): t is PartyRequestType => (PARTY_REQUEST_TYPES as readonly string[]).includes(t);
const isHoldType = (t: string): t is HoldType => (HOLD_TYPES as readonly string[]).includes(t);

/** The attempt's account and its portfolio as loaded, or NOT_FOUND for an account that does not exist. */
function accountOf(attempt: GateAttempt, facts: GateFacts): { account: GateAccount; portfolio: GatePortfolio } {
  const account = facts.accounts.get(attempt.accountId);
  if (!account) throw new AppError('NOT_FOUND', `account ${attempt.accountId} does not exist`);
  const portfolio = facts.portfolios.get(account.portfolioId);
  if (!portfolio) throw new AppError('INTERNAL', `portfolio ${account.portfolioId} was not loaded`);
  return { account, portfolio };
}

/** The request the pure gate judges, built from what was loaded for the batch. */
export function gateRequest(attempt: GateAttempt, channel: GateChannel, facts: GateFacts, now: Date): ContactRequest {
  const { account, portfolio } = accountOf(attempt, facts);
  const on = facts.partiesOn.get(attempt.accountId) ?? new Map();
  const role = on.get(attempt.partyId);
  if (role === undefined) {
    throw new AppError('INVALID_INPUT', `party ${attempt.partyId} has no role on account ${account.ref}`);
  }
  const refOf = (id: number | null) => (id === null ? '(unknown party)' : (facts.parties.get(id)?.ref ?? String(id)));
  const party = facts.parties.get(attempt.partyId);
  const at = attempt.at.getTime();
  const asked = now.getTime();
  // What was known when the gate was asked, up to the instant judged (the gate itself cuts at `at`).
  const known = (iso: string) => Date.parse(iso) <= asked;
  const seen = new Set<string>();
  const history: PastContact[] = [];
  for (const h of [
    ...(facts.historyOfParty.get(attempt.partyId) ?? []),
    ...(facts.historyOfAccount.get(attempt.accountId) ?? []),
  ]) {
    if (seen.has(h.activityId) || !known(h.at)) continue;
    seen.add(h.activityId);
    history.push(pastContact(h, refOf));
  }
  const requests: PartyRequest[] = (facts.requests.get(attempt.partyId) ?? []).flatMap((r) => {
    if (!isRequestType(r.type) || !known(r.requestedAt)) return [];
    if (r.accountId !== null && r.accountId !== attempt.accountId) return [];
    if (r.withdrawnAt !== null && Date.parse(r.withdrawnAt) <= at) return [];
    const requestChannel = r.channel === null ? null : channelWord(r.channel);
    return [{ type: r.type, at: r.requestedAt, party_id: refOf(attempt.partyId), channel: requestChannel }];
  });
  const holds: ContactHold[] = (facts.holds.get(attempt.accountId) ?? []).flatMap((h) => {
    // A hold lifted with its last held day still ahead runs through that day, as the ledger honours it; one
    // lifted on (or after) its last day frees outreach from the instant it was lifted.
    if (h.liftedAt !== null && Date.parse(h.liftedAt) <= at) {
      const liftedOn = dateInZone(h.liftedAt, portfolio.timeZone);
      if (h.until === null || h.until <= liftedOn) return [];
    }
    // Every hold stops outreach: one of a type the gate does not know is read as the default type.
    return [{ type: isHoldType(h.type) ? h.type : 'hardship', from: h.from, until: h.until }];
  });
  const point = attempt.contactPoint === null || attempt.contactPoint.trim() === '' ? null : attempt.contactPoint;
  return {
    pack: portfolio.pack.pack,
    now: attempt.at.toISOString(),
    attempt: {
      channel,
      party: {
        id: refOf(attempt.partyId),
        role,
        timezones: plausibleZones({
          partyZone: party?.timezone ?? null,
          region: party?.region ?? null,
          portfolioZone: portfolio.timeZone,
        }),
      },
      debts: [account.ref],
      contact_point: point === null ? null : contactPointLabel(point),
      discloses_debt: attempt.disclosesDebt,
      text: attempt.text,
      staff: [...attempt.staff],
      do_not_contact: point !== null && (facts.doNotContact.get(attempt.partyId)?.has(contactPointKey(point)) ?? false),
      validation_notice: attempt.validationNotice ?? false,
    },
    parties: [...on.entries()].map(([id, r]) => ({ id: refOf(id), role: r })),
    history,
    requests,
    holds,
    time_barred: false,
    first_contact_at: facts.firstContact.get(attempt.accountId) ?? null,
    validation_notice_sent_at: facts.noticeSent.get(attempt.accountId) ?? null,
  };
}

/** A stored contact as the gate reads it: the contact point by its label, like the attempt's. */
function pastContact(h: PastActivity, refOf: (id: number | null) => string): PastContact {
  return {
    at: h.at,
    channel: h.channel,
    party_id: refOf(h.partyId),
    debts: [h.accountRef],
    contact_point: h.contactPoint === null ? null : labelOfKey(h.contactPoint),
    direction: h.direction,
    connected: h.reach.connected,
    conversation: h.reach.conversation,
  };
}

function overridesFor(attempt: GateAttempt, facts: GateFacts): GateOverride[] {
  return (facts.overrides.get(attempt.accountId) ?? [])
    .filter((o) => o.partyId === null || o.partyId === attempt.partyId)
    .map((o) => ({
      overrideId: o.overrideId,
      ruleId: o.ruleId,
      reason: o.reason,
      grantedBy: o.grantedBy,
      grantedAt: o.grantedAt,
      expiresAt: o.expiresAt,
    }));
}
