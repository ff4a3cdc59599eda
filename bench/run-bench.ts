/**
 * `npm run bench`: figures, never pass/fail. For each dataset size (100k and 1M accounts by default) and each
 * engine (SQLite and PostgreSQL) it imports a generated portfolio, runs a catch-up cycle at D − 1, imports the
 * payments of D, runs and times the ordinary daily cycle at D, then times the "floor" on the same data, and
 * prints import rows/s, each cycle step, the cycle/floor ratio and peak memory, with a summary table at the
 * end (also written to bench/results/latest.json).
 *
 *   npm run bench -- [--sizes 100000,1000000] [--engines sqlite,postgres] [--seed N] [--day YYYY-MM-DD] [--dir TMP]
 *
 * PostgreSQL: DUNWELL_BENCH_PG=postgres://user@host:port/postgres (an admin URL; a database per case is
 * created and dropped there), or else a throwaway cluster is started from Debian's binaries, or else the
 * PostgreSQL half is skipped with a note. Each phase runs in a child process so its peak memory is its own.
 */
import { fork } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { addDays, type IsoDate, isIsoDate } from '../src/domain/calendar/calendar.js';
import type { Engine } from '../src/store/engine.js';
import { openStore, redactUrl } from '../src/store/open-database.js';
import type { BenchReport, CaseResult, PhaseResult, PhaseSpec } from './bench-result.js';
import { describeMachine } from './describe-machine.js';
import { type Dataset, generateDataset } from './generate-dataset.js';
import { caseHeader, caseLines, machineLines, num, summaryLines } from './print-report.js';
import { BENCH_PG_SETTINGS, findPostgresBin, startPostgres } from './start-postgres.js';

const USAGE = `usage: npm run bench -- [--sizes 100000,1000000] [--engines sqlite,postgres] [--seed N] [--day YYYY-MM-DD] [--dir DIR] [--snapshot DIR]`;

interface BenchOptions {
  sizes: number[];
  engines: Engine[];
  seed: number;
  cycleDay: IsoDate;
  dir: string;
  /** Where to keep a copy of each SQLite database as it stands before the timed cycle (for profiling). */
  snapshot: string | null;
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '100000,1000000' },
      engines: { type: 'string', default: 'sqlite,postgres' },
      seed: { type: 'string', default: '20261129' },
      day: { type: 'string', default: '2026-11-29' },
      dir: { type: 'string', default: tmpdir() },
      snapshot: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replaceAll('_', '')));
  if (sizes.some((n) => !Number.isSafeInteger(n) || n < 1)) throw new Error(`--sizes: ${values.sizes}\n${USAGE}`);
  const engines = values.engines.split(',').map((e) => e.trim());
  for (const e of engines)
    if (e !== 'sqlite' && e !== 'postgres') throw new Error(`--engines: unknown "${e}"\n${USAGE}`);
  if (!isIsoDate(values.day)) throw new Error(`--day: "${values.day}" is not a date\n${USAGE}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed: ${values.seed}\n${USAGE}`);
  return {
    sizes,
    engines: engines as Engine[],
    seed,
    cycleDay: values.day,
    dir: values.dir,
    snapshot: values.snapshot ?? null,
  };
}

/** Runs one phase in a child process and waits for its result. */
function runPhase(spec: PhaseSpec): Promise<Exclude<PhaseResult, { phase: 'error' }>> {
  const script = fileURLToPath(new URL('./run-phase.js', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(spec)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // If the bench itself is stopped, the phase must not run on against a cluster that is going away.
    const killChild = () => child.kill('SIGKILL');
    process.prependOnceListener('exit', killChild);
    let result: PhaseResult | undefined;
    child.on('message', (message) => {
      result = message as PhaseResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', killChild);
      if (result && result.phase !== 'error') resolve(result);
      else if (result) reject(new Error(`${spec.phase} phase failed: ${result.message}`));
      else reject(new Error(`${spec.phase} phase exited with ${signal ?? code} and no result`));
    });
  });
}

