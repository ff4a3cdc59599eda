/** `dunwell evidence list`: an account's evidence files, newest first, with their retention and links. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';

export interface ListedEvidence {
  sha256: string;
  kind: string;
  name: string;
  media_type: string;
  size: number;
  activity_id: string | null;
  linked_at: string;
  stored_by: string;
  stored_at: string;
  retain_until: string;
  purged_at: string | null;
  purged_by: string | null;
}

export async function listEvidence(options: { db: Kysely<Schema>; accountId: string }): Promise<ListedEvidence[]> {
  const account = await options.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', options.accountId)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
  const rows = await options.db
    .selectFrom('evidence_links as l')
    .innerJoin('evidence_files as f', 'f.sha256', 'l.sha256')
    .select([
      'f.sha256',
      'f.kind',
      'f.name',
      'f.media_type',
      'f.size',
      'l.activity_id',
      'l.created_at',
      'f.stored_by',
      'f.stored_at',
      'f.retain_until',
      'f.purged_at',
      'f.purged_by',
    ])
    .where('l.account_id', '=', Number(account.id))
    .orderBy('l.id', 'desc')
    .execute();
  return rows.map(({ created_at, ...r }) => ({ ...r, size: Number(r.size), linked_at: created_at }));
}
