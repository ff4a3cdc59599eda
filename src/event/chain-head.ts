/**
 * The head of the audit chain: the last event's id and hash, in `audit_head`. An appender takes ids for
 * its events by moving the head on (`UPDATE … RETURNING`), which on PostgreSQL locks the head row until
 * its transaction ends — the same lock as SELECT … FOR UPDATE, taken in one statement — so a second writer
 * waits and then chains onto the first one's last event. SQLite has one writer at a time (Dunwell's
 * transactions begin immediate), so the head cannot move under it either.
 *
 * The chain starts when the first event is appended with no head yet. Events already stored (a database
 * from before migration 008) are sealed then: hashed in id order as if chained, without rewriting their
 * append-only rows, and the head starts at the last one's hash; `audit verify` walks them the same way.
 */
import { type Kysely, sql } from 'kysely';
import { EVENT_CHAIN, GENESIS_HASH } from '../domain/audit/event-chain.js';
import { AppError } from '../domain/errors.js';
import { engineOf } from '../store/engine-of.js';
import type { Schema } from '../store/schema.js';
import { eventHash } from './event-hash.js';

/** Events read per statement while sealing the events written before the chain began. */
const SEAL_PAGE = 5000;

export interface TakenIds {
  /** The id of the first of the events to append; the others follow one by one. */
  firstId: number;
  /** The hash the first event chains onto. */
  prevHash: string;
}

/** Reserves `count` ids after the head, inside `trx`, holding the head until `trx` ends. */
export async function takeIds(trx: Kysely<Schema>, count: number): Promise<TakenIds> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const head = await trx
      .updateTable('audit_head')
      .set((eb) => ({ last_id: eb('last_id', '+', count) }))
      .where('chain', '=', EVENT_CHAIN)
      .returning(['last_id', 'last_hash'])
      .executeTakeFirst();
    if (head) return { firstId: Number(head.last_id) - count + 1, prevHash: head.last_hash };
    await startChain(trx);
  }
  throw new Error('the audit chain head could not be created');
}

/** Moves the head's hash to the last appended event's (its id was moved on by takeIds). */
export async function setHeadHash(trx: Kysely<Schema>, lastHash: string): Promise<void> {
  await trx.updateTable('audit_head').set({ last_hash: lastHash }).where('chain', '=', EVENT_CHAIN).execute();
}

/**
 * Creates the head over the events already stored (none in a new database). Two first appenders on
 * PostgreSQL may both get here: they take turns under a transaction-level advisory lock, and the second,
 * once the first has committed, finds the head made and returns to move it on — it must not seal the
 * events the first one has just chained.
 */
async function startChain(trx: Kysely<Schema>): Promise<void> {
  if (engineOf(trx) === 'postgres') {
    await sql`SELECT pg_advisory_xact_lock(4242008)`.execute(trx);
    const made = await trx.selectFrom('audit_head').select('chain').where('chain', '=', EVENT_CHAIN).executeTakeFirst();
    if (made) return;
  }
  const sealed = await sealStoredEvents(trx);
  await trx
    .insertInto('audit_head')
    .values({ chain: EVENT_CHAIN, last_id: sealed.lastId, last_hash: sealed.lastHash })
    .onConflict((oc) => oc.column('chain').doNothing())
    .execute();
}

/**
 * The hash chain over the events stored before the chain began, in id order, as `audit verify` walks it.
 * A stored hash here means the head was removed from under a chain: that is tampering to report, never
 * to paper over by starting again.
 */
async function sealStoredEvents(db: Kysely<Schema>): Promise<{ lastId: number; lastHash: string }> {
  let lastId = 0;
  let lastHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .select(['id', 'occurred_at', 'actor', 'kind', 'account_id', 'payload', 'hash'])
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(SEAL_PAGE)
      .execute();
    for (const row of rows) {
      const id = Number(row.id);
      const accountId = row.account_id === null ? null : Number(row.account_id);
      if (row.hash !== null) {
        throw new AppError(
          'INTERNAL',
          `the audit chain's head is missing while event ${id} is chained; run dunwell audit verify`,
        );
      }
      lastHash = eventHash({ ...row, id, account_id: accountId }, lastHash);
      lastId = id;
    }
    if (rows.length < SEAL_PAGE) return { lastId, lastHash };
  }
}
