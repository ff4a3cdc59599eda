/**
 * The code lists of collection strategy, defined once: grades, tiers, actions and what each action is
 * (its channel, whether a person does it, whom it addresses, how long it takes, what skill it needs),
 * watch-event types, tones and the methodology's tie-breaks. The strategy schema, the compiler, the queue
 * and the reports all derive from these lists.
 */
import type { Skill, UserRole } from '../team/team-codes.js';

/** 好 / 中 / 差: how an account behaves, from payment history and promises. */
export const GRADES = ['good', 'medium', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Readonly<Record<Grade, { en: string; zh: string }>> = {
  good: { en: 'good', zh: '好' },
  medium: { en: 'medium', zh: '中' },
  poor: { en: 'poor', zh: '差' },
};

/** 初级 / 中级 / 高级 collection: how hard the account is worked (always within the law). */
export const TIERS = ['primary', 'intermediate', 'senior'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Readonly<Record<Tier, { en: string; zh: string }>> = {
  primary: { en: 'primary', zh: '初级' },
  intermediate: { en: 'intermediate', zh: '中级' },
  senior: { en: 'senior', zh: '高级' },
};

/** The tone an action is delivered in. */
export const TONES = ['friendly', 'neutral', 'firm', 'formal'] as const;
export type Tone = (typeof TONES)[number];

/** Whom an action addresses. Third parties are contacted only to locate the borrower, never told the debt. */
export const TARGETS = ['borrower', 'obligor', 'third_party'] as const;
export type Target = (typeof TARGETS)[number];

export const CHANNELS = ['sms', 'email', 'wechat', 'phone', 'post', 'visit', 'review'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface ActionSpec {
  channel: Channel;
  /** A person does it (it goes to the queue); otherwise it is an automatic message for the outbox. */
  manual: boolean;
  target: Target;
  /** Expected minutes of work, the denominator of priority; a strategy may override per action. */
  minutes: number;
  /** Who can do it: the roles allowed and a skill required (if any). */
  roles: readonly UserRole[];
  skill: Skill | null;
}

export const ACTIONS = {
  sms: { channel: 'sms', manual: false, target: 'borrower', minutes: 0, roles: [], skill: null },
  email: { channel: 'email', manual: false, target: 'borrower', minutes: 0, roles: [], skill: null },
  wechat: { channel: 'wechat', manual: false, target: 'borrower', minutes: 0, roles: [], skill: null },
  letter: { channel: 'post', manual: false, target: 'borrower', minutes: 0, roles: [], skill: null },
  call: {
    channel: 'phone',
    manual: true,
    target: 'borrower',
    minutes: 6,
    roles: ['collector', 'team_lead'],
    skill: null,
  },
  visit: { channel: 'visit', manual: true, target: 'borrower', minutes: 120, roles: ['field_agent'], skill: 'field' },
  guarantor_call: {
    channel: 'phone',
    manual: true,
    target: 'obligor',
    minutes: 8,
    roles: ['collector', 'team_lead'],
    skill: null,
  },
  third_party_locate: {
    channel: 'phone',
    manual: true,
    target: 'third_party',
    minutes: 5,
    roles: ['collector', 'team_lead'],
    skill: null,
  },
  team_lead_call: {
    channel: 'phone',
    manual: true,
    target: 'borrower',
    minutes: 10,
    roles: ['team_lead'],
    skill: null,
  },
  legal_review: { channel: 'review', manual: true, target: 'borrower', minutes: 30, roles: ['legal'], skill: 'legal' },
  collateral_review: {
    channel: 'review',
    manual: true,
    target: 'borrower',
    minutes: 20,
    roles: ['legal', 'team_lead'],
    skill: 'collateral',
  },
} as const satisfies Record<string, ActionSpec>;
export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

/** What can happen to a debtor or an account that a strategy may react to (篇五: watch the debtor). */
export const WATCH_EVENT_TYPES = [
  'address_change',
  'phone_change',
  'employer_change',
  'ownership_change',
  'management_change',
  'litigation',
  'insolvency',
  'death',
] as const;
export type WatchEventType = (typeof WATCH_EVENT_TYPES)[number];

/**
 * The methodology's orderings (先易后难, 先好后差, 先小额后大额, 先近程后远程, 先重点后一般), used to break ties
 * between items of equal priority, in the order a strategy lists them.
 */
export const TIE_BREAKS = ['easy_first', 'good_first', 'small_first', 'near_first', 'key_first'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

/** Paydays when a portfolio names none (篇二: 5th, 10th, 15th, 28th, 30th). */
export const DEFAULT_PAYDAYS: readonly number[] = [5, 10, 15, 28, 30];
