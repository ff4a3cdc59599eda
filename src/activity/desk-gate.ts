/**
 * The contact gate for a contact a person makes at the desk (a call dialled, a message typed, a visit, a
 * letter): `activity log` asks it before recording an outbound contact, and `compliance precheck` asks it
 * before the collector dials (the HTTP API will call the same). Inbound contacts and notes are not gated:
 * nobody chose to make them; they still count in the history the gate reads.
 *
 * The attempt is judged at its own instant with everything known now (gate-contacts.ts); a blocked
 * contact is refused with every rule that fired, its reason in the language asked, and the next instant
 * the same contact would be allowed.
 */
import type { Kysely } from 'kysely';
import { type ContactResponse, contactResponse } from '../compliance/check-contact.js';
import { attemptChannel, type GateOutcome, gateContacts } from '../compliance/gate-contacts.js';
import { recordBlocks } from '../compliance/record-blocks.js';
import type { Direction } from '../domain/activity/activity-codes.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { gateChannelOf } from '../domain/compliance/activity-contact.js';
import type { ComplianceLanguage } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import { isObligorRole } from '../domain/party/party-codes.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import type { AccountParty } from './activity-rules.js';

/** A manual contact as the desk knows it. */
export interface DeskContact {
  /** accounts.id */
  accountKey: number;
  party: AccountParty;
  /** An activity channel word (phone, sms, email, wechat, post, visit). */
  channel: string;
  contactPoint: string | null;
  staff: readonly string[];
  /** UTC ISO instant the contact is (or was) made. */
  at: string;
}

/** Whether the gate judges a contact of this channel and direction: outbound on a channel that reaches someone. */
export function isGated(channel: string, direction: Direction): boolean {
  return direction === 'outbound' && gateChannelOf(channel) !== null;
}

/** The gate's decision on one manual contact, read with what is known at `now`. */
export async function judgeDeskContact(
  store: Store,
  db: Kysely<Schema>,
  contact: DeskContact,
  now: Date,
): Promise<GateOutcome> {
  const [outcome] = await gateContacts({
    db,
    store,
    now,
    attempts: [
      {
        accountId: contact.accountKey,
        partyId: contact.party.partyKey,
        channel: contact.channel,
        contactPoint: contact.contactPoint,
        text: null,
        staff: contact.staff,
        // Talking about the debt is what a contact with an obligor is for; with anyone else it is never done.
        disclosesDebt: contact.party.roles.some(isObligorRole),
        at: new Date(contact.at),
      },
    ],
  });
  if (!outcome) throw new AppError('INTERNAL', 'the gate gave no decision for the attempt');
  return outcome;
}

/** A decision as the desk prints it: issue 8's response in one language, with the override used. */
export interface DeskDecision extends ContactResponse {
  override_id: string | null;
}

export function deskDecision(outcome: GateOutcome, lang: ComplianceLanguage): DeskDecision {
  return { ...contactResponse(outcome.decision, lang), override_id: outcome.overrideId };
}

/** The rules that blocked, one line each, and when the contact is next allowed, in the language asked. */
export function blockedLines(decision: DeskDecision, lang: ComplianceLanguage): string[] {
  const zh = lang === 'zh-CN';
  const lines = decision.rules
    .filter((r) => r.verdict === 'block')
    .map((r) => `  ${r.id} (${r.citation}): ${r.reason}`);
  const next =
    decision.next_allowed_at === null
      ? zh
        ? '  只有有权限的人员处理后才能再联系。'
        : '  Only a person with the right can lift this.'
      : zh
        ? `  最早可再联系时间：${decision.next_allowed_at}`
        : `  Next allowed at ${decision.next_allowed_at}.`;
  return [...lines, next];
}

/**
 * A contact the gate refused at the desk: CONTACT_BLOCKED, its message the rules that blocked with their
 * reasons and when the contact is next allowed; `decision` is the whole answer, for an edge that prints JSON.
 */
export class ContactBlockedError extends AppError {
  constructor(
    readonly decision: DeskDecision,
    what: string,
    lang: ComplianceLanguage,
  ) {
    const head =
      lang === 'zh-CN'
        ? `合规闸门拦截了这次联系（${what}），未记录；拦截已记录：`
        : `the contact gate blocked this contact (${what}); it was not recorded, the block was:`;
    super('CONTACT_BLOCKED', [head, ...blockedLines(decision, lang)].join('\n'));
  }
}

/**
 * Records what the gate said about a desk contact in contact_blocks (source `desk`), through the one writer
 * of blocks: a refused contact, or one an override let through (which names the override).
 */
export async function recordDeskBlock(
  store: Store,
  db: Kysely<Schema>,
  contact: DeskContact & { businessDay: IsoDate },
  outcome: GateOutcome,
  actor: string,
  now: Date,
): Promise<void> {
  await recordBlocks(
    store,
    db,
    [
      {
        accountId: contact.accountKey,
        partyId: contact.party.partyKey,
        channel: attemptChannel(contact.channel),
        source: 'desk',
        attemptedAt: contact.at,
        businessDay: contact.businessDay,
        decision: outcome.decision,
        overrideId: outcome.overrideId,
        actor,
      },
    ],
    now,
  );
}
