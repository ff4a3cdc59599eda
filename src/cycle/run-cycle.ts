/**
 * The daily collection cycle, as of business date D (this steps): post new payments, allocate,
 * accrue penalty interest and late fees for every day not yet processed up to D, age, snapshot.
 *
 * Idempotent: a second run for D finds no account needing work and rewrites the same snapshot.
 * Resumable: work is committed per account-id range; after a crash the next run picks up the ranges whose
 * accounts are not yet processed through D, and the result equals an uninterrupted run.
 * Set-based: each range is loaded and written with a fixed number of statements, whatever its size.
 */
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import type { Store } from '../store/open-database.js';
import { accountIdRanges } from './find-accounts-needing-work.js';
import { loadPortfolioSettings } from './portfolio-settings.js';
import { emptyCounts, processAccountRange, type RangeTimings } from './process-account-range.js';
import { snapshotAging } from './snapshot-aging.js';

export interface CycleStep {
  name: string;
  counts: Record<string, number>;
  ms: number;
}

export interface CycleReport {
  asOf: IsoDate;
  steps: CycleStep[];
  totalMs: number;
}

export interface CycleProgress {
  step: string;
  done: number;
  total: number;
}

export interface RunCycleOptions {
  store: Store;
  asOf: IsoDate;
  now: () => Date;
  onProgress?: (progress: CycleProgress) => void;
  /** Account ids per unit of work and commit. */
  rangeSize?: number;
  /** Test hook: called after each committed range; throwing simulates a crash mid-run. */
  afterRange?: (index: number) => void;
}

export class CycleError extends Error {
  override name = 'CycleError';
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runCycle(options: RunCycleOptions): Promise<CycleReport> {
  const { store, asOf } = options;
  if (!isIsoDate(asOf)) throw new CycleError(`--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
  const db = store.db;
  const started = performance.now();
  const latest = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.max('processed_through').as('latest'))
    .executeTakeFirst();
  if (latest?.latest && latest.latest > asOf) {
    throw new CycleError(
      `the ledger is already processed through ${latest.latest}; the cycle only moves forward (asked for ${asOf})`,
    );
  }
  const run = await db
    .insertInto('cycle_runs')
    .values({ as_of: asOf, started_at: options.now().toISOString(), finished_at: null, status: 'running', steps: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();

  const steps: CycleStep[] = [];
  let t = performance.now();
  const pending = await db
    .selectFrom('payments')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount').as('amount')])
    .where('posted_on', 'is', null)
    .where('value_on', '<=', asOf)
    .executeTakeFirst();
  steps.push({
    name: 'payments',
    counts: { pending: Number(pending?.n ?? 0), pending_amount_minor: Number(pending?.amount ?? 0) },
    ms: round(performance.now() - t),
  });

  t = performance.now();
  const portfolios = await loadPortfolioSettings(db);
  const ranges = await accountIdRanges(db, options.rangeSize ?? 5_000);
  const counts = emptyCounts();
  const timings: RangeTimings = { load_ms: 0, compute_ms: 0, age_ms: 0, write_ms: 0 };
  for (const [index, range] of ranges.entries()) {
    await processAccountRange({ store, range, asOf, now: options.now(), portfolios, counts, timings });
    options.afterRange?.(index);
    options.onProgress?.({ step: 'ledger', done: index + 1, total: ranges.length });
  }
  const ledgerMs = performance.now() - t;
  steps.push({
    name: 'ledger',
    counts: {
      ...counts,
      ranges: ranges.length,
      load_ms: round(timings.load_ms),
      compute_ms: round(timings.compute_ms),
      write_ms: round(timings.write_ms),
    },
    ms: round(ledgerMs - timings.age_ms),
  });
  steps.push({ name: 'age', counts: { accounts: counts.accounts }, ms: round(timings.age_ms) });

  t = performance.now();
  const snapshot = await snapshotAging(db, asOf, portfolios);
  steps.push({ name: 'snapshot', counts: snapshot, ms: round(performance.now() - t) });

  const totalMs = round(performance.now() - started);
  await db
    .updateTable('cycle_runs')
    .set({ finished_at: options.now().toISOString(), status: 'done', steps: JSON.stringify({ steps, totalMs }) })
    .where('id', '=', run.id)
    .execute();
  return { asOf, steps, totalMs };
}
