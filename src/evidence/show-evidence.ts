/**
 * `dunwell evidence show`: one evidence file's record, the accounts and activities it backs, and with
 * `out` its bytes written to a file, checked against their hash first. Looking is itself recorded: an
 * `evidence.read` event says who looked, and whether the bytes left the system.
 */
import { writeFile } from 'node:fs/promises';
import { isSha256 } from '../domain/audit/event-chain.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import type { Store } from '../store/open-database.js';
import { actingUser } from '../user/acting-user.js';
import { readEvidenceFile, sha256Hex } from './evidence-file.js';

export interface ShowEvidenceOptions {
  store: Store;
  folder: string;
  sha256: string;
  /** Who looks (an active user); the command's actor when left out. */
  by?: string | null;
  /** Where to write the bytes; the file must not exist yet. */
  out?: string | null;
  actor: string;
  now: Date;
}

export interface ShownEvidence {
  sha256: string;
  size: number;
  media_type: string;
  name: string;
  kind: string;
  stored_by: string;
  stored_at: string;
  retain_until: string;
  purged_at: string | null;
  purged_by: string | null;
  links: { account_id: string; activity_id: string | null; linked_at: string }[];
  /** Where the bytes were written, or null. */
  written_to: string | null;
}

export async function showEvidence(options: ShowEvidenceOptions): Promise<ShownEvidence> {
  const { store, sha256, now } = options;
  if (!isSha256(sha256)) throw new AppError('INVALID_INPUT', `"${sha256}" is not a SHA-256 (64 lower-case hex digits)`);
  const reader = options.by ? (await actingUser(store.db, options.by)).userId : options.actor;
  const file = await store.db.selectFrom('evidence_files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
  if (!file) throw new AppError('NOT_FOUND', `there is no evidence file ${sha256}`);
  const links = await store.db
    .selectFrom('evidence_links as l')
    .innerJoin('accounts as a', 'a.id', 'l.account_id')
    .select(['a.account_id', 'l.activity_id', 'l.created_at'])
    .where('l.sha256', '=', sha256)
    .orderBy('l.id')
    .execute();
  const out = options.out ?? null;
  if (out !== null) await writeOut(options.folder, file, out);
  await appendEvent(store.db, {
    kind: 'evidence.read',
    actor: reader,
    now,
    payload: { sha256, accounts: links.map((l) => l.account_id), written_out: out !== null },
  });
  return {
    ...file,
    size: Number(file.size),
    links: links.map((l) => ({ account_id: l.account_id, activity_id: l.activity_id, linked_at: l.created_at })),
    written_to: out,
  };
}

async function writeOut(
  folder: string,
  file: { sha256: string; purged_at: string | null; purged_by: string | null },
  out: string,
): Promise<void> {
  if (file.purged_at !== null) {
    throw new AppError('CONFLICT', `evidence ${file.sha256} was purged at ${file.purged_at} by ${file.purged_by}`);
  }
  const bytes = await readEvidenceFile(folder, file.sha256);
  if (bytes === null) {
    throw new AppError('CONFLICT', `evidence ${file.sha256} is missing from ${folder}; run dunwell audit verify`);
  }
  if (sha256Hex(bytes) !== file.sha256) {
    throw new AppError(
      'CONFLICT',
      `the stored bytes of ${file.sha256} no longer match their hash; run dunwell audit verify`,
    );
  }
  try {
    await writeFile(out, bytes, { flag: 'wx' });
  } catch (error) {
    const why =
      error instanceof Error && 'code' in error && error.code === 'EEXIST' ? 'it exists already' : String(error);
    throw new AppError('INVALID_INPUT', `cannot write ${out}: ${why}`);
  }
}
