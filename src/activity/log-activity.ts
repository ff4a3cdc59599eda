/**
 * A collector, field agent or lead records what they did on an account: a call and how it went, a visit,
 * a letter, a note. Back-office staff often enter it later, so the instant it happened is given (with its
 * offset) and only defaults to now. Everything is checked before anything is written; the activity and
 * its event are written in one transaction, through the one activity writer.
 */
import type { Kysely } from 'kysely';
import {
  ACTIVITY_CHANNELS,
  type ActivityChannel,
  DIRECTIONS,
  type Direction,
  EXCUSE_CATEGORIES,
  type ExcuseCategory,
  isRightPartyContact,
  OUTCOMES,
  type Outcome,
} from '../domain/activity/activity-codes.js';
import { AppError } from '../domain/errors.js';
import { ROLE_LABELS } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import { fieldProblem } from '../import/field-limits.js';
import { maskActivityContactPoint } from '../privacy/contact-values.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { defaultDirection, endProblem, outcomeProblem, resolveParty } from './activity-rules.js';
import { type ActivityView, wallTime } from './activity-view.js';
import { findActivityAccount } from './find-activity-account.js';
import { loadAccountParties } from './load-account-parties.js';
import { type ActivityInput, recordActivities } from './record-activities.js';
import { instantField, recordedInstant } from './recorded-instant.js';

export interface LogActivityOptions {
  store: Store;
  /** The caller's transaction on `store`, to log as part of it; one of its own when left out. */
  trx?: Kysely<Schema>;
  /** The lender's account_id. */
  accountId: string;
  /** Who did it: one or more active users (a visit is made in pairs). */
  by: readonly string[];
  channel: string;
  outcome: string;
  /** Default: internal for a note or a review, outbound otherwise. */
  direction?: string;
  /** The lender's party_id; default: the account's borrower. */
  partyId?: string;
  /** The number dialled, the address visited, the e-mail written to. */
  contactPoint?: string;
  /** When it started: an ISO 8601 instant with its offset; default `now`. */
  at?: string;
  endedAt?: string;
  excuse?: string;
  note?: string;
  evidence?: readonly string[];
  /** The work item of the day's queue this activity carried out. */
  workItemId?: string;
  now: Date;
}

/** Roles that do not work accounts: an auditor reads and verifies, and records nothing on an account. */
const NON_RECORDING_ROLES: readonly string[] = ['auditor'];

function oneOf<T extends string>(field: string, value: string, list: readonly T[]): T {
  if (!(list as readonly string[]).includes(value)) {
    throw new AppError('INVALID_INPUT', `${field} "${value}" is not one of ${list.join(', ')}`);
  }
  return value as T;
}

/** Free text, trimmed; null when blank; refused when no column could store it. */
function text(field: string, value: string | undefined): string | null {
  const v = value?.trim() ?? '';
  if (v === '') return null;
  const problem = fieldProblem(field, v);
  if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  return v;
}

export async function logActivity(options: LogActivityOptions): Promise<ActivityView> {
  const { store, now } = options;
  const channel = oneOf<ActivityChannel>('channel', options.channel, ACTIVITY_CHANNELS);
  const outcome = oneOf<Outcome>('outcome', options.outcome, OUTCOMES);
  const direction =
    options.direction === undefined
      ? defaultDirection(channel)
      : oneOf<Direction>('direction', options.direction, DIRECTIONS);
  const excuse =
    options.excuse === undefined ? null : oneOf<ExcuseCategory>('excuse', options.excuse, EXCUSE_CATEGORIES);
  const staff = [...new Set(options.by.map((u) => u.trim()).filter((u) => u !== ''))];
  if (staff.length === 0) throw new AppError('INVALID_INPUT', 'by: name at least one user who did it');
  const endedAt = options.endedAt === undefined ? null : instantField('ended_at', options.endedAt);
  const contactPoint = text('contact_point', options.contactPoint);
  const note = text('note', options.note);
  const evidence = [...new Set((options.evidence ?? []).map((e) => e.trim()).filter((e) => e !== ''))];
  for (const e of evidence) {
    const problem = fieldProblem('evidence', e);
    if (problem !== null) throw new AppError('INVALID_INPUT', problem);
  }

  return inTransaction(options.trx ?? store.db, async (trx) => {
    const account = await findActivityAccount(trx, options.accountId);
    const { instant: startedAt, day: occurredOn } = recordedInstant('at', options.at, now, account);
    if (endedAt !== null) {
      const problem = endProblem(endedAt, startedAt, now);
      if (problem !== null) throw new AppError('INVALID_INPUT', `ended_at: ${problem}`);
    }
    const [users, partiesByAccount, item] = await Promise.all([
      trx.selectFrom('users').select(['user_id', 'role', 'active']).where('user_id', 'in', staff).execute(),
      loadAccountParties(trx, store.engine, [account.id]),
      options.workItemId === undefined
        ? undefined
        : trx
            .selectFrom('work_items')
            .select(['item_id', 'account_id'])
            .where('item_id', '=', options.workItemId)
            .executeTakeFirst(),
    ]);
    for (const userId of staff) {
      const user = users.find((u) => u.user_id === userId);
      if (!user) throw new AppError('NOT_FOUND', `by: there is no user "${userId}" (dunwell user add)`);
      if (Number(user.active) !== 1) throw new AppError('NOT_FOUND', `by: user "${userId}" is not active`);
      if (NON_RECORDING_ROLES.includes(user.role)) {
        const label = ROLE_LABELS[user.role as keyof typeof ROLE_LABELS];
        throw new AppError(
          'FORBIDDEN',
          `by: ${userId} is an ${user.role} (${label.zh}), who reads and verifies and does not work accounts`,
        );
      }
    }
    const parties = partiesByAccount.get(account.id) ?? [];
    const resolved = resolveParty(parties, options.partyId ?? null, account.accountId);
    if (resolved.problem !== null) throw new AppError('INVALID_INPUT', `party: ${resolved.problem}`);
    const party = resolved.party;
    const mismatch = outcomeProblem(outcome, direction, party);
    if (mismatch !== null) throw new AppError('INVALID_INPUT', mismatch);
    if (options.workItemId !== undefined) {
      if (!item) throw new AppError('NOT_FOUND', `work_item: there is no work item ${options.workItemId}`);
      if (Number(item.account_id) !== account.id) {
        throw new AppError(
          'INVALID_INPUT',
          `work_item: ${options.workItemId} is a work item of another account, not of ${account.accountId}`,
        );
      }
    }

    const input: ActivityInput = {
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
      excuse,
      note,
      evidence,
      workItemId: options.workItemId ?? null,
      messageId: null,
      source: 'desk',
    };
    const [activityId = ''] = await recordActivities(store, trx, [input], now);
    await appendEvent(trx, {
      kind: 'activity.log',
      actor: staff[0] ?? '',
      now,
      accountId: account.id,
      payload: { activity_id: activityId, channel, direction, outcome, staff, started_at: startedAt },
    });
    return {
      activity_id: activityId,
      account_id: account.accountId,
      party_id: party?.partyId ?? null,
      channel,
      direction,
      contact_point: maskActivityContactPoint(channel, contactPoint),
      staff,
      started_at: startedAt,
      ended_at: endedAt,
      occurred_on: occurredOn,
      local_time: wallTime(startedAt, account.timeZone),
      outcome,
      right_party: isRightPartyContact(outcome),
      excuse,
      note,
      evidence,
      work_item_id: options.workItemId ?? null,
      message_id: null,
      source: 'desk',
      created_at: now.toISOString(),
    };
  });
}