/** A fresh database for one case: a SQLite file in the work dir, or a new database on the PostgreSQL server. */
async function createLocation(
  engine: Engine,
  workDir: string,
  accounts: number,
  pgAdminUrl: string | null,
): Promise<{ location: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = join(workDir, `sqlite-${accounts}`);
    mkdirSync(dir, { recursive: true });
    return { location: join(dir, 'bench.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!pgAdminUrl) throw new Error('no PostgreSQL server');
  const name = `dunwell_bench_${accounts}_${process.pid}`;
  const admin = openStore(pgAdminUrl);
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const again = openStore(pgAdminUrl);
      try {
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}

async function runCase(
  engine: Engine,
  dataset: Dataset,
  accounts: number,
  options: BenchOptions,
  workDir: string,
  pgAdminUrl: string | null,
): Promise<CaseResult> {
  const day = options.cycleDay;
  const before = addDays(day, -1);
  console.log(caseHeader(engine, accounts, day));
  const { location, drop } = await createLocation(engine, workDir, accounts, pgAdminUrl);
  try {
    // The portfolio arrives before D − 1; D's payments arrive on D, after the catch-up run, as in production.
    const portfolio = await runPhase({
      phase: 'import',
      location,
      migrate: true,
      now: `${before}T04:00:00Z`,
      files: (['parties', 'accounts', 'relations', 'schedules'] as const).map((kind) => ({
        kind,
        path: dataset.files[kind],
      })),
    });
    if (portfolio.phase !== 'import') throw new Error('unexpected phase result');

    const catchUp = await runPhase({
      phase: 'cycle',
      location,
      asOf: before,
      now: `${before}T16:00:00Z`,
      floor: false,
    });
    const payments = await runPhase({
      phase: 'import',
      location,
      migrate: false,
      now: `${day}T14:30:00Z`,
      files: [{ kind: 'payments', path: dataset.files.payments }],
    });
    if (options.snapshot && engine === 'sqlite') {
      mkdirSync(options.snapshot, { recursive: true });
      const copy = join(options.snapshot, `before-cycle-${accounts}.db`);
      copyFileSync(location, copy);
      console.log(`  snapshot of the database before the timed cycle: ${copy}`);
    }
    const timed = await runPhase({ phase: 'cycle', location, asOf: day, now: `${day}T16:00:00Z`, floor: true });
    if (catchUp.phase !== 'cycle' || payments.phase !== 'import' || timed.phase !== 'cycle' || !timed.floor) {
      throw new Error('unexpected phase result');
    }
    const peak = (a: number, b: number) => Math.max(a, b);
    const result: CaseResult = {
      engine,
      engineVersion: portfolio.engineVersion,
      accounts,
      cycleDay: day,
      imports: [...portfolio.imports, ...payments.imports],
      importMemory: {
        sampledPeakMb: peak(portfolio.memory.sampledPeakMb, payments.memory.sampledPeakMb),
        samples: portfolio.memory.samples + payments.memory.samples,
        maxRssMb: peak(portfolio.memory.maxRssMb, payments.memory.maxRssMb),
      },
      catchUp: { totalMs: catchUp.cycle.totalMs, memory: catchUp.memory },
      cycle: { ...timed.cycle, wallMs: timed.wallMs, memory: timed.memory },
      floor: timed.floor,
      ratio: Math.round((timed.cycle.totalMs / timed.floor.ms) * 10) / 10,
      buckets: timed.buckets,
    };
    for (const line of caseLines(result)) console.log(line);
    return result;
  } finally {
    await drop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Ctrl-C or a kill still stops the throwaway cluster and removes the generated data (exit handlers).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: describeMachine(),
    seed: options.seed,
    cycleDay: options.cycleDay,
    postgres: null,
    notes: [],
    loadAverageAtEnd: null,
    datasets: [],
    cases: [],
  };
  console.log('Dunwell benchmark (figures only, never pass/fail)');
  for (const line of machineLines(report.machine)) console.log(line);

  let pgAdminUrl: string | null = null;
  let stopCluster: (() => void) | null = null;
  if (options.engines.includes('postgres')) {
    const given = process.env.DUNWELL_BENCH_PG;
    const binDir = given ? null : findPostgresBin();
    if (given) {
      pgAdminUrl = given;
      report.postgres = { source: `DUNWELL_BENCH_PG=${redactUrl(given)}`, settings: null };
    } else if (binDir) {
      const cluster = await startPostgres(binDir);
      pgAdminUrl = cluster.adminUrl;
      stopCluster = cluster.stop;
      report.postgres = {
        source: `throwaway cluster from ${binDir} at ${cluster.adminUrl}`,
        settings: BENCH_PG_SETTINGS,
      };
    } else {
      const note =
        'PostgreSQL skipped: no DUNWELL_BENCH_PG and no server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)';
      report.notes.push(note);
      console.log(`Note: ${note}`);
    }
    if (report.postgres) {
      const settings = report.postgres.settings;
      console.log(
        `PostgreSQL: ${report.postgres.source}${
          settings
            ? ` (${Object.entries(settings)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')})`
            : ''
        }`,
      );
    }
  }
  const engines = options.engines.filter((e) => e === 'sqlite' || pgAdminUrl);

  const workDir = mkdtempSync(join(options.dir, 'dunwell-bench-'));
  process.once('exit', () => rmSync(workDir, { recursive: true, force: true }));
  try {
    for (const accounts of options.sizes) {
      const datasetDir = join(workDir, `data-${accounts}`);
      mkdirSync(datasetDir, { recursive: true });
      const dataset = await generateDataset({
        dir: datasetDir,
        accounts,
        payments: accounts >= 1_000_000 ? 100_000 : Math.max(1, Math.round(accounts / 10)),
        cycleDay: options.cycleDay,
        seed: options.seed,
      });
      report.datasets.push({
        accounts,
        rows: dataset.rows,
        pastDueAccounts: dataset.pastDueAccounts,
        generateMs: Math.round(dataset.ms),
      });
      console.log(
        `\nDataset ${num(accounts)} accounts: generated in ${(dataset.ms / 1000).toFixed(1)} s — ${Object.entries(
          dataset.rows,
        )
          .map(([k, n]) => `${num(n)} ${k}`)
          .join(', ')}; past due on ${options.cycleDay} before payments: ${num(dataset.pastDueAccounts)} (${(
          (100 * dataset.pastDueAccounts) / accounts
        ).toFixed(1)}%: ${Object.entries(dataset.pastDueByBucket)
          .map(([b, n]) => `${b} ${num(n)}`)
          .join(', ')})`,
      );
      for (const engine of engines) {
        try {
          report.cases.push(await runCase(engine, dataset, accounts, options, workDir, pgAdminUrl));
        } catch (error) {
          const note = `${engine} ${num(accounts)}: FAILED — ${error instanceof Error ? error.message : String(error)}`;
          report.notes.push(note);
          console.log(note);
        }
      }
      rmSync(datasetDir, { recursive: true, force: true });
    }
  } finally {
    stopCluster?.();
    rmSync(workDir, { recursive: true, force: true });
  }

  report.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
  for (const line of summaryLines(report)) console.log(line);
  const resultsDir = fileURLToPath(new URL('../../bench/results/', import.meta.url));
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten: ${join(resultsDir, 'latest.json')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
