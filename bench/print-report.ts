/** Turns benchmark results into the printed report: a block per case as it finishes, a summary table at the end. */
import type { BenchReport, CaseResult } from './bench-result.js';
import type { MachineInfo } from './describe-machine.js';
import type { MemoryPeak } from './sample-memory.js';

export const num = (n: number) => Math.round(n).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
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

/** Everything about one case after its import lines (which the import phase prints as it goes). */
export function caseLines(c: CaseResult): string[] {
  const lines = [
    `  import peak memory: ${mem(c.importMemory)}`,
    `  catch-up cycle at D-1 (brings the ledger up to date, not the timed run): ${sec(c.catchUp.totalMs)}, ${mem(c.catchUp.memory)}`,
    `  cycle at ${c.cycle.asOf} (the timed daily run):`,
  ];
  for (const step of c.cycle.steps) {
    lines.push(`    ${step.name.padEnd(10)} ${sec(step.ms).padStart(10)}  ${countsText(step.counts)}`);
  }
  lines.push(`    ${'total'.padEnd(10)} ${sec(c.cycle.totalMs).padStart(10)}  (wall ${sec(c.cycle.wallMs)})`);
  lines.push(`  cycle peak memory: ${mem(c.cycle.memory)}`);
  lines.push(
    `  floor: one set-based pass updating ${num(c.floor.updated)} account rows + inserting ${num(c.floor.inserted)} past-due rows: ${sec(c.floor.ms)}`,
  );
  lines.push(`  cycle / floor: ${c.ratio.toFixed(1)}×`);
  lines.push(
    `  accounts by bucket after the cycle: ${Object.entries(c.buckets)
      .map(([b, n]) => `${b} ${num(n)}`)
      .join(' · ')}`,
  );
  return lines;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function summaryLines(report: BenchReport): string[] {
  const kinds = [...new Set(report.cases.flatMap((c) => c.imports.map((i) => i.kind)))];
  const header = [
    'engine',
    'accounts',
    ...kinds.map((k) => `${k}/s`),
    'cycle',
    'floor',
    'cycle/floor',
    'import RSS MB',
    'cycle RSS MB',
  ];
  const rows = report.cases.map((c) => [
    // "PostgreSQL 15.18 (Debian …)" → "PostgreSQL 15.18"
    c.engineVersion.split(' ').slice(0, 2).join(' '),
    num(c.accounts),
    ...kinds.map((k) => {
      const figure = c.imports.find((i) => i.kind === k);
      return figure ? num(figure.rowsPerSec) : '-';
    }),
    sec(c.cycle.totalMs),
    sec(c.floor.ms),
    `${c.ratio.toFixed(1)}×`,
    num(Math.max(c.importMemory.maxRssMb, c.importMemory.sampledPeakMb)),
    num(Math.max(c.cycle.memory.maxRssMb, c.cycle.memory.sampledPeakMb)),
  ]);
  return [
    '\n══ Summary ══',
    ...machineLines(report.machine),
    `Seed ${report.seed}, cycle day ${report.cycleDay}. Import figures are rows/s; RSS is the bench process's peak (maxRSS).`,
    ...table(header, rows),
    `Load at the end: ${(report.loadAverageAtEnd ?? []).join(' / ')} (1/5/15 min)`,
    ...report.notes.map((n) => `Note: ${n}`),
  ];
}
