/**
 * Loads the demo portfolio into a store the way a lender's own data would arrive: the generated records
 * go through the importer, kind by kind, then the daily cycle runs at the as-of date so the database ends
 * in a lived-in state (balances, penalty interest, late fees, DPD and buckets). The collection floor
 * (teams and users, see demo-floor.ts) is written first, so the cycle has people to give the work to.
 *
 * Any row the importer rejects is a bug in the generator, never something to skip: each kind is imported
 * all-or-nothing and the load stops with the rejections. The demo only goes into an empty database, so
 * synthetic customers can never be mixed into a real portfolio.
 */
import { type CycleReport, runCycle } from '../cycle/run-cycle.js';
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { type ImportRejection, importRecords } from '../import/import-records.js';
import { configurePortfolio } from '../portfolio/configure-portfolio.js';
import type { Store } from '../store/open-database.js';
import { activateDemoStrategy } from './activate-demo-strategy.js';
import { DESK_WORK_DAYS, type DeskWorkSummary, workDemoDesk } from './demo-desk-work.js';
import { loadDemoFloor } from './demo-floor.js';
import { demoChannels, demoOutboxFolder } from './demo-outbox.js';
import { DEMO_KINDS, type DemoKind, type DemoOptions, demoRecords, PORTFOLIO_TIME_ZONES } from './generate-demo.js';

export interface LoadDemoProgress {
  /** A record kind while importing, then the cycle's own steps. */
  step: string;
  done: number;
  /** Unknown while records are still being generated. */
  total: number | null;
}

export interface LoadDemoOptions {
  store: Store;
  accounts: number;
  seed: number;
  asOf: IsoDate;
  now: () => Date;
  /** Who loaded it, for the events. */
  actor: string;
  /** Collectors on the demo's floor (default: enough for the 5,000-account demo). */
  collectors?: number;
  onProgress?: (progress: LoadDemoProgress) => void;
  /**
   * Deliver the demo's automatic messages through the file adapter (see demo-outbox.ts); without it none
   * are sent and they stay planned.
   */
  sendMessages?: boolean;
}

export interface DemoImportCount {
  kind: DemoKind;
  rows: number;
  ms: number;
}

export interface LoadDemoSummary {
  accounts: number;
  seed: number;
  asOf: IsoDate;
  imports: DemoImportCount[];
  createdPortfolios: string[];
  /** The floor written (teams and users), or null when the database already had one. */
  floor: { teams: number; users: number } | null;
  /** The strategy version the demo activated, or null when one was already active. */
  strategyVersion: number | null;
  importMs: number;
  /** The floor's work in the weeks before as-of: activities, promises, arrangements and the money they brought. */
  desk: Omit<DeskWorkSummary, 'cycle'> & { messagesFolder: string | null };
  cycle: CycleReport;
}

const SHOWN_REJECTIONS = 10;

/** Finds the generated records the importer refused, to show them beside the reasons. */
function describeRejections(options: DemoOptions, kind: DemoKind, rejected: readonly ImportRejection[]): string {
  const wanted = new Map(rejected.slice(0, SHOWN_REJECTIONS).map((r) => [r.row, r]));
  const lines: string[] = [];
  let row = 0;
  for (const record of demoRecords(options, kind)) {
    row++;
    const r = wanted.get(row);
    if (r) lines.push(`  row ${r.row}, field ${r.field}: ${r.reason}\n    ${JSON.stringify(record)}`);
    if (lines.length === wanted.size) break;
  }
  const more = rejected.length > SHOWN_REJECTIONS ? `\n  … and ${rejected.length - SHOWN_REJECTIONS} more` : '';
  return lines.join('\n') + more;
}

export async function loadDemo(options: LoadDemoOptions): Promise<LoadDemoSummary> {
  const { store, asOf, onProgress } = options;
  const demo: DemoOptions = { accounts: options.accounts, seed: options.seed, asOf };
  const existing = await store.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const held = Number(existing?.n ?? 0);
  if (held > 0) {
    throw new AppError(
      'CONFLICT',
      `the database at ${store.location} already holds ${held} account${held === 1 ? '' : 's'}; ` +
        'the demo portfolio loads only into an empty database (point --db at a new file)',
    );
  }

  // The US book dates its payments by New York's calendar, as its lender would; the rest use the
  // default zone (Asia/Shanghai). Set before any payment is imported.
  await configurePortfolio({
    db: store.db,
    portfolioId: 'us-consumer',
    timeZone: PORTFOLIO_TIME_ZONES['us-consumer'],
    actor: options.actor,
    now: options.now(),
  });
  // The people come before the accounts: the cycle's queue assigns the day's work to them.
  const floor = await loadDemoFloor({
    db: store.db,
    actor: options.actor,
    now: options.now(),
    collectors: options.collectors,
  });
  // The floor's managers put the demo strategy in force the way any strategy is: one submits, another
  // approves. A database that already has an active strategy keeps it.
  const strategyVersion = (await hasActiveStrategy(store))
    ? null
    : await activateDemoStrategy({ db: store.db, now: options.now() });
  const imports: DemoImportCount[] = [];
  const createdPortfolios: string[] = [];
  const importStarted = performance.now();
  for (const kind of DEMO_KINDS) {
    const started = performance.now();
    const report = await importRecords({
      store,
      kind,
      records: demoRecords(demo, kind),
      allOrNothing: true,
      actor: options.actor,
      now: options.now(),
      source: `demo (seed ${options.seed}, ${options.accounts} accounts, as of ${asOf})`,
      onProgress: onProgress ? (done) => onProgress({ step: kind, done, total: null }) : undefined,
    });
    if (report.rejected.length > 0) {
      throw new AppError(
        'INTERNAL',
        `the demo generator produced ${report.rejected.length} ${kind} row${report.rejected.length === 1 ? '' : 's'} ` +
          `the importer refused (a bug in src/demo); nothing of this kind was applied:\n${describeRejections(demo, kind, report.rejected)}`,
      );
    }
    createdPortfolios.push(...report.createdPortfolios);
    imports.push({ kind, rows: report.rows, ms: Math.round(performance.now() - started) });
  }
  const importMs = Math.round(performance.now() - importStarted);

  // The book is brought up to four weeks before as-of, then the floor works it through those weeks (calls,
  // promises, arrangements; see demo-desk-work.ts), the cycle catching up as it goes, to as-of.
  const progress = onProgress ? (p: LoadDemoProgress) => onProgress(p) : undefined;
  await runCycle({
    store,
    asOf: addDays(asOf, -DESK_WORK_DAYS),
    now: options.now,
    onProgress: progress && ((p) => progress({ step: p.step, done: p.done, total: p.total })),
  });
  const desk = await workDemoDesk({
    store,
    asOf,
    seed: options.seed,
    now: options.now,
    actor: options.actor,
    onCycle: progress && ((day) => progress({ step: `desk work, cycle to ${day}`, done: 0, total: null })),
    channels: options.sendMessages ? demoChannels(store) : undefined,
  });
  const cycle = desk.cycle;
  return {
    accounts: options.accounts,
    seed: options.seed,
    asOf,
    imports,
    createdPortfolios,
    floor,
    strategyVersion,
    importMs,
    desk: {
      activities: desk.activities,
      promises: desk.promises,
      arrangements: desk.arrangements,
      payments: desk.payments,
      messagesSent: desk.messagesSent,
      messagesFolder: options.sendMessages ? demoOutboxFolder(store) : null,
    },
    cycle,
  };
}

async function hasActiveStrategy(store: Store): Promise<boolean> {
  const row = await store.db
    .selectFrom('strategy_versions')
    .select('version')
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}
