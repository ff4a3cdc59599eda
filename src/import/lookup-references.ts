/**
 * One query per chunk to turn the external ids a chunk mentions into internal keys (and the account facts
 * the checks need). Reads go through the import's transaction, so rows written by earlier chunks of the
 * same run are found.
 */
import { type RawBuilder, sql } from 'kysely';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { inList } from '../store/in-list.js';
import { ACCOUNT_LOOKUP_INDEX } from '../store/migrations/004-account-lookup-index.js';
import type { ChunkContext } from './chunk-context.js';

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

/**
 * What a kind needs to know about the accounts it references: `key` is the internal id only (answered from
 * the account_id index without reading the wide account row), `terms` adds currency, opening date and the
 * portfolio's time zone, `totals` adds the cached outstanding totals. Fields not asked for are left blank.
 */
export type AccountFacts = 'key' | 'terms' | 'totals';

export async function lookupAccounts(
  ctx: ChunkContext,
  accountIds: readonly string[],
  facts: AccountFacts,
): Promise<Map<string, AccountRef>> {
  const found = new Map<string, AccountRef>();
  if (accountIds.length === 0) return found;
  const where = inList(ctx.store.engine, 'account_id', accountIds, 'text');
  if (facts === 'key') {
    const rows = await ctx.trx.selectFrom('accounts').select(['id', 'account_id']).where(where).execute();
    for (const r of rows) found.set(r.account_id, { ...BLANK, id: Number(r.id), accountId: r.account_id });
    return found;
  }
  const rows =
    facts === 'terms'
      ? await termsByIndex(ctx, where)
      : await ctx.trx
          .selectFrom('accounts')
          .select([
            'id',
            'account_id',
            'currency',
            'opened_on',
            'portfolio_id',
            'out_principal',
            'out_interest',
            'out_fee',
            'oldest_unpaid_due_on',
          ])
          .where(where)
          .execute();
  const zones = await portfolioZones(
    ctx,
    rows.map((r) => r.portfolio_id),
  );
  for (const r of rows) {
    found.set(r.account_id, {
      id: Number(r.id),
      accountId: r.account_id,
      currency: r.currency,
      openedOn: r.opened_on,
      // An account always belongs to a portfolio; the default zone only guards rows written by other means.
      timeZone: zones.get(r.portfolio_id) ?? DEFAULT_TIME_ZONE,
      outPrincipal: Number(r.out_principal ?? 0),
      outInterest: Number(r.out_interest ?? 0),
      outFee: Number(r.out_fee ?? 0),
      oldestUnpaidDueOn: r.oldest_unpaid_due_on ?? null,
    });
  }
  return found;
}

type TermsRow = { id: number; account_id: string; currency: string; opened_on: string; portfolio_id: string } & {
  out_principal?: number;
  out_interest?: number;
  out_fee?: number;
  oldest_unpaid_due_on?: string | null;
};

/**
 * The terms lookup, answered from the covering index alone (migration 004). SQLite's planner, without
 * statistics, prefers the unique index on account_id and then reads every wide row from the table, so it
 * is told which index to use; PostgreSQL finds the index-only scan by itself.
 */
async function termsByIndex(ctx: ChunkContext, where: RawBuilder<boolean>): Promise<TermsRow[]> {
  const from = ctx.store.engine === 'sqlite' ? sql`accounts INDEXED BY ${sql.id(ACCOUNT_LOOKUP_INDEX)}` : sql`accounts`;
  const result = await sql<TermsRow>`SELECT id, account_id, currency, opened_on, portfolio_id FROM ${from}
    WHERE ${where}`.execute(ctx.trx);
  return result.rows;
}

const BLANK: AccountRef = {
  id: 0,
  accountId: '',
  currency: '',
  openedOn: '',
  timeZone: DEFAULT_TIME_ZONE,
  outPrincipal: 0,
  outInterest: 0,
  outFee: 0,
  oldestUnpaidDueOn: null,
};

/** Portfolio time zones, read once per import run (there are few portfolios; they do not change mid-run). */
async function portfolioZones(ctx: ChunkContext, portfolioIds: readonly string[]): Promise<Map<string, string>> {
  const missing = [...new Set(portfolioIds)].filter((p) => !ctx.portfolioZones.has(p));
  if (missing.length > 0) {
    const rows = await ctx.trx
      .selectFrom('portfolios')
      .select(['portfolio_id', 'time_zone'])
      .where(inList(ctx.store.engine, 'portfolio_id', missing, 'text'))
      .execute();
    for (const r of rows) ctx.portfolioZones.set(r.portfolio_id, r.time_zone);
  }
  return ctx.portfolioZones;
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

/**
 * The external ids of internal keys, for messages about stored rows. Keys already in `known` (from the
 * chunk's own lookups) cost nothing; the rest take one query. Stored-row lookups deliberately avoid joins:
 * PostgreSQL would rather hash a whole table than probe it 2,000 times.
 */
export async function externalIds(
  ctx: ChunkContext,
  table: 'accounts' | 'parties',
  keys: Iterable<number>,
  known: ReadonlyMap<number, string>,
): Promise<Map<number, string>> {
  const out = new Map(known);
  const missing = [...new Set(keys)].filter((k) => !out.has(k));
  if (missing.length === 0) return out;
  const where = inList(ctx.store.engine, 'id', missing, 'bigint');
  const rows =
    table === 'accounts'
      ? await ctx.trx.selectFrom('accounts').select(['id', 'account_id as ext']).where(where).execute()
      : await ctx.trx.selectFrom('parties').select(['id', 'party_id as ext']).where(where).execute();
  for (const r of rows) out.set(Number(r.id), r.ext);
  return out;
}

/**
 * Which of these portfolios allow contract rates above 1 (100 %), `allow_rates_above_one`; a portfolio
 * that does not exist yet is created by the import with the default, which does not.
 */
export async function portfoliosAllowingHighRates(
  ctx: ChunkContext,
  portfolioIds: readonly string[],
): Promise<Set<string>> {
  if (portfolioIds.length === 0) return new Set();
  const rows = await ctx.trx
    .selectFrom('portfolios')
    .select('portfolio_id')
    .where(inList(ctx.store.engine, 'portfolio_id', portfolioIds, 'text'))
    .where('allow_rates_above_one', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.portfolio_id));
}
