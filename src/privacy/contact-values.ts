/**
 * The one place the rest of Dunwell reads and writes personal values through. Stored values are sealed
 * (sealed-value.ts); what goes out to a person is masked; the clear value is taken only by the system
 * right before it contacts someone, and by a person only through `dunwell party reveal` (audited).
 *
 * For other use cases:
 * - showing a contact point, a recipient or an ID number anywhere (CLI text or JSON, timeline, exports,
 *   logs, errors): `maskContactValue(type, stored)`, `maskActivityContactPoint(channel, stored)`,
 *   `maskIdNumber(stored)` — no key needed;
 * - sending (the outbox's recipient, a letter's address, the gate comparing numbers):
 *   `revealContactValues(store, points)` / `revealStoredValues(store, values)` on the rows already read,
 *   or `loadPartyContacts(store, db, partyIds)` — one query, decrypted in memory. Never print the result;
 * - writing: `sealContactValue(keys, type, plain)` / `sealActivityContactPoint(keys, channel, plain)` with
 *   `keys` from `keysForWriting` (store-keys.ts).
 */
import type { Kysely } from 'kysely';
import { kindOfChannel, kindOfContactType, type ValueKind } from '../domain/privacy/personal-fields.js';
import type { Schema } from '../store/schema.js';
import type { Env, PersonalDataKeys } from './personal-data-key.js';
import { blindIndex, isSealed, maskStored, openValue, sealValue } from './sealed-value.js';
import { keysForReading, type StoreRef } from './store-keys.js';

/** A stored contact point value (sealed or legacy plain) as any output shows it. */
export function maskContactValue(type: string, stored: string): string {
  return maskStored(kindOfContactType(type), stored);
}

/** An activity's stored contact point as any output shows it (its kind read from the channel). */
export function maskActivityContactPoint(channel: string, stored: string | null): string | null {
  return stored === null ? null : maskStored(kindOfChannel(channel, stored), stored);
}

/** A party's stored ID number as any output shows it. */
export function maskIdNumber(stored: string | null): string | null {
  return stored === null ? null : maskStored('id_number', stored);
}

/** Seals a contact point's value (its blind index is `contactValueIndex`). */
export function sealContactValue(keys: PersonalDataKeys, type: string, plain: string): string {
  return sealValue(keys, kindOfContactType(type), plain);
}

/** The blind index of a contact value, to find it without decrypting. */
export function contactValueIndex(keys: PersonalDataKeys, type: string, plain: string): string {
  return blindIndex(keys, kindOfContactType(type), plain);
}

/** Seals a party's ID number. */
export function sealIdNumber(keys: PersonalDataKeys, plain: string): string {
  return sealValue(keys, 'id_number', plain);
}

/** The blind index of an ID number (for `parties.id_number_index`): finds a party by it without decrypting. */
export function idNumberIndex(keys: PersonalDataKeys, plain: string): string {
  return blindIndex(keys, 'id_number', plain);
}

/**
 * The blind index of a stored value: the one stored beside it, else (a legacy plain value, or one sealed
 * before its index was kept) computed from the value, opened if need be.
 */
export function storedValueIndex(
  keys: PersonalDataKeys,
  kind: ValueKind,
  stored: string,
  storedIndex: string | null,
): string {
  if (storedIndex !== null) return storedIndex;
  return blindIndex(keys, kind, isSealed(stored) ? openValue(keys, stored) : stored);
}

/** Seals an activity's contact point (null stays null; one copied from a stored row is already sealed). */
export function sealActivityContactPoint(keys: PersonalDataKeys, channel: string, plain: string | null): string | null {
  return plain === null || isSealed(plain) ? plain : sealValue(keys, kindOfChannel(channel, plain), plain);
}

/**
 * The same points with their values in clear, for the system's own use right before it contacts someone.
 * Set-based: no query, one decryption per sealed value; the key is read only if a value is sealed.
 * PERSONAL_DATA_KEY when the key is missing or wrong or a value was altered.
 */
export function revealContactValues<T extends { value: string }>(
  store: StoreRef,
  points: readonly T[],
  env: Env = process.env,
): T[] {
  const keys = keysForReading(store, env);
  return points.map((p) => (isSealed(p.value) ? { ...p, value: openValue(keys(), p.value) } : p));
}

/** Stored values (contact points, activities' contact points, recipients) in clear, in order; null stays null. */
export function revealStoredValues(
  store: StoreRef,
  values: readonly (string | null)[],
  env: Env = process.env,
): (string | null)[] {
  const keys = keysForReading(store, env);
  return values.map((v) => (v !== null && isSealed(v) ? openValue(keys(), v) : v));
}

export interface PartyContact {
  id: number;
  partyId: number;
  type: string;
  /** In clear: for sending only, never for printing. */
  value: string;
  verified: boolean;
  doNotContact: boolean;
  updatedAt: string;
}

/**
 * The contact points of the parties (of `types`, or all), in clear, with one query: what a letter needs
 * for its address block or a sender for its recipient. Ordered verified first, then most recently updated.
 */
export async function loadPartyContacts(
  store: StoreRef,
  db: Kysely<Schema>,
  partyIds: readonly number[],
  types?: readonly string[],
): Promise<Map<number, PartyContact[]>> {
  const out = new Map<number, PartyContact[]>();
  if (partyIds.length === 0) return out;
  let query = db
    .selectFrom('contact_points')
    .select(['id', 'party_id', 'type', 'value', 'verified', 'do_not_contact', 'updated_at'])
    .where('party_id', 'in', [...new Set(partyIds)]);
  if (types !== undefined) query = query.where('type', 'in', [...types]);
  const rows = await query.orderBy('verified', 'desc').orderBy('updated_at', 'desc').orderBy('id').execute();
  const clear = revealContactValues(store, rows);
  for (const r of clear) {
    const list = out.get(Number(r.party_id)) ?? [];
    list.push({
      id: Number(r.id),
      partyId: Number(r.party_id),
      type: r.type,
      value: r.value,
      verified: Number(r.verified) === 1,
      doNotContact: Number(r.do_not_contact) === 1,
      updatedAt: r.updated_at,
    });
    out.set(Number(r.party_id), list);
  }
  return out;
}
