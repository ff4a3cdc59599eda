/**
 * What `dunwell init` and the demo do for personal data: make sure the database has its key — take the one
 * set (`DUNWELL_KEY`) or on file, else create the key file (mode 0600) — and register its id in the
 * database. A database whose data is already encrypted under another key, or whose key is missing, is
 * refused with PERSONAL_DATA_KEY rather than given a new key nobody's data is encrypted with.
 */
import type { Store } from '../store/open-database.js';
import { type Env, findPersonalDataKeys } from './personal-data-key.js';
import { keysForWriting } from './store-keys.js';

export interface PreparedKey {
  /** The key's public id (8 hex digits), as each encrypted value names it. */
  id: string;
  /** `DUNWELL_KEY`, or the key file's path. */
  source: string;
  /** True when the key file was created now: back it up, since without it the data cannot be read. */
  created: boolean;
}

export async function preparePersonalDataKey(options: { store: Store; now: Date; env?: Env }): Promise<PreparedKey> {
  const { store, now } = options;
  const env = options.env ?? process.env;
  const before = findPersonalDataKeys(store.location, env);
  const keys = await store.db.transaction().execute((trx) => keysForWriting({ store, db: trx, now, env }));
  return { id: keys.id, source: keys.source, created: before === null };
}
