/**
 * Opens a store whose schema is current, the way every command and server process starts.
 *
 * A caller that only reads gets a read-only store when the schema is already current, so reading works
 * on a read-only database file or folder and never waits for, or blocks, a writer. When the schema needs
 * migrating the store is opened for writing and migrated first, whatever the caller means to do; a
 * database that then cannot be written is refused with what it needs.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../domain/errors.js';
import { type Engine, isPostgresUrl } from './engine.js';
import { migrate, type SchemaStatus, schemaStatus } from './migrate.js';
import { openStore, type Store } from './open-database.js';
import { storeError } from './store-error.js';

export interface OpenCurrentStoreOptions {
  /** `read` when the caller never writes. */
  access: 'read' | 'write';
  /** Recorded with any migration applied. */
  now: Date;
}

export async function openCurrentStore(location: string, options: OpenCurrentStoreOptions): Promise<Store> {
  let behind: { version: number; latest: number } | undefined;
  if (options.access === 'read' && (isPostgresUrl(location) || existsSync(location))) {
    const reader = opened(location, () => openStore(location, { readOnly: true }));
    let status: SchemaStatus;
    try {
      status = await schemaStatus(reader.db, reader.engine);
    } catch (error) {
      await reader.close();
      throw storeError(error, reader) ?? error;
    }
    if (status.pending.length === 0) return reader;
    await reader.close();
    behind = status;
  }
  let store: Store | undefined;
  try {
    store = openStore(location);
    await migrate(store.db, store.engine, options.now);
    return store;
  } catch (error) {
    await store?.close();
    const known = storeError(error, store ?? { engine: engineOf(location), location });
    if (known?.code === 'DATABASE_READ_ONLY' && behind !== undefined) {
      throw new AppError(
        'DATABASE_READ_ONLY',
        `the database at ${store?.location ?? location} is at schema version ${behind.version} and this Dunwell needs ` +
          `version ${behind.latest}, but it cannot be written to migrate it; run \`dunwell init\` where it is writable`,
        { cause: error },
      );
    }
    throw known ?? error;
  }
}

function engineOf(location: string): Engine {
  return isPostgresUrl(location) ? 'postgres' : 'sqlite';
}

function opened(location: string, open: () => Store): Store {
  try {
    return open();
  } catch (error) {
    throw storeError(error, { engine: engineOf(location), location }) ?? error;
  }
}
