/**
 * The daily collection cycle, as of business date D: post new payments, allocate, accrue penalty interest
 * and late fees for every day not yet processed up to D, age; then for D, the collection steps (features,
 * the active strategy's grades, segments and actions, the chance-of-payment table, the day's queue; see
 * collection/run-collection-steps.ts); the outbox (the automatic messages whose window is open, each sent
 * exactly once; see outbox/send-outbox.ts); snapshot.
 *
 * Idempotent: a second run for D finds no account needing work and rewrites the same snapshot.
 * Resumable: work is committed per account-id range; after a crash the next run picks up the ranges whose
 * accounts are not yet processed through D, and the result equals an uninterrupted run.
 * Set-based: each range is loaded and written with a fixed number of statements, whatever its size.
 */

import type { Kysely } from 'kysely';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { addDays, dateInZone, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { type ChannelsSetup, NO_CHANNELS } from '../outbox/channels-config.js';
import { sendOutbox } from '../outbox/send-outbox.js';
import { ensureLedgerPartitions } from '../store/ledger-partitions.js';
import type { Store } from '../store/open-database.js';
import { loadPortfolioSettings, type PortfolioSettings } from '../store/shapes/portfolio-settings.js';
import { runCollectionSteps } from './collection/run-collection-steps.js';
import { eachRange } from './each-range.js';
import { accountIdRanges } from './find-accounts-needing-work.js';
import { emptyCounts, loadRange, type RangeTimings, settleRange } from './process-account-range.js';
import { judgePromisesStep } from './promises/judge-promises-step.js';
import { restrictionsStep } from './restrictions/restrictions-step.js';
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
  /** Test hook: awaited after a range is computed and before it is written, e.g. to let another run race it. */
  beforeWrite?: (index: number) => Promise<void>;
  /** Allow a day more than one day after today (in a portfolio's time zone). */
  allowFuture?: boolean;
  /** Where the outbox step sends automatic messages; without it they wait, counted as `no_adapter`. */
  channels?: ChannelsSetup;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runCycle(options: RunCycleOptions): Promise<CycleReport> {
  const { store, asOf } = options;
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
  const db = store.db;
  const started = performance.now();
  const portfolios = await loadPortfolioSettings(db);
  await refuseDay(store, asOf, portfolios, options);
  const run = await db
    .insertInto('cycle_runs')
    .values({ as_of: asOf, started_at: options.now().toISOString(), finished_at: null, status: 'running', steps: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const report = await runSteps(options, portfolios, started);
    await db.transaction().execute(async (trx) => {
      // The day is closed: a payment dated on or before it that arrives later is value-dated.
      await trx
        .updateTable('portfolios')
        .set({ closed_through: asOf })
        .where((eb) => eb.or([eb('closed_through', 'is', null), eb('closed_through', '<', asOf)]))
        .execute();
      await trx
        .updateTable('cycle_runs')
        .set({
          finished_at: options.now().toISOString(),
          status: 'done',
          steps: JSON.stringify({ steps: report.steps, totalMs: report.totalMs }),
        })
        .where('id', '=', run.id)
        .execute();
    });
    return report;
  } catch (error) {
    // A failed run says so; the ranges it committed stay, and the next run resumes after them.
    await db
      .updateTable('cycle_runs')
      .set({
        finished_at: options.now().toISOString(),
        status: 'failed',
        steps: JSON.stringify({ error: error instanceof Error ? error.message : String(error) }),
      })
      .where('id', '=', run.id)
      .execute()
      .catch(() => undefined);
    throw error;
  }
}

/**
 * On PostgreSQL, the month partitions every posting of this run can fall in, created before any range's
 * transaction so that no write waits on a partition being created: from the earliest day a ledger can still
 * move (an account never processed starts at its opening date; others after their portfolio's closed day)
 * to D.
 */
async function preparePartitions(store: Store, asOf: IsoDate, portfolios: Map<string, PortfolioSettings>) {
  if (store.engine !== 'postgres') return;
  const row = await store.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.min('opened_on').as('first'))
    .where('processed_through', 'is', null)
    .executeTakeFirst();
  let from = row?.first ?? asOf;
  for (const p of portfolios.values()) if (p.closedThrough !== null && p.closedThrough < from) from = p.closedThrough;
  await ensureLedgerPartitions(store.db as unknown as Kysely<unknown>, store, from, asOf);
}

/** The cycle only moves forward, and not into the future unless asked to. */
async function refuseDay(
  store: Store,
  asOf: IsoDate,
  portfolios: Map<string, PortfolioSettings>,
  options: RunCycleOptions,
): Promise<void> {
  const latest = await store.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.max('processed_through').as('latest'))
    .executeTakeFirst();
  const closed = [...portfolios.values()].reduce<string | null>(
    (max, p) => (p.closedThrough !== null && (max === null || p.closedThrough > max) ? p.closedThrough : max),
    latest?.latest ?? null,
  );
  if (closed !== null && closed > asOf) {
    throw new AppError(
      'CLOSED_PERIOD',
      `the ledger is already processed through ${closed}; the cycle only moves forward (asked for ${asOf})`,
    );
  }
  if (options.allowFuture) return;
  const zones = portfolios.size > 0 ? [...portfolios.values()].map((p) => p.timeZone) : [DEFAULT_TIME_ZONE];
  const nowIso = options.now().toISOString();
  for (const zone of new Set(zones)) {
    const tomorrow = addDays(dateInZone(nowIso, zone), 1);
    if (asOf > tomorrow) {
      throw new AppError(
        'INVALID_INPUT',
        `${asOf} is more than a day after today in ${zone} (${addDays(tomorrow, -1)}); a run cannot be undone, so a future day needs --allow-future`,
      );
    }
  }
}

