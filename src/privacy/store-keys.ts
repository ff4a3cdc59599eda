/**
 * The personal-data keys of a store, for writing and for reading.
 *
 * Writing checks the key against the database once per process: the first writer registers its key's id
 * (`personal_data_keys`), and a process holding another key is refused before it writes a value nobody
 * could read with the registered one. A database that has none registered and no key set or on file gets a
 * key file created, as `dunwell init` would, so a first import works; once a key is registered a missing
 * key is an error naming where to put it.
 *
 * Reading needs the key only for a value that is sealed, and only when someone must see it in clear.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import {
  type Env,
  ensurePersonalDataKey,
  findPersonalDataKeys,
  keyPlace,
  type PersonalDataKeys,
  requirePersonalDataKeys,
  whereToPutKey,
} from './personal-data-key.js';

/** What locating a store's key needs: where the database is. */
export type StoreRef = Pick<Store, 'location'>;

const PURPOSE = 'personal_data';

/** Databases (by location) whose registered key id was seen committed and equal to ours. */
const checked = new Set<string>();

/**
 * The keys to seal values with in `db` (the caller's transaction when it has one), checked against the
 * key registered in the database and registering ours when there is none.
 */
export interface KeysForWritingOptions {
  store: StoreRef;
  /** The caller's transaction when it has one (on SQLite the store's own handle would wait on it). */
  db: Kysely<Schema>;
  /** Recorded when the key is registered. */
  now: Date;
  env?: Env;
}

export async function keysForWriting(options: KeysForWritingOptions): Promise<PersonalDataKeys> {
  const { store, db, now, env = process.env } = options;
  const found = findPersonalDataKeys(store.location, env);
  if (found && checked.has(`${store.location}\u0000${found.id}`)) return found;
  const registered = await registeredKeyId(db);
  let keys = found;
  if (keys === null) {
    if (registered !== null) {
      throw new AppError(
        'PERSONAL_DATA_KEY',
        `the personal data in ${store.location} is encrypted with key ${registered}, and there is no key here: ` +
          whereToPutKey(keyPlace(store.location, env)),
      );
    }
    keys = ensurePersonalDataKey(store.location, env).keys;
  }
  if (registered === null) {
    await db
      .insertInto('personal_data_keys')
      .values({ purpose: PURPOSE, key_id: keys.id, registered_at: now.toISOString() })
      .onConflict((c) => c.column('purpose').doNothing())
      .execute();
    mustMatch(store, keys, await registeredKeyId(db));
    return keys;
  }
  mustMatch(store, keys, registered);
  checked.add(`${store.location}\u0000${keys.id}`);
  return keys;
}

async function registeredKeyId(db: Kysely<Schema>): Promise<string | null> {
  const row = await db
    .selectFrom('personal_data_keys')
    .select('key_id')
    .where('purpose', '=', PURPOSE)
    .executeTakeFirst();
  return row?.key_id ?? null;
}

function mustMatch(store: StoreRef, keys: PersonalDataKeys, registered: string | null): void {
  if (registered !== null && registered !== keys.id) {
    throw new AppError(
      'PERSONAL_DATA_KEY',
      `the personal data in ${store.location} is encrypted with key ${registered}, but the key from ${keys.source} is ` +
        `${keys.id}: use the key this database was encrypted with`,
    );
  }
}

/**
 * A lazy reader of a store's keys: nothing is read until a sealed value must be opened, so a database of
 * plain (legacy) values is read without any key.
 */
export function keysForReading(store: StoreRef, env: Env = process.env): () => PersonalDataKeys {
  let keys: PersonalDataKeys | undefined;
  return () => {
    keys ??= requirePersonalDataKeys(store.location, env);
    return keys;
  };
}
