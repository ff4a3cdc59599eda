/** The shapes the benchmark phases hand back and the report (and bench/results/latest.json) is made of. */
import type { CycleReport } from '../src/cycle/run-cycle.js';
import type { IsoDate } from '../src/domain/calendar/calendar.js';
import type { ImportKind } from '../src/import/import-kinds.js';
import type { OutboxCounts } from '../src/outbox/outbox-run.js';
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
  | {
      phase: 'cycle';
      location: string;
      asOf: IsoDate;
      now: string;
      floor: boolean;
      measureBytes?: boolean;
      /** After the cycle, count what the features saw of the desk's work and where promises and arrangements stand. */
      deskState?: boolean;
    }
  | { phase: 'one-row'; location: string; files: { kind: ImportKind; paths: string[] }[]; now: string }
  /** The collection floor (teams and users) and the demo strategy, approved by two managers. */
  | { phase: 'setup-collection'; location: string; now: string; collectors: number }
  /** `queue --collector` for every collector of the floor: the use case in-process, and the command. */
  | { phase: 'queue-latency'; location: string; rounds: number; commandRuns: number }
  /** Promises and arrangements written in bulk before the timed cycle (desk-setup-phase.ts). */
  | { phase: 'setup-desk'; location: string; now: string; cycleDay: IsoDate; seed: number }
  /** The outbox for D through the file adapter, inside the messages' window. */
  | { phase: 'outbox'; location: string; asOf: IsoDate; now: string; folder: string }
  /** `promise list --status pending` and `account timeline` as use cases, in one process. */
  | { phase: 'desk-latency'; location: string; rounds: number; timelineAccounts: number };

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
      deskState: DeskState | null;
    }
  | { phase: 'one-row'; figures: OneRowFigure[] }
  | { phase: 'setup-collection'; users: number; teams: number; collectors: number; strategyVersion: number }
  | ({ phase: 'queue-latency' } & QueueLatency)
  | ({ phase: 'setup-desk' } & DeskSetup)
  | ({ phase: 'outbox' } & OutboxFigure)
  | ({ phase: 'desk-latency' } & DeskLatency)
  | { phase: 'error'; message: string };

/** What the desk setup wrote before the timed cycle, and how long it took (one transaction). */
export interface DeskSetup {
  ms: number;
  pastDueAccounts: number;
  promises: number;
  /** Due before D (judged by the timed cycle), on D by accounts that pay on D, after D. */
  promisesDueBeforeD: number;
  promisesDueOnD: number;
  promisesDueAfterD: number;
  /** Approved plans (started by the timed cycle) and settlements (judged from the payments of D on). */
  plans: number;
  planInstallments: number;
  settlements: number;
  /** Settlements whose agreed amount the account's payment of D reaches. */
  settlementsPaidOnD: number;
  /** Rows written besides the promises and arrangements: the promises' activities and every event. */
  activities: number;
  events: number;
}

/** After the timed cycle: what the features counted from the desk's work and where its records stand. */
export interface DeskState {
  activities: number;
  /** account_features rows with attempts / right-party contacts in the last 30 days, and their sums. */
  accountsWithAttempts: number;
  attempts30: number;
  accountsWithRpc: number;
  rpc30: number;
  accountsWithKeptPromises: number;
  accountsWithBrokenPromises: number;
  /** Promises by status; arrangements by `type status`. */
  promises: Record<string, number>;
  arrangements: Record<string, number>;
  /** Accounts settled by a settlement, and plan instalments the plans wrote. */
  settledAccounts: number;
  planInstallments: number;
}

/** The outbox for D, sent through the file adapter in its own process. */
export interface OutboxFigure {
  asOf: IsoDate;
  /** Messages the cycle planned for D. */
  planned: number;
  counts: OutboxCounts;
  ms: number;
  /** counts.sent per second of the phase's run. */
  sentPerSec: number;
  files: number;
  memory: MemoryPeak;
}

export interface Latency {
  samples: number;
  p50Ms: number;
  p99Ms: number;
}

/** Reads the desk makes: the pending promises (as `promise list --status pending --json`) and timelines. */
export interface DeskLatency {
  pendingPromises: number;
  /** The JSON `promise list --json` would print, in bytes. */
  promiseListBytes: number;
  promiseList: Latency;
  timelineAccounts: number;
  /** Entries per timeline, on average over the accounts read. */
  timelineEntries: number;
  timeline: Latency;
}

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
  /** Working accounts: the desk setup, what the timed cycle made of it, the outbox for D and the desk's reads. */
  desk: { setup: DeskSetup; state: DeskState | null; outbox: OutboxFigure; latency: DeskLatency } | null;
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
    workedAccounts: number;
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
