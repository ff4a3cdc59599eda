/**
 * `npm run bench`: figures, never pass/fail. For each dataset size (100k and 1M accounts by default) and each
 * engine (SQLite and PostgreSQL) it imports a generated portfolio (every import kind), runs a catch-up cycle
 * at D − 1, imports the payments of D and the activities of the 30 days before it, writes the desk's
 * promises and arrangements, runs and times the ordinary daily cycle at D, then times the "floor" on the
 * same data, queue latency, the outbox for D and the desk's reads; then the simulated year (the year's
 * payments, one cycle run to D + 365), the next day and the import of 1-row files of each kind. It prints
 * import rows/s, per-file start-up, each cycle step, the cycle/floor and catch-up/cycle ratios, the desk's
 * work through the cycle, the outbox's messages per second, the year's ledger rows and database growth and
 * peak memory, `dunwell --help`'s start-up time once, and summary tables at the end (also written to
 * bench/results/latest.json).
 *
 *   npm run bench -- [--sizes 100000,1000000] [--engines sqlite,postgres] [--seed N] [--day YYYY-MM-DD]
 *                    [--dir TMP] [--snapshot DIR] [--year | --no-year]
 *
 * PostgreSQL: DUNWELL_BENCH_PG=postgres://user@host:port/postgres (an admin URL; a database per case is
 * created and dropped there), or else a throwaway cluster is started from Debian's binaries, or else the
 * PostgreSQL half is skipped with a note. Each phase runs in a child process so its peak memory is its own
 * (run-case.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDemoFloor } from '../src/demo/demo-floor.js';
import { type IsoDate, isIsoDate } from '../src/domain/calendar/calendar.js';
import type { Engine } from '../src/store/engine.js';
import { redactUrl } from '../src/store/open-database.js';
import type { BenchReport } from './bench-result.js';
import { describeMachine } from './describe-machine.js';
import type { ActivityStaff } from './generate-activities.js';
import { generateDataset } from './generate-dataset.js';
import type { YearPayments } from './generate-year-payments.js';
import { datasetLines, machineLines, msText, num, strategyEngineLines } from './print-report.js';
import { summaryLines } from './print-summary.js';
import { runCase } from './run-case.js';
import { BENCH_PG_SETTINGS, findPostgresBin, startPostgres } from './start-postgres.js';
import { benchStrategyEngine } from './strategy-engine.js';
import { timeCliHelp } from './time-cli-help.js';

/** The year's figures for the report, without the temp file's path. */
function yearWithoutPath(year: YearPayments | null): Omit<YearPayments, 'path'> | null {
  if (!year) return null;
  const { path: _path, ...figures } = year;
  return figures;
}

/**
 * The people of the floor the case sets up (the same seeded floor): the collectors who made the calls of the
 * activities file and the field agents, in pairs, who made its visits.
 */
function floorStaff(collectors: number): ActivityStaff {
  const users = buildDemoFloor({ collectors }).users;
  const agents = users.filter((u) => u.role === 'field_agent').map((u) => u.userId);
  const fieldPairs: [string, string][] = [];
  for (let i = 0; i + 1 < agents.length; i += 2) fieldPairs.push([agents[i]!, agents[i + 1]!]);
  return { collectors: users.filter((u) => u.role === 'collector').map((u) => u.userId), fieldPairs };
}

/** 1-row files imported per kind for the per-file start-up figure. */
const ONE_ROW_REPEATS = 5;

const USAGE = `usage: npm run bench -- [--sizes 100000,1000000] [--engines sqlite,postgres] [--seed N] [--day YYYY-MM-DD] [--dir DIR] [--snapshot DIR] [--year | --no-year]`;

interface BenchOptions {
  sizes: number[];
  engines: Engine[];
  seed: number;
  cycleDay: IsoDate;
  dir: string;
  /** Where to keep a copy of each SQLite database as it stands before the timed cycle (for profiling). */
  snapshot: string | null;
  /** Run the simulated year after the timed cycle (--year, the default; --no-year skips it). */
  year: boolean;
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
      year: { type: 'boolean', default: true },
      help: { type: 'boolean', default: false },
    },
    allowNegative: true,
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
    year: values.year,
  };
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
    year: options.year,
    cliHelp: timeCliHelp(),
    strategyEngine: null,
    postgres: null,
    notes: [],
    loadAverageAtEnd: null,
    datasets: [],
    cases: [],
  };
  console.log('Dunwell benchmark (figures only, never pass/fail)');
  for (const line of machineLines(report.machine)) console.log(line);
  const help = report.cliHelp;
  console.log(
    `dunwell --help: median ${msText(help.medianMs)}, p90 ${msText(help.p90Ms)} (${help.runs} spawned runs, wall time)`,
  );
  // The strategy engine on its own: the compiled strategy against json-rules-engine on the same rules, over
  // as many synthetic accounts as the largest case (json-rules-engine on a sample).
  report.strategyEngine = {
    accounts: Math.max(...options.sizes),
    ...(await benchStrategyEngine(Math.max(...options.sizes))),
  };
  for (const line of strategyEngineLines(report.strategyEngine)) console.log(line);

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

  const caseOptions = (accounts: number) => ({
    cycleDay: options.cycleDay,
    snapshot: options.snapshot,
    oneRowRepeats: ONE_ROW_REPEATS,
    // A floor sized to the book: 200 collectors at a million accounts, never fewer than 20.
    collectors: Math.max(20, Math.round(accounts / 5_000)),
    seed: options.seed,
  });
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
        year: options.year,
        staff: floorStaff(caseOptions(accounts).collectors),
      });
      report.datasets.push({
        accounts,
        rows: dataset.rows,
        pastDueAccounts: dataset.pastDueAccounts,
        workedAccounts: dataset.workedAccounts,
        generateMs: Math.round(dataset.ms),
        year: yearWithoutPath(dataset.year),
      });
      for (const line of datasetLines(dataset, accounts, options.cycleDay)) console.log(line);
      for (const engine of engines) {
        try {
          report.cases.push(await runCase(engine, dataset, accounts, caseOptions(accounts), workDir, pgAdminUrl));
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
