/**
 * The outbox: the day's planned automatic messages (and earlier days' still waiting), each rendered and
 * sent exactly once through its channel's adapter, its result recorded on the message and as an
 * activity. `dunwell outbox send` and the cycle's last step call it.
 *
 * How exactly once holds, batch by batch (500 messages, in message-id order):
 * 1. Decide each message. A channel with no adapter configured is not worked at all: its messages are not
 *    read and stay as they are; those planned for the day are counted `no_adapter`. Otherwise the check
 *    every message passes (domain/outbox/check-message.ts: its window, do-not-contact, a contact point of
 *    the channel's kind) and its text (compose-message.ts), in decide-message.ts; then the contact gate
 *    under the portfolio's rule pack, for the batch at once (gate-messages.ts): a message it blocks is
 *    settled `blocked` and the block recorded, one it allows later in its window waits. Waiting messages
 *    are not touched.
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
import { MESSAGE_CHANNELS, type MessageChannel, SENDABLE_STATUSES } from '../domain/outbox/message-statuses.js';
import type { Store } from '../store/open-database.js';
import { loadPortfolioSettings } from '../store/shapes/portfolio-settings.js';
import { adapterPool } from './channel-adapter.js';
import type { ChannelsSetup } from './channels-config.js';
import { claimMessages } from './claim-messages.js';
import { decideBatch, type OutboxTally } from './decide-message.js';
import { deliverMessages } from './deliver-messages.js';
import { deliveryHistory, endLapsedClaims } from './delivery-history.js';
import { gateMessages } from './gate-messages.js';
import { loadMessageFacts } from './load-message-facts.js';
import { emptyOutboxCounts, type OutboxCounts, type OutboxReport, type PendingRow, type Settle } from './outbox-run.js';
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

type Db = Store['db'];

export async function sendOutbox(options: SendOutboxOptions): Promise<OutboxReport> {
  const { store, asOf, channels } = options;
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
  const db = store.db;
  const dryRun = options.dryRun === true;
  const tally: OutboxTally = { counts: emptyOutboxCounts(), messages: [], list: options.listMessages !== false };
  const report = (): OutboxReport => ({ as_of: asOf, dry_run: dryRun, counts: tally.counts, messages: tally.messages });
  if (!dryRun) tally.counts.unconfirmed += await endLapsedClaims(db, options.now());
  const catalogue = await loadTemplateCatalogue(db);
  const zoneOf = await portfolioZones(db);
  const { configured, unconfigured } = splitChannels(channels);
  if (unconfigured.length > 0) tally.counts.no_adapter = await countPending(db, asOf, 'on', unconfigured);
  if (configured.length === 0) return report();
  const total = await countPending(db, asOf, 'through', configured);
  const pool = adapterPool(channels, options.sleep);
  try {
    for await (const rows of pendingBatches(db, asOf, configured, options.batchSize ?? BATCH)) {
      const { facts, history } = await readBatch(db, rows);
      const now = options.now();
      const decided = decideBatch(rows, { facts, history, catalogue, channels, now }, tally);
      const { settles, blocks } = await gateMessages({
        store,
        settles: decided,
        tally,
        now,
        zoneOf: (account) => zoneOf(facts.accounts.get(account)?.portfolioId),
      });
      if (dryRun) countWouldSend(settles, tally.counts);
      else {
        const claimed = await claimMessages(store, settles, now, blocks);
        await deliverMessages(store, claimed, pool, tally.counts, options.now, (m) =>
          zoneOf(facts.accounts.get(m)?.portfolioId),
        );
      }
      options.onProgress?.({ step: 'outbox', done: Math.min(tally.counts.considered, total), total });
    }
  } finally {
    await pool.close();
  }
  return report();
}

/** Deliveries are recorded on the business day of the account's portfolio, so each needs its zone. */
async function portfolioZones(db: Db): Promise<(portfolioId: string | undefined) => string> {
  const portfolios = await loadPortfolioSettings(db);
  return (portfolioId) => (portfolioId && portfolios.get(portfolioId)?.timeZone) || DEFAULT_TIME_ZONE;
}

/** A channel without an adapter is not worked: the day's messages on it are only counted. */
function splitChannels(channels: ChannelsSetup): { configured: MessageChannel[]; unconfigured: MessageChannel[] } {
  return {
    configured: MESSAGE_CHANNELS.filter((c) => channels.channels[c] !== undefined),
    unconfigured: MESSAGE_CHANNELS.filter((c) => channels.channels[c] === undefined),
  };
}

/** Messages still to send on the given channels, planned on the day or through it (for counts and progress). */
async function countPending(db: Db, asOf: IsoDate, day: 'through' | 'on', among: readonly string[]): Promise<number> {
  const r = await db
    .selectFrom('planned_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', SENDABLE_STATUSES)
    .where('as_of', day === 'on' ? '=' : '<=', asOf)
    .where('channel', 'in', among)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * The messages to work, a batch at a time in message-id order, each batch read only after the previous one
 * was claimed and sent (a message settled in a batch is not read again).
 */
async function* pendingBatches(
  db: Db,
  asOf: IsoDate,
  configured: readonly string[],
  size: number,
): AsyncGenerator<PendingRow[]> {
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
      .limit(size)
      .execute()) as PendingRow[];
    if (rows.length === 0) return;
    after = (rows[rows.length - 1] as PendingRow).message_id;
    yield rows;
  }
}

/** What deciding a batch reads, with a query per table for the whole batch: accounts, parties, earlier claims. */
async function readBatch(db: Db, rows: readonly PendingRow[]) {
  const facts = await loadMessageFacts(
    db,
    rows.map((r) => Number(r.account_id)),
    rows.flatMap((r) => (r.party_id === null ? [] : [Number(r.party_id)])),
  );
  const history = await deliveryHistory(db, rows);
  return { facts, history };
}

/** A dry run claims and sends nothing: what would be sent is reported as such. */
function countWouldSend(settles: readonly Settle[], counts: OutboxCounts): void {
  for (const s of settles) {
    if (!s.outgoing) continue;
    counts.sent++;
    s.view.result = 'sent';
  }
}
