/**
 * Portfolio settings: the time zone that dates payments, and the DPD ladders for buckets and life-cycle
 * stages. Creating a portfolio here (rather than letting an account import create it with defaults)
 * lets a lender set them before the first payment arrives.
 *
 * Changing the ladders re-buckets the portfolio's accounts at once (one set-based statement); changing
 * the time zone re-dates the payments still waiting to be posted (posted ones are history).
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import {
  type BucketRung,
  DEFAULT_BUCKETS,
  DEFAULT_STAGES,
  DEFAULT_TIME_ZONE,
  type StageRung,
  validateLadder,
} from '../domain/ageing/ageing.js';
import { dateInZone, isTimeZone } from '../domain/calendar/calendar.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';

export class PortfolioSettingsError extends Error {
  override name = 'PortfolioSettingsError';
}

const STAGE_NAMES: readonly StageRung['name'][] = ['current', 'early', 'mid', 'late', 'terminal'];

/** Parses "M0=0,M1=1,M2=31" into a ladder and checks it. */
export function parseLadder(spec: string, what: 'buckets'): BucketRung[];
export function parseLadder(spec: string, what: 'stages'): StageRung[];
export function parseLadder(spec: string, what: 'buckets' | 'stages'): BucketRung[] | StageRung[] {
  const rungs = spec.split(',').map((part, i) => {
    const m = /^\s*([^=\s]+)\s*=\s*(\d+)\s*$/.exec(part);
    if (!m) throw new PortfolioSettingsError(`${what}: rung ${i + 1} "${part}" is not NAME=MIN_DPD`);
    return { name: m[1] ?? '', minDpd: Number(m[2]) };
  });
  const problem = validateLadder(rungs);
  if (problem) throw new PortfolioSettingsError(`${what}: ${problem}`);
  if (what === 'stages') {
    const unknown = rungs.find((r) => !STAGE_NAMES.includes(r.name as StageRung['name']));
    if (unknown) throw new PortfolioSettingsError(`stages: "${unknown.name}" is not one of ${STAGE_NAMES.join(', ')}`);
    return rungs as StageRung[];
  }
  return rungs;
}

export interface ConfigurePortfolioOptions {
  store: Store;
  portfolioId: string;
  timeZone?: string;
  buckets?: readonly BucketRung[];
  stages?: readonly StageRung[];
  now: Date;
}

export interface PortfolioView {
  portfolio_id: string;
  time_zone: string;
  buckets: BucketRung[];
  stages: StageRung[];
  accounts: number;
}

function ladderCase(ladder: readonly { name: string; minDpd: number }[]): RawBuilder<string> {
  // CASE WHEN dpd >= top THEN 'top' … ELSE 'first' END, every value bound.
  const sorted = [...ladder].sort((a, b) => b.minDpd - a.minDpd);
  const whens = sorted.map((r) => sql`WHEN dpd >= ${r.minDpd} THEN ${r.name}`);
  return sql<string>`CASE ${sql.join(whens, sql` `)} ELSE ${ladder[0]?.name ?? 'M0'} END`;
}

export async function configurePortfolio(options: ConfigurePortfolioOptions): Promise<PortfolioView> {
  const { store, portfolioId } = options;
  if (portfolioId.trim() === '') throw new PortfolioSettingsError('a portfolio needs a name');
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new PortfolioSettingsError(`"${options.timeZone}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  }
  await store.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('portfolios')
      .selectAll()
      .where('portfolio_id', '=', portfolioId)
      .executeTakeFirst();
    const timeZone = options.timeZone ?? existing?.time_zone ?? DEFAULT_TIME_ZONE;
    const buckets = JSON.stringify(options.buckets ?? (existing ? JSON.parse(existing.buckets) : DEFAULT_BUCKETS));
    const stages = JSON.stringify(options.stages ?? (existing ? JSON.parse(existing.stages) : DEFAULT_STAGES));
    if (existing) {
      await trx
        .updateTable('portfolios')
        .set({ time_zone: timeZone, buckets, stages })
        .where('portfolio_id', '=', portfolioId)
        .execute();
    } else {
      await trx
        .insertInto('portfolios')
        .values({
          portfolio_id: portfolioId,
          time_zone: timeZone,
          buckets,
          stages,
          created_at: options.now.toISOString(),
        })
        .execute();
    }
    if (options.buckets || options.stages) await rebucket(trx, portfolioId, JSON.parse(buckets), JSON.parse(stages));
    if (options.timeZone && options.timeZone !== existing?.time_zone) await redatePending(trx, portfolioId, timeZone);
    await trx
      .insertInto('events')
      .values({
        occurred_at: options.now.toISOString(),
        actor: 'cli',
        kind: existing ? 'portfolio.update' : 'portfolio.create',
        account_id: null,
        payload: JSON.stringify({ portfolio_id: portfolioId, time_zone: timeZone, buckets, stages }),
        prev_hash: null,
        hash: null,
      })
      .execute();
  });
  const [view] = await listPortfolios(store, portfolioId);
  if (!view) throw new PortfolioSettingsError(`portfolio ${portfolioId} vanished`);
  return view;
}

async function rebucket(db: Kysely<Schema>, portfolioId: string, buckets: BucketRung[], stages: StageRung[]) {
  await db
    .updateTable('accounts')
    .set({ bucket: ladderCase(buckets), stage: ladderCase(stages) })
    .where('portfolio_id', '=', portfolioId)
    .execute();
}

/** Payments not yet posted take their date from the new zone; the cycle has not used the old one yet. */
async function redatePending(db: Kysely<Schema>, portfolioId: string, timeZone: string) {
  const pending = await db
    .selectFrom('payments')
    .innerJoin('accounts', 'accounts.id', 'payments.account_id')
    .select(['payments.id', 'payments.paid_at', 'payments.value_on'])
    .where('accounts.portfolio_id', '=', portfolioId)
    .where('payments.posted_on', 'is', null)
    .execute();
  for (const p of pending) {
    const valueOn = dateInZone(p.paid_at, timeZone);
    if (valueOn !== p.value_on)
      await db.updateTable('payments').set({ value_on: valueOn }).where('id', '=', p.id).execute();
  }
}

export async function listPortfolios(store: Store, only?: string): Promise<PortfolioView[]> {
  let q = store.db
    .selectFrom('portfolios')
    .leftJoin('accounts', 'accounts.portfolio_id', 'portfolios.portfolio_id')
    .select((eb) => [
      'portfolios.portfolio_id',
      'portfolios.time_zone',
      'portfolios.buckets',
      'portfolios.stages',
      eb.fn.count<number>('accounts.id').as('accounts'),
    ])
    .groupBy(['portfolios.portfolio_id', 'portfolios.time_zone', 'portfolios.buckets', 'portfolios.stages'])
    .orderBy('portfolios.portfolio_id');
  if (only !== undefined) q = q.where('portfolios.portfolio_id', '=', only);
  const rows = await q.execute();
  return rows.map((r) => ({
    portfolio_id: r.portfolio_id,
    time_zone: r.time_zone,
    buckets: JSON.parse(r.buckets) as BucketRung[],
    stages: JSON.parse(r.stages) as StageRung[],
    accounts: Number(r.accounts),
  }));
}
