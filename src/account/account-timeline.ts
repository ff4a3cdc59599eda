/**
 * One account's story in time order, for the collector who picks it up, the lead who reviews it and the
 * auditor who checks it: every activity, promise and arrangement, payment, hold, assignment and grade
 * change, watch event, the day's work items and the automatic messages planned and sent.
 *
 * Where it comes from: the rows themselves say what exists (an activity, a promise taken, an arrangement
 * proposed, a payment, a watch event, a work item, a message); the event log says what people and the
 * cycle decided about them (an approval, a cancellation, a verdict, a hold, a move to another collector).
 * An event that only announces a row shown here (`activity.log`, `promise.add`, `arrangement.propose`) is
 * left out, so nothing appears twice. A promise's verdict or an arrangement's end that a row shows without
 * its event (rows written by an import or a migration) is told from the row.
 *
 * Each entry has `on`, its business day in the portfolio's time zone, and `at`, the instant it happened
 * when there is one (a day-only entry such as a watch event or a verdict has `at: null`). Entries are in
 * order of `on`, then `at` (day-only entries first), then as read.
 */
import type { Kysely } from 'kysely';
import { findActivityAccount } from '../activity/find-activity-account.js';
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { activityEntries } from './timeline/activity-entries.js';
import { arrangementEntries } from './timeline/arrangement-entries.js';
import { assignmentEntries } from './timeline/assignment-entries.js';
import { eventEntries } from './timeline/event-entries.js';
import { inTimeOrder } from './timeline/in-time-order.js';
import { loadTimelineRows } from './timeline/load-timeline-rows.js';
import { messageEntries } from './timeline/message-entries.js';
import { paymentEntries } from './timeline/payment-entries.js';
import { promiseEntries } from './timeline/promise-entries.js';
import type { TimelineEntry } from './timeline/timeline-entry.js';
import { watchEntries } from './timeline/watch-entries.js';
import { workItemEntries } from './timeline/work-item-entries.js';

export type { TimelineEntry } from './timeline/timeline-entry.js';

export interface AccountTimeline {
  account_id: string;
  /** The portfolio's time zone: `on` is read on its wall clock. */
  time_zone: string;
  entries: TimelineEntry[];
}

export interface AccountTimelineOptions {
  db: Kysely<Schema>;
  accountId: string;
  from?: IsoDate;
  to?: IsoDate;
}

export async function accountTimeline(options: AccountTimelineOptions): Promise<AccountTimeline> {
  const { db, from, to } = options;
  if (from !== undefined && to !== undefined && to < from) {
    throw new AppError('INVALID_INPUT', `to ${to} is before from ${from}`);
  }
  const account = await findActivityAccount(db, options.accountId);
  const zone = account.timeZone;
  const dayOf = (instant: string) => dateInZone(instant, zone);
  const rows = await loadTimelineRows(db, account);
  // The events first: they say which verdicts and steps the rows need not tell again.
  const fromEvents = eventEntries(rows, dayOf);
  // The order of the sources is the order of entries of one moment.
  const entries = [
    ...activityEntries(rows.activities),
    ...fromEvents.entries,
    ...promiseEntries(rows.promises, fromEvents.told, dayOf),
    ...arrangementEntries(rows.arrangements, fromEvents.told),
    ...paymentEntries(rows.payments),
    ...watchEntries(rows.watch),
    ...assignmentEntries(rows.assignment, fromEvents.assignedByEvent),
    ...workItemEntries(rows.items),
    ...messageEntries(rows.messages, rows.activities, dayOf),
  ];
  return { account_id: account.accountId, time_zone: zone, entries: inTimeOrder(entries, from, to) };
}
