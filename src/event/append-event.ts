/**
 * The one way anything writes to the `events` table, the append-only record of what was done, by whom
 * and when. Keeping every writer on this function means every event is in the audit chain: each row
 * carries its predecessor's hash and its own (src/domain/audit/event-chain.ts), with ids taken from the
 * chain's head under its lock (src/event/chain-head.ts), so two writers never chain onto the same event.
 *
 * The head stays locked until the writer's transaction ends, so writers append their events as the last
 * step of a transaction where they can (the cycle does), and hold the lock for as short as possible.
 */
import type { Kysely } from 'kysely';
import type { ChainedEvent } from '../domain/audit/event-chain.js';
import { bulkWriter } from '../store/bulk.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { setHeadHash, takeIds } from './chain-head.js';
import { eventHash } from './event-hash.js';

export interface AppendEventOptions {
  /** What happened, `<concept>.<verb>`: `portfolio.update`, `import.accounts`, `account.hold`. */
  kind: string;
  /** Who did it: a user, or the process (`cli`, `import`). */
  actor: string;
  now: Date;
  /** The account it concerns (its internal id), if any. */
  accountId?: number | null;
  payload: Readonly<Record<string, unknown>>;
}

interface ChainedRow extends ChainedEvent {
  prev_hash: string;
  hash: string;
}

/** The rows for `events`, ids from `firstId` on, each chained onto the one before. */
function chainRows(events: readonly AppendEventOptions[], firstId: number, prevHash: string): ChainedRow[] {
  let prev = prevHash;
  return events.map((e, i) => {
    const event: ChainedEvent = {
      id: firstId + i,
      occurred_at: e.now.toISOString(),
      actor: e.actor,
      kind: e.kind,
      account_id: e.accountId ?? null,
      payload: JSON.stringify(e.payload),
    };
    const hash = eventHash(event, prev);
    const row = { ...event, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}

/**
 * Appends an event through `db`, which is normally the transaction of the change it records (else the
 * event gets a transaction of its own, so the head is still held while it is chained).
 */
export async function appendEvent(db: Kysely<Schema>, event: AppendEventOptions): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { firstId, prevHash } = await takeIds(trx, 1);
    const [row] = chainRows([event], firstId, prevHash);
    if (!row) return;
    await trx.insertInto('events').values(row).execute();
    await setHeadHash(trx, row.hash);
  });
}

const EVENT_COLUMNS = ['id', 'occurred_at', 'actor', 'kind', 'account_id', 'payload', 'prev_hash', 'hash'] as const;

/**
 * Appends many events in bulk (the cycle records thousands of grade changes a day), through `executor`,
 * normally the transaction of the changes they record: one statement takes the ids, the hashes are
 * computed here in one pass, the rows go in through the bulk writer, and one statement moves the head.
 */
export async function appendEvents(
  store: Store,
  executor: Kysely<Schema>,
  events: readonly AppendEventOptions[],
): Promise<void> {
  if (events.length === 0) return;
  await inTransaction(executor, async (trx) => {
    const { firstId, prevHash } = await takeIds(trx, events.length);
    const rows = chainRows(events, firstId, prevHash);
    await bulkWriter(store, trx).insert(
      'events',
      EVENT_COLUMNS,
      rows.map((r) => EVENT_COLUMNS.map((c) => r[c])),
    );
    await setHeadHash(trx, rows[rows.length - 1]?.hash ?? prevHash);
  });
}
