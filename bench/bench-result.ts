/** The shapes the benchmark phases hand back and the report (and bench/results/latest.json) is made of. */
import type { CycleReport } from '../src/cycle/run-cycle.js';
import type { IsoDate } from '../src/domain/calendar/calendar.js';
import type { ImportKind } from '../src/import/import-kinds.js';
import type { Engine } from '../src/store/engine.js';
import type { MachineInfo } from './describe-machine.js';
import type { YearPayments } from './generate-year-payments.js';
import type { FloorResult } from './run-floor.js';
import type { MemoryPeak } from './sample-memory.js';
import type { CliHelpTiming } from './time-cli-help.js';

export interface ImportFigure {
  kind: ImportKind;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  ms: number;
  rowsPerSec: number;
}

/** Database size on disk, in bytes, when a phase started and when it ended (see database-size.ts). */
export interface DatabaseBytes {
  before: number;
  after: number;
}

/** Imports of a 1-row file of one kind: the cost of a file apart from its rows. */
export interface OneRowFigure {
  kind: ImportKind;
  /** Each 1-row file's import time, in the order they ran (the first one also warms the code up). */
  samplesMs: number[];
  medianMs: number;
}

/** What a child process is asked to do: one phase of one (engine, size) case. */
export type PhaseSpec =
  | {
      phase: 'import';
      location: string;
      files: { kind: ImportKind; path: string }[];
      now: string;
      migrate: boolean;
      /** Report the database's size before and after the phase. */
      measureBytes?: boolean;
    }
  | { phase: 'cycle'; location: string; asOf: IsoDate; now: string; floor: boolean; measureBytes?: boolean }
  | { phase: 'one-row'; location: string; files: { kind: ImportKind; paths: string[] }[]; now: string }
  /** The collection floor (teams and users) and the demo strategy, approved by two managers. */
  | { phase: 'setup-collection'; location: string; now: string; collectors: number }
  /** `queue --collector` for every collector of the floor: the use case in-process, and the command. */
  | { phase: 'queue-latency'; location: string; rounds: number; commandRuns: number };

export type PhaseResult =
  | {
      phase: 'import';
      engineVersion: string;
      imports: ImportFigure[];
      memory: MemoryPeak;
      dbBytes: DatabaseBytes | null;
    }
  | {
      phase: 'cycle';
      engineVersion: string;
      cycle: CycleReport;
      /** Wall time around runCycle, as the caller sees it. */
      wallMs: number;
      memory: MemoryPeak;
      floor: FloorResult | null;
      /** Accounts per bucket after the cycle. */
      buckets: Record<string, number>;
      dbBytes: DatabaseBytes | null;
    }
  | { phase: 'one-row'; figures: OneRowFigure[] }
  | { phase: 'setup-collection'; users: number; teams: number; collectors: number; strategyVersion: number }
  | ({ phase: 'queue-latency' } & QueueLatency)
  | { phase: 'error'; message: string };

/** How long a collector waits for their queue, over every collector of the floor. */
export interface QueueLatency {
  collectors: number;
  /** Items in the day's queue, and the most any one collector has. */
  items: number;
  maxItems: number;
  /** showQueue({collector}) in one process, `rounds` times over every collector. */
  useCase: { samples: number; p50Ms: number; p99Ms: number };
  /** `dunwell queue --collector USER --json` as a new process, including Node's start-up. */
  command: { samples: number; p50Ms: number; p99Ms: number };
}

/** The simulated year: the year's payments imported, then one cycle run from D to D + 365. */
export interface YearResult {
  /** D + 365 */
  asOf: IsoDate;
  payments: ImportFigure;
  importMemory: MemoryPeak;
  cycle: { steps: CycleReport['steps']; totalMs: number; wallMs: number; memory: MemoryPeak };
  /** Ledger rows the year's run wrote, of every kind. */
  entries: number;
  /** entries / 365 */
  entriesPerDay: number;
  penaltyEntries: number;
  /** Instalment-days of penalty accrued: the penalty rows one entry per overdue instalment per day would write. */
  accrualDays: number;
  /** The rows the year would have written with one penalty entry per overdue instalment per day. */
  entriesAtOnePerDay: number;
  /** Database size after the timed cycle at D, after the year's payments were imported, after the year's run. */
  dbBytesBefore: number;
  dbBytesAfterImport: number;
  dbBytesAfter: number;
}

export interface CaseResult {
  engine: Engine;
  engineVersion: string;
  accounts: number;
  cycleDay: IsoDate;
  imports: ImportFigure[];
  importMemory: MemoryPeak;
  /** The first cycle, at D − 1, that brings the ledger up to date (not the timed figure). */
  catchUp: { totalMs: number; memory: MemoryPeak };
  /** catchUp.totalMs / cycle.totalMs: the catch-up after importing the whole book against the daily run. */
  catchUpRatio: number;
  /** The timed, ordinary daily cycle at D. */
  cycle: { asOf: IsoDate; steps: CycleReport['steps']; totalMs: number; wallMs: number; memory: MemoryPeak };
  floor: FloorResult;
  /** cycle.totalMs / floor.ms */
  ratio: number;
  buckets: Record<string, number>;
  /** Database size after the timed cycle and the floor at D, in bytes (see database-size.ts). */
  dbBytes: number;
  /** Null when the bench ran with --no-year. */
  year: YearResult | null;
  /** Per kind, the import of a 1-row file (median of a few). */
  oneRow: OneRowFigure[];
  /** The cycle on the day after the last one (D + 1, or D + 366 after the year), with no new payments. */
  nextDay: { asOf: IsoDate; steps: CycleReport['steps']; totalMs: number; wallMs: number; memory: MemoryPeak } | null;
  /** The floor the queue assigns to, and how fast a collector gets their queue. */
  collection: { collectors: number; users: number; queue: QueueLatency } | null;
}

export interface BenchReport {
  startedAt: string;
  machine: MachineInfo;
  seed: number;
  cycleDay: IsoDate;
  /** Whether each case also ran the simulated year (--year, the default). */
  year: boolean;
  /** `node bin/dunwell.js --help`, spawned: the command's start-up time. */
  cliHelp: CliHelpTiming;
  /** Compiled strategy against json-rules-engine 7.3.1 on the same 10 rules (bench/strategy-engine.ts). */
  strategyEngine: StrategyEngineFigure | null;
  postgres: { source: string; settings: Record<string, string> | null } | null;
  notes: string[];
  /** 1/5/15-minute load averages when the run ended. */
  loadAverageAtEnd: number[] | null;
  datasets: {
    accounts: number;
    rows: Record<string, number>;
    pastDueAccounts: number;
    generateMs: number;
    /** Who pays what over the simulated year (null without it). */
    year: Omit<YearPayments, 'path'> | null;
  }[];
  cases: CaseResult[];
}

export interface StrategyEngineFigure {
  accounts: number;
  rules: number;
  compiledPerSecond: number;
  jsonRulesEnginePerSecond: number;
  ratio: number;
}
