/**
 * `dunwell init`'s whole job, as the one store entrance that says what it did: create the database if it is
 * missing, apply the pending migrations, and report the engine, where it is and which migrations ran.
 */
import { type MigrateResult, migrate } from './migrate.js';
import { openStore } from './open-database.js';
import { storeError } from './store-error.js';

export interface InitStoreResult extends MigrateResult {
  engine: 'sqlite' | 'postgres';
  /** Where the database is, without credentials. */
  location: string;
}

export async function initStore(location: string, now: Date): Promise<InitStoreResult> {
  const store = openStore(location);
  try {
    const result = await migrate(store.db, store.engine, now);
    return { engine: store.engine, location: store.location, ...result };
  } catch (error) {
    throw storeError(error, store) ?? error;
  } finally {
    await store.close();
  }
}
