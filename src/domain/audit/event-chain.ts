/**
 * The audit chain over `events`, as pure logic: what of an event row is hashed, in which form, and what
 * the first event chains onto. The hashing itself (SHA-256, a node built-in) lives in src/event.
 *
 * An event's hash covers its id, so moving a row's contents to another id breaks it; and its predecessor's
 * hash, so deleting, inserting or reordering rows breaks the link of the row after. Events written before
 * the chain began (a database from before migration 008) are hashed the same way without storing the
 * hash: the first chained event's prev_hash is the hash of the last of them, so they are sealed too.
 */

/** The name of the chain over `events` in `audit_head` (one chain; the column leaves room for more). */
export const EVENT_CHAIN = 'events';

/** What the very first event chains onto: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event row that its hash covers, as stored. */
export interface ChainedEvent {
  id: number;
  occurred_at: string;
  actor: string;
  kind: string;
  account_id: number | null;
  /** The JSON text exactly as stored (never re-serialised: key order and spacing are part of it). */
  payload: string;
}

/**
 * The canonical text of an event and its predecessor's hash: a JSON array in a fixed order. JSON quotes
 * every string, so no field can bleed into the next, and both engines return these values unchanged.
 */
export function canonicalEvent(event: ChainedEvent, prevHash: string): string {
  return JSON.stringify([
    event.id,
    event.occurred_at,
    event.actor,
    event.kind,
    event.account_id,
    event.payload,
    prevHash,
  ]);
}

/** A SHA-256 in lower-case hex. */
export function isSha256(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}
