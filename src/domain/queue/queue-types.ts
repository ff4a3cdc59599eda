/**
 * The shapes the daily queue is built from and into. The cycle turns each account's manual planned
 * actions into `Candidate`s; `assignWork` (assign-work.ts) prioritises them and gives each one an
 * assignee from the floor (`Worker`s in `Team`s), returning the day's items.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { PlannedAction } from '../strategy/decision.js';
import type { Grade, TieBreak, Tier } from '../strategy/strategy-codes.js';
import type { Skill, UserRole } from '../team/team-codes.js';

export interface Candidate {
  /** Internal account id and the lender's account id. */
  accountId: number;
  accountRef: string;
  /** The party the action addresses (internal id); null when the account has none of that kind. */
  partyId: number | null;
  planned: PlannedAction;
  segment: string;
  variant: string | null;
  grade: Grade;
  tier: Tier;
  customerType: string;
  stage: string;
  dpd: number;
  /** Chance of payment (0–1) from the portfolio's table for the account's grade and bucket. */
  pPay: number;
  /** What can be collected now (past due), minor units, and everything owed. */
  collectable: number;
  outstanding: number;
  currency: string;
  /** The party's language and region, for matching the collector. */
  language: string | null;
  region: string | null;
  /** Who has the account now and since when; the day of its last progress (payment, right-party contact). */
  assignee: string | null;
  assignedOn: IsoDate | null;
  lastProgressOn: IsoDate | null;
  /** Escalations the strategy's rules found for the account today. */
  toTeamLead: boolean;
  concerted: boolean;
  keyAccount: boolean;
  /** The item follows up a promise judged broken today: its priority counts double (promise-follow-up.ts). */
  brokenPromise?: boolean;
  /** Skills the account needs beyond the action's own (`sme` for small-business and company debtors…). */
  skills: readonly Skill[];
  /**
   * Who works the account's tier (the strategy's `worked_by`): of the roles the action allows, only these
   * take the item; when none of them is among the action's roles, the action's roles stand. Left out: any.
   */
  roles?: readonly UserRole[];
}

export interface Worker {
  userId: string;
  role: UserRole;
  teamId: string | null;
  languages: readonly string[];
  regions: readonly string[];
  skills: readonly Skill[];
  /** Work items a day. */
  capacity: number;
}

export interface FloorTeam {
  teamId: string;
  leadUserId: string | null;
  /** Life-cycle stages the team works; empty: any. */
  stages: readonly string[];
}

export interface QueueRules {
  asOf: IsoDate;
  tieBreaks: readonly TieBreak[];
  rotateAfterDays: number | null;
  concertedCollectors: number;
}

export interface QueueItem {
  candidate: Candidate;
  /** Expected recovery per minute, minor units (rounded half-even): pPay × collectable ÷ minutes. */
  priority: number;
  /** Position in the day's queue, 1 = first. */
  rank: number;
  assignee: string;
  /** The second field agent of a visit. */
  partner: string | null;
  /** The candidate's reason plus why this assignee (`kept`, `rotated after 15 days without progress`, …). */
  reason: string;
}

export interface AccountAssignment {
  accountId: number;
  assignee: string;
  /** The day the account came to this assignee (unchanged when it stayed). */
  assignedOn: IsoDate;
  /** The previous assignee when it moved today. */
  from: string | null;
}

export interface QueueResult {
  items: QueueItem[];
  /**
   * Candidates left for a later day because the floor's capacity is used up (the lowest priorities are
   * deferred first), with why. Every candidate is either an item or deferred: when no worker has the
   * role, skill, language or region an item needs, it goes to the team lead (then a manager) with that
   * said in its reason, never nowhere.
   */
  deferred: { candidate: Candidate; why: string }[];
  /** Accounts whose owner changed or was set today. */
  assignments: AccountAssignment[];
}
