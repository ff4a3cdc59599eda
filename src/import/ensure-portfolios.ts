/**
 * An account row may name a portfolio that does not exist yet: it is created with the default settings
 * (time zone, bucket and stage ladders) and reported, so a first import needs no set-up step.
 */
import { DEFAULT_BUCKETS, DEFAULT_STAGES, DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { inList } from '../store/in-list.js';
import type { ChunkContext } from './chunk-context.js';

export async function ensurePortfolios(ctx: ChunkContext, names: Iterable<string>): Promise<void> {
  const unknown = [...new Set(names)].filter((n) => !ctx.knownPortfolios.has(n));
  if (unknown.length === 0) return;
  const existing = await ctx.trx
    .selectFrom('portfolios')
    .select('portfolio_id')
    .where(inList(ctx.store.engine, 'portfolio_id', unknown, 'text'))
    .execute();
  for (const p of existing) ctx.knownPortfolios.add(p.portfolio_id);
  const missing = unknown.filter((n) => !ctx.knownPortfolios.has(n));
  if (missing.length === 0) return;
  await ctx.trx
    .insertInto('portfolios')
    .values(
      missing.map((portfolio_id) => ({
        portfolio_id,
        time_zone: DEFAULT_TIME_ZONE,
        buckets: JSON.stringify(DEFAULT_BUCKETS),
        stages: JSON.stringify(DEFAULT_STAGES),
        created_at: ctx.nowIso,
      })),
    )
    .execute();
  for (const n of missing) {
    ctx.knownPortfolios.add(n);
    ctx.createdPortfolios.push(n);
  }
}
