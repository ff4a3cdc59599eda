/** Overrides granted, for one account or all, newest first, each saying whether it is in force now. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { type OverrideView, overrideView, selectOverrides } from './override-view.js';

export async function listOverrides(options: {
  db: Kysely<Schema>;
  accountId?: string | undefined;
  /** Only those in force now. */
  inForceOnly?: boolean | undefined;
  now: Date;
}): Promise<OverrideView[]> {
  let query = selectOverrides(options.db);
  if (options.accountId !== undefined) {
    const account = await options.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
    query = query.where('o.account_id', '=', Number(account.id));
  }
  const rows = await query.orderBy('o.granted_at', 'desc').orderBy('o.override_id', 'desc').execute();
  const views = rows.map((r) => overrideView(r, options.now));
  return options.inForceOnly ? views.filter((v) => v.in_force) : views;
}
