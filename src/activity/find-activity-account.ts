/**
 * The account an activity use case works on, by the lender's account_id: its internal key, the day it
 * opened and its portfolio's time zone (an activity's business day is read on that wall clock).
 */
import type { Kysely } from 'kysely';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import type { ActivityAccount } from './activity-rules.js';

export interface FoundAccount extends ActivityAccount {
  id: number;
}

export async function findActivityAccount(db: Kysely<Schema>, accountId: string): Promise<FoundAccount> {
  const row = await db
    .selectFrom('accounts')
    .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select(['accounts.id', 'accounts.account_id', 'accounts.opened_on', 'portfolios.time_zone'])
    .where('accounts.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  return {
    id: Number(row.id),
    accountId: row.account_id,
    openedOn: row.opened_on,
    // Every account belongs to a portfolio; the default only guards rows written by other means.
    timeZone: row.time_zone ?? DEFAULT_TIME_ZONE,
  };
}