async function runSteps(
  options: RunCycleOptions,
  portfolios: Map<string, PortfolioSettings>,
  started: number,
): Promise<CycleReport> {
  const { store, asOf } = options;
  const db = store.db;
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
  await preparePartitions(store, asOf, portfolios);
  const ranges = await accountIdRanges(db, options.rangeSize ?? 5_000);
  const counts = emptyCounts();
  const timings: RangeTimings = { load_ms: 0, compute_ms: 0, age_ms: 0, write_ms: 0 };
  await eachRange({
    store,
    ranges,
    load: (range) => loadRange({ store, range, asOf, portfolios }),
    handle: async (loaded, range, index) => {
      const beforeWrite = options.beforeWrite;
      await settleRange(loaded, {
        store,
        range,
        asOf,
        portfolios,
        counts,
        timings,
        beforeWrite: beforeWrite && (() => beforeWrite(index)),
        now: options.now(),
      });
      options.afterRange?.(index);
      options.onProgress?.({ step: 'ledger', done: index + 1, total: ranges.length });
    },
  });
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

  // Promises are judged from the day's posted payments, before the features and the queue read them.
  t = performance.now();
  const promises = await judgePromisesStep({ store, asOf, portfolios, now: options.now() });
  steps.push({ name: 'promises', counts: { ...promises }, ms: round(performance.now() - t) });
  // Restrictions end on the day the ledger finds the debt paid; bureau reports go once their notice has run.
  steps.push(await restrictionsStep({ store, asOf, now: options.now() }));

  for (const step of await runCollectionSteps({
    store,
    asOf,
    portfolios,
    now: options.now,
    rangeSize: options.rangeSize ?? 5_000,
    onProgress: options.onProgress,
  })) {
    steps.push(step);
  }

  t = performance.now();
  const outbox = await sendOutbox({
    store,
    asOf,
    now: options.now,
    channels: options.channels ?? NO_CHANNELS,
    listMessages: false,
    onProgress: options.onProgress,
  });
  steps.push({ name: 'outbox', counts: { ...outbox.counts }, ms: round(performance.now() - t) });

  t = performance.now();
  const snapshot = await snapshotAging(db, asOf, portfolios);
  steps.push({ name: 'snapshot', counts: snapshot, ms: round(performance.now() - t) });
  return { asOf, steps, totalMs: round(performance.now() - started) };
}
