/**
 * The outbox: the day's planned automatic messages (and earlier days' still waiting), each rendered and
 * sent exactly once through its channel's adapter, its result recorded on the message and as an
 * activity. `dunwell outbox send` and the cycle's last step call it.
 *
 * How exactly once holds, batch by batch (500 messages, in message-id order):
 * 1. Decide each message. A channel with no adapter configured is not worked at all: its messages are not
 *    read and stay as they are; those planned for the day are counted `no_adapter`. Otherwise the check
 *    every message passes (domain/outbox/check-message.ts: its window, do-not-contact, a contact point of
 *    the channel's kind; the rule packs will plug in there) and its text (compose-message.ts). Waiting
 *    messages are not touched.
 * 2. Claim, in one transaction: `UPDATE … SET status = 'sending' WHERE status IN ('planned', 'retry')`
 *    takes the messages no other run took, stores what will be sent (recipient, language, subject, body),
 *    counts the attempt, sets a lease (15 minutes) in next_attempt_at, and appends an `outbox.claim` event
 *    per message. Messages decided without sending (expired, blocked, failed) are settled in the same
 *    transaction.
 * 3. Send the claimed messages, each channel with its adapter's concurrency; the message id goes along as
 *    the SMTP Message-ID or the HTTP Idempotency-Key.
 * 4. Record, in one transaction: sent (with the provider's id), retry (a transient failure: tried again by
 *    a later run from next_attempt_at while the window is open) or failed; and one activity per message
 *    (outcome delivered or failed, staff `system`, source `outbox`).
 *
 * A crash between 2 and 4 leaves messages `sending`; once their lease has run out, the next run marks them
 * `unconfirmed` and never sends them again (the provider's log, searched by the message id, tells whether
 * they left). A rerun of the cycle for the day keeps every message the outbox touched and plans the same
 * message under the same id (cycle/collection/write-decisions.ts). Should a touched message come back as
 * `planned` anyway (a database written by an older build), the claim events survive: a message whose
 * events count more claims than its row does is recognised and given back its status (sent if a delivery
 * was recorded, else unconfirmed or failed, with the recipient, time and provider id of a recorded
 * delivery) instead of being sent again.
 *
 * `dryRun` decides and renders everything and writes and sends nothing.
 */
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { checkMessage } from '../domain/outbox/check-message.js';
import {
  isMessageChannel,
  MESSAGE_CHANNELS,
  type MessageStatus,
  SENDABLE_STATUSES,
} from '../domain/outbox/message-statuses.js';
import type { Store } from '../store/open-database.js';
import { loadPortfolioSettings } from '../store/shapes/portfolio-settings.js';
import { adapterPool } from './channel-adapter.js';
import type { ChannelsSetup } from './channels-config.js';
import { claimMessages } from './claim-messages.js';
import { composeMessage } from './compose-message.js';
import { deliverMessages } from './deliver-messages.js';
import { deliveryHistory, endLapsedClaims } from './delivery-history.js';
import { loadMessageFacts } from './load-message-facts.js';
import {
  emptyOutboxCounts,
  type OutboxMessageView,
  type OutboxReport,
  type PendingRow,
  type Settle,
} from './outbox-run.js';
import type { Sleep } from './retry-delivery.js';
import { loadTemplateCatalogue } from './template-catalogue.js';

export type { OutboxCounts, OutboxMessageView, OutboxReport } from './outbox-run.js';

export interface SendOutboxOptions {
  store: Store;
  /** Messages planned for this day or earlier are taken. */
  asOf: IsoDate;
  now: () => Date;
  channels: ChannelsSetup;
  dryRun?: boolean;
  /** Keep a line per message in the report (the CLI does; the cycle only counts). Default true. */
  listMessages?: boolean;
  batchSize?: number;
  /** How adapters wait between tries (tests shorten it). */
  sleep?: Sleep;
  onProgress?: (progress: { step: string; done: number; total: number }) => void;
}

const BATCH = 500;

