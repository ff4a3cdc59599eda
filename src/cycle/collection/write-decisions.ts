/**
 * Writes one range's strategy decisions through `trx` (the range's transaction, which also writes its
 * features): the accounts' grade, tier and placement, the features rows' tier and segment where they
 * changed, an event per grade change, champion/challenger memberships, and the day's planned automatic
 * messages.
 *
 * A message's id names what it is — the day, the account, the channel and the template (`msg_20261129_17_
 * sms_m1_friendly_reminder`) — so a rerun of the day gives the same message the same id. A rerun replaces the
 * messages still `planned`; one the outbox has already touched (sending, sent, blocked, …) is kept as it is,
 * and its id is not planned again: nothing is sent twice and what was sent stays on record.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { appendEvents } from '../../event/append-event.js';
import { bulkWriter } from '../../store/bulk.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';
import type { DecidedRange, PlannedMessageRow } from './decide-range.js';

const MESSAGE_COLUMNS = [
  'message_id',
  'as_of',
  'account_id',
  'party_id',
  'channel',
  'template',
  'tone',
  'window_from',
  'window_to',
  'segment',
  'variant',
  'strategy_version',
  'status',
  'created_at',
] as const;

/**
 * The ids of a day's planned messages, in order. The same template twice on one channel in a day (to two
 * parties, say) is told apart by a count. The gate step names every message before it drops any, so the
 * ids of those kept do not depend on the gate.
 */
export function plannedMessageIds(messages: readonly PlannedMessageRow[], asOf: IsoDate): string[] {
  const compact = asOf.replaceAll('-', '');
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = `msg_${compact}_${m.accountId}_${m.planned.channel}_${m.planned.template ?? 'generic'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

const MEMBER_COLUMNS = ['account_id', 'strategy', 'segment', 'variant', 'entered_on', 'entry_bucket', 'entry_rank'];

export async function writeDecisions(options: {
  store: Store;
  trx: Kysely<Schema>;
  range: AccountIdRange;
  asOf: IsoDate;
  version: number;
  decided: DecidedRange;
  now: Date;
}): Promise<void> {
  const { store, range, asOf, decided, now } = options;
  const created = now.toISOString();
  const ids = plannedMessageIds(decided.messages, asOf);
  const messages = decided.messages.map((m, i) => {
    return [
      m.messageId ?? ids[i],
      asOf,
      m.accountId,
      m.partyId,
      m.planned.channel,
      m.planned.template,
      m.planned.tone,
      m.window.from,
      m.window.to,
      m.segment,
      m.variant,
      options.version,
      'planned',
      created,
    ];
  });
  const opens: unknown[][] = [];
  const closes: unknown[][] = [];
  const cures: unknown[][] = [];
  const rolls: unknown[][] = [];
  for (const { accountId, change } of decided.memberships) {
    if (change.close !== null) closes.push([asOf, change.close]);
    if (change.cured !== null) cures.push([asOf, change.cured]);
    if (change.rolled !== null) rolls.push([asOf, change.rolled]);
    if (change.open) {
      const o = change.open;
      opens.push([accountId, o.strategy, o.segment, o.variant, asOf, o.entryBucket, o.entryRank]);
    }
  }
  const { trx } = options;
  {
    const bulk = bulkWriter(store, trx);
    await bulk.update('accounts', ['grade', 'tier', 'strategy_variant'], ['id'], decided.accountUpdates);
    await bulk.update(
      'account_features',
      ['tier', 'segment', 'strategy_version'],
      ['account_id'],
      decided.featureUpdates,
    );
    await bulk.update('variant_members', ['left_on'], ['id'], closes);
    await bulk.update('variant_members', ['cured_on'], ['id'], cures);
    await bulk.update('variant_members', ['rolled_on'], ['id'], rolls);
    await bulk.insert('variant_members', MEMBER_COLUMNS, opens);
    await trx
      .deleteFrom('planned_messages')
      .where('as_of', '=', asOf)
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('status', '=', 'planned')
      .execute();
    const touched = await trx
      .selectFrom('planned_messages')
      .select('message_id')
      .where('as_of', '=', asOf)
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .execute();
    const kept = new Set(touched.map((r) => r.message_id));
    await bulk.insert(
      'planned_messages',
      MESSAGE_COLUMNS,
      kept.size === 0 ? messages : messages.filter((m) => !kept.has(m[0] as string)),
    );
    await appendEvents(
      store,
      trx,
      decided.gradeChanges.map((g) => ({
        kind: 'account.grade',
        actor: 'cycle',
        now,
        accountId: g.accountId,
        payload: { as_of: asOf, from: g.from, to: g.to },
      })),
    );
  }
}
