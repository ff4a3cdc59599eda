/**
 * The outbox: the day's planned automatic messages (and earlier days' still waiting), each rendered and
 * sent exactly once through its channel's adapter, its result recorded on the message and as an
 * activity. `dunwell outbox send` and the cycle's last step call it.
 *
 * How exactly once holds, batch by batch (500 messages, in message-id order):
 * 1. Decide each message. A channel with no adapter configured is not worked at all: its messages stay as
 *    they are, counted `no_adapter`. Otherwise the check every message passes (domain/outbox/
 *    check-message.ts: its window, do-not-contact, a contact point of the channel's kind; the rule packs
 *    will plug in there) and its text (compose-message.ts). Waiting messages are not touched.
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
 * they left). A rerun of the cycle for the day rewrites its planned messages, sent ones included, as
 * `planned` again; the claim events survive it, so a message whose events count more claims than its row
 * does is recognised and given back its status (sent if a delivery was recorded, else unconfirmed or
 * failed, with the recipient, time and provider id of a recorded delivery) instead of being sent again.
 *
 * `dryRun` decides and renders everything and writes and sends nothing.
 */
import type { Kysely } from 'kysely';
import type { ActivityInput } from '../activity/record-activities.js';
import { recordActivities } from '../activity/record-activities.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { checkMessage } from '../domain/outbox/check-message.js';
import {
  isMessageChannel,
  type MessageChannel,
  type MessageStatus,
  SENDABLE_STATUSES,
} from '../domain/outbox/message-statuses.js';
import { appendEvents } from '../event/append-event.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { loadPortfolioSettings } from '../store/shapes/portfolio-settings.js';
import { adapterPool, type ChannelAdapter, type OutgoingMessage } from './channel-adapter.js';
import { type ChannelsSetup, CLAIM_LEASE_MS } from './channels-config.js';
import { composeMessage } from './compose-message.js';
import { loadMessageFacts } from './load-message-facts.js';
import type { DeliveryResult, Sleep } from './retry-delivery.js';
import { loadTemplateCatalogue } from './template-catalogue.js';

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
  result: MessageStatus | 'waiting' | 'no_adapter' | 'no_template' | 'reconciled';
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

interface PendingRow {
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
interface Settle {
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

const BATCH = 500;
/** Waits between runs' tries of a message that failed transiently: 5, 10, 20, 40, then 60 minutes. */
const retryDelayMs = (attempt: number) => Math.min(60, 5 * 2 ** Math.max(0, attempt - 1)) * 60_000;

export function emptyOutboxCounts(): OutboxCounts {
  return Object.fromEntries(OUTBOX_COUNT_KEYS.map((k) => [k, 0])) as OutboxCounts;
}

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
  const total = Number(
    (
      await db
        .selectFrom('planned_messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', 'in', SENDABLE_STATUSES)
        .where('as_of', '<=', asOf)
        .executeTakeFirst()
    )?.n ?? 0,
  );
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
        if (!isMessageChannel(channel) || !account) {
          settle('failed', !account ? 'no_account: the account is gone' : `unknown channel ${channel}`);
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
        if (!pool.has(channel)) {
          // The outbox does not work a channel nobody configured: its messages stay as they are.
          counts.no_adapter++;
          keep('no_adapter', `no_adapter: no adapter is configured for ${channel} (channels config)`);
          continue;
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
        const claimed = await claim(store, settles, now);
        await deliver(store, claimed, pool, counts, options.now, (m) => zoneOf(facts.accounts.get(m)?.portfolioId));
      }
      options.onProgress?.({ step: 'outbox', done: Math.min(counts.considered, total), total });
    }
  } finally {
    await pool.close();
  }
  return { as_of: asOf, dry_run: dryRun, counts, messages };
}

/** Claims past their lease: the run that held them stopped before recording a result. */
async function endLapsedClaims(db: Kysely<Schema>, now: Date): Promise<number> {
  const lapsed = await db
    .updateTable('planned_messages')
    .set({
      status: 'unconfirmed',
      last_error:
        'unconfirmed: claimed by a run that stopped before recording the result; not sent again (ask the provider by the message id)',
    })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<=', now.toISOString())
    .returning('message_id')
    .execute();
  return lapsed.length;
}

interface History {
  claims: number;
  results: number;
  delivered: boolean;
  delivery?: { recipient: string | null; sentAt: string | null; deliveryId: string | null };
}

/** Per message of the batch that was ever claimed: its claims (events) and recorded results (activities). */
async function deliveryHistory(db: Kysely<Schema>, rows: readonly PendingRow[]): Promise<Map<string, History>> {
  const ids = new Set(rows.map((r) => r.message_id));
  const accounts = [...new Set(rows.map((r) => Number(r.account_id)))];
  const out = new Map<string, History>();
  const events = await db
    .selectFrom('events')
    .select(['payload'])
    .where('kind', '=', 'outbox.claim')
    .where('account_id', 'in', accounts)
    .execute();
  for (const e of events) {
    const id = (JSON.parse(e.payload) as { message_id?: string }).message_id;
    if (id === undefined || !ids.has(id)) continue;
    const h = out.get(id) ?? { claims: 0, results: 0, delivered: false };
    h.claims++;
    out.set(id, h);
  }
  if (out.size === 0) return out;
  const results = await db
    .selectFrom('activities')
    .select(['message_id', 'outcome', 'contact_point', 'ended_at', 'evidence'])
    .where('account_id', 'in', accounts)
    .where('source', '=', 'outbox')
    .where('message_id', 'in', [...out.keys()])
    .execute();
  for (const r of results) {
    const h = r.message_id === null ? undefined : out.get(r.message_id);
    if (!h) continue;
    h.results++;
    if (r.outcome === 'delivered') {
      h.delivered = true;
      h.delivery = { recipient: r.contact_point, sentAt: r.ended_at, deliveryId: r.evidence };
    }
  }
  return out;
}

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
async function claim(store: Store, settles: readonly Settle[], now: Date): Promise<Settle[]> {
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

/** Sends the claimed messages and records each result on the message and as an activity. */
async function deliver(
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
          result = await adapter.send(outgoing);
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
