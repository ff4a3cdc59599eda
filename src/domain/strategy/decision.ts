/**
 * What a compiled strategy answers for one account on one day, and the compiled strategy's interface.
 * The compiler (compile-strategy.ts) builds a `CompiledStrategy` once per version; the cycle, the
 * preview and the benchmark call it for every account without re-reading the document.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { UserRole } from '../team/team-codes.js';
import type { AccountFacts } from './account-facts.js';
import type { Action, Channel, Grade, Target, TieBreak, Tier, Tone } from './strategy-codes.js';

/** A time of day `HH:MM` in the party's local time. */
export type LocalTime = string;

export interface PlannedAction {
  action: Action;
  channel: Channel;
  /** A person does it (queue) or it is sent automatically (outbox). */
  manual: boolean;
  target: Target;
  /** When in the party's local day. */
  window: { from: LocalTime; to: LocalTime };
  tone: Tone;
  template: string | null;
  tier: Tier;
  minutes: number;
  /** Why today, in words a collector reads: `M2 day 38, payday (10th); no right-party contact for 9 days`. */
  reason: string;
}

export interface Decision {
  grade: Grade;
  tier: Tier;
  /** The segment the account falls in; null when no segment matches (no work today). */
  segment: string | null;
  /** The champion/challenger variant inside the segment; null when the segment has no split. */
  variant: string | null;
  actions: PlannedAction[];
}

/** The day the decision is for, with what timing rules need besides the account's facts. */
export interface DecisionDay {
  asOf: IsoDate;
  /** Days of the month that are paydays for this account's portfolio. */
  paydays: readonly number[];
}

/** The escalation rules the queue applies after the strategy decided (人员交换, 领导出面, 群体进攻). */
export interface EscalationRules {
  /** Move an account to another collector after this many days without progress; null: never. */
  rotateAfterDays: number | null;
  /** Accounts matching this go to the team lead (领导出面). */
  teamLead: (facts: AccountFacts) => boolean;
  /** Accounts matching this get a concerted push by several collectors on one day (群体进攻). */
  concerted: (facts: AccountFacts) => boolean;
  /** How many collectors join a concerted push. */
  concertedCollectors: number;
  /** An account whose outstanding is at least this (minor units, strategy currency) is a key account. */
  keyAccountMinor: number | null;
}

export interface CompiledStrategy {
  name: string;
  /** The strategy's own currency: money thresholds were converted with its minor unit. */
  currency: string;
  tieBreaks: readonly TieBreak[];
  escalation: EscalationRules;
  /** Paydays the strategy sets, overriding the portfolio's; null: use the portfolio's. */
  paydays: readonly number[] | null;
  grade(facts: AccountFacts): Grade;
  tier(facts: AccountFacts & { grade: Grade }): Tier;
  /** Grade, tier, segment, variant and today's actions. Pure; `facts` is not modified. */
  decide(facts: AccountFacts, day: DecisionDay): Decision;
  /** Who works each tier (roles); the queue gives an item only to these, among those its action allows. */
  workedBy: Readonly<Record<Tier, readonly UserRole[]>>;
  /** Segment and variant ids in document order, for previews and reports. */
  segments: readonly { id: string; variants: readonly string[] }[];
}
