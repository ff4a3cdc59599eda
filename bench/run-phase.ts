/**
 * One phase of one benchmark case (an import, a cycle, the desk's setup, the outbox, the 1-row imports…),
 * run in its own process
 * (fork-phase.ts) so that the kernel's maxRSS high-water mark is that phase's own peak memory and nothing left
 * over from an earlier phase or engine counts against it. The spec comes as the first argument (JSON); the
 * result goes back over IPC.
 */
import { sql } from 'kysely';
import { runCycle } from '../src/cycle/run-cycle.js';
import { importFile } from '../src/import/import-file.js';
import { migrate } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/open-database.js';
import type { ImportFigure, PhaseResult, PhaseSpec } from './bench-result.js';
import { queueLatencyPhase, setupCollectionPhase } from './collection-phases.js';
import { databaseBytes } from './database-size.js';
import { deskLatencyPhase } from './desk-latency-phase.js';
import { setupDeskPhase } from './desk-setup-phase.js';
import { readDeskState } from './desk-state.js';
import { engineVersion } from './engine-version.js';
import { oneRowPhase } from './one-row-phase.js';
import { outboxPhase } from './outbox-phase.js';
import { runFloor } from './run-floor.js';
import { sampleMemory } from './sample-memory.js';

const num = (n: number) => Math.round(n).toLocaleString('en-US');

/** A progress line at most every 30 s, so a long phase in a background log is visibly alive. */
function throttled(): (text: () => string) => void {
  let last = performance.now();
  return (text) => {
    const t = performance.now();
    if (t - last < 30_000) return;
    last = t;
    console.log(`      … ${text()}`);
  };
}

async function importPhase(store: Store, spec: Extract<PhaseSpec, { phase: 'import' }>): Promise<PhaseResult> {
  const now = new Date(spec.now);
  if (spec.migrate) await migrate(store.db, store.engine, now);
  const version = await engineVersion(store);
  if (spec.migrate) console.log(`  engine: ${version}`);
  const bytesBefore = spec.measureBytes ? await databaseBytes(store) : 0;
  const sampler = sampleMemory();
  const imports: ImportFigure[] = [];
  for (const { kind, path } of spec.files) {
    const started = performance.now();
    const progress = throttled();
    const report = await importFile({
      store,
      kind,
      path,
      now,
      onProgress: (rows) =>
        progress(() => `${kind}: ${num(rows)} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`),
    });
    const ms = performance.now() - started;
    const figure: ImportFigure = {
      kind,
      rows: report.rows,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
      ms: Math.round(ms * 10) / 10,
      rowsPerSec: Math.round(report.rows / (ms / 1000)),
    };
    imports.push(figure);
    console.log(
      `    import ${kind.padEnd(10)} ${num(figure.rows).padStart(11)} rows ${(ms / 1000).toFixed(1).padStart(7)} s ${num(figure.rowsPerSec).padStart(9)} rows/s` +
        (figure.rejected ? `  (${num(figure.rejected)} REJECTED)` : ''),
    );
    for (const r of report.rejected.slice(0, 3)) console.log(`      rejected row ${r.row}, ${r.field}: ${r.reason}`);
  }
  const memory = await sampler.stop();
  const dbBytes = spec.measureBytes ? { before: bytesBefore, after: await databaseBytes(store) } : null;
  return { phase: 'import', engineVersion: version, imports, memory, dbBytes };
}

async function cyclePhase(store: Store, spec: Extract<PhaseSpec, { phase: 'cycle' }>): Promise<PhaseResult> {
  const now = new Date(spec.now);
  const version = await engineVersion(store);
  const bytesBefore = spec.measureBytes ? await databaseBytes(store) : 0;
  const sampler = sampleMemory();
  const started = performance.now();
  const progress = throttled();
  const cycle = await runCycle({
    store,
    asOf: spec.asOf,
    now: () => now,
    // The dataset's days are synthetic: the bench may run them whatever today is.
    allowFuture: true,
    onProgress: (p) =>
      progress(
        () =>
          `cycle ${spec.asOf} ${p.step}: ${num(p.done)}/${num(p.total)} in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      ),
  });
  const wallMs = performance.now() - started;
  // Memory is read before the floor runs, so it is the cycle's alone.
  const memory = await sampler.stop();
  const floor = spec.floor ? await runFloor({ store, asOf: spec.asOf, now: new Date(now.getTime() + 60_000) }) : null;
  const { rows } = await sql<{ bucket: string; n: number | string }>`
    SELECT bucket, COUNT(*) AS n FROM accounts GROUP BY bucket ORDER BY bucket`.execute(store.db);
  const buckets = Object.fromEntries(rows.map((r) => [r.bucket, Number(r.n)]));
  const deskState = spec.deskState ? await readDeskState(store) : null;
  const dbBytes = spec.measureBytes ? { before: bytesBefore, after: await databaseBytes(store) } : null;
  return {
    phase: 'cycle',
    engineVersion: version,
    cycle,
    wallMs: Math.round(wallMs * 10) / 10,
    memory,
    floor,
    buckets,
    dbBytes,
    deskState,
  };
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as PhaseSpec;
  const store = openStore(spec.location);
  let result: PhaseResult;
  try {
    if (spec.phase === 'import') result = await importPhase(store, spec);
    else if (spec.phase === 'cycle') result = await cyclePhase(store, spec);
    else if (spec.phase === 'setup-collection') result = await setupCollectionPhase(store, spec);
    else if (spec.phase === 'queue-latency') result = await queueLatencyPhase(store, spec);
    else if (spec.phase === 'setup-desk') result = await setupDeskPhase(store, spec);
    else if (spec.phase === 'outbox') result = await outboxPhase(store, spec);
    else if (spec.phase === 'desk-latency') result = await deskLatencyPhase(store, spec);
    else result = await oneRowPhase(store, spec);
  } catch (error) {
    result = { phase: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await store.close();
  }
  await new Promise<void>((resolve) => {
    if (process.send) process.send(result, () => resolve());
    else {
      console.log(JSON.stringify(result));
      resolve();
    }
  });
  process.exitCode = result.phase === 'error' ? 1 : 0;
  process.disconnect?.();
}

await main();
