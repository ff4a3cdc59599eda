/**
 * The code lists of letters and notices sent to a debtor, defined once: which kinds there are, what each
 * is stored as, how long it gives the debtor, who may send it, and how its delivery may be proven.
 */
import type { LegalEventType } from '../legal/limitation-codes.js';
import type { UserRole } from '../team/team-codes.js';

/**
 * - `demand` 催收通知书: the overdue amount by component, a day to pay by, how to pay, the debtor's
 *   acknowledgement slip.
 * - `final_demand` 最后催告函: the same, saying truthfully that the creditor may then take the lawful
 *   steps open to it (legal review, a claim in court); never sent on a time-barred debt.
 * - `validation_notice` 债务核实通知: the content of Regulation F § 1006.34 (itemisation date and the
 *   amounts since, the validation period's end, how to dispute), with a response form as its slip.
 * - `credit_report_notice` 征信报送事先告知书: the prior notice before negative information is reported to
 *   a credit reference agency (征信业管理条例 第十五条), with the right to object.
 */
export const LETTER_KINDS = ['demand', 'final_demand', 'validation_notice', 'credit_report_notice'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/** The languages a letter is written in (BCP 47), and the short names the command line takes. */
export const LETTER_LANGUAGES = ['zh-CN', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
export const LANGUAGE_OPTIONS: Readonly<Record<string, LetterLanguage>> = { zh: 'zh-CN', 'zh-CN': 'zh-CN', en: 'en' };

/** How a letter's PDF is filed in the evidence store: a demand is a letter, the others are notices. */
export const LETTER_EVIDENCE_KIND: Readonly<Record<LetterKind, 'letter' | 'notice'>> = {
  demand: 'letter',
  final_demand: 'letter',
  validation_notice: 'notice',
  credit_report_notice: 'notice',
};

/**
 * Calendar days from the letter's date to the day it names: pay by (demand, final demand), report no
 * earlier than (credit-report notice). The validation notice counts its own way (validationPeriodEnd).
 */
export const RESPOND_DAYS: Readonly<Record<Exclude<LetterKind, 'validation_notice'>, number>> = {
  demand: 15,
  final_demand: 10,
  credit_report_notice: 15,
};

/**
 * Who may send each kind: a demand or a validation notice is desk work; a final demand and a notice of a
 * credit report announce steps the lender must really be ready to take, so a lead or above decides them.
 */
export const LETTER_ROLES: Readonly<Record<LetterKind, readonly UserRole[]>> = {
  demand: ['collector', 'team_lead', 'manager', 'legal', 'admin'],
  validation_notice: ['collector', 'team_lead', 'manager', 'legal', 'admin'],
  final_demand: ['team_lead', 'manager', 'legal', 'admin'],
  credit_report_notice: ['team_lead', 'manager', 'legal', 'admin'],
};

/** Who may record that a letter reached the debtor (a field agent hands letters over too). */
export const DELIVERY_ROLES: readonly UserRole[] = [
  'collector',
  'field_agent',
  'team_lead',
  'manager',
  'legal',
  'admin',
];

/**
 * How a letter's delivery is proven. Only proof that it reached the debtor counts: a demand that reached
 * the debtor restarts the limitation clock (民法典 第一百九十五条), so a letter merely posted is not enough.
 * E-mail and SMS count only to an address or number the debtor gave for notices.
 */
export const DELIVERY_METHODS = [
  'registered_mail',
  'notarized_service',
  'signed_receipt',
  'email_to_given_address',
  'sms_to_given_number',
] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The legal_events type a proven delivery is recorded as (the limitation clock reads it). */
export const DEMAND_DELIVERED: LegalEventType = 'demand_delivered';

/**
 * The kinds whose delivery is a demand that reached the debtor: each asks for the overdue amount by a day.
 * A validation notice tells the debt and the right to dispute it; its delivery is recorded on the letter
 * but restarts no clock.
 */
export const DEMAND_KINDS: readonly LetterKind[] = ['demand', 'final_demand', 'credit_report_notice'];

export const LETTER_KIND_LABELS: Readonly<Record<LetterKind, { en: string; zh: string }>> = {
  demand: { en: 'demand for payment', zh: '催收通知书' },
  final_demand: { en: 'final demand before legal action', zh: '最后催告函' },
  validation_notice: { en: 'debt validation notice', zh: '债务核实通知' },
  credit_report_notice: { en: 'notice before credit reporting', zh: '征信报送事先告知书' },
};

export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, { en: string; zh: string }>> = {
  registered_mail: { en: 'registered mail, signed for', zh: '挂号信（签收）' },
  notarized_service: { en: 'service witnessed by a notary', zh: '公证送达' },
  signed_receipt: { en: 'handed over against a signed receipt', zh: '当面送达并签收' },
  email_to_given_address: { en: 'e-mail to the address the debtor gave', zh: '发送至债务人约定的电子邮箱' },
  sms_to_given_number: { en: 'SMS to the number the debtor gave', zh: '发送至债务人约定的手机号码' },
};
