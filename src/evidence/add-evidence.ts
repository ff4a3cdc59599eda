/**
 * `dunwell evidence add`: a person stores a file as evidence for an account (and one of its activities):
 * the recording of a call, a photo of a visit, a signed notice. The acting user must be allowed to store
 * evidence (EVIDENCE_STORER_ROLES); the rest is storeEvidence.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../domain/errors.js';
import { EVIDENCE_KINDS, EVIDENCE_STORER_ROLES, isEvidenceKind } from '../domain/evidence/evidence-codes.js';
import type { Store } from '../store/open-database.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { mediaTypeOf } from './media-type.js';
import { type StoredEvidence, storeEvidence } from './store-evidence.js';

export interface AddEvidenceOptions {
  store: Store;
  folder: string;
  /** The lender's account_id. */
  accountId: string;
  /** The file to store. */
  file: string;
  kind: string;
  activityId?: string | null;
  /** Default: from the file's extension. */
  mediaType?: string | null;
  by: string;
  now: Date;
}

export interface AddedEvidence extends StoredEvidence {
  account_id: string;
  name: string;
  kind: string;
  media_type: string;
  activity_id: string | null;
}

export async function addEvidence(options: AddEvidenceOptions): Promise<AddedEvidence> {
  const { store, now } = options;
  if (!isEvidenceKind(options.kind)) {
    throw new AppError('INVALID_INPUT', `kind "${options.kind}" is not one of ${EVIDENCE_KINDS.join(', ')}`);
  }
  const user = await actingUser(store.db, options.by);
  mustHaveRole(user, EVIDENCE_STORER_ROLES, 'store evidence');
  const account = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', options.accountId)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AppError('UNREADABLE_INPUT', `cannot read the evidence file ${options.file}: ${why}`);
  }
  const name = basename(options.file);
  const mediaType = options.mediaType ?? mediaTypeOf(name);
  const activityId = options.activityId ?? null;
  const stored = await storeEvidence({
    db: store.db,
    folder: options.folder,
    bytes,
    mediaType,
    name,
    kind: options.kind,
    accountId: Number(account.id),
    activityId,
    actor: user.userId,
    now,
  });
  return {
    ...stored,
    account_id: options.accountId,
    name,
    kind: options.kind,
    media_type: mediaType,
    activity_id: activityId,
  };
}
