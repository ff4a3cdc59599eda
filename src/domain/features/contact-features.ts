/**
 * What the recorded work on an account tells a strategy: how often the debtor was reached and tried,
 * when an obligor was last reached, how the debtor kept their promises and their arrangements.
 *
 * - A right-party contact is an activity whose outcome says an obligor was reached
 *   (RIGHT_PARTY_OUTCOMES), whichever side started it: a debtor who rings back and promises is reached.
 *   An internal activity reaches nobody outside, so it never counts (the desk and the import refuse
 *   that combination anyway).
 * - A contact attempt is something we did to reach someone outside: an outbound activity on any channel
 *   (calls, visits, letters, automatic messages), whatever came of it, except outcomes that are no
 *   attempt at all (NON_ATTEMPT_OUTCOMES, a note). An inbound call is the debtor's doing, not our attempt;
 *   so `rpc_30` may exceed `attempts_30` for a debtor who calls in.
 * - Promises count by the verdict the cycle gave them: `kept` and `broken`. A `partly_kept` promise is
 *   neither: the debtor paid something but not what they promised, and counting it as either would make a
 *   part payment look like a clean record or like nothing paid. Pending and cancelled promises have no
 *   verdict.
 * - Arrangements count when they ended `breached`.
 *
 * The two activity rules are data as well as predicates: the cycle hands them to the database, which
 * counts a whole range of accounts in one pass (a storage test checks that both readings agree on every
 * direction and outcome).
 */
import {
  type Direction,
  NON_ATTEMPT_OUTCOMES,
  type Outcome,
  RIGHT_PARTY_OUTCOMES,
} from '../activity/activity-codes.js';
import type { ArrangementStatus } from '../arrangement/arrangement-codes.js';
import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { PromiseVerdict } from '../promise/promise-codes.js';

/** Days of the contact window: right-party contacts and attempts over the 30 days ending on as_of. */
export const CONTACT_WINDOW_DAYS = 30;

/** Days a verdict is remembered: promises decided and arrangements closed in the 365 days ending on as_of. */
export const RECORD_WINDOW_DAYS = 365;

/** The last day before a window of `days` days that ends on as_of: the window is (start, as_of]. */
export function windowStart(asOf: IsoDate, days: number): IsoDate {
  return addDays(asOf, -days);
}

/** A right-party contact: one of these outcomes, in any direction but this one. */
export const RIGHT_PARTY_RULE: { readonly outcomes: readonly Outcome[]; readonly notDirection: Direction } = {
  outcomes: RIGHT_PARTY_OUTCOMES,
  notDirection: 'internal',
};

/** A contact attempt: this direction, any outcome but these. */
export const ATTEMPT_RULE: { readonly direction: Direction; readonly notOutcomes: readonly Outcome[] } = {
  direction: 'outbound',
  notOutcomes: NON_ATTEMPT_OUTCOMES,
};

export function isRightPartyActivity(direction: string, outcome: string): boolean {
  return (
    direction !== RIGHT_PARTY_RULE.notDirection && (RIGHT_PARTY_RULE.outcomes as readonly string[]).includes(outcome)
  );
}

export function isContactAttempt(direction: string, outcome: string): boolean {
  return direction === ATTEMPT_RULE.direction && !(ATTEMPT_RULE.notOutcomes as readonly string[]).includes(outcome);
}

/** One account's activities as counted by the rules above, up to as_of. */
export interface ContactCounts {
  /** Right-party contacts and attempts in the contact window. */
  rpc30: number;
  attempts30: number;
  /** The latest day of a right-party contact on or before as_of, however old; null when there was none. */
  lastRpcOn: IsoDate | null;
}

export const NO_CONTACTS: ContactCounts = { rpc30: 0, attempts30: 0, lastRpcOn: null };

/** Rows of one account counted by status (promises decided, arrangements closed, in the record window). */
export interface StatusCount {
  status: string;
  count: number;
}

// The statuses counted, typed against their code lists so a renamed code does not compile.
const KEPT: PromiseVerdict = 'kept';
const BROKEN: PromiseVerdict = 'broken';
const BREACHED: ArrangementStatus = 'breached';

function countOf(counts: readonly StatusCount[], status: string): number {
  return counts.reduce((sum, c) => (c.status === status ? sum + c.count : sum), 0);
}

/** Promises kept and broken among those decided in the record window (partly kept counts as neither). */
export function promiseRecord(decided: readonly StatusCount[]): { kept: number; broken: number } {
  return { kept: countOf(decided, KEPT), broken: countOf(decided, BROKEN) };
}

/** Arrangements that ended breached in the record window. */
export function arrangementsBreached(closed: readonly StatusCount[]): number {
  return countOf(closed, BREACHED);
}
