/**
 * The one writer of an account's bucket and stage. Both follow from its DPD and its portfolio's ladders
 * (src/domain/ageing); this module turns that rule into what is written, row by row for the cycle and
 * set-based for a whole portfolio when its ladders change or accounts arrive with the default rung.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { bucketFor, stageFor } from '../domain/ageing/ageing.js';
import type { Schema } from './schema.js';
import type { PortfolioSettings } from './shapes/portfolio-settings.js';

export interface Ageing {
  dpd: number;
  bucket: string;
  stage: string;
}

/** What the cycle writes for an account with `dpd` days past due. */
export function ageingOf(dpd: number, settings: PortfolioSettings): Ageing {
  return { dpd, bucket: bucketFor(dpd, settings.buckets), stage: stageFor(dpd, settings.stages) };
}

function ladderCase(ladder: readonly { name: string; minDpd: number }[]): RawBuilder<string> {
  // CASE WHEN dpd >= top THEN 'top' … ELSE 'first' END, every value bound: the same rule as bucketFor.
  const sorted = [...ladder].sort((a, b) => b.minDpd - a.minDpd);
  const whens = sorted.map((r) => sql`WHEN dpd >= ${r.minDpd} THEN ${r.name}`);
  return sql<string>`CASE ${sql.join(whens, sql` `)} ELSE ${ladder[0]?.name ?? 'M0'} END`;
}

/** Re-derives bucket and stage from the stored DPD for all of a portfolio's accounts, in one statement. */
export async function rebucketAccounts(db: Kysely<Schema>, settings: PortfolioSettings): Promise<number> {
  const result = await db
    .updateTable('accounts')
    .set({ bucket: ladderCase(settings.buckets), stage: ladderCase(settings.stages) })
    .where('portfolio_id', '=', settings.portfolioId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Accounts the cycle never needed to touch (nothing past due: DPD 0) sit in the portfolio's first rungs —
 * also when they were created with the default rung names before the portfolio renamed its rungs.
 */
export async function placeCurrentAccounts(db: Kysely<Schema>, settings: PortfolioSettings): Promise<number> {
  const current = ageingOf(0, settings);
  const result = await db
    .updateTable('accounts')
    .set({ bucket: current.bucket, stage: current.stage })
    .where('portfolio_id', '=', settings.portfolioId)
    .where('dpd', '=', 0)
    .where((eb) => eb.or([eb('bucket', '<>', current.bucket), eb('stage', '<>', current.stage)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
