/**
 * activities: contact attempts, conversations, visits, letters and notes from the lender's own dialler,
 * CRM or earlier collection system, keyed by the source's activity_id. They are checked by the same rules
 * as an activity logged at the desk (src/activity/activity-rules.ts) and written by the same writer
 * (src/activity/record-activities.ts), with source `import`.
 *
 * An activity is evidence of what happened: once recorded it is never changed. Re-importing the same row
 * changes nothing; the same activity_id with any other value is refused with the field that differs.
 * The staff named must be users (a leaver stays a user with `--active no`, so history still imports), or
 * `system` for an automatic message the source system sent.
 */

import {
  type AccountParty,
  checkStart,
  defaultDirection,
  endProblem,
  outcomeProblem,
  resolveParty,
  SYSTEM_STAFF,
  splitList,
} from '../../activity/activity-rules.js';
import { loadAccountParties } from '../../activity/load-account-parties.js';
import { type ActivityInput, recordActivities } from '../../activity/record-activities.js';
import {
  ACTIVITY_CHANNELS,
  DIRECTIONS,
  EXCUSE_CATEGORIES,
  type ExcuseCategory,
  OUTCOMES,
} from '../../domain/activity/activity-codes.js';
import { maskActivityContactPoint, revealStoredValues } from '../../privacy/contact-values.js';
import { inList } from '../../store/in-list.js';
import { ACTIVITY_COLUMNS } from '../../store/shapes/activity-columns.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { externalIds, lookupAccounts } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';

/** An activity as compared and written: the writer's input with its id always set. */
type Activity = ActivityInput & { activityId: string };

/** Compared in this order; the first difference names the rejected field. */
const COMPARED: readonly [string, (a: Activity) => unknown][] = [
  ['source', (a) => a.source],
  ['account_id', (a) => a.accountId],
  ['party_id', (a) => a.partyId],
  ['channel', (a) => a.channel],
  ['direction', (a) => a.direction],
  ['contact_point', (a) => a.contactPoint],
  ['staff', (a) => a.staff.join(',')],
  ['started_at', (a) => a.startedAt],
  ['ended_at', (a) => a.endedAt],
  ['outcome', (a) => a.outcome],
  ['excuse', (a) => a.excuse],
  ['note', (a) => a.note],
  ['evidence', (a) => a.evidence.join(',')],
];

