/**
 * Step 1 of an outbox run (send-outbox.ts), one batch at a time: what becomes of each message read —
 * reconciled, settled without sending (failed, expired, blocked), left waiting or without a template, or
 * to be claimed and sent. Nothing is written here; the decisions go to claim-messages.ts.
 */
import { checkMessage } from '../domain/outbox/check-message.js';
import { isMessageChannel, type MessageChannel, type MessageStatus } from '../domain/outbox/message-statuses.js';
import { maskContactValue } from '../privacy/contact-values.js';
import type { ChannelsSetup } from './channels-config.js';
import { type Composed, composeMessage } from './compose-message.js';
import type { History } from './delivery-history.js';
import type { AccountFacts, MessageFactsIndex, PartyFacts } from './load-message-facts.js';
import type { OutboxCounts, OutboxMessageView, PendingRow, Settle } from './outbox-run.js';
import type { TemplateCatalogue } from './template-catalogue.js';

/** What a run adds up over its batches: the counts, and a line per message when the caller wants them. */
export interface OutboxTally {
  counts: OutboxCounts;
  messages: OutboxMessageView[];
  list: boolean;
}

/** What deciding a batch's messages reads besides the rows: read once per batch, not per message. */
export interface BatchFacts {
  facts: MessageFactsIndex;
  history: Map<string, History>;
  catalogue: TemplateCatalogue;
  channels: ChannelsSetup;
  now: Date;
}

/** Decides every message of a batch, in row order; returns what to settle or claim (the waiting are left out). */
export function decideBatch(rows: readonly PendingRow[], batch: BatchFacts, tally: OutboxTally): Settle[] {
  const settles: Settle[] = [];
  for (const row of rows) {
    const settle = decideMessage(row, batch, tally);
    if (settle !== null) settles.push(settle);
  }
  return settles;
}

/** One message: a rewritten one gets its outcome back, one whose account is gone fails, the rest are checked. */
function decideMessage(row: PendingRow, batch: BatchFacts, tally: OutboxTally): Settle | null {
  tally.counts.considered++;
  const account = batch.facts.accounts.get(Number(row.account_id));
  const party = row.party_id === null ? null : (batch.facts.parties.get(Number(row.party_id)) ?? null);
  const view = messageView(row, account);
  const past = batch.history.get(row.message_id);
  if (past && past.claims > Number(row.attempts)) return reconcile(row, view, past, tally);
  // Only configured channels are read, so the channel is always one of the list.
  if (!isMessageChannel(row.channel) || !account) {
    tally.counts.failed++;
    return settled(tally, row, view, 'failed', 'no_account: the account is gone');
  }
  return decideSendable(row, row.channel, account, party, view, batch, tally);
}

/** The report's line for a message, before anything is decided (the decision fills it in). */
function messageView(row: PendingRow, account: AccountFacts | undefined): OutboxMessageView {
  return {
    message_id: row.message_id,
    account_id: account?.accountRef ?? null,
    channel: row.channel,
    template: row.template ?? '',
    language: null,
    recipient: null,
    result: 'waiting',
    reason: null,
    subject: null,
    body: null,
    delivery_id: null,
  };
}

/** Sets what became of a message on its line and lists the line, so the report shows it in row order. */
function keep(
  tally: OutboxTally,
  view: OutboxMessageView,
  result: OutboxMessageView['result'],
  reason: string | null,
): void {
  view.result = result;
  view.reason = reason;
  if (tally.list) tally.messages.push(view);
}

/** A message settled without sending: its line is kept and its new status is to be written. */
function settled(
  tally: OutboxTally,
  row: PendingRow,
  view: OutboxMessageView,
  status: MessageStatus,
  reason: string | null,
  attempts = Number(row.attempts),
): Settle {
  keep(tally, view, status, reason);
  return { row, status, attempts, reason, view };
}

/** Rewritten by a rerun of the cycle after a run had claimed it: give it back its outcome, never send it again. */
function reconcile(row: PendingRow, view: OutboxMessageView, past: History, tally: OutboxTally): Settle {
  const status: MessageStatus = past.delivered ? 'sent' : past.results < past.claims ? 'unconfirmed' : 'failed';
  tally.counts.reconciled++;
  const s = settled(
    tally,
    row,
    view,
    status,
    `reconciled: claimed ${past.claims} time(s) before the cycle rewrote it`,
    past.claims,
  );
  if (past.delivery) s.restored = past.delivery;
  return s;
}

/** A live message on a known account: its text, then the checks every message passes, then claim it. */
function decideSendable(
  row: PendingRow,
  channel: MessageChannel,
  account: AccountFacts,
  party: PartyFacts | null,
  view: OutboxMessageView,
  batch: BatchFacts,
  tally: OutboxTally,
): Settle | null {
  const { counts } = tally;
  const composed = composeMessage(
    { channel, templateId: row.template, asOf: row.as_of, account, party },
    batch.catalogue,
    batch.channels,
  );
  showComposed(view, composed);
  const check = checkMessage(
    {
      channel,
      windowFrom: row.window_from,
      windowTo: row.window_to,
      nextAttemptAt: row.status === 'retry' ? row.next_attempt_at : null,
      retrying: row.status === 'retry',
    },
    row.party_id === null ? [] : (batch.facts.contactPoints.get(Number(row.party_id)) ?? []),
    batch.now,
  );
  if (check.verdict === 'expired') {
    counts.expired++;
    return settled(tally, row, view, 'expired', 'window_closed: its window closed before it was sent');
  }
  if (check.verdict === 'wait') {
    counts.waiting++;
    const reason =
      check.reason === 'before_window'
        ? `before_window: opens ${row.window_from}`
        : `backoff: next try from ${row.next_attempt_at}`;
    keep(tally, view, 'waiting', reason);
    return null;
  }
  if (check.verdict === 'failed' || check.verdict === 'blocked') {
    counts[check.verdict]++;
    return settled(tally, row, view, check.verdict, check.reason);
  }
  // The recipient stays sealed until the adapter sends (deliver-messages.ts); the report shows it masked.
  view.recipient = maskContactValue(check.contactType, check.recipient);
  if (!composed.ok && composed.reason === 'no_template') {
    counts.no_template++;
    keep(tally, view, 'no_template', composed.error);
    return null;
  }
  if (!composed.ok) {
    counts.failed++;
    return settled(tally, row, view, 'failed', composed.error);
  }
  return claim(row, channel, check.recipient, composed, view, batch.now, tally);
}

/** The line shows the template and language chosen, and the text when it rendered, whatever is decided next. */
function showComposed(view: OutboxMessageView, composed: Composed): void {
  view.template = composed.templateId;
  view.language = composed.language;
  if (composed.ok) {
    view.subject = composed.subject;
    view.body = composed.body;
  }
}

/** A message that passed: to be claimed with what will be sent, its attempt counted. */
function claim(
  row: PendingRow,
  channel: MessageChannel,
  recipient: string,
  composed: Extract<Composed, { ok: true }>,
  view: OutboxMessageView,
  now: Date,
  tally: OutboxTally,
): Settle {
  const s: Settle = {
    row,
    status: 'sending',
    attempts: Number(row.attempts) + 1,
    reason: null,
    view,
    outgoing: {
      messageId: row.message_id,
      channel,
      to: recipient,
      subject: composed.subject,
      body: composed.body,
      language: composed.language,
      templateId: composed.templateId,
      asOf: row.as_of,
      claimedAt: now.toISOString(),
    },
  };
  view.result = 'sending';
  if (tally.list) tally.messages.push(view);
  return s;
}
