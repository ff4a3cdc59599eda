/**
 * The collection engine's bench phases: set up the floor and the strategy before the catch-up cycle (so
 * the timed cycle at D runs features, strategy, odds and queue as an ordinary day would, with yesterday's
 * assignments to keep), and measure `queue --collector` afterwards.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { loadDemoFloor } from '../src/demo/demo-floor.js';
import { showQueue } from '../src/queue/show-queue.js';
import type { Store } from '../src/store/open-database.js';
import type { PhaseResult, PhaseSpec, QueueLatency } from './bench-result.js';

const run = promisify(execFile);

export async function setupCollectionPhase(
  store: Store,
  spec: Extract<PhaseSpec, { phase: 'setup-collection' }>,
): Promise<PhaseResult> {
  const now = new Date(spec.now);
  const floor = await loadDemoFloor({ db: store.db, actor: 'bench', now, collectors: spec.collectors });
  const strategyVersion = await activateDemoStrategy({ db: store.db, now });
  const users = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return {
    phase: 'setup-collection',
    users: Number(users?.n ?? 0),
    teams: floor?.teams ?? 0,
    collectors: spec.collectors,
    strategyVersion,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[at] ?? 0) * 100) / 100;
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
};

export async function queueLatencyPhase(
  store: Store,
  spec: Extract<PhaseSpec, { phase: 'queue-latency' }>,
): Promise<PhaseResult> {
  const db = store.db;
  const collectors = (
    await db.selectFrom('users').select('user_id').where('role', '=', 'collector').orderBy('user_id').execute()
  ).map((u) => u.user_id);
  const all = await showQueue({ db });
  const perCollector = new Map<string, number>();
  for (const item of all.items) perCollector.set(item.assignee, (perCollector.get(item.assignee) ?? 0) + 1);
  const inProcess: number[] = [];
  for (let round = 0; round < spec.rounds; round++) {
    for (const collector of collectors) {
      const t = performance.now();
      await showQueue({ db, collector });
      inProcess.push(performance.now() - t);
    }
  }
  const bin = fileURLToPath(new URL('../../bin/dunwell.js', import.meta.url));
  const command: number[] = [];
  for (let i = 0; i < spec.commandRuns && collectors.length > 0; i++) {
    const collector = collectors[(i * 7) % collectors.length] as string;
    const t = performance.now();
    await run(process.execPath, [bin, 'queue', '--collector', collector, '--json', '--db', spec.location], {
      maxBuffer: 64 * 2 ** 20,
    });
    command.push(performance.now() - t);
  }
  const latency: QueueLatency = {
    collectors: collectors.length,
    items: all.items.length,
    maxItems: Math.max(0, ...perCollector.values()),
    useCase: summary(inProcess),
    command: summary(command),
  };
  return { phase: 'queue-latency', ...latency };
}
