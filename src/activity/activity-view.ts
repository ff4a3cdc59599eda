/**
 * An activity as the CLI, the API and the timeline show it: snake_case fields, the lender's own ids
 * (account_id, party_id) instead of internal keys, lists as lists. One shape for `activity log --json`,
 * `activity list --json` and the timeline's details.
 */
import type { Kysely } from 'kysely';
import { isRightPartyContact } from '../domain/activity/activity-codes.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { maskActivityContactPoint } from '../privacy/contact-values.js';
import type { Schema } from '../store/schema.js';

export interface ActivityView {
  activity_id: string;
  account_id: string;
  party_id: string | null;
  channel: string;
  direction: string;
  contact_point: string | null;
  staff: string[];
  started_at: string;
  ended_at: string | null;
  /** The business day it happened and its time of day ('HH:MM'), on the portfolio's wall clock. */
  occurred_on: IsoDate;
  local_time: string;
  outcome: string;
  /** Whether the outcome means an obligor was reached (RIGHT_PARTY_OUTCOMES). */
  right_party: boolean;
  excuse: string | null;
  note: string | null;
  evidence: string[];
  work_item_id: string | null;
  message_id: string | null;
  source: string;
  created_at: string;
  /** Only on a visit recorded at the desk: its type, recording and home entry. */
  visit?: VisitView;
}

export interface VisitView {
  /** confirm | search | breach (VISIT_TYPES). */
  type: string;
  /** `sha256:<hex>` of the stored recording, or the lender's own recording reference. */
  recording: string | null;
  entered_home: boolean;
  /** The party_id of who consented to the staff entering the home. */
  consent_by: string | null;
}

/** A visit's facts as shown, or undefined when none were recorded (not a visit, or imported). */
export function visitView(
  visitType: string | null,
  recording: string | null,
  consentBy: string | null,
): VisitView | undefined {
  if (visitType === null) return undefined;
  return { type: visitType, recording, entered_home: consentBy !== null, consent_by: consentBy };
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The time of day ('HH:MM') of a UTC instant on the wall clock of `timeZone`. */
export function wallTime(instant: string, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    clocks.set(timeZone, clock);
  }
  return clock.format(new Date(instant));
}

const list = (text: string | null): string[] => (text === null || text === '' ? [] : text.split(','));

/** Reads one account's activities (its internal key), occurred_on within [from, to], newest first. */
export async function loadActivityViews(
  db: Kysely<Schema>,
  account: { id: number; accountId: string; timeZone: string },
  window: { from?: IsoDate; to?: IsoDate } = {},
): Promise<ActivityView[]> {
  let query = db
    .selectFrom('activities')
    .leftJoin('parties', 'parties.id', 'activities.party_id')
    .leftJoin('parties as consent', 'consent.id', 'activities.home_consent_by')
    .select([
      'activities.visit_type',
      'activities.recording',
      'consent.party_id as consent_by',
      'activities.activity_id',
      'parties.party_id',
      'activities.channel',
      'activities.direction',
      'activities.contact_point',
      'activities.staff',
      'activities.started_at',
      'activities.ended_at',
      'activities.occurred_on',
      'activities.outcome',
      'activities.excuse',
      'activities.note',
      'activities.evidence',
      'activities.work_item_id',
      'activities.message_id',
      'activities.source',
      'activities.created_at',
    ])
    .where('activities.account_id', '=', account.id);
  if (window.from !== undefined) query = query.where('activities.occurred_on', '>=', window.from);
  if (window.to !== undefined) query = query.where('activities.occurred_on', '<=', window.to);
  const rows = await query.orderBy('activities.started_at', 'desc').orderBy('activities.id', 'desc').execute();
  return rows.map((r) => ({
    activity_id: r.activity_id,
    account_id: account.accountId,
    party_id: r.party_id,
    channel: r.channel,
    direction: r.direction,
    // Personal data: every output shows it masked (src/privacy); `dunwell party reveal` shows it in clear.
    contact_point: maskActivityContactPoint(r.channel, r.contact_point),
    staff: list(r.staff),
    started_at: r.started_at,
    ended_at: r.ended_at,
    occurred_on: r.occurred_on,
    local_time: wallTime(r.started_at, account.timeZone),
    outcome: r.outcome,
    right_party: isRightPartyContact(r.outcome),
    excuse: r.excuse,
    note: r.note,
    evidence: list(r.evidence),
    work_item_id: r.work_item_id,
    message_id: r.message_id,
    source: r.source,
    created_at: r.created_at,
    visit: visitView(r.visit_type, r.recording, r.consent_by),
  }));
}
