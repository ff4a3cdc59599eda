/** Turns one benchmark case into printed lines: the block printed as the case runs (the summary is print-summary.ts). */
import type { CycleReport } from '../src/cycle/run-cycle.js';
import type { CaseResult, DeskSetup, Latency, StrategyEngineFigure, YearResult } from './bench-result.js';
import type { MachineInfo } from './describe-machine.js';
import type { Dataset } from './generate-dataset.js';
import { YEAR_DAYS } from './generate-year-payments.js';
import type { MemoryPeak } from './sample-memory.js';

export const num = (n: number) => Math.round(n).toLocaleString('en-US');
export const sec = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
export const msText = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
/** Bytes in MB of 2^20 bytes, like the memory figures. */
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;
const mem = (m: MemoryPeak) => `${num(m.sampledPeakMb)} MB sampled peak, ${num(m.maxRssMb)} MB maxRSS`;

export function machineLines(machine: MachineInfo): string[] {
  return [
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGb} GB RAM, ${machine.platform}`,
    `Node:    ${machine.node}`,
    `Load:    ${machine.loadAverage.join(' / ')} (1/5/15 min) at the start of the run`,
  ];
}

export function caseHeader(engine: string, accounts: number, cycleDay: string): string {
  return `\n── ${engine} · ${num(accounts)} accounts · cycle day ${cycleDay} ──`;
}

function countsText(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k}=${v.toLocaleString('en-US', { maximumFractionDigits: 1 })}`)
    .join(' ');
}

function stepLines(steps: CycleReport['steps'], totalMs: number, wallMs: number): string[] {
  return [
    ...steps.map((step) => `    ${step.name.padEnd(10)} ${sec(step.ms).padStart(10)}  ${countsText(step.counts)}`),
    `    ${'total'.padEnd(10)} ${sec(totalMs).padStart(10)}  (wall ${sec(wallMs)})`,
  ];
}

/** Everything about one case after its import lines (which the import phase prints as it goes). */
export function caseLines(c: CaseResult): string[] {
  return [
    `  import peak memory: ${mem(c.importMemory)}`,
    `  catch-up cycle at D-1 (brings the ledger up to date, not the timed run): ${sec(c.catchUp.totalMs)}, ${mem(c.catchUp.memory)}`,
    `  cycle at ${c.cycle.asOf} (the timed daily run):`,
    ...stepLines(c.cycle.steps, c.cycle.totalMs, c.cycle.wallMs),
    `  cycle peak memory: ${mem(c.cycle.memory)}`,
    `  floor: one set-based pass updating ${num(c.floor.updated)} account rows + inserting ${num(c.floor.inserted)} past-due rows: ${sec(c.floor.ms)}`,
    `  cycle / floor: ${c.ratio.toFixed(1)}×    catch-up / cycle: ${c.catchUpRatio.toFixed(1)}× (catch-up at D-1 after importing the book ÷ the timed daily run)`,
    `  accounts by bucket after the cycle: ${Object.entries(c.buckets)
      .map(([b, n]) => `${b} ${num(n)}`)
      .join(' · ')}`,
    `  database size after the cycle at D: ${mb(c.dbBytes)}`,
    ...queueLines(c),
  ];
}

/** What the desk setup wrote before the timed cycle. */
export function deskSetupLine(d: DeskSetup): string {
  return (
    `    desk setup: ${num(d.promises)} promises on ${num(d.pastDueAccounts)} past-due accounts (${num(d.promisesDueBeforeD)} due before D, ` +
    `${num(d.promisesDueOnD)} on D, ${num(d.promisesDueAfterD)} after), ${num(d.plans)} approved plans (${num(d.planInstallments)} instalments), ` +
    `${num(d.settlements)} approved settlements (${num(d.settlementsPaidOnD)} reached by D's payment) — ${sec(d.ms)} in one transaction, ` +
    `with ${num(d.activities)} activities and ${num(d.events)} events`
  );
}

