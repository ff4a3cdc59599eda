/**
 * The summary printed at the end of a bench run: the machine, `dunwell --help`'s start-up time, and one
 * table per subject — imports (rows/s per kind), per-file start-up (1-row files), the daily cycle, queue
 * latency, working accounts (the desk's promises and arrangements through the cycle, the outbox, the desk's
 * reads), the simulated year — with a row per (engine, size) case.
 */
import type { BenchReport, CaseResult } from './bench-result.js';
import { machineLines, mb, msText, num, sec, strategyEngineLines } from './print-report.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

// "PostgreSQL 15.18 (Debian …)" → "PostgreSQL 15.18"
const caseCells = (c: CaseResult) => [c.engineVersion.split(' ').slice(0, 2).join(' '), num(c.accounts)];
const rss = (m: { maxRssMb: number; sampledPeakMb: number }) => num(Math.max(m.maxRssMb, m.sampledPeakMb));

function importTable(cases: readonly CaseResult[]): string[] {
  const kinds = [...new Set(cases.flatMap((c) => c.imports.map((i) => i.kind)))];
  const withYear = cases.some((c) => c.year);
  const header = [
    'engine',
    'accounts',
    ...kinds.map((k) => `${k}/s`),
    ...(withYear ? ['year payments/s'] : []),
    'import RSS MB',
  ];
  const rows = cases.map((c) => [
    ...caseCells(c),
    ...kinds.map((k) => {
      const figure = c.imports.find((i) => i.kind === k);
      return figure ? num(figure.rowsPerSec) : '-';
    }),
    ...(withYear ? [c.year ? num(c.year.payments.rowsPerSec) : '-'] : []),
    rss(c.importMemory),
  ]);
  return ['\nImports, rows/s:', ...table(header, rows)];
}

function oneRowTable(cases: readonly CaseResult[]): string[] {
  const kinds = [...new Set(cases.flatMap((c) => c.oneRow.map((f) => f.kind)))];
  const rows = cases.map((c) => [
    ...caseCells(c),
    ...kinds.map((k) => {
      const figure = c.oneRow.find((f) => f.kind === k);
      return figure ? msText(figure.medianMs) : '-';
    }),
  ]);
  return ['\nPer-file start-up, a 1-row file (median):', ...table(['engine', 'accounts', ...kinds], rows)];
}

/** The cycle's steps by kind: the ledger's (money and ageing) and the collection engine's. */
const MONEY_STEPS = ['payments', 'ledger', 'age', 'snapshot'];
const COLLECTION_STEPS = ['promises', 'features', 'strategy', 'odds', 'queue', 'outbox'];
const stepsMs = (steps: readonly { name: string; ms: number }[], names: readonly string[]) =>
  steps.filter((s) => names.includes(s.name)).reduce((sum, s) => sum + s.ms, 0);

function queueTable(cases: readonly CaseResult[]): string[] {
  const header = ['engine', 'accounts', 'collectors', 'items', 'use case p50', 'p99', 'command p50', 'p99'];
  const rows = cases
    .filter((c) => c.collection !== null)
    .map((c) => {
      const q = (c.collection as NonNullable<CaseResult['collection']>).queue;
      return [
        ...caseCells(c),
        num(q.collectors),
        num(q.items),
        msText(q.useCase.p50Ms),
        msText(q.useCase.p99Ms),
        msText(q.command.p50Ms),
        msText(q.command.p99Ms),
      ];
    });
  return rows.length === 0 ? [] : ['\nqueue --collector:', ...table(header, rows)];
}

function cycleTable(cases: readonly CaseResult[]): string[] {
  const header = [
    'engine',
    'accounts',
    'catch-up',
    'cycle',
    'money steps',
    'collection steps',
    'floor',
    'cycle/floor',
    'catch-up/cycle',
    'next day',
    'cycle RSS MB',
  ];
  const rows = cases.map((c) => [
    ...caseCells(c),
    sec(c.catchUp.totalMs),
    sec(c.cycle.totalMs),
    sec(stepsMs(c.cycle.steps, MONEY_STEPS)),
    sec(stepsMs(c.cycle.steps, COLLECTION_STEPS)),
    sec(c.floor.ms),
    `${c.ratio.toFixed(1)}×`,
    `${c.catchUpRatio.toFixed(1)}×`,
    c.nextDay ? sec(c.nextDay.totalMs) : '—',
    rss(c.cycle.memory),
  ]);
  return ['\nDaily cycle at D:', ...table(header, rows)];
}

