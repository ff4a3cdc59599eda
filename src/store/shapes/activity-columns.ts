/**
 * The one column list of an activity row, in the order the one writer (src/activity/record-activities.ts)
 * inserts them. Whoever records an activity gives most of them; Dunwell fills the rest.
 */
export const ACTIVITY_COLUMNS = [
  'activity_id',
  'account_id',
  'party_id',
  'channel',
  'direction',
  'contact_point',
  'staff',
  'started_at',
  'ended_at',
  'occurred_on',
  'outcome',
  'excuse',
  'note',
  'evidence',
  'work_item_id',
  'message_id',
  'source',
  'created_at',
  'visit_type',
  'recording',
  'home_consent_by',
] as const;

/**
 * Filled by Dunwell, never given: the business day (read on the portfolio's clock), the work item and the
 * message an activity carried out, who recorded it (desk, import, outbox) and when it was written.
 */
const FILLED_COLUMNS: readonly string[] = ['occurred_on', 'work_item_id', 'message_id', 'source', 'created_at'];

/**
 * Given at the desk only (`activity log`): a visit's type, the recording that backs it and who consented to
 * the staff entering a home. An import of history from elsewhere does not carry them (NULL).
 */
const DESK_COLUMNS: readonly string[] = ['visit_type', 'recording', 'home_consent_by'];

/** What a record of an activity gives: the columns of an activities import file, in the same order. */
export const GIVEN_ACTIVITY_COLUMNS: readonly string[] = ACTIVITY_COLUMNS.filter(
  (c) => !FILLED_COLUMNS.includes(c) && !DESK_COLUMNS.includes(c),
);
