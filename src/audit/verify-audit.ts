/**
 * `dunwell audit verify`: re-walks the audit chain and everything it vouches for, in one consistent
 * snapshot of the database, streaming in pages so it runs on a database of any size.
 *
 * 1. The events, in id order (walk-events.ts): every hash and every link, then the head.
 * 2. The activities, in one pass: each row the chain recorded still gives the digest its event carries,
 *    none is gone, and every row written since the chain began is named by an event (check-activities.ts).
 * 3. The evidence: the rows and links replayed from the chain's evidence events, and every file not
 *    purged re-hashed from the evidence folder (check-evidence.ts).
 *
 * It only reads. A problem names the event it concerns; `first_bad_seq` is the first such event.
 */
import type { Kysely } from 'kysely';
import { type AuditProblem, firstBadSeq } from '../domain/audit/audit-problems.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { ActivityCheck } from './check-activities.js';
import { checkEvidence } from './check-evidence.js';
import { walkEvents } from './walk-events.js';

export interface VerifyAuditOptions {
  store: Store;
  /** The evidence folder (evidenceFolder(store)). */
  folder: string;
  /** Rows per statement; the default suits a million accounts. */
  pageSize?: number;
  /** Called as the walk goes: which part, and how many rows of it so far. */
  onProgress?: (step: 'events' | 'activities' | 'evidence', done: number) => void;
}

export interface AuditReport {
  ok: boolean;
  /** Events walked. */
  events: number;
  /** Evidence files checked (purged ones included: their rows are checked, their bytes are gone). */
  files: number;
  /** The id of the first event that does not verify; null when every one does. */
  first_bad_seq: number | null;
  problems: AuditProblem[];
  /** The chain's head as verified (anchor it elsewhere to detect a rewrite of the whole chain). */
  head: { last_id: number; last_hash: string } | null;
  activities: { checked: number; before_chain: number };
}

/** At most this many problems are listed (all are counted in ok and first_bad_seq). */
const MAX_LISTED = 1000;

export async function verifyAudit(options: VerifyAuditOptions): Promise<AuditReport> {
  const pageSize = options.pageSize ?? 5000;
  return inSnapshot(options.store, async (db) => {
    const activities = new ActivityCheck();
    const walked = await walkEvents({
      db,
      pageSize,
      onActivity: (seq, payload) => activities.expect(seq, payload),
      onPage: (done) => options.onProgress?.('events', done),
    });
    const records = await activities.checkRows(db, pageSize, (done) => options.onProgress?.('activities', done));
    const evidence = await checkEvidence({
      db,
      folder: options.folder,
      ledger: walked.ledger,
      pageSize,
      onProgress: (done) => options.onProgress?.('evidence', done),
    });
    const found = [...walked.problems, ...records.problems, ...evidence.problems];
    return {
      ok: found.length === 0,
      events: walked.events,
      files: evidence.files,
      first_bad_seq: firstBadSeq(found),
      problems: found.slice(0, MAX_LISTED),
      head: walked.head,
      activities: { checked: records.checked, before_chain: records.beforeChain },
    };
  });
}

/**
 * Everything is read at one instant, so appends while it runs neither hide nor fake a problem: on
 * PostgreSQL a repeatable-read transaction; on SQLite a transaction (its snapshot begins at the first read).
 */
function inSnapshot<T>(store: Store, fn: (db: Kysely<Schema>) => Promise<T>): Promise<T> {
  const trx = store.db.transaction();
  return (store.engine === 'postgres' ? trx.setIsolationLevel('repeatable read') : trx).execute(fn);
}
