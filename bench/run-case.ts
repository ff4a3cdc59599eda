/**
 * One (engine, size) case of the benchmark, phase by phase, each phase in its own child process: import the
 * book, the floor and strategy, the catch-up cycle at D − 1, import D's payments and the activities of the
 * 30 days before D, the desk's promises and arrangements, the timed cycle at D and the floor, queue latency,
 * the outbox for D and the desk's reads; then, unless --no-year, the simulated year (import the year's
 * payments, one cycle run to D + 365, database size before and after); the next day; last, the 1-row
 * imports of every kind, which add a few rows once every other figure is taken.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { addDays, type IsoDate } from '../src/domain/calendar/calendar.js';
import type { Engine } from '../src/store/engine.js';
import { openStore } from '../src/store/open-database.js';
import type { CaseResult, YearResult } from './bench-result.js';
import { createCaseDatabase } from './case-database.js';
import { forkPhase } from './fork-phase.js';
import { BOOK_KINDS, type Dataset } from './generate-dataset.js';
import { writeOneRowFiles } from './generate-one-row-files.js';
import { YEAR_DAYS, type YearPayments } from './generate-year-payments.js';
import {
  caseHeader,
  caseLines,
  deskLines,
  deskSetupLine,
  nextDayLines,
  num,
  oneRowLines,
  yearLines,
} from './print-report.js';

export interface CaseOptions {
  cycleDay: IsoDate;
  /** Where to keep a copy of each SQLite database as it stands before the timed cycle (for profiling). */
  snapshot: string | null;
  /** 1-row files imported per kind. */
  oneRowRepeats: number;
  /** Collectors on the floor the queue assigns to. */
  collectors: number;
  /** The dataset's seed: the desk setup draws its choices from it. */
  seed: number;
}

/** 10:15 in Shanghai on `day`: inside the morning window of the messages the cycle planned for that day. */
const outboxNow = (day: IsoDate) => `${day}T02:15:00Z`;

const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
const peak = (a: number, b: number) => Math.max(a, b);

async function runYear(location: string, year: YearPayments): Promise<YearResult> {
  const asOf = year.lastCycleDay;
  if (year.lastPaymentDay > asOf) throw new Error(`the year's payments run to ${year.lastPaymentDay}, after ${asOf}`);
  // The importer refuses payments more than a day after its today: the year's payments arrive by its last day.
  const payments = await forkPhase({
    phase: 'import',
    location,
    migrate: false,
    now: `${asOf}T14:00:00Z`,
    files: [{ kind: 'payments', path: year.path }],
    measureBytes: true,
  });
  const cycle = await forkPhase({
    phase: 'cycle',
    location,
    asOf,
    now: `${asOf}T16:00:00Z`,
    floor: false,
    measureBytes: true,
  });
  const figure = payments.imports[0];
  if (!figure || !payments.dbBytes || !cycle.dbBytes) throw new Error('unexpected phase result');
  const ledger = cycle.cycle.steps.find((s) => s.name === 'ledger')?.counts ?? {};
  const entries = ledger.entries ?? 0;
  const penaltyEntries = ledger.penalty_entries ?? 0;
  const accrualDays = ledger.accrual_days ?? 0;
  return {
    asOf,
    payments: figure,
    importMemory: payments.memory,
    cycle: { steps: cycle.cycle.steps, totalMs: cycle.cycle.totalMs, wallMs: cycle.wallMs, memory: cycle.memory },
    entries,
    entriesPerDay: Math.round((entries / YEAR_DAYS) * 10) / 10,
    penaltyEntries,
    accrualDays,
    entriesAtOnePerDay: entries - penaltyEntries + accrualDays,
    // Measured when the year's import started, right after the timed cycle and the floor at D.
    dbBytesBefore: payments.dbBytes.before,
    dbBytesAfterImport: payments.dbBytes.after,
    dbBytesAfter: cycle.dbBytes.after,
  };
}