/** The desk's promises and arrangements through the timed cycle, the outbox for D, the desk's reads. */
function deskTable(cases: readonly CaseResult[]): string[] {
  const header = [
    'engine',
    'accounts',
    'activities/s',
    'desk setup',
    'promises step',
    'judged',
    'counted',
    'arr. changes',
    'arr. entries',
    'features',
    'with attempts',
    'outbox sent',
    'msgs/s',
    'outbox RSS MB',
    'promise list p50',
    'timeline p50',
  ];
  const rows = cases.flatMap((c) => {
    if (!c.desk) return [];
    const { setup, state, outbox, latency } = c.desk;
    const step = (name: string) => c.cycle.steps.find((s) => s.name === name);
    const promises = step('promises');
    const ledger = step('ledger')?.counts ?? {};
    const activities = c.imports.find((i) => i.kind === 'activities');
    return [
      [
        ...caseCells(c),
        activities ? num(activities.rowsPerSec) : '-',
        sec(setup.ms),
        promises ? sec(promises.ms) : '-',
        num(promises?.counts.judged ?? 0),
        num(promises?.counts.paid_updated ?? 0),
        num(ledger.arrangement_changes ?? 0),
        num(ledger.arrangement_entries ?? 0),
        sec(step('features')?.ms ?? 0),
        state ? num(state.accountsWithAttempts) : '-',
        num(outbox.counts.sent),
        num(outbox.sentPerSec),
        rss(outbox.memory),
        msText(latency.promiseList.p50Ms),
        msText(latency.timeline.p50Ms),
      ],
    ];
  });
  return rows.length === 0
    ? []
    : [
        '\nWorking accounts at D (promises judged and counting a payment, arrangement changes and entries in the ledger step, the outbox for D):',
        ...table(header, rows),
      ];
}

function yearTable(cases: readonly CaseResult[]): string[] {
  const header = [
    'engine',
    'accounts',
    'year cycle',
    'entries',
    'entries/day',
    'penalty entries',
    'accrual days',
    'one-per-day rows',
    'DB before',
    'DB after',
    'year RSS MB',
  ];
  const rows = cases.flatMap((c) =>
    c.year
      ? [
          [
            ...caseCells(c),
            sec(c.year.cycle.totalMs),
            num(c.year.entries),
            num(c.year.entriesPerDay),
            num(c.year.penaltyEntries),
            num(c.year.accrualDays),
            num(c.year.entriesAtOnePerDay),
            mb(c.year.dbBytesBefore),
            mb(c.year.dbBytesAfter),
            rss(c.year.cycle.memory),
          ],
        ]
      : [],
  );
  return rows.length === 0 ? [] : ['\nSimulated year (one cycle run from D to D+365):', ...table(header, rows)];
}

export function summaryLines(report: BenchReport): string[] {
  const help = report.cliHelp;
  return [
    '\n══ Summary ══',
    ...machineLines(report.machine),
    `Seed ${report.seed}, cycle day ${report.cycleDay}${report.year ? ', with the simulated year' : ', without the simulated year (--no-year)'}. RSS is the bench process's peak (maxRSS).`,
    `dunwell --help: median ${msText(help.medianMs)}, p90 ${msText(help.p90Ms)} (${help.runs} spawned runs of node bin/dunwell.js --help, wall time)`,
    ...(report.strategyEngine ? strategyEngineLines(report.strategyEngine) : []),
    ...importTable(report.cases),
    ...oneRowTable(report.cases),
    ...cycleTable(report.cases),
    ...queueTable(report.cases),
    ...deskTable(report.cases),
    ...yearTable(report.cases),
    `\nLoad at the end: ${(report.loadAverageAtEnd ?? []).join(' / ')} (1/5/15 min)`,
    ...report.notes.map((n) => `Note: ${n}`),
  ];
}
