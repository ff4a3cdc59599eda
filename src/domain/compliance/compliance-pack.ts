/**
 * A rule pack: the rules of one jurisdiction as data (examples/compliance-packs/<pack>.yaml), versioned,
 * each rule with its id, its citation, its reason in both languages and its parameters. The gate
 * (decide-contact.ts) evaluates every rule of the pack; a portfolio will choose its pack.
 *
 * Counting is in calendar days in the party's local time, in every plausible zone of the party (a rule
 * blocks when it blocks in any of them). Boundaries are explicit parameters; the packs ship the safer
 * reading.
 */
import type { PackInterest } from '../legal/interest-cap.js';
import type { PackLimitation } from '../legal/limitation-rules.js';
import type { Bilingual, GateChannel, HoldType, PackId } from './compliance-codes.js';

interface RuleBase {
  /** `<pack>.<name>`, unique in the pack: what a decision names. */
  id: string;
  citation: string;
  reason: Bilingual;
}

export interface ContactWindowRule extends RuleBase {
  kind: 'contact_window';
  params: {
    /** Local wall-clock minutes, `HH:MM`; start before end (a window does not span midnight). */
    start: string;
    end: string;
    /** Whether the minute `start` itself is inside (08:00 when "not before 8:00"). */
    start_included: boolean;
    /** Whether the minute `end` itself is inside; false is the safer reading of "not after 21:00". */
    end_included: boolean;
    channels: GateChannel[];
  };
}

export interface DailyAttemptsRule extends RuleBase {
  kind: 'daily_attempts';
  /** Unanswered attempts (no conversation) to the same contact point per local day. */
  params: { max: number; channels: GateChannel[] };
}

export interface DailyConversationsRule extends RuleBase {
  kind: 'daily_conversations';
  /** Conversations with the same person per local day; `count_inbound` counts those the person started. */
  params: { max: number; channels: GateChannel[]; count_inbound: boolean };
}

/** How Regulation F counts calls (1006.14(b)(3)); the parameters say each reading out loud. */
export interface CallCounting {
  /** Calls that did not reach the number (busy, out of service) count only when true. */
  count_unconnected: boolean;
  /** Calls the person made to us count only when true. */
  count_inbound: boolean;
  /** A call placed within this many local days after the person's consent to be called does not count, nor is it limited. */
  consent_exempt_days: number;
}

export interface CallFrequencyRule extends RuleBase {
  kind: 'call_frequency';
  /** At most `max_calls` calls per person per debt within any `days` consecutive local days. */
  params: CallCounting & { max_calls: number; days: number; channels: GateChannel[] };
}

export interface ConversationCooldownRule extends RuleBase {
  kind: 'conversation_cooldown';
  /**
   * No call to a person about a debt within `days` local days after a conversation with them about it;
   * the conversation's own day is day 1. `inbound_conversations_count`: a conversation on a call the
   * person made starts the cooldown too.
   */
  params: { days: number; channels: GateChannel[]; inbound_conversations_count: boolean; consent_exempt_days: number };
}

export interface ThirdPartyUnreachableRule extends RuleBase {
  kind: 'third_party_unreachable';
  /** A third party may be contacted only after this many outbound attempts in a row to the obligors failed. */
  params: { failed_attempts: number };
}

export interface ThirdPartyDisclosureRule extends RuleBase {
  kind: 'third_party_disclosure';
  params: Record<string, never>;
}

export interface ThirdPartyOnceRule extends RuleBase {
  kind: 'third_party_once';
  params: Record<string, never>;
}

export interface ThirdPartyRefusedRule extends RuleBase {
  kind: 'third_party_refused';
  params: Record<string, never>;
}

export interface CeaseRule extends RuleBase {
  kind: 'cease';
  params: Record<string, never>;
}

export interface StopChannelRule extends RuleBase {
  kind: 'stop_channel';
  params: Record<string, never>;
}

export interface RepresentedRule extends RuleBase {
  kind: 'represented';
  params: Record<string, never>;
}

export interface HoldRule extends RuleBase {
  kind: 'hold';
  params: { hold: HoldType };
}

export interface VisitStaffRule extends RuleBase {
  kind: 'visit_staff';
  params: { min_staff: number };
}

export interface OptOutRule extends RuleBase {
  kind: 'opt_out';
  /** A message on these channels carries one of the markers (matched without regard to case). */
  params: { channels: GateChannel[]; markers: string[] };
}

export interface DoNotContactRule extends RuleBase {
  kind: 'do_not_contact';
  /** The contact point attempted is marked do-not-contact: it is not used, on any channel. */
  params: Record<string, never>;
}

export interface ValidationNoticeRule extends RuleBase {
  kind: 'validation_notice';
  /**
   * The validation notice goes in the initial communication or within `days` local calendar days after it
   * (the initial communication's day is day 0): from the start of the day after the last of those days,
   * no communication with an obligor other than the notice itself until the notice has been sent.
   */
  params: { days: number };
}

export interface TimeBarredRule extends RuleBase {
  kind: 'time_barred';
  params: {
    /** Once the customer says the debt is statute-barred (a `statute_barred_claimed` request), contact stops. */
    stop_when_claimed: boolean;
    /** A message about a time-barred debt is read by the language guard's time-barred mode: no threat of suit. */
    check_text: boolean;
  };
}

export interface LanguageRule extends RuleBase {
  kind: 'language';
  /** A message's text passes the language guard (third-party mode to a third party, time-barred mode when barred). */
  params: Record<string, never>;
}

export type PackRule =
  | ContactWindowRule
  | DailyAttemptsRule
  | DailyConversationsRule
  | CallFrequencyRule
  | ConversationCooldownRule
  | ThirdPartyUnreachableRule
  | ThirdPartyDisclosureRule
  | ThirdPartyOnceRule
  | ThirdPartyRefusedRule
  | CeaseRule
  | StopChannelRule
  | RepresentedRule
  | HoldRule
  | VisitStaffRule
  | OptOutRule
  | DoNotContactRule
  | ValidationNoticeRule
  | TimeBarredRule
  | LanguageRule;

/** A fact a pack records for the legal side (not checked by the gate): with its citation and words. */
export interface PackFact {
  citation: string;
  reason: Bilingual;
}

export interface CompliancePack {
  pack: PackId;
  /** Raised with every change of the rules; a decision can name the version it was made under. */
  version: number;
  title: Bilingual;
  rules: PackRule[];
  /** How long call recordings and records are kept, in years. */
  retention: PackFact & { years: number };
  /** The limitation clock: periods by where the debt is governed, counting, restarts, waivers (domain/legal/limitation-rules.ts). */
  limitation: PackLimitation;
  /** Interest caps by lender kind and the penalty uplift range (domain/legal/interest-cap.ts). */
  interest: PackInterest;
}
