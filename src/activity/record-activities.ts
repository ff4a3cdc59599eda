/**
 * The one writer of activities: the desk's `activity log`, the activities import, the outbox's delivery
 * results and the promise and arrangement use cases all record through here, so every activity row has the
 * same shape and checks, and each lands in the audit chain. It writes inside the caller's transaction, with
 * a fixed number of statements whatever the number of rows.
 */
import type { Kysely } from 'kysely';
import {
  ACTIVITY_CHANNELS,
  ACTIVITY_SOURCES,
  type ActivityChannel,
  type ActivitySource,
  DIRECTIONS,
  type Direction,
  EXCUSE_CATEGORIES,
  type ExcuseCategory,
  OUTCOMES,
  type Outcome,
} from '../domain/activity/activity-codes.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { VISIT_TYPES, type VisitType } from '../domain/playbook/playbook-codes.js';
import { appendEvents } from '../event/append-event.js';
import { recordDigest } from '../event/record-digest.js';
import { sealActivityContactPoint } from '../privacy/contact-values.js';
import { keysForWriting } from '../privacy/store-keys.js';
import { bulkWriter } from '../store/bulk.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { ACTIVITY_COLUMNS } from '../store/shapes/activity-columns.js';

export interface ActivityInput {
  /** Given by an import (the source system's id) or left out to have one made. */
  activityId?: string;
  accountId: number;
  partyId: number | null;
  channel: ActivityChannel;
  direction: Direction;
  contactPoint: string | null;
  /** One or more user ids ('system' for the outbox). */
  staff: readonly string[];
  startedAt: string;
  endedAt: string | null;
  /** The business day of startedAt in the portfolio's time zone. */
  occurredOn: IsoDate;
  outcome: Outcome;
  excuse: ExcuseCategory | null;
  note: string | null;
  evidence: readonly string[];
  workItemId: string | null;
  messageId: string | null;
  source: ActivitySource;
  /** What the desk records of a visit (log-activity.ts checks it); absent for anything else and for imports. */
  visit?: VisitFacts | null;
}

/** A visit's type, the recording that backs it, and who consented to the staff entering a home (parties.id). */
export interface VisitFacts {
  type: VisitType;
  recording: string;
  homeConsentBy: number | null;
}

function oneOf(field: string, value: string, list: readonly string[]): void {
  if (!list.includes(value))
    throw new AppError('INVALID_INPUT', `${field} "${value}" is not one of ${list.join(', ')}`);
}

/** Checks what no caller may get wrong; the callers check what they know better (users, parties). */
export function checkActivity(a: ActivityInput): void {
  oneOf('channel', a.channel, ACTIVITY_CHANNELS);
  oneOf('direction', a.direction, DIRECTIONS);
  oneOf('outcome', a.outcome, OUTCOMES);
  oneOf('source', a.source, ACTIVITY_SOURCES);
  if (a.excuse !== null) oneOf('excuse', a.excuse, EXCUSE_CATEGORIES);
  if (a.staff.length === 0) throw new AppError('INVALID_INPUT', 'an activity needs at least one member of staff');
  if (a.endedAt !== null && a.endedAt < a.startedAt) {
    throw new AppError('INVALID_INPUT', `ended_at ${a.endedAt} is before started_at ${a.startedAt}`);
  }
  if (a.visit) {
    if (a.channel !== 'visit') throw new AppError('INVALID_INPUT', `a ${a.channel} is no visit: it has no visit facts`);
    oneOf('visit_type', a.visit.type, VISIT_TYPES);
  }
}

/** Inserts the activities and returns their ids, in input order. */
export async function recordActivities(
  store: Store,
  trx: Kysely<Schema>,
  activities: readonly ActivityInput[],
  now: Date,
): Promise<string[]> {
  const createdAt = now.toISOString();
  const ids: string[] = [];
  // Contact points are personal data: stored sealed (src/privacy).
  const keys = activities.some((a) => a.contactPoint !== null) ? await keysForWriting({ store, db: trx, now }) : null;
  const rows = activities.map((a) => {
    checkActivity(a);
    const id = a.activityId ?? newId('act', now);
    ids.push(id);
    return [
      id,
      a.accountId,
      a.partyId,
      a.channel,
      a.direction,
      keys === null ? null : sealActivityContactPoint(keys, a.channel, a.contactPoint),
      a.staff.join(','),
      a.startedAt,
      a.endedAt,
      a.occurredOn,
      a.outcome,
      a.excuse,
      a.note,
      a.evidence.length === 0 ? null : a.evidence.join(','),
      a.workItemId,
      a.messageId,
      a.source,
      createdAt,
      a.visit?.type ?? null,
      a.visit?.recording ?? null,
      a.visit?.homeConsentBy ?? null,
    ];
  });
  await bulkWriter(store, trx).insert('activities', ACTIVITY_COLUMNS, rows);
  // Every contact is in the audit chain: an `activity.record` event per activity, who, what and when, with
  // the digest of the row as written (`audit verify` recomputes it), in the same transaction.
  await appendEvents(
    store,
    trx,
    activities.map((a, i) => ({
      kind: 'activity.record',
      actor: a.staff.join(','),
      now,
      accountId: a.accountId,
      payload: {
        activity_id: ids[i],
        channel: a.channel,
        direction: a.direction,
        outcome: a.outcome,
        started_at: a.startedAt,
        source: a.source,
        digest: recordDigest(rows[i] ?? []),
      },
    })),
  );
  return ids;
}