const latencyText = (l: Latency) => `p50 ${msText(l.p50Ms)} · p99 ${msText(l.p99Ms)} (${num(l.samples)} calls)`;
const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${num(n)}`)
    .join(' · ') || 'none';

/** The desk's work through the timed cycle, the outbox for D and the desk's reads. */
export function deskLines(c: CaseResult): string[] {
  if (!c.desk) return [];
  const { state, outbox: o, latency } = c.desk;
  const step = (name: string) => c.cycle.steps.find((s) => s.name === name);
  const promises = step('promises');
  const ledger = step('ledger')?.counts ?? {};
  const lines: string[] = [];
  if (promises) {
    lines.push(
      `  promises step at D: ${sec(promises.ms)} — ${num(promises.counts.accounts ?? 0)} accounts with pending promises, ${num(promises.counts.judged ?? 0)} judged ` +
        `(kept ${num(promises.counts.kept ?? 0)}, partly ${num(promises.counts.partly_kept ?? 0)}, broken ${num(promises.counts.broken ?? 0)}), ` +
        `${num(promises.counts.pending ?? 0)} still pending, ${num(promises.counts.paid_updated ?? 0)} counted a payment`,
    );
  }
  lines.push(
    `  arrangements in the ledger step at D: ${num(ledger.arrangement_changes ?? 0)} changes, ${num(ledger.arrangement_entries ?? 0)} entries (reschedule and waiver)`,
  );
  if (state) {
    lines.push(
      `  features at D over ${num(state.activities)} activities: ${num(state.accountsWithAttempts)} accounts with contact attempts in 30 days ` +
        `(${num(state.attempts30)} attempts), ${num(state.accountsWithRpc)} with right-party contacts (${num(state.rpc30)}); ` +
        `${num(state.accountsWithKeptPromises)} with a kept promise, ${num(state.accountsWithBrokenPromises)} with a broken one`,
      `  after the cycle — promises: ${tally(state.promises)}; arrangements: ${tally(state.arrangements)}; ` +
        `${num(state.settledAccounts)} accounts settled, ${num(state.planInstallments)} plan instalments`,
    );
  }
  const sent = Object.entries(o.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${num(n)}`)
    .join(' · ');
  lines.push(
    `  outbox for ${o.asOf} at 10:15 Asia/Shanghai through the file adapter: ${num(o.planned)} messages planned for D — ${sent || 'nothing to do'}; ` +
      `${sec(o.ms)}, ${num(o.sentPerSec)} messages/s, ${num(o.files)} files written; ${mem(o.memory)}`,
    `  promise list --status pending (use case and JSON): ${num(latency.pendingPromises)} promises, ${kb(latency.promiseListBytes)} of JSON, ${latencyText(latency.promiseList)}`,
    `  account timeline: ${num(latency.timelineAccounts)} accounts, ${latency.timelineEntries} entries each on average, ${latencyText(latency.timeline)}`,
  );
  return lines;
}

/** The simulated year, after the line of its payments' import (which the import phase prints). */
export function yearLines(y: YearResult): string[] {
  const perDay = (n: number) => num(n / YEAR_DAYS);
  return [
    `  year's payments import peak memory: ${mem(y.importMemory)}`,
    `  cycle at ${y.asOf} (one run, the same ledger as 365 daily runs):`,
    ...stepLines(y.cycle.steps, y.cycle.totalMs, y.cycle.wallMs),
    `  year cycle peak memory: ${mem(y.cycle.memory)}`,
    `  ledger rows over the year: ${num(y.entries)} (${perDay(y.entries)} a day), of which ${num(y.penaltyEntries)} penalty entries for ${num(y.accrualDays)} instalment-days of penalty accrued`,
    `  one penalty entry per overdue instalment per day would have written ${num(y.entriesAtOnePerDay)} rows (${perDay(y.entriesAtOnePerDay)} a day): ${(y.entriesAtOnePerDay / Math.max(1, y.entries)).toFixed(1)}× as many`,
    `  database size: ${mb(y.dbBytesBefore)} before the year, ${mb(y.dbBytesAfterImport)} after its payments' import, ${mb(y.dbBytesAfter)} after its run (+${mb(y.dbBytesAfter - y.dbBytesBefore)})`,
  ];
}

