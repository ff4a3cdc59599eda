/**
 * The code lists of the limitation clock, defined once: what may restart (or waive) it, which of those are
 * recorded as legal events (payments and agreed plans are read from their own tables), what an event did
 * to the clock, and the lender kinds the interest caps tell apart. The request of `dunwell legal
 * limitation` (issue 8), the `legal_events` rows and the packs' limitation rules all use these words.
 */
import type { Bilingual } from '../compliance/compliance-codes.js';
import { DELIVERY_ROLES } from '../letter/letter-codes.js';
import type { UserRole } from '../team/team-codes.js';

/**
 * - `demand_delivered`: a demand for payment that reached the debtor (a letter signed for, served by a
 *   notary, handed over; an e-mail or SMS to the address or number the debtor gave).
 * - `payment`: money received on the debt (a part payment too).
 * - `acknowledgement`: the debtor admitted the debt or agreed to pay it (a signed acknowledgement slip).
 * - `plan_agreed`: a repayment plan or settlement the debtor agreed to.
 * - `suit_filed`: a claim filed in court, or arbitration started.
 * - `assignment_notice_delivered`: the notice that the debt was assigned reached the debtor.
 */
export const LIMITATION_EVENT_TYPES = [
  'demand_delivered',
  'payment',
  'acknowledgement',
  'plan_agreed',
  'suit_filed',
  'assignment_notice_delivered',
] as const;
export type LimitationEventType = (typeof LIMITATION_EVENT_TYPES)[number];

/** The types a person records with `dunwell legal event add` (rows of legal_events). */
export const LEGAL_EVENT_TYPES = [
  'demand_delivered',
  'acknowledgement',
  'suit_filed',
  'assignment_notice_delivered',
] as const satisfies readonly LimitationEventType[];
export type LegalEventType = (typeof LEGAL_EVENT_TYPES)[number];

export function isLegalEventType(value: string): value is LegalEventType {
  return (LEGAL_EVENT_TYPES as readonly string[]).includes(value);
}

/**
 * Who may record each: a delivered demand and a signed acknowledgement are desk work (whoever delivered
 * or received it); a suit and a notice of assignment are the legal officer's or a manager's business.
 */
export const LEGAL_EVENT_ROLES: Readonly<Record<LegalEventType, readonly UserRole[]>> = {
  demand_delivered: DELIVERY_ROLES,
  acknowledgement: ['collector', 'field_agent', 'team_lead', 'manager', 'legal', 'admin'],
  suit_filed: ['legal', 'manager', 'admin'],
  assignment_notice_delivered: ['legal', 'manager', 'admin'],
};

/**
 * What an event did to the clock:
 * - `restart`: it fell inside the running period, and a new full period runs from its day;
 * - `waiver`: it came after the period had run out and gives up the defence (a new period runs from it);
 * - `none`: nothing, for the reason `LimitationWhy` names.
 */
export const LIMITATION_EFFECTS = ['restart', 'waiver', 'none'] as const;
export type LimitationEffect = (typeof LIMITATION_EFFECTS)[number];

/**
 * Why an event had the effect it had:
 * - `restarted`, `waived`: it restarted the period, or waived the defence;
 * - `before_start`: it came before the day the period runs from (the last instalment's due date), so the
 *   period from that day ends later anyway;
 * - `not_counted`: the pack does not let this kind of event restart the period (a demand in England);
 * - `after_expiry`: the period had run out, and this kind of event does not revive the debt;
 * - `absolute_limit`: it restarted the period (or waived the defence), but the absolute limit ends it first.
 */
export const LIMITATION_WHYS = [
  'restarted',
  'waived',
  'before_start',
  'not_counted',
  'after_expiry',
  'absolute_limit',
] as const;
export type LimitationWhy = (typeof LIMITATION_WHYS)[number];

export const LIMITATION_EVENT_WORDS: Readonly<Record<LimitationEventType, Bilingual>> = {
  demand_delivered: { 'zh-CN': '催收通知送达', en: 'demand delivered' },
  payment: { 'zh-CN': '还款', en: 'payment' },
  acknowledgement: { 'zh-CN': '债务人确认债务', en: 'acknowledgement' },
  plan_agreed: { 'zh-CN': '达成还款计划', en: 'plan agreed' },
  suit_filed: { 'zh-CN': '提起诉讼或仲裁', en: 'suit or arbitration filed' },
  assignment_notice_delivered: { 'zh-CN': '债权转让通知送达', en: 'notice of assignment delivered' },
};

/** Who lent the money decides the interest cap (pack `interest.caps`): a licensed lender or a private one. */
export const LENDER_KINDS = ['licensed', 'private'] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

export function isLenderKind(value: string): value is LenderKind {
  return (LENDER_KINDS as readonly string[]).includes(value);
}
