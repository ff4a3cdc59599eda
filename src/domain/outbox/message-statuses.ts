/**
 * The outbox's code lists, defined once: what an automatic message's status may be and what each means,
 * the channels automatic messages go out on (derived from the strategy's actions that no person does),
 * and which kind of contact point each channel delivers to.
 */
import type { ContactType } from '../party/party-codes.js';
import { ACTIONS } from '../strategy/strategy-codes.js';

/**
 * - `planned`: written by the cycle's strategy step, not yet tried.
 * - `sending`: claimed by an outbox run that is delivering it now (its lease ends at `next_attempt_at`).
 * - `retry`: a delivery failed for a reason that may pass (a timeout, a 503); tried again from
 *   `next_attempt_at` while its window is open.
 * - `sent`: the channel accepted it (`delivery_id` is the provider's id).
 * - `failed`: it cannot be delivered: the provider refused it, retries ran out with the window, no
 *   contact point of the channel's kind, or its template could not be rendered (`last_error` says which).
 * - `blocked`: a contact rule forbids it (a contact point marked do-not-contact; later, the rule packs).
 * - `expired`: its window closed before anyone sent it.
 * - `unconfirmed`: a run claimed it and stopped before the result was recorded; it may or may not have
 *   left. It is never sent again automatically: the provider's log, searched by the message id (sent as
 *   the Message-ID or Idempotency-Key), says whether it went.
 */
export const MESSAGE_STATUSES = [
  'planned',
  'sending',
  'retry',
  'sent',
  'failed',
  'blocked',
  'expired',
  'unconfirmed',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Statuses an outbox run picks up to send. */
export const SENDABLE_STATUSES: readonly MessageStatus[] = ['planned', 'retry'];

/** Statuses after which nothing more happens to a message. */
export const FINAL_STATUSES: readonly MessageStatus[] = ['sent', 'failed', 'blocked', 'expired', 'unconfirmed'];

type AutomaticChannel = {
  [K in keyof typeof ACTIONS]: (typeof ACTIONS)[K]['manual'] extends false ? (typeof ACTIONS)[K]['channel'] : never;
}[keyof typeof ACTIONS];

/** The channels automatic messages go out on: those of the strategy's actions that no person does. */
export const MESSAGE_CHANNELS = [
  ...new Set(
    Object.values(ACTIONS)
      .filter((a) => !a.manual)
      .map((a) => a.channel),
  ),
] as readonly AutomaticChannel[];
export type MessageChannel = AutomaticChannel;

export function isMessageChannel(value: string): value is MessageChannel {
  return (MESSAGE_CHANNELS as readonly string[]).includes(value);
}

/** The kind of contact point a message on each channel is delivered to. */
export const CONTACT_TYPE_OF_CHANNEL: Readonly<Record<MessageChannel, ContactType>> = {
  sms: 'mobile',
  email: 'email',
  wechat: 'wechat',
  post: 'address',
};