export async function runCase(
  engine: Engine,
  dataset: Dataset,
  accounts: number,
  options: CaseOptions,
  workDir: string,
  pgAdminUrl: string | null,
): Promise<CaseResult> {
  const day = options.cycleDay;
  const before = addDays(day, -1);
  console.log(caseHeader(engine, accounts, day));
  const { location, drop } = await createCaseDatabase(engine, workDir, accounts, pgAdminUrl);
  try {
    // The portfolio arrives before D − 1; D's payments arrive on D, after the catch-up run, as in production.
    const portfolio = await forkPhase({
      phase: 'import',
      location,
      migrate: true,
      now: `${before}T04:00:00Z`,
      files: BOOK_KINDS.map((kind) => ({ kind, path: dataset.files[kind] })),
    });
    // The floor and the strategy are in place before the catch-up, so the timed day keeps yesterday's
    // assignments as an ordinary day does.
    const setup = await forkPhase({
      phase: 'setup-collection',
      location,
      now: `${before}T05:00:00Z`,
      collectors: options.collectors,
    });
    console.log(
      `    collection floor: ${setup.users} users (${setup.collectors} collectors) in ${setup.teams} teams; strategy version ${setup.strategyVersion} active`,
    );
    const catchUp = await forkPhase({
      phase: 'cycle',
      location,
      asOf: before,
      now: `${before}T16:00:00Z`,
      floor: false,
    });
    // D − 1's automatic messages go out on D − 1, as every day's do (not timed): the outbox at D then meets
    // only D's messages, as on an ordinary day, and the features at D see yesterday's deliveries.
    const outboxBefore = await forkPhase({
      phase: 'outbox',
      location,
      asOf: before,
      now: outboxNow(before),
      folder: join(workDir, `outbox-${engine}-${accounts}`),
    });
    console.log(
      `    outbox for ${before} (not timed): ${num(outboxBefore.counts.sent)} of ${num(outboxBefore.planned)} planned messages sent`,
    );
    // The day's bank file, and the dialler's export of the calls and visits of the 30 days before D (it names
    // the floor's users, so it comes after the floor exists).
    const payments = await forkPhase({
      phase: 'import',
      location,
      migrate: false,
      now: `${day}T14:30:00Z`,
      files: [
        { kind: 'payments', path: dataset.files.payments },
        { kind: 'activities', path: dataset.files.activities },
      ],
    });
    // The desk's promises and arrangements, after the payments of D (it reads who pays on D).
    const deskSetup = await forkPhase({
      phase: 'setup-desk',
      location,
      now: `${day}T15:00:00Z`,
      cycleDay: day,
      seed: options.seed,
    });
    const { phase: _setupPhase, ...setupFigures } = deskSetup;
    console.log(deskSetupLine(setupFigures));
    if (options.snapshot && engine === 'sqlite') {
      mkdirSync(options.snapshot, { recursive: true });
      const copy = join(options.snapshot, `before-cycle-${accounts}.db`);
      copyFileSync(location, copy);
      console.log(`  snapshot of the database before the timed cycle: ${copy}`);
    }
    if (options.snapshot && engine === 'postgres') {
      // A template database on the same server: profile-cycle clones it for each run.
      const name = `dunwell_snapshot_${accounts}`;
      const url = new URL(location);
      const source = url.pathname.slice(1);
      url.pathname = '/postgres';
      const admin = openStore(url.toString());
      try {
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.db);
        await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(source)}`.execute(admin.db);
      } catch (error) {
        console.log(`  (no PostgreSQL snapshot: ${error instanceof Error ? error.message : String(error)})`);
      } finally {
        await admin.close();
      }
      url.pathname = `/${name}`;
      console.log(`  snapshot of the database before the timed cycle: ${url.toString()}`);
    }
    const timed = await forkPhase({
      phase: 'cycle',
      location,
      asOf: day,
      now: `${day}T16:00:00Z`,
      floor: true,
      measureBytes: true,
      deskState: true,
    });
    if (!timed.floor || !timed.dbBytes) throw new Error('unexpected phase result');
    const latency = await forkPhase({ phase: 'queue-latency', location, rounds: 3, commandRuns: 30 });
    const { phase: _outboxPhase, ...outbox } = await forkPhase({
      phase: 'outbox',
      location,
      asOf: day,
      now: outboxNow(day),
      folder: join(workDir, `outbox-${engine}-${accounts}`),
    });
    const { phase: _latencyPhase, ...deskLatency } = await forkPhase({
      phase: 'desk-latency',
      location,
      rounds: 3,
      timelineAccounts: 10,
    });
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
      catchUpRatio: ratio(catchUp.cycle.totalMs, timed.cycle.totalMs),
      cycle: { ...timed.cycle, wallMs: timed.wallMs, memory: timed.memory },
      floor: timed.floor,
      ratio: ratio(timed.cycle.totalMs, timed.floor.ms),
      buckets: timed.buckets,
      dbBytes: timed.dbBytes.after,
      year: null,
      oneRow: [],
      collection: { collectors: setup.collectors, users: setup.users, queue: latency },
      desk: { setup: setupFigures, state: timed.deskState, outbox, latency: deskLatency },
      nextDay: null,
    };
    for (const line of caseLines(result)) console.log(line);
    for (const line of deskLines(result)) console.log(line);

    if (dataset.year) {
      console.log(
        `  simulated year: ${dataset.year.rows.toLocaleString('en-US')} payments, one cycle run to ${dataset.year.lastCycleDay}`,
      );
      result.year = await runYear(location, dataset.year);
      for (const line of yearLines(result.year)) console.log(line);
    }

    // An ordinary next day: no new payments, the features of the day before already in place, so only the
    // rows that changed are rewritten (the timed day D is only the features' second day).
    const nextDay = addDays(result.year?.asOf ?? day, 1);
    const steady = await forkPhase({
      phase: 'cycle',
      location,
      asOf: nextDay,
      now: `${nextDay}T16:00:00Z`,
      floor: false,
    });
    result.nextDay = { ...steady.cycle, wallMs: steady.wallMs, memory: steady.memory };
    for (const line of nextDayLines(result.nextDay)) console.log(line);

    // After every other figure, on the day after the last cycle, so the rows they add change none of them.
    const oneRowDay = addDays(nextDay, 1);
    const oneRowDir = join(workDir, `one-row-${engine}-${accounts}`);
    mkdirSync(oneRowDir, { recursive: true });
    const oneRow = await forkPhase({
      phase: 'one-row',
      location,
      now: `${oneRowDay}T04:00:00Z`,
      files: await writeOneRowFiles(oneRowDir, oneRowDay, options.oneRowRepeats),
    });
    result.oneRow = oneRow.figures;
    for (const line of oneRowLines(result)) console.log(line);
    return result;
  } finally {
    await drop();
  }
}
