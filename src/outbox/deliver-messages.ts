/**
 * Sends the claimed messages, each channel with its adapter's concurrency, and records each result in one
 * transaction: on the message (sent, retry with the next try's time, or failed) and as an activity
 * (outcome delivered or failed, staff `system`, source `outbox`, the provider's id as evidence).
 */
import { type ActivityInput, recordActivities } from '../activity/record-activities.js';
import { dateInZone } from '../domain/calendar/calendar.js';
import type { MessageChannel, MessageStatus } from '../domain/outbox/message-statuses.js';
import { revealStoredValues } from '../privacy/contact-values.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { adapterPool, ChannelAdapter, OutgoingMessage } from './channel-adapter.js';
import type { OutboxCounts, Settle } from './outbox-run.js';
import type { DeliveryResult } from './retry-delivery.js';

/** Waits between runs' tries of a message that failed transiently: 5, 10, 20, 40, then 60 minutes. */
const retryDelayMs = (attempt: number) => Math.min(60, 5 * 2 ** Math.max(0, attempt - 1)) * 60_000;

/** Sends the claimed messages and records each result on the message and as an activity. */
export async function deliverMessages(
  store: Store,
  claimed: readonly Settle[],
  pool: ReturnType<typeof adapterPool>,
  counts: OutboxCounts,
  now: () => Date,
  zoneOfAccount: (accountId: number) => string,
): Promise<void> {
  if (claimed.length === 0) return;
  const byChannel = new Map<MessageChannel, Settle[]>();
  for (const s of claimed) {
    const c = s.outgoing?.channel as MessageChannel;
    byChannel.set(c, [...(byChannel.get(c) ?? []), s]);
  }
  const results = new Map<string, { result: DeliveryResult; startedAt: string; endedAt: string }>();
  await Promise.all(
    [...byChannel].map(async ([channel, list]) => {
      const adapter = pool.get(channel) as ChannelAdapter;
      await eachLimited(list, adapter.concurrency, async (s) => {
        const outgoing = s.outgoing as OutgoingMessage;
        const startedAt = now().toISOString();
        let result: DeliveryResult;
        try {
          // The one place the recipient is opened: right before the adapter sends (src/privacy).
          result = await adapter.send(revealRecipient(store, outgoing));
        } catch (error) {
          // An adapter that throws (a request template failing to render) has not delivered.
          result = {
            ok: false,
            transient: false,
            error: error instanceof Error ? error.message : String(error),
            tries: 1,
          };
        }
        results.set(outgoing.messageId, { result, startedAt, endedAt: now().toISOString() });
      });
    }),
  );
  const updates: unknown[][] = [];
  const activities: ActivityInput[] = [];
  for (const s of claimed) {
    const outgoing = s.outgoing as OutgoingMessage;
    const r = results.get(outgoing.messageId);
    if (!r) continue;
    const { result, startedAt, endedAt } = r;
    let status: MessageStatus;
    let nextAttemptAt: string | null = null;
    if (result.ok) {
      status = 'sent';
      counts.sent++;
    } else if (result.transient) {
      status = 'retry';
      nextAttemptAt = new Date(Date.parse(endedAt) + retryDelayMs(s.attempts)).toISOString();
      counts.retry++;
    } else {
      status = 'failed';
      counts.failed++;
    }
    const error = result.ok ? null : result.error;
    s.view.result = status;
    s.view.reason = error;
    s.view.delivery_id = result.ok ? result.deliveryId : null;
    updates.push([status, result.ok ? endedAt : null, s.view.delivery_id, error, nextAttemptAt, outgoing.messageId]);
    const accountId = Number(s.row.account_id);
    activities.push({
      accountId,
      partyId: s.row.party_id === null ? null : Number(s.row.party_id),
      channel: outgoing.channel,
      direction: 'outbound',
      contactPoint: outgoing.to,
      staff: ['system'],
      startedAt,
      endedAt,
      occurredOn: dateInZone(startedAt, zoneOfAccount(accountId)),
      outcome: result.ok ? 'delivered' : 'failed',
      excuse: null,
      note: result.ok
        ? `${outgoing.templateId} (${outgoing.language})${result.deliveryId ? `, delivery id ${result.deliveryId}` : ''}`
        : `${outgoing.templateId} (${outgoing.language}): ${error}${status === 'retry' ? `; tried again from ${nextAttemptAt}` : ''}`,
      // The provider's id is the evidence of a delivery (one reference: an id with a comma is left out).
      evidence: result.ok && result.deliveryId && !result.deliveryId.includes(',') ? [result.deliveryId] : [],
      workItemId: null,
      messageId: outgoing.messageId,
      source: 'outbox',
    });
  }
  await store.db.transaction().execute(async (trx) => {
    await bulkWriter(store, trx).update(
      'planned_messages',
      ['status', 'sent_at', 'delivery_id', 'last_error', 'next_attempt_at'],
      ['message_id'],
      updates,
    );
    await recordActivities(store, trx, activities, now());
  });
}

/** The message with its recipient in clear, for the adapter only; what is stored and recorded stays sealed. */
function revealRecipient(store: Store, outgoing: OutgoingMessage): OutgoingMessage {
  const [to] = revealStoredValues(store, [outgoing.to]);
  return { ...outgoing, to: to ?? outgoing.to };
}

/** Runs `fn` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