export const importActivities: ChunkImporter = async (ctx, rows, tally) => {
  const accounts = await lookupAccounts(ctx, distinctValues(rows, 'account_id'), 'terms');
  const accountKeys = [...new Set([...accounts.values()].map((a) => a.id))];
  const staffIds = [...new Set(rows.flatMap((r) => splitList(r.values.staff ?? '')))];
  const ids = distinctValues(rows, 'activity_id');
  const engine = ctx.store.engine;
  const [partiesOf, userRows, stored] = await Promise.all([
    loadAccountParties(ctx.trx, engine, accountKeys),
    staffIds.length === 0
      ? []
      : ctx.trx
          .selectFrom('users')
          .select('user_id')
          .where(inList(engine, 'user_id', staffIds, 'text'))
          .execute(),
    ids.length === 0
      ? []
      : ctx.trx
          .selectFrom('activities')
          .select(ACTIVITY_COLUMNS)
          .where(inList(engine, 'activity_id', ids, 'text'))
          .execute(),
  ]);
  const users = new Set(userRows.map((u) => u.user_id));

  // Stored contact points are sealed; a re-import compares them in clear.
  const storedPoints = revealStoredValues(
    ctx.store,
    stored.map((s) => s.contact_point),
  );
  const plan = new ChangePlan<Activity>(
    stored.map((s, i) => [
      s.activity_id,
      {
        activityId: s.activity_id,
        accountId: Number(s.account_id),
        partyId: s.party_id === null ? null : Number(s.party_id),
        channel: s.channel as Activity['channel'],
        direction: s.direction as Activity['direction'],
        contactPoint: storedPoints[i] ?? null,
        staff: splitList(s.staff),
        startedAt: s.started_at,
        endedAt: s.ended_at,
        occurredOn: s.occurred_on,
        outcome: s.outcome as Activity['outcome'],
        excuse: s.excuse as ExcuseCategory | null,
        note: s.note,
        evidence: s.evidence === null ? [] : splitList(s.evidence),
        workItemId: s.work_item_id,
        messageId: s.message_id,
        source: s.source as Activity['source'],
      },
    ]),
  );
  // For messages about stored rows: the lender's ids of the accounts and parties they name.
  const accountNames = await externalIds(
    ctx,
    'accounts',
    stored.map((s) => Number(s.account_id)),
    new Map([...accounts.values()].map((a) => [a.id, a.accountId])),
  );
  const partyNames = await externalIds(
    ctx,
    'parties',
    stored.flatMap((s) => (s.party_id === null ? [] : [Number(s.party_id)])),
    new Map([...partiesOf.values()].flatMap((list) => list.map((p) => [p.partyKey, p.partyId] as const))),
  );

  const now = new Date(ctx.nowIso);
  for (const source of rows) {
    const c = new RowCheck(source);
    const activityId = c.required('activity_id');
    const accountId = c.required('account_id');
    const account = accountId === '' ? undefined : accounts.get(accountId);
    if (c.ok && !account) c.fail('account_id', `account ${accountId} does not exist`);
    const channel = c.code('channel', ACTIVITY_CHANNELS);
    const direction = c.code('direction', DIRECTIONS, defaultDirection(channel));
    const outcome = c.code('outcome', OUTCOMES);
    const excuse = c.optionalCode('excuse', EXCUSE_CATEGORIES);
    const staff = splitList(c.required('staff'));
    if (c.ok && staff.length === 0) c.fail('staff', 'staff names nobody; give one or more user ids, comma-separated');
    const unknown = staff.find((s) => s !== SYSTEM_STAFF && !users.has(s));
    if (c.ok && unknown !== undefined) {
      c.fail(
        'staff',
        `user ${unknown} does not exist (dunwell user add; someone who has left is kept as a user with --active no)`,
      );
    }
    const startedAt = c.instant('started_at');
    const endedAt = c.optional('ended_at') === null ? null : c.instant('ended_at');
    let occurredOn = '';
    if (c.ok && account) {
      const start = checkStart(startedAt, now, account);
      occurredOn = start.occurredOn;
      if (start.problem !== null) c.fail('started_at', `started_at ${start.problem}`);
    }
    if (c.ok && endedAt !== null) {
      const problem = endProblem(endedAt, startedAt, now);
      if (problem !== null) c.fail('ended_at', `ended_at ${problem}`);
    }
    const partyId = c.optional('party_id');
    let party: AccountParty | null = null;
    if (c.ok && account) {
      const resolved = resolveParty(partiesOf.get(account.id) ?? [], partyId, accountId);
      party = resolved.party;
      if (resolved.problem !== null) c.fail('party_id', resolved.problem);
    }
    if (c.ok) {
      const mismatch = outcomeProblem(outcome, direction, party);
      if (mismatch !== null) c.fail('outcome', mismatch);
    }
    const contactPoint = c.optional('contact_point');
    const note = c.optional('note');
    const evidence = splitList(c.raw('evidence'));
    if (c.problem || !account) {
      tally.reject(c.problem);
      continue;
    }
    const activity: Activity = {
      activityId,
      accountId: account.id,
      partyId: party?.partyKey ?? null,
      channel,
      direction,
      contactPoint,
      staff,
      startedAt,
      endedAt,
      occurredOn,
      outcome,
      excuse: excuse as ExcuseCategory | null,
      note,
      evidence,
      workItemId: null,
      messageId: null,
      source: 'import',
    };
    tally.add(
      plan.decide(source.row, activityId, activity, (current) => {
        const found = COMPARED.find(([, get]) => get(current) !== get(activity));
        if (!found) return { kind: 'same' };
        const [field, get] = found;
        const show = (a: Activity) => {
          if (field === 'account_id') return accountNames.get(a.accountId) ?? String(a.accountId);
          if (field === 'party_id')
            return a.partyId === null ? '(none)' : (partyNames.get(a.partyId) ?? String(a.partyId));
          if (field === 'contact_point') return maskActivityContactPoint(a.channel, a.contactPoint) ?? '(none)';
          const v = get(a);
          return v === null || v === '' ? '(none)' : String(v);
        };
        const reason =
          field === 'source'
            ? `activity ${activityId} was recorded by the ${current.source}, not imported; a recorded activity is never changed (use another activity_id)`
            : `activity ${activityId} is already recorded with ${field} ${show(current)}, not ${show(activity)}; a recorded activity is never changed`;
        return { kind: 'refuse', field: field === 'source' ? 'activity_id' : field, reason };
      }),
    );
  }
  const inserts = plan.inserts();
  if (inserts.length > 0) await recordActivities(ctx.store, ctx.trx, inserts, now);
};
