/**
 * The one writer of `contact_blocks`: every contact the gate refused — an item the queue dropped or moved
 * to a later time, a message the outbox did not send, a contact a user was stopped from making — and every
 * one an override let through, with the rules that blocked, warned or were set aside (their citations and
 * reasons in both languages), when it would next be allowed and the override used. Bulk, inside the
 * caller's transaction, a fixed number of statements whatever the number of rows.
 *
 * The queue step judges a day's items range by range and may run again for the same day: `replacing`
 * removes that range's earlier queue blocks of the day that name no work item (the items dropped), so a
 * rerun records each block once. Blocks of items that were offered later in the day name their item and
 * are written once, with the day's queue.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { GateChannel } from '../domain/compliance/compliance-codes.js';
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { AppError } from '../domain/errors.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';

/** Where a refused contact came from. */
export const BLOCK_SOURCES = ['queue', 'outbox', 'desk'] as const;
export type BlockSource = (typeof BLOCK_SOURCES)[number];

export interface ContactBlockInput {
  accountId: number;
  partyId: number | null;
  channel: GateChannel;
  source: BlockSource;
  /** The instant the contact was (or would have been) made, UTC ISO. */
  attemptedAt: string;
  /** Its business day in the portfolio's zone. */
  businessDay: IsoDate;
  decision: ContactDecision;
  overrideId: string | null;
  workItemId?: string | null;
  messageId?: string | null;
  actor: string;
}

/** A rule as a block row keeps it: the reason in both languages. */
export interface BlockedRule {
  id: string;
  verdict: string;
  citation: string;
  reason: { 'zh-CN': string; en: string };
  next_allowed_at: string | null;
  override_id?: string;
}

/** The rules worth keeping with a block: those that blocked or warned, and those an override set aside. */
export function blockedRules(decision: ContactDecision): BlockedRule[] {
  return decision.rules
    .filter((r) => r.verdict !== 'pass' || r.override_id !== undefined)
    .map((r) => ({
      id: r.id,
      verdict: r.verdict,
      citation: r.citation,
      reason: r.reason,
      next_allowed_at: r.next_allowed_at,
      ...(r.override_id === undefined ? {} : { override_id: r.override_id }),
    }));
}

/** A range's queue blocks of one day (items dropped), replaced when the day's queue is judged again. */
export interface QueueBlocksScope {
  businessDay: IsoDate;
  accountFrom: number;
  accountTo: number;
}

const COLUMNS = [
  'account_id',
  'party_id',
  'channel',
  'source',
  'attempted_at',
  'business_day',
  'rules',
  'next_allowed_at',
  'work_item_id',
  'message_id',
  'override_id',
  'actor',
  'created_at',
] as const;

export async function recordBlocks(
  store: Store,
  trx: Kysely<Schema>,
  rows: readonly ContactBlockInput[],
  now: Date,
  options: { replacing?: QueueBlocksScope } = {},
): Promise<void> {
  const scope = options.replacing;
  if (scope) {
    await trx
      .deleteFrom('contact_blocks')
      .where('source', '=', 'queue')
      .where('business_day', '=', scope.businessDay)
      .where('account_id', '>=', scope.accountFrom)
      .where('account_id', '<=', scope.accountTo)
      .where('work_item_id', 'is', null)
      .execute();
  }
  if (rows.length === 0) return;
  const created = now.toISOString();
  const values = rows.map((r) => {
    if (r.decision.allowed && r.overrideId === null) {
      throw new AppError(
        'INTERNAL',
        `a contact the gate allowed without an override is no block (account ${r.accountId})`,
      );
    }
    return [
      r.accountId,
      r.partyId,
      r.channel,
      r.source,
      r.attemptedAt,
      r.businessDay,
      JSON.stringify(blockedRules(r.decision)),
      r.decision.allowed ? null : r.decision.next_allowed_at,
      r.workItemId ?? null,
      r.messageId ?? null,
      r.overrideId,
      r.actor,
      created,
    ];
  });
  await bulkWriter(store, trx).insert('contact_blocks', COLUMNS, values);
}
