/**
 * The claim: one transaction that takes a batch's messages still planned or retrying (those another run took
 * are left to it), writes what this run decided for each, records the contact gate's blocks of those it
 * took, and appends an `outbox.claim` event per message to be sent, whose lease (next_attempt_at) outlives
 * the adapter's tries.
 */
import { type ContactBlockInput, recordBlocks } from '../compliance/record-blocks.js';
import { SENDABLE_STATUSES } from '../domain/outbox/message-statuses.js';
import { appendEvents } from '../event/append-event.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import { CLAIM_LEASE_MS } from './channels-config.js';
import type { Settle } from './outbox-run.js';

const SETTLE_COLUMNS = [
  'status',
  'attempts',
  'next_attempt_at',
  'last_error',
  'recipient',
  'language',
  'subject',
  'body',
  'sent_at',
  'delivery_id',
];

/**
 * One transaction: takes the batch's messages still planned or retrying (any another run took are left to
 * it), writes what this run decided for each, and records a claim event per message to be sent. Returns
 * the messages this run now holds for sending.
 */
export async function claimMessages(
  store: Store,
  settles: readonly Settle[],
  now: Date,
  blocks: readonly ContactBlockInput[] = [],
): Promise<Settle[]> {
  if (settles.length === 0) return [];
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS).toISOString();
  return store.db.transaction().execute(async (trx) => {
    const taken = await trx
      .updateTable('planned_messages')
      .set({ status: 'sending' })
      .where(
        'message_id',
        'in',
        settles.map((s) => s.row.message_id),
      )
      .where('status', 'in', SENDABLE_STATUSES)
      .returning('message_id')
      .execute();
    const mine = new Set(taken.map((t) => t.message_id));
    const ours = settles.filter((s) => mine.has(s.row.message_id));
    // The gate's blocks of the messages this run took, recorded with them.
    await recordBlocks(
      store,
      trx,
      blocks.filter((b) => b.messageId !== null && b.messageId !== undefined && mine.has(b.messageId)),
      now,
    );
    for (const s of settles) if (!mine.has(s.row.message_id)) s.view.reason = 'taken by another run';
    await bulkWriter(store, trx).update(
      'planned_messages',
      SETTLE_COLUMNS,
      ['message_id'],
      ours.map((s) => [
        s.status,
        s.attempts,
        s.outgoing ? lease : null,
        s.reason,
        s.outgoing?.to ?? s.restored?.recipient ?? null,
        s.outgoing?.language ?? null,
        s.outgoing?.subject ?? null,
        s.outgoing?.body ?? null,
        s.restored?.sentAt ?? null,
        s.restored?.deliveryId ?? null,
        s.row.message_id,
      ]),
    );
    await appendEvents(
      store,
      trx,
      ours
        .filter((s) => s.outgoing)
        .map((s) => ({
          kind: 'outbox.claim',
          actor: 'outbox',
          now,
          accountId: Number(s.row.account_id),
          payload: {
            message_id: s.row.message_id,
            attempt: s.attempts,
            channel: s.outgoing?.channel,
            template: s.outgoing?.templateId,
            language: s.outgoing?.language,
          },
        })),
    );
    return ours.filter((s) => s.outgoing);
  });
}
