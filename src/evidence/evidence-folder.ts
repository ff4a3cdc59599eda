/**
 * Where evidence files live: DUNWELL_EVIDENCE_DIR when set; else an `evidence` folder beside the SQLite
 * file, so a database and its evidence move together; else (PostgreSQL, an in-memory database)
 * ./data/evidence. Many API and worker processes on one PostgreSQL database must share one folder (a
 * network file system or a mounted volume): set DUNWELL_EVIDENCE_DIR on all of them.
 */
import { dirname, join, resolve } from 'node:path';
import type { Store } from '../store/open-database.js';

export function evidenceFolder(store: Store, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const given = env.DUNWELL_EVIDENCE_DIR?.trim();
  if (given) return resolve(given);
  if (store.engine === 'sqlite' && store.location !== ':memory:' && !store.location.startsWith('file:')) {
    return join(dirname(resolve(store.location)), 'evidence');
  }
  return resolve('data', 'evidence');
}
