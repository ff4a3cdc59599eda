/**
 * The outbox's working shapes: a message as a run reads it, what the run decides for it, and the report's
 * counts and lines.
 */
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { MessageStatus } from '../domain/outbox/message-statuses.js';
import type { OutgoingMessage } from './channel-adapter.js';

export const OUTBOX_COUNT_KEYS = [
  'considered',
  'sent',
  'retry',
  'failed',
  'blocked',
  'expired',
  'waiting',
  'no_adapter',
  'no_template',
  'unconfirmed',
  'reconciled',
] as const;
export type OutboxCounts = Record<(typeof OUTBOX_COUNT_KEYS)[number], number>;

export interface OutboxMessageView {
  message_id: string;
  account_id: string | null;
  channel: string;
  template: string;
  language: string | null;
  recipient: string | null;
  /** What became of it in this run (or would, in a dry run): a status, or why it was left as it was. */
  result: MessageStatus | 'waiting' | 'no_template';
  reason: string | null;
  subject: string | null;
  body: string | null;
  delivery_id: string | null;
}

export interface OutboxReport {
  as_of: IsoDate;
  dry_run: boolean;
  counts: OutboxCounts;
  messages: OutboxMessageView[];
}

export interface PendingRow {
  message_id: string;
  as_of: string;
  account_id: number;
  party_id: number | null;
  channel: string;
  template: string | null;
  window_from: string;
  window_to: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
}

/** What to write for a message this run settles or claims. */
export interface Settle {
  row: PendingRow;
  status: MessageStatus;
  attempts: number;
  reason: string | null;
  view: OutboxMessageView;
  /** Present when it is to be sent. */
  outgoing?: OutgoingMessage;
  /** A rewritten message's delivery, as its activity recorded it. */
  restored?: { recipient: string | null; sentAt: string | null; deliveryId: string | null };
}

export function emptyOutboxCounts(): OutboxCounts {
  return Object.fromEntries(OUTBOX_COUNT_KEYS.map((k) => [k, 0])) as OutboxCounts;
}
