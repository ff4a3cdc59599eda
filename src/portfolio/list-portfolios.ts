/** Portfolios with their settings and account counts, as `portfolio list` and `portfolio set` show them. */
import type { Kysely } from 'kysely';
import type { BucketRung, StageRung } from '../domain/ageing/ageing.js';
import type { Schema } from '../store/schema.js';

export interface PortfolioView {
  portfolio_id: string;
  time_zone: string;
  buckets: BucketRung[];
  stages: StageRung[];
  /** Whether contracts in it may carry annual rates above 1 (100 %). */
  allow_rates_above_one: boolean;
  accounts: number;
}

/** Every portfolio (or only `only`), by name. `db` may be a transaction. */
export async function listPortfolios(db: Kysely<Schema>, only?: string): Promise<PortfolioView[]> {
  let q = db
    .selectFrom('portfolios')
    .leftJoin('accounts', 'accounts.portfolio_id', 'portfolios.portfolio_id')
    .select((eb) => [
      'portfolios.portfolio_id',
      'portfolios.time_zone',
      'portfolios.buckets',
      'portfolios.stages',
      'portfolios.allow_rates_above_one',
      eb.fn.count<number>('accounts.id').as('accounts'),
    ])
    .groupBy([
      'portfolios.portfolio_id',
      'portfolios.time_zone',
      'portfolios.buckets',
      'portfolios.stages',
      'portfolios.allow_rates_above_one',
    ])
    .orderBy('portfolios.portfolio_id');
  if (only !== undefined) q = q.where('portfolios.portfolio_id', '=', only);
  const rows = await q.execute();
  return rows.map((r) => ({
    portfolio_id: r.portfolio_id,
    time_zone: r.time_zone,
    buckets: JSON.parse(r.buckets) as BucketRung[],
    stages: JSON.parse(r.stages) as StageRung[],
    allow_rates_above_one: Number(r.allow_rates_above_one) === 1,
    accounts: Number(r.accounts),
  }));
}
