/**
 * The one way anything writes to the `events` table, the append-only record of what was done, by whom
 * and when. Keeping every writer on this function means the audit chain (prev_hash/hash, roadmap step 5)
 * is added in one place and no event can skip it.
 */
import type { Kysely } from 'kysely';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';

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

/** Appends an event through `db`, which is normally the transaction of the change it records. */
export async function appendEvent(db: Kysely<Schema>, event: AppendEventOptions): Promise<void> {
  await db
    .insertInto('events')
    .values({
      occurred_at: event.now.toISOString(),
      actor: event.actor,
      kind: event.kind,
      account_id: event.accountId ?? null,
      payload: JSON.stringify(event.payload),
      prev_hash: null,
      hash: null,
    })
    .execute();
}

const EVENT_COLUMNS = ['occurred_at', 'actor', 'kind', 'account_id', 'payload', 'prev_hash', 'hash'] as const;

/**
 * Appends many events in bulk (the cycle records thousands of grade changes a day), through `executor`,
 * normally the transaction of the changes they record.
 */
export async function appendEvents(
  store: Store,
  executor: Kysely<Schema>,
  events: readonly AppendEventOptions[],
): Promise<void> {
  if (events.length === 0) return;
  await bulkWriter(store, executor).insert(
    'events',
    EVENT_COLUMNS,
    events.map((e) => [
      e.now.toISOString(),
      e.actor,
      e.kind,
      e.accountId ?? null,
      JSON.stringify(e.payload),
      null,
      null,
    ]),
  );
}
