/**
 * The code lists of an activity — every contact attempt, conversation, visit, letter and note on an
 * account — defined once here: the desk, the import, the outbox and the reports validate against them
 * and derive their types from them.
 */
import { CHANNELS } from '../strategy/strategy-codes.js';

/**
 * How the contact happened: the strategy's channels (phone, sms, email, wechat, post, visit, review) plus
 * a note that records no contact at all (a collector's remark, a call from a lawyer written down).
 */
export const ACTIVITY_CHANNELS = [...CHANNELS, 'note'] as const;
export type ActivityChannel = (typeof ACTIVITY_CHANNELS)[number];

/** Who started it: we did, the debtor (or someone for them) did, or nobody outside (a note, a review). */
export const DIRECTIONS = ['outbound', 'inbound', 'internal'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * What came of it. `right_party_contact` and every outcome after it in RIGHT_PARTY_OUTCOMES mean the
 * collector reached an obligor (the borrower or someone who signed for the debt); the others are attempts.
 */
export const OUTCOMES = [
  'no_answer',
  'busy',
  'voicemail',
  'wrong_number',
  'unreachable',
  'third_party',
  'right_party_contact',
  'refused',
  'promise',
  'dispute',
  'callback',
  'hardship',
  'paid',
  'deceased',
  'visited',
  'not_found',
  'delivered',
  'failed',
  'note',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes that mean the right party (an obligor) was reached: they count as right-party contacts. */
export const RIGHT_PARTY_OUTCOMES: readonly Outcome[] = [
  'right_party_contact',
  'refused',
  'promise',
  'dispute',
  'callback',
  'hardship',
  'paid',
  'visited',
];

/** Outcomes that are not a contact attempt at all (they do not count as attempts). */
export const NON_ATTEMPT_OUTCOMES: readonly Outcome[] = ['note'];

export function isRightPartyContact(outcome: string): boolean {
  return (RIGHT_PARTY_OUTCOMES as readonly string[]).includes(outcome);
}

/**
 * The methodology's excuse categories (篇二): why a debtor says they have not paid. The playbook gives
 * each its lawful response and follow-up; an activity records which one the debtor gave.
 */
export const EXCUSE_CATEGORIES = [
  'third_party_owes_me',
  'professional_defaulter',
  'over_indebted',
  'co_borrowers_passing_buck',
  'crying_poor_or_scene',
  'education_loan_dispute',
  'linked_to_fraud_case',
  'hiding',
  'absconded',
  'sue_me',
  'dead_jailed_incapacitated',
  'not_cooperating',
  'contact_shielding_debtor',
  'half_lost_contact',
] as const;
export type ExcuseCategory = (typeof EXCUSE_CATEGORIES)[number];

/** Where an activity came from: the desk (a person), an import, the outbox (an automatic message), the cycle. */
export const ACTIVITY_SOURCES = ['desk', 'import', 'outbox', 'cycle'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];
