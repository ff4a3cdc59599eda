/**
 * The one check every automatic message passes right before it is sent, and the place the compliance
 * gate's rule packs plug in: whether it may go now, and to which contact point. The send path calls it for
 * every message; nothing leaves without it.
 *
 * The rules today, in order:
 * 1. The window. Windows are written by the strategy step in the party's local time with that day's offset
 *    (`2026-11-29T09:30:00+08:00`), so comparing instants judges the party's local clock. Before the window
 *    opens (or before a retry's backoff ends) the message waits for a later run; once it has closed, a
 *    message never tried expires and one being retried has failed.
 * 2. The recipient: the party's contact point of the channel's kind (mobile for sms, email, wechat,
 *    address for post). A point marked do-not-contact is never used; when every point of that kind is so
 *    marked, the message is blocked. With none on file it cannot be delivered. Among usable points a
 *    verified one comes first, then the most recently updated, then the oldest record.
 * 3. The contact gate (`checkGate`): the message, to that recipient with its rendered text, judged under
 *    the portfolio's rule pack (contact hours, holds, requests, the language guard, …) by the send path
 *    (outbox/gate-messages.ts, set-based for a batch). A message the gate blocks is never sent: it waits
 *    when the gate allows it again before its window closes (a convenient hour later in the window), and is
 *    blocked otherwise, with the rules that blocked it and their reasons.
 */
import type { ContactDecision } from '../compliance/contact-request.js';
import type { ContactType } from '../party/party-codes.js';
import { CONTACT_TYPE_OF_CHANNEL, type MessageChannel } from './message-statuses.js';

export interface MessageToCheck {
  channel: MessageChannel;
  /** ISO local date-times with offsets. */
  windowFrom: string;
  windowTo: string;
  /** A retry waits until this instant (ISO); null for a message never tried. */
  nextAttemptAt: string | null;
  /** True when an earlier run tried it (status `retry`). */
  retrying: boolean;
}

export interface ContactPointFact {
  id: number;
  type: string;
  value: string;
  verified: boolean;
  doNotContact: boolean;
  updatedAt: string;
}

export type CheckResult =
  | { verdict: 'send'; recipient: string; contactType: ContactType }
  | { verdict: 'wait'; reason: 'before_window' | 'backoff' | 'compliance'; until?: string }
  | { verdict: 'expired' }
  | { verdict: 'failed'; reason: string }
  | { verdict: 'blocked'; reason: string };

export function checkMessage(
  message: MessageToCheck,
  contactPoints: readonly ContactPointFact[],
  now: Date,
): CheckResult {
  const at = now.getTime();
  if (at >= Date.parse(message.windowTo)) {
    return message.retrying
      ? { verdict: 'failed', reason: 'window_closed: the window closed before a retry succeeded' }
      : { verdict: 'expired' };
  }
  if (at < Date.parse(message.windowFrom)) return { verdict: 'wait', reason: 'before_window' };
  if (message.nextAttemptAt !== null && at < Date.parse(message.nextAttemptAt)) {
    return { verdict: 'wait', reason: 'backoff' };
  }
  return contactFor(message.channel, contactPoints);
}

/** The recipient on `channel` among the party's contact points, or why there is none (rule 2 above). */
export function contactFor(
  channel: MessageChannel,
  contactPoints: readonly ContactPointFact[],
): Extract<CheckResult, { verdict: 'send' | 'failed' | 'blocked' }> {
  const type = CONTACT_TYPE_OF_CHANNEL[channel];
  const ofType = contactPoints.filter((c) => c.type === type);
  if (ofType.length === 0) return { verdict: 'failed', reason: `no_contact_point: the party has no ${type} on file` };
  const usable = ofType.filter((c) => !c.doNotContact);
  if (usable.length === 0) {
    const which = ofType.length === 1 ? `its only ${type} is` : `all ${ofType.length} of its ${type} entries are`;
    return { verdict: 'blocked', reason: `do_not_contact: ${which} marked do-not-contact` };
  }
  const [best] = [...usable].sort(
    (a, b) =>
      Number(b.verified) - Number(a.verified) ||
      (a.updatedAt === b.updatedAt ? 0 : a.updatedAt > b.updatedAt ? -1 : 1) ||
      a.id - b.id,
  );
  return { verdict: 'send', recipient: (best as ContactPointFact).value, contactType: type };
}

/**
 * Rule 3: what the contact gate's decision means for a message that passed rules 1 and 2 (null: send it).
 * The reason names each blocking rule with its English reason and when the message would next be allowed.
 */
export function checkGate(
  decision: ContactDecision,
  windowTo: string,
): Extract<CheckResult, { verdict: 'blocked' | 'wait' }> | null {
  if (decision.allowed) return null;
  const next = decision.next_allowed_at;
  if (next !== null && Date.parse(next) < Date.parse(windowTo)) {
    return { verdict: 'wait', reason: 'compliance', until: next };
  }
  const rules = decision.rules
    .filter((r) => r.verdict === 'block')
    .map((r) => `${r.id}: ${r.reason.en}`)
    .join(' | ');
  const when = next === null ? 'a person must act first' : `next allowed ${next}, after its window`;
  return { verdict: 'blocked', reason: `compliance: ${rules} (${when})` };
}
