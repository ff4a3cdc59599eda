/**
 * One query per chunk to turn the external ids a chunk mentions into internal keys (and the account facts
 * the checks need). Reads go through the import's transaction, so rows written by earlier chunks of the
 * same run are found.
 */
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import type { ChunkContext } from './chunk-context.js';
import { inList } from './in-list.js';

export interface AccountRef {
  id: number;
  accountId: string;
  currency: string;
  openedOn: string;
  timeZone: string;
  outPrincipal: number;
  outInterest: number;
  outFee: number;
  oldestUnpaidDueOn: string | null;
}

export async function lookupAccounts(
  ctx: ChunkContext,
  accountIds: readonly string[],
): Promise<Map<string, AccountRef>> {
  const found = new Map<string, AccountRef>();
  if (accountIds.length === 0) return found;
  const rows = await ctx.trx
    .selectFrom('accounts')
    .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'accounts.id',
      'accounts.account_id',
      'accounts.currency',
      'accounts.opened_on',
      'portfolios.time_zone',
      'accounts.out_principal',
      'accounts.out_interest',
      'accounts.out_fee',
      'accounts.oldest_unpaid_due_on',
    ])
    .where(inList(ctx.store.engine, 'accounts.account_id', accountIds, 'text'))
    .execute();
  for (const r of rows) {
    found.set(r.account_id, {
      id: Number(r.id),
      accountId: r.account_id,
      currency: r.currency,
      openedOn: r.opened_on,
      // An account always belongs to a portfolio; the default zone only guards rows written by other means.
      timeZone: r.time_zone ?? DEFAULT_TIME_ZONE,
      outPrincipal: Number(r.out_principal),
      outInterest: Number(r.out_interest),
      outFee: Number(r.out_fee),
      oldestUnpaidDueOn: r.oldest_unpaid_due_on,
    });
  }
  return found;
}

/** party_id (external) → parties.id */
export async function lookupParties(ctx: ChunkContext, partyIds: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  if (partyIds.length === 0) return found;
  const rows = await ctx.trx
    .selectFrom('parties')
    .select(['id', 'party_id'])
    .where(inList(ctx.store.engine, 'party_id', partyIds, 'text'))
    .execute();
  for (const r of rows) found.set(r.party_id, Number(r.id));
  return found;
}
