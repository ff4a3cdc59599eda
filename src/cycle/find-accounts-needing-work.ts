/**
 * Which accounts in an id range the ledger pass must touch on day D. Everything else provably has nothing
 * to post: no instalment past due, no payment waiting, no credit to use. Those accounts are left alone,
 * which is what keeps the daily cycle proportional to the delinquent book rather than the whole book.
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { AccountRow, Schema } from '../store/schema.js';

export interface AccountIdRange {
  from: number;
  to: number;
}

export async function findAccountsNeedingWork(
  db: Kysely<Schema>,
  range: AccountIdRange,
  asOf: IsoDate,
): Promise<AccountRow[]> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where('id', '>=', range.from)
    .where('id', '<=', range.to)
    .where((eb) =>
      eb.or([
        eb.and([
          eb.or([eb('processed_through', 'is', null), eb('processed_through', '<', asOf)]),
          eb.or([
            eb('oldest_unpaid_due_on', '<', asOf),
            eb.and([eb('unapplied_credit', '>', 0), eb('oldest_unpaid_due_on', '<=', asOf)]),
          ]),
        ]),
        eb.exists(
          eb
            .selectFrom('payments')
            .select(sql`1`.as('one'))
            .whereRef('payments.account_id', '=', 'accounts.id')
            .where('payments.posted_on', 'is', null)
            .where('payments.value_on', '<=', asOf),
        ),
      ]),
    )
    .orderBy('id')
    .execute();
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