/** Per kind: a 1-row file's import (per-file start-up) beside the per-row cost of the full file. */
export function oneRowLines(c: CaseResult): string[] {
  const repeats = c.oneRow[0]?.samplesMs.length ?? 0;
  return [
    `  per-file start-up: a 1-row file's import (median of ${repeats}; the first, which warms up, in brackets) beside the per-row cost of the full file:`,
    ...c.oneRow.map((f) => {
      const full = c.imports.find((i) => i.kind === f.kind);
      const perRow = full && full.rowsPerSec > 0 ? `${(1e6 / full.rowsPerSec).toFixed(1)} µs/row` : '';
      return `    ${f.kind.padEnd(10)} ${msText(f.medianMs).padStart(9)} [${msText(f.samplesMs[0] ?? 0)}]  ${perRow}`;
    }),
  ];
}

/** What was generated for one size: rows per file, the past-due spread on D and who pays over the year. */
export function datasetLines(dataset: Dataset, accounts: number, cycleDay: string): string[] {
  const lines = [
    `\nDataset ${num(accounts)} accounts: generated in ${(dataset.ms / 1000).toFixed(1)} s — ${Object.entries(
      dataset.rows,
    )
      .map(([k, n]) => `${num(n)} ${k}`)
      .join(', ')}; past due on ${cycleDay} before payments: ${num(dataset.pastDueAccounts)} (${(
      (100 * dataset.pastDueAccounts) / accounts
    ).toFixed(1)}%: ${Object.entries(dataset.pastDueByBucket)
      .map(([b, n]) => `${b} ${num(n)}`)
      .join(', ')}); ${num(dataset.workedAccounts)} of them worked in the 30 days before D`,
  ];
  const y = dataset.year;
  if (y) {
    lines.push(
      `  the year to ${y.lastCycleDay}: ${num(y.rows)} payments — ${num(y.onTimeAccounts)} accounts pay on their due dates, ${num(y.curingAccounts)} past-due accounts cure, ${num(y.partialAccounts)} pay part, ${num(y.silentAccounts)} pay nothing`,
    );
  }
  return lines;
}

/** `queue --collector` latency over the floor's collectors. */
function queueLines(c: CaseResult): string[] {
  if (!c.collection) return [];
  const q = c.collection.queue;
  return [
    `  queue: ${num(q.items)} items for ${num(q.collectors)} collectors (most for one: ${num(q.maxItems)})`,
    `  queue --collector, use case: p50 ${msText(q.useCase.p50Ms)} · p99 ${msText(q.useCase.p99Ms)} (${num(q.useCase.samples)} calls)`,
    `  queue --collector, command (new process): p50 ${msText(q.command.p50Ms)} · p99 ${msText(q.command.p99Ms)} (${num(q.command.samples)} runs)`,
  ];
}

export function strategyEngineLines(s: StrategyEngineFigure): string[] {
  return [
    `Strategy engine, ${s.rules} rules, ${num(s.accounts)} synthetic accounts: compiled ${num(s.compiledPerSecond)} accounts/s ` +
      `(grade, tier, segment, today's actions) · json-rules-engine 7.3.1 ${num(s.jsonRulesEnginePerSecond)} accounts/s ` +
      `(grade and segment, on a sample) · ${s.ratio}×`,
  ];
}

/** The ordinary day after the last cycle. */
export function nextDayLines(n: NonNullable<CaseResult['nextDay']>): string[] {
  return [
    `  cycle at ${n.asOf} (the next day, no new payments):`,
    ...stepLines(n.steps, n.totalMs, n.wallMs),
    `  cycle peak memory: ${mem(n.memory)}`,
  ];
}
