/**
 * `dunwell evidence purge`: deletes evidence files whose retention has ended, and only those. The rows
 * stay, marked purged (when, by whom), and each purge is an `evidence.purge` event, so `audit verify`
 * accepts the missing bytes and the chain still says what the file was. Only an administrator purges
 * (EVIDENCE_PURGER_ROLES). A file is past its retention once its last day kept has ended everywhere: the
 * day is read at UTC−12, where a calendar day ends last, so no portfolio's time zone sees it early.
 *
 * Set-based: the files are marked and their events appended in one transaction per batch; the bytes are
 * deleted after it commits (a crash in between leaves a purged row whose bytes are still there, which
 * verify accepts and a second purge does not repeat).
 */

import { isSha256 } from '../domain/audit/event-chain.js';
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { EVIDENCE_PURGER_ROLES } from '../domain/evidence/evidence-codes.js';
import { mayPurge } from '../domain/evidence/retention.js';
import { appendEvents } from '../event/append-event.js';
import { inList } from '../store/in-list.js';
import type { Store } from '../store/open-database.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { deleteEvidenceFile } from './evidence-file.js';

/** Where the calendar day ends last (UTC−12; the IANA name's sign is inverted). */
const LAST_ZONE = 'Etc/GMT+12';
const BATCH = 2000;

export interface PurgeEvidenceOptions {
  store: Store;
  folder: string;
  /** Purge only files kept until a day before this one (default: every file past its retention). */
  before?: IsoDate | null;
  /** Purge only these files. */
  files?: readonly string[];
  by: string;
  now: Date;
}

export interface PurgeResult {
  /** The day the retention is judged on. */
  today: IsoDate;
  purged: { sha256: string; retain_until: string; size: number; bytes_deleted: boolean }[];
}

export async function purgeEvidence(options: PurgeEvidenceOptions): Promise<PurgeResult> {
  const { store, now } = options;
  const user = await actingUser(store.db, options.by);
  mustHaveRole(user, EVIDENCE_PURGER_ROLES, 'purge evidence');
  const today = dateInZone(now.toISOString(), LAST_ZONE);
  const before = options.before ?? null;
  if (before !== null && before > today) {
    throw new AppError(
      'FORBIDDEN',
      `--before ${before} is after today (${today} at UTC−12): evidence is never purged before its retention ends`,
    );
  }
  const cutoff = before ?? today;
  const named = options.files ?? [];
  for (const sha of named) {
    if (!isSha256(sha)) throw new AppError('INVALID_INPUT', `"${sha}" is not a SHA-256 (64 lower-case hex digits)`);
  }
  if (named.length > 0) await mustBePastRetention(options, named, today);
  const purged: PurgeResult['purged'] = [];
  for (;;) {
    let query = store.db
      .selectFrom('evidence_files')
      .select(['sha256', 'retain_until', 'size', 'kind'])
      .where('purged_at', 'is', null)
      .where('retain_until', '<', cutoff)
      .orderBy('sha256')
      .limit(BATCH);
    if (named.length > 0) query = query.where(inList(store.engine, 'sha256', named, 'text'));
    const batch = await query.execute();
    if (batch.length === 0) break;
    await store.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('evidence_files')
        .set({ purged_at: now.toISOString(), purged_by: user.userId })
        .where(
          inList(
            store.engine,
            'sha256',
            batch.map((f) => f.sha256),
            'text',
          ),
        )
        .execute();
      await appendEvents(
        store,
        trx,
        batch.map((f) => ({
          kind: 'evidence.purge',
          actor: user.userId,
          now,
          payload: { sha256: f.sha256, kind: f.kind, size: Number(f.size), retain_until: f.retain_until, today },
        })),
      );
    });
    for (const f of batch) {
      const deleted = await deleteEvidenceFile(options.folder, f.sha256);
      purged.push({ sha256: f.sha256, retain_until: f.retain_until, size: Number(f.size), bytes_deleted: deleted });
    }
    if (batch.length < BATCH) break;
  }
  return { today, purged };
}

/** Every file named exists, and none is still within its retention: refused with the day it may go. */
async function mustBePastRetention(options: PurgeEvidenceOptions, named: readonly string[], today: IsoDate) {
  const rows = await options.store.db
    .selectFrom('evidence_files')
    .select(['sha256', 'retain_until'])
    .where(inList(options.store.engine, 'sha256', named, 'text'))
    .execute();
  const byHash = new Map(rows.map((r) => [r.sha256, r.retain_until]));
  for (const sha of named) {
    const until = byHash.get(sha);
    if (until === undefined) throw new AppError('NOT_FOUND', `there is no evidence file ${sha}`);
    if (!mayPurge(until, today)) {
      throw new AppError(
        'FORBIDDEN',
        `evidence ${sha} must be kept until ${until}; it may be purged from the day after (today is ${today} at UTC−12)`,
      );
    }
  }
}
