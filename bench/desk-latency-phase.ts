/**
 * The desk's reads after the timed cycle, as use cases in one process (the commands add Node's start-up and
 * printing): the book's pending promises as `dunwell promise list --status pending --json` reads them, and
 * `dunwell account timeline` for a handful of the most worked accounts — half with the most activities,
 * half with an arrangement — each read `rounds` times.
 */
import { accountTimeline } from '../src/account/account-timeline.js';
import { listPromises } from '../src/promise/list-promises.js';
import type { Store } from '../src/store/open-database.js';
import type { Latency, PhaseResult, PhaseSpec } from './bench-result.js';
import { percentile } from './time-cli-help.js';

const round = (ms: number) => Math.round(ms * 100) / 100;
const latency = (samples: readonly number[]): Latency => ({
  samples: samples.length,
  p50Ms: samples.length === 0 ? 0 : round(percentile(samples, 50)),
  p99Ms: samples.length === 0 ? 0 : round(percentile(samples, 99)),
});

export async function deskLatencyPhase(
  store: Store,
  spec: Extract<PhaseSpec, { phase: 'desk-latency' }>,
): Promise<PhaseResult> {
  const db = store.db;
  const listSamples: number[] = [];
  let pending = 0;
  let bytes = 0;
  for (let r = 0; r < spec.rounds; r++) {
    const t = performance.now();
    const promises = await listPromises({ db, status: 'pending' });
    bytes = Buffer.byteLength(`${JSON.stringify({ promises: promises.map((p) => p.view) }, null, 2)}\n`);
    listSamples.push(performance.now() - t);
    pending = promises.length;
  }

  const half = Math.ceil(spec.timelineAccounts / 2);
  const [busiest, arranged] = await Promise.all([
    db
      .selectFrom('activities as t')
      .innerJoin('accounts as a', 'a.id', 't.account_id')
      .select((eb) => ['a.account_id', eb.fn.countAll<number>().as('n')])
      .groupBy('a.account_id')
      .orderBy('n', 'desc')
      .orderBy('a.account_id')
      .limit(half)
      .execute(),
    db
      .selectFrom('arrangements as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .select('a.account_id')
      .orderBy('r.id')
      .limit(spec.timelineAccounts - half)
      .execute(),
  ]);
  const ids = [...new Set([...busiest.map((r) => r.account_id), ...arranged.map((r) => r.account_id)])];
  const timelineSamples: number[] = [];
  let entries = 0;
  for (let r = 0; r < spec.rounds; r++) {
    for (const accountId of ids) {
      const t = performance.now();
      const timeline = await accountTimeline({ db, accountId });
      timelineSamples.push(performance.now() - t);
      if (r === 0) entries += timeline.entries.length;
    }
  }
  return {
    phase: 'desk-latency',
    pendingPromises: pending,
    promiseListBytes: bytes,
    promiseList: latency(listSamples),
    timelineAccounts: ids.length,
    timelineEntries: ids.length === 0 ? 0 : Math.round((entries / ids.length) * 10) / 10,
    timeline: latency(timelineSamples),
  };
}
