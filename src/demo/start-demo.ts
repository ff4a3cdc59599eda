/**
 * What `npm start` does once the database is open: an empty database gets the demo portfolio (loaded as
 * of today, which runs the cycle); one that already holds accounts has its cycle brought up to today.
 * Either way it ends with today's ageing, the day's queue at a glance and one account worth a look, for the
 * first screen a newcomer sees. Later capabilities (the web app) start here too.
 */
import { type CycleReport, runCycle } from '../cycle/run-cycle.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { isAppError } from '../domain/errors.js';
import { type QueueSummary, summariseQueue } from '../queue/summarise-queue.js';
import { type AgingReport, agingReport } from '../report/aging-report.js';
import type { Store } from '../store/open-database.js';
import { activateDemoStrategy } from './activate-demo-strategy.js';
import { loadDemoFloor } from './demo-floor.js';
import { type LoadDemoProgress, type LoadDemoSummary, loadDemo } from './load-demo.js';

export interface StartDemoOptions {
  store: Store;
  /** Size and seed of the demo portfolio, if it is loaded. */
  accounts: number;
  seed: number;
  today: IsoDate;
  now: () => Date;
  actor: string;
  onProgress?: (progress: LoadDemoProgress) => void;
  /** When the demo is loaded, deliver its automatic messages through the file adapter (see load-demo). */
  sendMessages?: boolean;
}

export interface StartDemoResult {
  /** Accounts in the database before this start. */
  accountsBefore: number;
  /** The demo load, when the database was empty. */
  loaded: LoadDemoSummary | null;
  /** True when an existing demo database got the demo floor and strategy (it had neither). */
  floorAdded: boolean;
  /** The latest day's queue at a glance. */
  queue: QueueSummary;
  /** The cycle run to today, when the database already held accounts and it ran. */
  cycle: CycleReport | null;
  /** Why the cycle did not run to today (the ledger is already past it), or null. */
  cycleSkipped: string | null;
  /** The ageing as of today, or as of the last day the cycle ran when that is later. */
  aging: AgingReport;
  /** An account more than 60 days past due, to show with `account show`. */
  exampleAccountId: string | null;
}

export async function startDemo(options: StartDemoOptions): Promise<StartDemoResult> {
  const { store, today } = options;
  const count = await store.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const accountsBefore = Number(count.n);
  let loaded: LoadDemoSummary | null = null;
  let cycle: CycleReport | null = null;
  let cycleSkipped: string | null = null;
  let floorAdded = false;
  if (accountsBefore === 0) {
    loaded = await loadDemo({ ...options, asOf: today });
  } else {
    // A demo database made before the collection engine existed gets the demo floor and strategy, so the
    // queue has people and rules; a database with any user or strategy of its own is left as it is.
    floorAdded = await addDemoCollection(options);
    try {
      cycle = await runCycle({ store, asOf: today, now: options.now });
    } catch (error) {
      // The cycle owns the rule that it only moves forward; a ledger already past today is not an error here.
      if (!isAppError(error, 'CLOSED_PERIOD')) throw error;
      cycleSkipped = error.message;
    }
  }
  // When the ledger is already past today, today has no snapshot: show the last day the cycle ran.
  const latest = cycleSkipped
    ? await store.db
        .selectFrom('aging_snapshots')
        .select((eb) => eb.fn.max('as_of').as('day'))
        .executeTakeFirst()
    : undefined;
  const example = await store.db
    .selectFrom('accounts')
    .select('account_id')
    .where('dpd', '>', 60)
    .orderBy('dpd')
    .limit(1)
    .executeTakeFirst();
  return {
    accountsBefore,
    loaded,
    floorAdded,
    cycle,
    cycleSkipped,
    queue: await summariseQueue({ db: store.db }),
    aging: await agingReport({ store, asOf: latest?.day ?? today }),
    exampleAccountId: example?.account_id ?? null,
  };
}

async function addDemoCollection(options: StartDemoOptions): Promise<boolean> {
  const db = options.store.db;
  const [user, version] = await Promise.all([
    db.selectFrom('users').select('user_id').limit(1).executeTakeFirst(),
    db.selectFrom('strategy_versions').select('version').limit(1).executeTakeFirst(),
  ]);
  if (user || version) return false;
  await loadDemoFloor({ db, actor: options.actor, now: options.now() });
  await activateDemoStrategy({ db, now: options.now() });
  return true;
}
