/**
 * The ageing snapshot for day D: per portfolio, currency and bucket, how many accounts, what they owe in
 * total and what of it is past due. One set-based statement; replacing D's rows makes a rerun harmless.
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Schema } from '../store/schema.js';
import type { PortfolioSettings } from '../store/shapes/portfolio-settings.js';
import { placeCurrentAccounts } from '../store/write-ageing.js';

export async function snapshotAging(
  db: Kysely<Schema>,
  asOf: IsoDate,
  portfolios: Map<string, PortfolioSettings>,
): Promise<{ rows: number; first_rung_fixed: number }> {
  return db.transaction().execute(async (trx) => {
    // Accounts the ledger pass did not need to touch are current (DPD 0); make sure they sit in their
    // portfolio's first rung even when a portfolio renamed it.
    let fixed = 0;
    for (const p of portfolios.values()) fixed += await placeCurrentAccounts(trx, p);
    await trx.deleteFrom('aging_snapshots').where('as_of', '=', asOf).execute();
    const res = await trx
      .insertInto('aging_snapshots')
      .columns(['as_of', 'portfolio_id', 'currency', 'bucket', 'accounts', 'outstanding', 'past_due'])
      .expression((eb) =>
        eb
          .selectFrom('accounts')
          .select([
            sql<string>`${asOf}`.as('as_of'),
            'portfolio_id',
            'currency',
            'bucket',
            eb.fn.countAll<number>().as('accounts'),
            sql<number>`sum(out_principal + out_interest + out_fee + out_penalty + out_late_fee)`.as('outstanding'),
            sql<number>`sum(past_due_total)`.as('past_due'),
          ])
          .groupBy(['portfolio_id', 'currency', 'bucket']),
      )
      .executeTakeFirst();
    return { rows: Number(res.numInsertedOrUpdatedRows ?? 0), first_rung_fixed: fixed };
  });
}
