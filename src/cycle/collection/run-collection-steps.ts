/**
 * The collection steps of the daily cycle for day D, after the ledger and ageing: what the cycle knows
 * about each account (features), the active strategy's grade, tier, segment and actions (strategy), the
 * compliance filter over every planned contact (gate: gate-range.ts), the chance-of-payment table rebuilt
 * from today's grades (odds), and the day's queue (queue).
 *
 * Features and decisions are written range by range (idempotent: a rerun of D rewrites the same rows);
 * the queue is built once per day from all ranges' candidates, because priority and capacity are judged
 * across the whole floor.
 */

import { recordBlocks } from '../../compliance/record-blocks.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type { Store } from '../../store/open-database.js';
import type { PortfolioSettings } from '../../store/shapes/portfolio-settings.js';
import { loadActiveStrategy } from '../../strategy/load-active-strategy.js';
import { eachRange } from '../each-range.js';
import { deriveFeatures } from '../features/compute-features.js';
import { recomputePaymentOdds } from '../features/recompute-payment-odds.js';
import { writeFeatures } from '../features/write-features.js';
import { type AccountIdRange, accountIdRanges } from '../find-accounts-needing-work.js';
import { buildQueue } from './build-queue.js';
import { decideRange, type PendingCandidate } from './decide-range.js';
import { gateRange } from './gate-range.js';
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
  const featureCounts = { accounts: 0, rewritten: 0 };
  const strategyCounts = {
    version: strategy?.version ?? 0,
    decided: 0,
    segmented: 0,
    actions: 0,
    messages: 0,
    manual: 0,
    no_party: 0,
    broken_promise_calls: 0,
    grade_changes: 0,
    accounts_changed: 0,
    load_ms: 0,
    decide_ms: 0,
    write_ms: 0,
  };
  const timings = { derive_ms: 0, features_write_ms: 0 };
  const gateCounts = { judged: 0, allowed: 0, moved: 0, dropped: 0, overridden: 0, ms: 0 };
  const loadInputs = async (range: AccountIdRange) => {
    const t0 = performance.now();
    const { facts, rows, changed } = await deriveFeatures({ store, range, asOf });
    const t1 = performance.now();
    const context = strategy ? await loadDecisionContext(store, range, rows, asOf) : null;
    return { facts, changed, context, deriveMs: t1 - t0, contextMs: performance.now() - t1 };
  };
  const loopStarted = performance.now();
  // As in the ledger pass, PostgreSQL reads the next range while this one is written.
  await eachRange({
    store,
    ranges,
    load: loadInputs,
    handle: async (inputs, range, index) => {
      const { facts, changed, context } = inputs;
      featureCounts.rewritten += changed.length;
      featureCounts.accounts += facts.length;
      timings.derive_ms += inputs.deriveMs;
      strategyCounts.load_ms += inputs.contextMs;
      if (!strategy || !context) {
        const t = performance.now();
        await store.db.transaction().execute((trx) => writeFeatures(store, trx, changed));
        timings.features_write_ms += performance.now() - t;
      } else {
        const t = performance.now();
        const planned = decideRange({ facts, context, strategy, portfolios, asOf });
        const gateStarted = performance.now();
        strategyCounts.decide_ms += gateStarted - t;
        // The compliance filter: what the gate forbids is dropped (and recorded) or moved later in its window.
        const gated = await gateRange({ store, decided: planned, asOf, now: options.now() });
        const decided = { ...planned, messages: gated.messages, candidates: gated.candidates };
        for (const [k, v] of Object.entries(gated.counts)) gateCounts[k as keyof typeof gated.counts] += v;
        const decidedAt = performance.now();
        gateCounts.ms += decidedAt - gateStarted;
        // The range's features, decisions and the gate's blocks commit together: a crash leaves all or none.
        await store.db.transaction().execute(async (trx) => {
          await writeFeatures(store, trx, changed);
          const featuresWritten = performance.now();
          timings.features_write_ms += featuresWritten - decidedAt;
          await writeDecisions({ store, trx, range, asOf, version: strategy.version, decided, now: options.now() });
          await recordBlocks(store, trx, gated.blocks, options.now(), {
            replacing: { businessDay: asOf, accountFrom: range.from, accountTo: range.to },
          });
          strategyCounts.write_ms += performance.now() - featuresWritten;
        });
        for (const [k, v] of Object.entries(decided.counts)) strategyCounts[k as keyof typeof decided.counts] += v;
        strategyCounts.grade_changes += decided.gradeChanges.length;
        strategyCounts.accounts_changed += decided.accountUpdates.length;
        for (const c of decided.candidates) pending.push(c);
      }
      options.onProgress?.({ step: 'features', done: index + 1, total: ranges.length });
    },
  });
  // With reads overlapping writes the parts add up to more than the time the loop took: the two steps
  // share the loop's wall time in proportion to their parts, which are reported beside them.
  const loopMs = performance.now() - loopStarted;
  const featureParts = timings.derive_ms + timings.features_write_ms;
  const strategyParts = strategyCounts.load_ms + strategyCounts.decide_ms + strategyCounts.write_ms + gateCounts.ms;
  const share = (part: number) =>
    featureParts + strategyParts === 0 ? 0 : (loopMs * part) / (featureParts + strategyParts);
  for (const k of ['load_ms', 'decide_ms', 'write_ms'] as const) strategyCounts[k] = round(strategyCounts[k]);
  const steps: CollectionStep[] = [
    {
      name: 'features',
      counts: { ...featureCounts, derive_ms: round(timings.derive_ms), write_ms: round(timings.features_write_ms) },
      ms: round(share(featureParts)),
    },
    { name: 'strategy', counts: strategyCounts, ms: round(share(strategyParts - gateCounts.ms)) },
    {
      name: 'gate',
      counts: { ...gateCounts, ms: round(gateCounts.ms) },
      ms: round(share(gateCounts.ms)),
    },
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
