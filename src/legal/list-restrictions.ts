/** Restrictions, for one account or the whole book, narrowed by status or type, oldest first. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { RESTRICTION_STATUSES, RESTRICTION_TYPES } from '../domain/legal/restriction-rules.js';
import type { Schema } from '../store/schema.js';
import { type RestrictionView, restrictionView, selectRestrictions } from './restriction-view.js';

export async function listRestrictions(options: {
  db: Kysely<Schema>;
  accountId?: string;
  status?: string;
  type?: string;
}): Promise<RestrictionView[]> {
  const { db, accountId, status, type } = options;
  if (status !== undefined && !(RESTRICTION_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('INVALID_INPUT', `status: "${status}" is not one of ${RESTRICTION_STATUSES.join(', ')}`);
  }
  if (type !== undefined && !(RESTRICTION_TYPES as readonly string[]).includes(type)) {
    throw new AppError('INVALID_INPUT', `type: "${type}" is not one of ${RESTRICTION_TYPES.join(', ')}`);
  }
  let query = selectRestrictions(db).orderBy('r.id');
  if (accountId !== undefined) {
    const found = await db.selectFrom('accounts').select('id').where('account_id', '=', accountId).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
    query = query.where('r.account_id', '=', Number(found.id));
  }
  if (status !== undefined) query = query.where('r.status', '=', status);
  if (type !== undefined) query = query.where('r.type', '=', type);
  return (await query.execute()).map(restrictionView);
}
