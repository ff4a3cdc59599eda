/**
 * Stores an evidence file (a call recording, a visit photo, a letter, a signed notice) for an account and,
 * when given, one of its activities: the bytes go in the evidence folder under their SHA-256
 * (evidence-file.ts), then in one transaction the file's row, its link to the account and activity, and an
 * `evidence.store` event naming the hash, so the chain vouches for the file.
 *
 * Storing the same bytes again is idempotent: one file, one row; a new account or activity gets a new link,
 * and a longer retention (a later store under a pack that keeps longer) extends the file's. Nothing new,
 * no event. Bytes stored again after a purge are restored. Callers check who may store (add-evidence.ts
 * for the desk); this is the API the letters and the desk both call.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { EVIDENCE_KINDS, type EvidenceKind, isEvidenceKind } from '../domain/evidence/evidence-codes.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { accountRetention } from './account-retention.js';
import { sha256Hex, writeEvidenceFile } from './evidence-file.js';

export interface StoreEvidenceOptions {
  db: Kysely<Schema>;
  /** The evidence folder (evidenceFolder(store)). */
  folder: string;
  bytes: Uint8Array;
  /** `audio/wav`, `image/png`, `application/pdf`, … */
  mediaType: string;
  /** The file's name as the person or the letter knows it (`call-2026-11-29.wav`). */
  name: string;
  kind: EvidenceKind;
  /** The account's internal id. */
  accountId: number;
  /** An activity of that account the file backs, or null. */
  activityId: string | null;
  actor: string;
  now: Date;
}

export interface StoredEvidence {
  sha256: string;
  size: number;
  /** The last day the file is kept (a purge is refused until the day after). */
  retainUntil: string;
}

/** How a store found the file: new, already there, or there once and purged. */
type FileState = 'new' | 'existing' | 'restored';

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;
const MAX_NAME = 255;

function check(options: StoreEvidenceOptions): void {
  if (!isEvidenceKind(options.kind)) {
    throw new AppError('INVALID_INPUT', `kind "${options.kind}" is not one of ${EVIDENCE_KINDS.join(', ')}`);
  }
  if (options.bytes.length === 0) throw new AppError('INVALID_INPUT', 'the evidence file is empty');
  if (!MEDIA_TYPE.test(options.mediaType)) {
    throw new AppError('INVALID_INPUT', `media type "${options.mediaType}" is not of the form type/subtype`);
  }
  const name = options.name.trim();
  if (name === '' || name.length > MAX_NAME || /\p{Cc}/u.test(name)) {
    throw new AppError('INVALID_INPUT', `name "${options.name}" must be 1 to ${MAX_NAME} printable characters`);
  }
}

export async function storeEvidence(options: StoreEvidenceOptions): Promise<StoredEvidence> {
  check(options);
  const { db, folder, bytes, accountId, activityId, actor, now } = options;
  const sha256 = sha256Hex(bytes);
  const size = bytes.length;
  // The bytes first: a file without a row (the transaction failed) is harmless and is reused next time; a
  // row without its file would be a broken promise.
  await writeEvidenceFile(folder, sha256, bytes);
  const nowIso = now.toISOString();
  return inTransaction(db, async (trx) => {
    const retention = await accountRetention(trx, accountId, now);
    if (activityId !== null) await mustBeActivityOf(trx, activityId, retention.accountId, retention.externalId);
    const existing = await trx
      .selectFrom('evidence_files')
      .select(['retain_until', 'purged_at'])
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    let file: FileState = 'new';
    let retainUntil = retention.retainUntil;
    if (!existing) {
      await trx
        .insertInto('evidence_files')
        .values({
          sha256,
          size,
          media_type: options.mediaType,
          name: options.name.trim(),
          kind: options.kind,
          stored_by: actor,
          stored_at: nowIso,
          retain_until: retainUntil,
          purged_at: null,
          purged_by: null,
        })
        .execute();
    } else {
      file = existing.purged_at === null ? 'existing' : 'restored';
      if (existing.retain_until > retainUntil) retainUntil = existing.retain_until;
      if (file === 'restored' || retainUntil !== existing.retain_until) {
        await trx
          .updateTable('evidence_files')
          .set({ retain_until: retainUntil, purged_at: null, purged_by: null })
          .where('sha256', '=', sha256)
          .execute();
      }
    }
    let linkQuery = trx
      .selectFrom('evidence_links')
      .select('id')
      .where('sha256', '=', sha256)
      .where('account_id', '=', retention.accountId);
    linkQuery =
      activityId === null
        ? linkQuery.where('activity_id', 'is', null)
        : linkQuery.where('activity_id', '=', activityId);
    const linked = (await linkQuery.executeTakeFirst()) === undefined;
    if (linked) {
      await trx
        .insertInto('evidence_links')
        .values({ sha256, account_id: retention.accountId, activity_id: activityId, created_at: nowIso })
        .execute();
    }
    const extended = existing !== undefined && retainUntil !== existing.retain_until;
    if (file === 'existing' && !linked && !extended) return { sha256, size, retainUntil };
    await appendEvent(trx, {
      kind: 'evidence.store',
      actor,
      now,
      accountId: retention.accountId,
      payload: {
        sha256,
        size,
        media_type: options.mediaType,
        name: options.name.trim(),
        kind: options.kind,
        activity_id: activityId,
        file,
        linked,
        retain_until: retainUntil,
        ...(extended ? { retain_until_before: existing.retain_until } : {}),
        pack: retention.pack,
      },
    });
    return { sha256, size, retainUntil };
  });
}

async function mustBeActivityOf(
  db: Kysely<Schema>,
  activityId: string,
  accountId: number,
  externalId: string,
): Promise<void> {
  const row = await db
    .selectFrom('activities')
    .select('account_id')
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no activity "${activityId}"`);
  if (Number(row.account_id) !== accountId) {
    throw new AppError('INVALID_INPUT', `activity "${activityId}" is not an activity of account ${externalId}`);
  }
}
