/**
 * `dunwell privacy encrypt-existing`: seals the personal data a database holds in clear — written before
 * encryption, or by a tool that wrote the tables directly — and fills the blind indexes: parties' ID
 * numbers, contact points' values, activities' contact points and the outbox's recipients.
 *
 * A migration cannot do this: migrations run without the key (which never enters the database), so the
 * schema change (migration 008) only adds the index columns and this command does the data. It works in
 * batches, each its own transaction, walking each table in id order: an interrupted run is resumed by
 * running it again, and a finished one finds nothing left (idempotent). Values already sealed are left
 * alone, except that a missing index is computed. Activities the audit chain vouches for are never rewritten
 * (their digests are in the chain); the writer seals those itself.
 */
import type { Kysely } from 'kysely';
import { kindOfChannel, kindOfContactType } from '../domain/privacy/personal-fields.js';
import { appendEvent } from '../event/append-event.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { type Env, findPersonalDataKeys, type PersonalDataKeys } from './personal-data-key.js';
import { blindIndex, isSealed, openValue, SEALED_PREFIX, sealValue } from './sealed-value.js';
import { keysForWriting } from './store-keys.js';

export interface EncryptExistingOptions {
  store: Store;
  now: Date;
  actor: string;
  /** Rows per transaction. */
  batchSize?: number;
  env?: Env;
  /** Called after each batch with the table and the rows sealed so far in it. */
  onBatch?: (table: string, done: number) => void;
}

export interface EncryptExistingResult {
  /** Where the key came from, and whether this run created the key file. */
  key: { id: string; source: string; created: boolean };
  sealed: { parties: number; contact_points: number; activities: number; planned_messages: number };
  /** Values already sealed whose blind index was missing and is now filled. */
  indexed: number;
  /**
   * Activities the audit chain vouches for (each `activity.record` event carries its row's digest) that
   * hold a contact point in clear: left as they are, since rewriting them would break the chain. The one
   * activity writer seals what it writes, so only a database written by a build without encryption has any.
   */
  left_in_chain: number;
}

const DEFAULT_BATCH = 2000;
const SEALED_LIKE = `${SEALED_PREFIX}%`;

export async function encryptExisting(options: EncryptExistingOptions): Promise<EncryptExistingResult> {
  const { store, now } = options;
  const env = options.env ?? process.env;
  const size = options.batchSize ?? DEFAULT_BATCH;
  const before = findPersonalDataKeys(store.location, env);
  const keys = await store.db.transaction().execute((trx) => keysForWriting({ store, db: trx, now, env }));
  const result: EncryptExistingResult = {
    key: { id: keys.id, source: keys.source, created: before === null },
    sealed: { parties: 0, contact_points: 0, activities: 0, planned_messages: 0 },
    indexed: 0,
    left_in_chain: 0,
  };
  const progress = (table: keyof EncryptExistingResult['sealed']) => options.onBatch?.(table, result.sealed[table]);
  await sealAll(store, keys, size, result, progress);
  const chainFrom = await firstChainedActivity(store.db);
  if (chainFrom !== null) {
    const left = await store.db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', '>=', chainFrom)
      .where('contact_point', 'is not', null)
      .where('contact_point', 'not like', SEALED_LIKE)
      .executeTakeFirstOrThrow();
    result.left_in_chain = Number(left.n);
  }
  const total = Object.values(result.sealed).reduce((a, b) => a + b, 0);
  if (total + result.indexed > 0) scrubFreedSpace(store);
  if (total + result.indexed > 0) {
    await appendEvent(store.db, {
      kind: 'privacy.encrypt_existing',
      actor: options.actor,
      now,
      payload: { key_id: keys.id, sealed: result.sealed, indexed: result.indexed },
    });
  }
  return result;
}

/**
 * SQLite keeps what it overwrote or moved in free pages and in the write-ahead log until they happen to be
 * reused, so plain values written before would stay in the file: VACUUM rewrites the database without them
 * and the log is checkpointed and truncated. PostgreSQL keeps old row versions until VACUUM FULL reclaims
 * them (the README says to run it after this).
 */
function scrubFreedSpace(store: Store): void {
  const sqlite = store.sqlite;
  if (sqlite === undefined) return;
  sqlite.exec('VACUUM');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * The id of the first activity the audit chain names (ids only grow, so every later row is vouched for by
 * its `activity.record` event), or null when the chain names none.
 */
async function firstChainedActivity(db: Kysely<Schema>): Promise<number | null> {
  const event = await db
    .selectFrom('events')
    .select('payload')
    .where('kind', '=', 'activity.record')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!event) return null;
  const activityId = (JSON.parse(event.payload) as { activity_id?: unknown }).activity_id;
  if (typeof activityId !== 'string') return null;
  const row = await db.selectFrom('activities').select('id').where('activity_id', '=', activityId).executeTakeFirst();
  return row ? Number(row.id) : null;
}

