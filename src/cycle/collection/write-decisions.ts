/**
 * Writes one range's strategy decisions through `trx` (the range's transaction, which also writes its
 * features): the accounts' grade, tier and placement, the features rows' tier and segment where they
 * changed, an event per grade change, champion/challenger memberships, and the day's planned automatic
 * messages (replaced, so a rerun of the day writes the same rows).
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { appendEvents } from '../../event/append-event.js';
import { bulkWriter } from '../../store/bulk.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';
import type { DecidedRange } from './decide-range.js';

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
  const compact = asOf.replaceAll('-', '');
  const created = now.toISOString();
  const perAccount = new Map<number, number>();
  const messages = decided.messages.map((m) => {
    const n = (perAccount.get(m.accountId) ?? 0) + 1;
    perAccount.set(m.accountId, n);
    return [
      `msg_${compact}_${m.accountId}_${n}`,
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
      .execute();
    await bulk.insert('planned_messages', MESSAGE_COLUMNS, messages);
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
