/**
 * A legal event as `dunwell legal event list` and `add` show it: by the lender's account id, with how it
 * was proven (method, activity, evidence) and who recorded it. Rows written by the letters (a delivery)
 * and by legal cases (a suit filed) read the same.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Schema } from '../store/schema.js';

export interface LegalEventView {
  event_id: string;
  account_id: string;
  type: string;
  on: IsoDate;
  method: string | null;
  activity_id: string | null;
  evidence: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

export function selectLegalEvents(db: Kysely<Schema>) {
  return db
    .selectFrom('legal_events as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .select([
      'e.event_id',
      'a.account_id',
      'e.type',
      'e.occurred_on',
      'e.method',
      'e.activity_id',
      'e.evidence',
      'e.note',
      'e.recorded_by',
      'e.created_at',
    ])
    .orderBy('e.occurred_on')
    .orderBy('e.id');
}

type Row = Awaited<ReturnType<ReturnType<typeof selectLegalEvents>['execute']>>[number];

export function legalEventView(r: Row): LegalEventView {
  return {
    event_id: r.event_id,
    account_id: r.account_id,
    type: r.type,
    on: String(r.occurred_on).slice(0, 10),
    method: r.method,
    activity_id: r.activity_id,
    evidence: r.evidence,
    note: r.note,
    recorded_by: r.recorded_by,
    created_at: r.created_at,
  };
}