async function sealAll(
  store: Store,
  keys: PersonalDataKeys,
  size: number,
  result: EncryptExistingResult,
  progress: (table: keyof EncryptExistingResult['sealed']) => void,
): Promise<void> {
  const chainFrom = await firstChainedActivity(store.db);
  await eachBatch(store, async (trx, after) => {
    const rows = await trx
      .selectFrom('parties')
      .select(['id', 'id_number', 'id_number_index'])
      .where('id', '>', after)
      .where('id_number', 'is not', null)
      .where((eb) => eb.or([eb('id_number', 'not like', SEALED_LIKE), eb('id_number_index', 'is', null)]))
      .orderBy('id')
      .limit(size)
      .execute();
    const updates = rows.map((r) => {
      const sealed = seal(keys, 'id_number', r.id_number as string, result);
      return [sealed.stored, sealed.index, Number(r.id)];
    });
    await write(store, trx, 'parties', ['id_number', 'id_number_index'], 'id', updates);
    result.sealed.parties += rows.filter((r) => !isSealed(r.id_number as string)).length;
    progress('parties');
    return rows.length < size ? null : Number(rows.at(-1)?.id);
  });

  await eachBatch(store, async (trx, after) => {
    const rows = await trx
      .selectFrom('contact_points')
      .select(['id', 'type', 'value', 'value_index'])
      .where('id', '>', after)
      .where((eb) => eb.or([eb('value', 'not like', SEALED_LIKE), eb('value_index', 'is', null)]))
      .orderBy('id')
      .limit(size)
      .execute();
    const updates = rows.map((r) => {
      const sealed = seal(keys, kindOfContactType(r.type), r.value, result);
      return [sealed.stored, sealed.index, Number(r.id)];
    });
    await write(store, trx, 'contact_points', ['value', 'value_index'], 'id', updates);
    result.sealed.contact_points += rows.filter((r) => !isSealed(r.value)).length;
    progress('contact_points');
    return rows.length < size ? null : Number(rows.at(-1)?.id);
  });

  await eachBatch(store, async (trx, after) => {
    const rows = await trx
      .selectFrom('activities')
      .select(['id', 'channel', 'contact_point'])
      .where('id', '>', after)
      .where('contact_point', 'is not', null)
      .where('contact_point', 'not like', SEALED_LIKE)
      .$if(chainFrom !== null, (q) => q.where('id', '<', chainFrom as number))
      .orderBy('id')
      .limit(size)
      .execute();
    const updates = rows.map((r) => {
      const plain = r.contact_point as string;
      return [sealValue(keys, kindOfChannel(r.channel, plain), plain), Number(r.id)];
    });
    await write(store, trx, 'activities', ['contact_point'], 'id', updates);
    result.sealed.activities += rows.length;
    progress('activities');
    return rows.length < size ? null : Number(rows.at(-1)?.id);
  });

  let lastMessage = '';
  await eachBatch(store, async (trx) => {
    const rows = await trx
      .selectFrom('planned_messages')
      .select(['message_id', 'channel', 'recipient'])
      .where('message_id', '>', lastMessage)
      .where('recipient', 'is not', null)
      .where('recipient', 'not like', SEALED_LIKE)
      .orderBy('message_id')
      .limit(size)
      .execute();
    const updates = rows.map((r) => {
      const plain = r.recipient as string;
      return [sealValue(keys, kindOfChannel(r.channel, plain), plain), r.message_id];
    });
    await write(store, trx, 'planned_messages', ['recipient'], 'message_id', updates);
    result.sealed.planned_messages += rows.length;
    progress('planned_messages');
    lastMessage = rows.at(-1)?.message_id ?? lastMessage;
    return rows.length < size ? null : 0;
  });
}

/**
 * Runs `batch` from id 0 on, each in a transaction of its own (read and rewritten together, so a writer
 * between batches is never overwritten), with the last id it returns, until it returns null.
 */
async function eachBatch(
  store: Store,
  batch: (trx: Kysely<Schema>, after: number) => Promise<number | null>,
): Promise<void> {
  let after: number | null = 0;
  while (after !== null) {
    const from: number = after;
    after = await store.db.transaction().execute((trx) => batch(trx, from));
  }
}

/** A stored value sealed (if it is not yet) with its index (computed from the clear value either way). */
function seal(
  keys: PersonalDataKeys,
  kind: Parameters<typeof sealValue>[1],
  stored: string,
  result: EncryptExistingResult,
): { stored: string; index: string } {
  if (isSealed(stored)) {
    result.indexed++;
    return { stored, index: blindIndex(keys, kind, openValue(keys, stored)) };
  }
  return { stored: sealValue(keys, kind, stored), index: blindIndex(keys, kind, stored) };
}

async function write(
  store: Store,
  trx: Kysely<Schema>,
  table: 'parties' | 'contact_points' | 'activities' | 'planned_messages',
  set: readonly string[],
  key: string,
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length > 0) await bulkWriter(store, trx).update(table, set, [key], rows);
}
