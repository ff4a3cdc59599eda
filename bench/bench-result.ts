/** The shapes the benchmark phases hand back and the report (and bench/results/latest.json) is made of. */
import type { CycleReport } from '../src/cycle/run-cycle.js';
import type { IsoDate } from '../src/domain/calendar/calendar.js';
import type { Engine } from '../src/store/engine.js';
import type { MachineInfo } from './describe-machine.js';
import type { FloorResult } from './run-floor.js';
import type { MemoryPeak } from './sample-memory.js';

export interface ImportFigure {
  kind: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  ms: number;
  rowsPerSec: number;
}

/** What a child process is asked to do: one phase of one (engine, size) case. */
export type PhaseSpec =
  | { phase: 'import'; location: string; files: { kind: string; path: string }[]; now: string; migrate: boolean }
  | { phase: 'cycle'; location: string; asOf: IsoDate; now: string; floor: boolean };

export type PhaseResult =
  | { phase: 'import'; engineVersion: string; imports: ImportFigure[]; memory: MemoryPeak }
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
    }
  | { phase: 'error'; message: string };

export interface CaseResult {
  engine: Engine;
  engineVersion: string;
  accounts: number;
  cycleDay: IsoDate;
  imports: ImportFigure[];
  importMemory: MemoryPeak;
  /** The first cycle, at D − 1, that brings the ledger up to date (not the timed figure). */
  catchUp: { totalMs: number; memory: MemoryPeak };
  /** The timed, ordinary daily cycle at D. */
  cycle: { asOf: IsoDate; steps: CycleReport['steps']; totalMs: number; wallMs: number; memory: MemoryPeak };
  floor: FloorResult;
  /** cycle.totalMs / floor.ms */
  ratio: number;
  buckets: Record<string, number>;
}

export interface BenchReport {
  startedAt: string;
  machine: MachineInfo;
  seed: number;
  cycleDay: IsoDate;
  postgres: { source: string; settings: Record<string, string> | null } | null;
  notes: string[];
  /** 1/5/15-minute load averages when the run ended. */
  loadAverageAtEnd: number[] | null;
  datasets: { accounts: number; rows: Record<string, number>; pastDueAccounts: number; generateMs: number }[];
  cases: CaseResult[];
}