export async function sendOutbox(options: SendOutboxOptions): Promise<OutboxReport> {
  const { store, asOf, channels } = options;
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
  const db = store.db;
  const dryRun = options.dryRun === true;
  const list = options.listMessages !== false;
  const counts = emptyOutboxCounts();
  const messages: OutboxMessageView[] = [];
  if (!dryRun) counts.unconfirmed += await endLapsedClaims(db, options.now());
  const catalogue = await loadTemplateCatalogue(db);
  const portfolios = await loadPortfolioSettings(db);
  const zoneOf = (portfolioId: string | undefined) =>
    (portfolioId && portfolios.get(portfolioId)?.timeZone) || DEFAULT_TIME_ZONE;
  // A channel without an adapter is not worked: the day's messages on it are only counted.
  const configured = MESSAGE_CHANNELS.filter((c) => channels.channels[c] !== undefined);
  const unconfigured = MESSAGE_CHANNELS.filter((c) => channels.channels[c] === undefined);
  const pending = (day: 'through' | 'on', among: readonly string[]) =>
    db
      .selectFrom('planned_messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', SENDABLE_STATUSES)
      .where('as_of', day === 'on' ? '=' : '<=', asOf)
      .where('channel', 'in', among)
      .executeTakeFirst()
      .then((r) => Number(r?.n ?? 0));
  if (unconfigured.length > 0) counts.no_adapter = await pending('on', unconfigured);
  if (configured.length === 0) return { as_of: asOf, dry_run: dryRun, counts, messages };
  const total = await pending('through', configured);
  const pool = adapterPool(channels, options.sleep);
  try {
    let after = '';
    for (;;) {
      const rows = (await db
        .selectFrom('planned_messages')
        .select([
          'message_id',
          'as_of',
          'account_id',
          'party_id',
          'channel',
          'template',
          'window_from',
          'window_to',
          'status',
          'attempts',
          'next_attempt_at',
        ])
        .where('status', 'in', SENDABLE_STATUSES)
        .where('as_of', '<=', asOf)
        .where('channel', 'in', configured)
        .where('message_id', '>', after)
        .orderBy('message_id')
        .limit(options.batchSize ?? BATCH)
        .execute()) as PendingRow[];
      if (rows.length === 0) break;
      after = (rows[rows.length - 1] as PendingRow).message_id;
      const facts = await loadMessageFacts(
        db,
        rows.map((r) => Number(r.account_id)),
        rows.flatMap((r) => (r.party_id === null ? [] : [Number(r.party_id)])),
      );
      const history = await deliveryHistory(db, rows);
      const now = options.now();
      const settles: Settle[] = [];
      for (const row of rows) {
        counts.considered++;
        const account = facts.accounts.get(Number(row.account_id));
        const party = row.party_id === null ? null : (facts.parties.get(Number(row.party_id)) ?? null);
        const channel = row.channel;
        const view: OutboxMessageView = {
          message_id: row.message_id,
          account_id: account?.accountRef ?? null,
          channel,
          template: row.template ?? '',
          language: null,
          recipient: null,
          result: 'waiting',
          reason: null,
          subject: null,
          body: null,
          delivery_id: null,
        };
        const keep = (result: OutboxMessageView['result'], reason: string | null) => {
          view.result = result;
          view.reason = reason;
          if (list) messages.push(view);
        };
        const settle = (status: MessageStatus, reason: string | null, attempts = Number(row.attempts)) => {
          keep(status, reason);
          const s: Settle = { row, status, attempts, reason, view };
          settles.push(s);
          return s;
        };
        const past = history.get(row.message_id);
        if (past && past.claims > Number(row.attempts)) {
          // Rewritten by a rerun of the cycle after a run had claimed it: give it back its outcome.
          const status: MessageStatus = past.delivered ? 'sent' : past.results < past.claims ? 'unconfirmed' : 'failed';
          counts.reconciled++;
          const s = settle(
            status,
            `reconciled: claimed ${past.claims} time(s) before the cycle rewrote it`,
            past.claims,
          );
          if (past.delivery) s.restored = past.delivery;
          continue;
        }
        // Only configured channels are read, so the channel is always one of the list.
        if (!isMessageChannel(channel) || !account) {
          settle('failed', 'no_account: the account is gone');
          counts.failed++;
          continue;
        }
        const composed = composeMessage(
          { channel, templateId: row.template, asOf: row.as_of, account, party },
          catalogue,
          channels,
        );
        view.template = composed.templateId;
        view.language = composed.language;
        if (composed.ok) {
          view.subject = composed.subject;
          view.body = composed.body;
        }
        const check = checkMessage(
          {
            channel,
            windowFrom: row.window_from,
            windowTo: row.window_to,
            nextAttemptAt: row.status === 'retry' ? row.next_attempt_at : null,
            retrying: row.status === 'retry',
          },
          row.party_id === null ? [] : (facts.contactPoints.get(Number(row.party_id)) ?? []),
          now,
        );
        if (check.verdict === 'expired') {
          counts.expired++;
          settle('expired', 'window_closed: its window closed before it was sent');
          continue;
        }
        if (check.verdict === 'wait') {
          counts.waiting++;
          keep(
            'waiting',
            check.reason === 'before_window'
              ? `before_window: opens ${row.window_from}`
              : `backoff: next try from ${row.next_attempt_at}`,
          );
          continue;
        }
        if (check.verdict === 'failed' || check.verdict === 'blocked') {
          counts[check.verdict]++;
          settle(check.verdict, check.reason);
          continue;
        }
        view.recipient = check.recipient;
        if (!composed.ok && composed.reason === 'no_template') {
          counts.no_template++;
          keep('no_template', composed.error);
          continue;
        }
        if (!composed.ok) {
          counts.failed++;
          settle('failed', composed.error);
          continue;
        }
        const s: Settle = {
          row,
          status: 'sending',
          attempts: Number(row.attempts) + 1,
          reason: null,
          view,
          outgoing: {
            messageId: row.message_id,
            channel,
            to: check.recipient,
            subject: composed.subject,
            body: composed.body,
            language: composed.language,
            templateId: composed.templateId,
            asOf: row.as_of,
            claimedAt: now.toISOString(),
          },
        };
        view.result = 'sending';
        if (list) messages.push(view);
        settles.push(s);
      }
      if (dryRun) {
        // Nothing is claimed or sent: what would be sent is reported as such.
        for (const s of settles) if (s.outgoing) counts.sent++;
        for (const s of settles) if (s.outgoing) s.view.result = 'sent';
      } else {
        const claimed = await claimMessages(store, settles, now);
        await deliverMessages(store, claimed, pool, counts, options.now, (m) =>
          zoneOf(facts.accounts.get(m)?.portfolioId),
        );
      }
      options.onProgress?.({ step: 'outbox', done: Math.min(counts.considered, total), total });
    }
  } finally {
    await pool.close();
  }
  return { as_of: asOf, dry_run: dryRun, counts, messages };
}
