/**
 * The rules every activity follows whoever records it — a person at the desk (`activity log`) or a source
 * system (the activities import) — so both refuse the same things for the same reasons. A check returns
 * its reason without naming the field; each caller names it its own way (`at`, `started_at`).
 */
import { type ActivityChannel, type Direction, isRightPartyContact } from '../domain/activity/activity-codes.js';
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { checkInstantRange } from '../domain/calendar/date-range.js';
import { isObligorRole } from '../domain/party/party-codes.js';

/** Channels on which nobody outside is reached: a collector's note, a review of the file. */
const INTERNAL_CHANNELS: readonly ActivityChannel[] = ['note', 'review'];

/**
 * The direction when none is given: a note or a review stays inside the house; anything else on a contact
 * channel is most often us reaching out (an inbound call is the exception the caller says).
 */
export function defaultDirection(channel: ActivityChannel): Direction {
  return INTERNAL_CHANNELS.includes(channel) ? 'internal' : 'outbound';
}

/** What the checks need to know about the account an activity is on. */
export interface ActivityAccount {
  accountId: string;
  openedOn: IsoDate;
  /** The portfolio's IANA time zone: an activity's business day is read on its wall clock. */
  timeZone: string;
}

/**
 * When an activity started (a UTC instant): something that happened, so not after `now`, and on or after
 * the day the account opened (in the portfolio's zone). Gives the business day it happened on.
 */
export function checkStart(
  startedAt: string,
  now: Date,
  account: ActivityAccount,
): { occurredOn: IsoDate; problem: string | null } {
  const outside = checkInstantRange(startedAt);
  if (outside !== null) return { occurredOn: '', problem: `${startedAt} ${outside}` };
  const occurredOn = dateInZone(startedAt, account.timeZone);
  if (startedAt > now.toISOString()) {
    return {
      occurredOn,
      problem: `${startedAt} is in the future (now is ${now.toISOString()}); record what has happened`,
    };
  }
  if (occurredOn < account.openedOn) {
    return {
      occurredOn,
      problem: `${startedAt} is on ${occurredOn} (${account.timeZone}), before account ${account.accountId} opened on ${account.openedOn}`,
    };
  }
  return { occurredOn, problem: null };
}

/** When it ended: not before it started, not after `now`. */
export function endProblem(endedAt: string, startedAt: string, now: Date): string | null {
  if (endedAt < startedAt) return `${endedAt} is before the activity started (${startedAt})`;
  if (endedAt > now.toISOString()) return `${endedAt} is in the future (now is ${now.toISOString()})`;
  return null;
}

/** A party linked to the account, with every role it has there. */
export interface AccountParty {
  partyKey: number;
  partyId: string;
  roles: readonly string[];
}

/**
 * The party an activity is with: the one named, which must be linked to the account, or else the
 * account's borrower (the lowest-keyed one, as the features step picks it); null when the account has no
 * borrower on file and none was named.
 */
export function resolveParty(
  parties: readonly AccountParty[],
  named: string | null,
  accountId: string,
): { party: AccountParty | null; problem: string | null } {
  if (named === null) {
    const borrowers = parties.filter((p) => p.roles.includes('borrower')).sort((a, b) => a.partyKey - b.partyKey);
    return { party: borrowers[0] ?? null, problem: null };
  }
  const party = parties.find((p) => p.partyId === named);
  if (party) return { party, problem: null };
  const known = parties.map((p) => `${p.partyId} ${p.roles.join('/')}`).join(', ');
  return {
    party: null,
    problem: `party ${named} is not linked to account ${accountId} (${known === '' ? 'it has no parties on file' : `its parties: ${known}`})`,
  };
}

/**
 * An outcome that says an obligor was reached (RIGHT_PARTY_OUTCOMES) needs someone outside to have been
 * reached, and that someone to owe the debt: a relative who promises on the borrower's behalf is a
 * third-party contact, never a right-party one (the contact features depend on this being honest).
 */
export function outcomeProblem(outcome: string, direction: Direction, party: AccountParty | null): string | null {
  if (!isRightPartyContact(outcome)) return null;
  if (direction === 'internal') {
    return `outcome ${outcome} means an obligor was reached, but the activity is internal (nobody outside was reached); use direction outbound or inbound, or outcome note`;
  }
  if (party !== null && !party.roles.some(isObligorRole)) {
    return `outcome ${outcome} means an obligor was reached, but party ${party.partyId} is the account's ${party.roles.join('/')}; record third_party (a contact is never told about the debt)`;
  }
  return null;
}

/** A comma-separated list (staff, evidence references) as its trimmed, non-blank, distinct items. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()))].filter((s) => s !== '');
}

/** The staff id the outbox and imported automatic messages record: no person acted. */
export const SYSTEM_STAFF = 'system';
