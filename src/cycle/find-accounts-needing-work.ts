/**
 * Which accounts in an id range the ledger pass must touch on day D. Everything else provably has nothing
 * to post: no instalment past due, no payment waiting, no credit to use, no late instalment to value-date, no
 * open arrangement. Those accounts are left alone,
 * which is what keeps the daily cycle proportional to the delinquent book rather than the whole book.
 */

import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Schema } from '../store/schema.js';
import { OPEN_STATUSES } from './arrangements/ledger-arrangements.js';

export interface AccountIdRange {
  from: number;
  to: number;
}

/** Ids only: two index-friendly queries, merged in order. */
export async function findAccountsNeedingWork(
  db: Kysely<Schema>,
  range: AccountIdRange,
  asOf: IsoDate,
  /** Portfolios not yet closed through D; accounts of the others have nothing left to do for D. */
  openPortfolios: readonly string[],
): Promise<number[]> {
  const [owing, paying, arranged] = await Promise.all([
    openPortfolios.length === 0
      ? Promise.resolve([] as { id: number; portfolio_id: string }[])
      : db
          .selectFrom('accounts')
          // The portfolio is checked below, not in SQL: a condition on it leads the planner to the portfolio
          // index and a scan of the whole portfolio for every range, instead of the id range (20× slower).
          .select(['id', 'portfolio_id'])
          .where('id', '>=', range.from)
          .where('id', '<=', range.to)
          .where((eb) => eb.or([eb('processed_through', 'is', null), eb('processed_through', '<', asOf)]))
          .where((eb) =>
            eb.or([
              eb('oldest_unpaid_due_on', '<', asOf),
              eb.and([eb('unapplied_credit', '>', 0), eb('oldest_unpaid_due_on', '<=', asOf)]),
              eb('replay_from', 'is not', null),
            ]),
          )
          .execute(),
    db
      .selectFrom('payments')
      .select('account_id')
      .distinct()
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('posted_on', 'is', null)
      .where('value_on', '<=', asOf)
      .execute(),
    // An approved plan or settlement may act on an account that owes nothing past due (yet).
    db
      .selectFrom('arrangements')
      .select('account_id')
      .distinct()
      .where('status', 'in', OPEN_STATUSES)
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .execute(),
  ]);
  const ids = new Set<number>();
  const open = new Set(openPortfolios);
  for (const r of owing) if (open.has(r.portfolio_id)) ids.add(Number(r.id));
  for (const r of paying) ids.add(Number(r.account_id));
  for (const r of arranged) ids.add(Number(r.account_id));
  return [...ids].sort((a, b) => a - b);
}

/** Splits [min id, max id] into ranges of `size` ids: the unit of work, of commit, and of resumption. */
export async function accountIdRanges(db: Kysely<Schema>, size: number): Promise<AccountIdRange[]> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')])
    .executeTakeFirst();
  const lo = row?.lo === null || row?.lo === undefined ? null : Number(row.lo);
  const hi = row?.hi === null || row?.hi === undefined ? null : Number(row.hi);
  if (lo === null || hi === null) return [];
  const ranges: AccountIdRange[] = [];
  for (let from = lo; from <= hi; from += size) ranges.push({ from, to: Math.min(hi, from + size - 1) });
  return ranges;
}
