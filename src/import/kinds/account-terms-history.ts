/**
 * Keeps `account_terms`, the history of each account's contract terms with the first day they apply. The
 * cycle moves ledgers forward with the terms in force (on `accounts`); when it value-dates a late payment it
 * replays the ledger from the opening date, and the replay must use the terms that applied on each day, not
 * today's. A change applies from the first day the account's ledger has not closed: closed days keep the
 * terms they were processed with.
 */
import { sql } from 'kysely';
import { addDays } from '../../domain/calendar/calendar.js';
import { closedDay } from '../../domain/ledger/move-account-ledger.js';
import { inList } from '../../store/in-list.js';
import { ACCOUNT_TERMS_COLUMNS } from '../../store/shapes/account-terms.js';
import type { ChunkContext } from '../chunk-context.js';

/** New accounts: their terms apply from the opening date. One set-based statement per chunk. */
export async function recordOpeningTerms(ctx: ChunkContext, accountIds: readonly string[]): Promise<void> {
  if (accountIds.length === 0) return;
  await ctx.trx
    .insertInto('account_terms')
    .columns(['account_id', 'effective_from', ...ACCOUNT_TERMS_COLUMNS, 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('accounts')
        .select(['id', 'opened_on', ...ACCOUNT_TERMS_COLUMNS, sql<string>`${ctx.nowIso}`.as('created_at')])
        .where(inList(ctx.store.engine, 'account_id', accountIds, 'text')),
    )
    .execute();
}

/**
 * Accounts whose terms changed: the new terms apply from the day after the account's closed day (from the
 * opening date while nothing is closed). A changed opening date (allowed only before any instalment is
 * booked) starts the history again.
 */
export async function recordChangedTerms(
  ctx: ChunkContext,
  changed: ReadonlyMap<number, { openedOnChanged: boolean }>,
): Promise<void> {
  if (changed.size === 0) return;
  const ids = [...changed.keys()];
  const rows = await ctx.trx
    .selectFrom('accounts')
    .leftJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'accounts.id',
      'accounts.opened_on',
      'accounts.processed_through',
      'portfolios.closed_through',
      ...ACCOUNT_TERMS_COLUMNS.map((c) => `accounts.${c}` as const),
    ])
    .where(inList(ctx.store.engine, 'accounts.id', ids, 'bigint'))
    .execute();
  for (const r of rows) {
    const id = Number(r.id);
    if (changed.get(id)?.openedOnChanged) {
      await ctx.trx.deleteFrom('account_terms').where('account_id', '=', id).execute();
    }
    const closed = closedDay(r.processed_through, r.closed_through);
    const from = closed === null || closed < r.opened_on ? r.opened_on : addDays(closed, 1);
    const terms = {
      principal: r.principal,
      annual_rate: r.annual_rate,
      penalty_uplift: r.penalty_uplift,
      late_fee: r.late_fee,
      grace_days: r.grace_days,
      allocation: r.allocation,
      day_count: r.day_count,
      cost_cap_rate: r.cost_cap_rate,
    };
    await ctx.trx
      .insertInto('account_terms')
      .values({ account_id: id, effective_from: from, ...terms, created_at: ctx.nowIso })
      .onConflict((oc) => oc.columns(['account_id', 'effective_from']).doUpdateSet(terms))
      .execute();
  }
}
