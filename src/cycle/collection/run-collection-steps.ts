/**
 * The collection steps of the daily cycle for day D, after the ledger and ageing: what the cycle knows
 * about each account (features), the active strategy's grade, tier, segment and actions (strategy), the
 * chance-of-payment table rebuilt from today's grades (odds), and the day's queue (queue).
 *
 * Features and decisions are written range by range (idempotent: a rerun of D rewrites the same rows);
 * the queue is built once per day from all ranges' candidates, because priority and capacity are judged
 * across the whole floor.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type { Store } from '../../store/open-database.js';
import type { PortfolioSettings } from '../../store/shapes/portfolio-settings.js';
import { loadActiveStrategy } from '../../strategy/load-active-strategy.js';
import { deriveFeatures } from '../features/compute-features.js';
import { recomputePaymentOdds } from '../features/recompute-payment-odds.js';
import { writeFeatures } from '../features/write-features.js';
import { accountIdRanges } from '../find-accounts-needing-work.js';
import { buildQueue } from './build-queue.js';
import { decideRange, type PendingCandidate } from './decide-range.js';
import { loadDecisionContext } from './load-decision-context.js';
import { writeDecisions } from './write-decisions.js';

export interface CollectionStep {
  name: string;
  counts: Record<string, number>;
  ms: number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export async function runCollectionSteps(options: {
  store: Store;
  asOf: IsoDate;
  portfolios: Map<string, PortfolioSettings>;
  now: () => Date;
  rangeSize: number;
  onProgress?: (progress: { step: string; done: number; total: number }) => void;
}): Promise<CollectionStep[]> {
  const { store, asOf, portfolios } = options;
  const strategy = await loadActiveStrategy(store.db);
  const ranges = await accountIdRanges(store.db, options.rangeSize);
  const pending: PendingCandidate[] = [];
  const featureCounts = { accounts: 0 };
  const strategyCounts = {
    version: strategy?.version ?? 0,
    decided: 0,
    segmented: 0,
    actions: 0,
    messages: 0,
    manual: 0,
    no_party: 0,
    grade_changes: 0,
    accounts_changed: 0,
    load_ms: 0,
    decide_ms: 0,
    write_ms: 0,
  };
  let featuresMs = 0;
  for (const [index, range] of ranges.entries()) {
    let t = performance.now();
    const { facts, rows } = await deriveFeatures({ store, range, asOf });
    featureCounts.accounts += facts.length;
    featuresMs += performance.now() - t;
    if (!strategy) {
      t = performance.now();
      await store.db.transaction().execute((trx) => writeFeatures(store, trx, rows));
      featuresMs += performance.now() - t;
    } else {
      t = performance.now();
      const context = await loadDecisionContext(store, range, rows);
      const loaded = performance.now();
      const decided = decideRange({ facts, context, strategy, portfolios, asOf });
      const decidedAt = performance.now();
      // The range's features and decisions commit together: a crash leaves both or neither.
      await store.db.transaction().execute(async (trx) => {
        await writeFeatures(store, trx, rows);
        const featuresWritten = performance.now();
        featuresMs += featuresWritten - decidedAt;
        await writeDecisions({ store, trx, range, asOf, version: strategy.version, decided, now: options.now() });
        strategyCounts.write_ms += performance.now() - featuresWritten;
      });
      strategyCounts.load_ms += loaded - t;
      strategyCounts.decide_ms += decidedAt - loaded;
      for (const [k, v] of Object.entries(decided.counts)) strategyCounts[k as keyof typeof decided.counts] += v;
      strategyCounts.grade_changes += decided.gradeChanges.length;
      strategyCounts.accounts_changed += decided.accountUpdates.length;
      for (const c of decided.candidates) pending.push(c);
    }
    options.onProgress?.({ step: 'features', done: index + 1, total: ranges.length });
  }
  const strategyMs = strategyCounts.load_ms + strategyCounts.decide_ms + strategyCounts.write_ms;
  for (const k of ['load_ms', 'decide_ms', 'write_ms'] as const) strategyCounts[k] = round(strategyCounts[k]);
  const steps: CollectionStep[] = [
    { name: 'features', counts: featureCounts, ms: round(featuresMs) },
    { name: 'strategy', counts: strategyCounts, ms: round(strategyMs) },
  ];
  let t = performance.now();
  const odds = await recomputePaymentOdds({ db: store.db, asOf });
  steps.push({ name: 'odds', counts: { cells: odds.cells }, ms: round(performance.now() - t) });
  if (!strategy) {
    steps.push({ name: 'queue', counts: { no_active_strategy: 1 }, ms: 0 });
    return steps;
  }
  t = performance.now();
  const queue = await buildQueue({ store, asOf, strategy, pending, now: options.now() });
  steps.push({ name: 'queue', counts: { ...queue }, ms: round(performance.now() - t) });
  return steps;
}
