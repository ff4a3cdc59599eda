/**
 * A strategy as a manager writes it (YAML, checked by src/strategy/strategy-schema.ts): the shape the
 * compiler reads. Everything here is data; compile-strategy.ts turns it into functions once per version.
 *
 * Conventions a reader of a strategy relies on:
 * - Lists are ordered and the first match wins (grading, tiering, segments); actions in a treatment are
 *   all considered and every one whose timing holds today is planned.
 * - Money in conditions is written in major units of `currency` ("5000" or 5000.5) and converted once; an
 *   account in another currency never matches a money condition.
 * - Times of day are `HH:MM` in the party's local time.
 */
import type { UserRole } from '../team/team-codes.js';
import type { FactName } from './account-facts.js';
import type { Action, Channel, Grade, TieBreak, Tier, Tone } from './strategy-codes.js';

/** A scalar a condition compares a fact with. Money may be a decimal string in major units. */
export type ConditionScalar = string | number | boolean | null;

/** Operators on one fact; several in one object must all hold (`{gte: 31, lte: 60}`). */
export interface FactOperators {
  eq?: ConditionScalar;
  ne?: ConditionScalar;
  gt?: number | string;
  gte?: number | string;
  lt?: number | string;
  lte?: number | string;
  in?: readonly ConditionScalar[];
  not_in?: readonly ConditionScalar[];
  between?: readonly [number | string, number | string];
  /** List facts (watch): the list holds this value. */
  includes?: string;
  /** List facts (watch): the list holds at least one of these. */
  includes_any?: readonly string[];
  /** Nullable facts: true matches a missing value, false a present one. */
  is_null?: boolean;
}

/** What a condition says about one fact: a scalar (equals), a list (one of), or operators. */
export type FactTest = ConditionScalar | readonly ConditionScalar[] | FactOperators;

/** Facts named as keys are AND-ed; `all`, `any` and `not` combine nested conditions. */
export type Condition = { readonly [F in FactName]?: FactTest } & {
  readonly all?: readonly Condition[];
  readonly any?: readonly Condition[];
  readonly not?: Condition;
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When an action is due. Every key given must hold on the day (they are AND-ed). */
export interface Timing {
  /** Exactly these days past due. */
  dpd?: readonly number[];
  /** From this DPD on (inclusive)… */
  dpd_from?: number;
  /** …up to this DPD (inclusive). */
  dpd_to?: number;
  /** Every N days counted from `dpd_from` (day dpd_from, dpd_from + N, …). */
  every?: number;
  /** Only on a payday or the day before one. */
  paydays?: boolean;
  /** Only on these days of the week. */
  weekdays?: readonly Weekday[];
  /** Only this many days after the latest watch event (0 = the day it was seen). */
  days_since_watch?: readonly number[];
}

export interface TimeWindow {
  from: string;
  to: string;
  /** What the window is for ("negotiation", "follow-up"): shown in the reason a collector reads. */
  purpose?: string;
}

export interface ActionStep {
  action: Action;
  on: Timing;
  /** An extra condition on the account's facts. */
  when?: Condition;
  /** A window named in `windows`, or one written in place. */
  window: string | TimeWindow;
  /** Defaults to the tier's tone. */
  tone?: Tone;
  template?: string;
  /** Work this action at this tier instead of the segment's or the account's. */
  tier?: Tier;
  /** Expected minutes, instead of the action's usual. */
  minutes?: number;
}

export interface Variant {
  id: string;
  /** A positive integer; an account's share is weight ÷ the sum of the segment's weights. */
  weight: number;
  treatment: readonly ActionStep[];
}

export interface StrategySegment {
  id: string;
  name_zh: string;
  name_en: string;
  /** Absent: every account that reaches this segment matches (a catch-all at the end). */
  when?: Condition;
  /** The tier this segment's actions are worked at, instead of the account's tier. */
  tier?: Tier;
  /** Exactly one of treatment and variants. */
  treatment?: readonly ActionStep[];
  variants?: readonly Variant[];
}

export interface TierSpec {
  label_zh: string;
  label_en: string;
  tone: Tone;
  /** Channels an action of this tier may use; an action on another channel is refused. */
  channels: readonly Channel[];
  /** What pressure means at this tier, in words the team reads (always within the law). */
  pressure: string;
  worked_by: readonly UserRole[];
}

export interface StrategyDocument {
  name: string;
  description: string;
  currency: string;
  /** Days of the month that are paydays; absent: the portfolio's. */
  paydays?: readonly number[];
  windows: Readonly<Record<string, TimeWindow>>;
  grading: { rules: readonly { grade: Grade; when: Condition }[]; default: Grade };
  tiering: { rules: readonly { tier: Tier; when: Condition }[]; default: Tier };
  tiers: Readonly<Record<Tier, TierSpec>>;
  contact_order: {
    /** Obligors (co-borrowers, guarantors) are called only after this many days without a right-party contact. */
    obligors_after_days_without_rpc: number;
    /** Third parties are called, to locate the borrower only, after this many days without one. */
    third_parties_after_days_without_rpc: number;
  };
  escalation?: {
    rotate_after_days?: number | null;
    team_lead_when?: Condition;
    concerted_when?: Condition;
    concerted_collectors?: number;
    /** Major units of `currency`. */
    key_account_amount?: number | string | null;
  };
  tie_breaks: readonly TieBreak[];
  segments: readonly StrategySegment[];
}
