/**
 * The ledger pass for one range of account ids: load what the accounts need in a handful of set queries,
 * move each ledger forward to D in memory (post payments, allocate, accrue, value-date what arrived late,
 * age), and write everything back in one transaction. A crash loses at most the range in flight;
 * rerunning redoes exactly that range.
 */
import type { Kysely } from 'kysely';
import { daysPastDue } from '../domain/ageing/ageing.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { owedOn } from '../domain/ledger/advance-ledger.js';
import { type Amounts, COMPONENTS } from '../domain/ledger/amounts.js';
import type { InstallmentState } from '../domain/ledger/ledger-types.js';
import { closedDay, moveAccountLedger, needsHistory } from '../domain/ledger/move-account-ledger.js';
import { summariseLedger } from '../domain/ledger/summarise-ledger.js';
import type { AppendEventOptions } from '../event/append-event.js';
import { appendEvents } from '../event/append-event.js';
import { bulkWriter, type Row } from '../store/bulk.js';
import { inList } from '../store/in-list.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { ACCOUNT_STATE_COLUMNS, accountStateValues } from '../store/shapes/account-state.js';
import {
  INSTALLMENT_ARRANGEMENT_COLUMNS,
  INSTALLMENT_BALANCE_COLUMNS,
  INSTALLMENT_INSERT_COLUMNS,
  installmentArrangementValues,
  installmentBalanceValues,
  installmentInsertValues,
} from '../store/shapes/installment-state.js';
import { LEDGER_ENTRY_COLUMNS, ledgerEntryValues } from '../store/shapes/ledger-entry.js';
import { type PortfolioSettings, settingsFor } from '../store/shapes/portfolio-settings.js';
import { ageingOf } from '../store/write-ageing.js';
import { ARRANGEMENT_UPDATE_COLUMNS, arrangementUpdates } from './arrangements/arrangement-updates.js';
import { arrangementsFor, loadAgreedPaymentMoney } from './arrangements/ledger-arrangements.js';
import { type AccountIdRange, findAccountsNeedingWork } from './find-accounts-needing-work.js';
import { loadAccountRange, loadHistory, type RangeAccount } from './load-account-range.js';

export interface RangeCounts {
  accounts: number;
  payments_posted: number;
  late_payments: number;
  value_dated_accounts: number;
  allocations: number;
  penalty_entries: number;
  late_fees: number;
  corrections: number;
  entries: number;
  /** Instalment-days of penalty accrued: what one-entry-per-day posting would have written. */
  accrual_days: number;
  installments_updated: number;
  /** Arrangements that started, completed or were breached, and waiver / reschedule entries posted. */
  arrangement_changes: number;
  arrangement_entries: number;
}

export interface RangeTimings {
  load_ms: number;
  compute_ms: number;
  age_ms: number;
  write_ms: number;
}

export function emptyCounts(): RangeCounts {
  return {
    accounts: 0,
    payments_posted: 0,
    late_payments: 0,
    value_dated_accounts: 0,
    allocations: 0,
    penalty_entries: 0,
    late_fees: 0,
    corrections: 0,
    entries: 0,
    accrual_days: 0,
    installments_updated: 0,
    arrangement_changes: 0,
    arrangement_entries: 0,
  };
}

export interface ProcessRangeOptions {
  store: Store;
  range: AccountIdRange;
  asOf: IsoDate;
  portfolios: Map<string, PortfolioSettings>;
  counts: RangeCounts;
  timings: RangeTimings;
  /** Test hook: awaited after the range is computed and before it is written. */
  beforeWrite?: () => Promise<void>;
  /** Stamps arrangement changes and their events. */
  now: Date;
}

function sameArrangementColumns(a: InstallmentState, b: InstallmentState): boolean {
  for (const c of COMPONENTS) if (a.cleared[c] !== b.cleared[c]) return false;
  return a.dueOn === b.dueOn && a.penaltyFree === b.penaltyFree;
}

function sameBalances(a: InstallmentState, b: InstallmentState | undefined): boolean {
  if (!b) return false;
  for (const c of COMPONENTS) if (a.due[c] !== b.due[c] || a.paid[c] !== b.paid[c]) return false;
  return a.lateFeeDecided === b.lateFeeDecided && a.accrued === b.accrued && a.accruedFrom === b.accruedFrom;
}

/** What the instalments not loaded for this account owe (see loadAccountRange); undefined when all were. */
function untouchedOwed(account: RangeAccount): Amounts | undefined {
  const stored = account.storedOutstanding;
  if (!stored) return undefined;
  const others = { ...stored };
  for (const inst of account.state.installments) {
    const owed = owedOn(inst);
    for (const c of COMPONENTS) others[c] -= owed[c];
  }
  return others;
}

/** A range's accounts as loaded, ready to be moved forward and written. */
export interface LoadedRange {
  accounts: RangeAccount[];
  /** How long the load took (it may have overlapped the previous range's write). */
  ms: number;
}

export type LoadRangeOptions = Pick<ProcessRangeOptions, 'store' | 'range' | 'asOf' | 'portfolios'>;

/** The arrangements of the accounts that have any: what each does in this run (see ledger-arrangements). */
async function prepareArrangements(options: LoadRangeOptions, accounts: readonly RangeAccount[]): Promise<void> {
  const withArrangements = accounts.filter((a) => a.storedArrangements.length > 0);
  if (withArrangements.length === 0) return;
  const stored = withArrangements.flatMap((a) => a.storedArrangements);
  const money = await loadAgreedPaymentMoney(options.store.db, options.store, stored);
  for (const a of withArrangements) {
    a.arrangements = arrangementsFor(a, a.storedArrangements, money.get(a.id) ?? [], options.asOf, options.portfolios);
  }
}

/**
 * Finds and loads the accounts of a range that have work for D. Separate from the write so the caller can
 * load the next range while this one is written (worth it on PostgreSQL, where the server does the work).
 */
export async function loadRange(options: LoadRangeOptions): Promise<LoadedRange> {
  const { store, range, asOf } = options;
  const db = store.db;
  const t = performance.now();
  const openPortfolios = [...options.portfolios.values()]
    .filter((p) => p.closedThrough === null || p.closedThrough < asOf)
    .map((p) => p.portfolioId);
  const ids = await findAccountsNeedingWork(db, range, asOf, openPortfolios);
  const closedOf = (a: RangeAccount) => settingsFor(options.portfolios, a.portfolioId).closedThrough;
  // An account whose ledger is closed through D has nothing to do in a run for D: a payment that arrived
  // late for it waits for the next day's run.
  const accounts = (await loadAccountRange(store, ids, asOf)).filter((a) => {
    const closed = closedDay(a.changedThrough, closedOf(a));
    return closed === null || closed < asOf;
  });
  await prepareArrangements(options, accounts);
  await loadHistory(
    store,
    accounts.filter((a) =>
      needsHistory({
        changedThrough: a.changedThrough,
        closedThrough: closedOf(a),
        to: asOf,
        pending: a.pending,
        holds: a.holds,
        replayFrom: a.replayFrom,
      }),
    ),
  );
  return { accounts, ms: performance.now() - t };
}

/** Moves a loaded range's ledgers forward to D and writes them, in one transaction. */
export async function settleRange(loaded: LoadedRange, options: ProcessRangeOptions): Promise<void> {
  const { store, asOf, counts, timings } = options;
  const db = store.db;
  const { accounts } = loaded;
  const closedOf = (a: RangeAccount) => settingsFor(options.portfolios, a.portfolioId).closedThrough;
  timings.load_ms += loaded.ms;
  if (accounts.length === 0) return;
  let t = performance.now();

  const entryRows: Row[] = [];
  const installmentUpdates: Row[] = [];
  const accountUpdates: Row[] = [];
  const paymentUpdates: Row[] = [];
  const newInstallments: Row[] = [];
  const arrangementColumnUpdates: Row[] = [];
  const arrangementRows: Row[] = [];
  const events: AppendEventOptions[] = [];
  let ageMs = 0;

  for (const account of accounts) {
    const result = moveAccountLedger({
      terms: account.terms,
      state: account.state,
      changedThrough: account.changedThrough,
      closedThrough: closedOf(account),
      to: asOf,
      pending: account.pending,
      holds: account.holds,
      replayFrom: account.replayFrom,
      posted: account.posted,
      arrangements: account.arrangements?.ledger,
      valueDateFloor: account.arrangements?.valueDateFloor ?? null,
    });
    if (account.arrangements) {
      const updates = arrangementUpdates({
        accountId: account.id,
        stored: account.storedArrangements,
        found: account.arrangements,
        outcomes: result.outcomes,
        state: result.state,
        now: options.now,
      });
      arrangementRows.push(...updates.rows);
      events.push(...updates.events);
      counts.arrangement_changes += updates.events.length;
    }

    for (const p of result.postings) {
      entryRows.push(ledgerEntryValues(account.id, p));
      if (p.kind === 'payment') counts.payments_posted++;
      else if (p.kind === 'allocation') counts.allocations++;
      else if (p.kind === 'penalty') counts.penalty_entries++;
      else if (p.kind === 'late_fee') counts.late_fees++;
      else if (p.kind === 'correction' || p.kind === 'reallocation') counts.corrections++;
      else if (p.kind === 'waiver' || p.kind === 'reschedule') counts.arrangement_entries++;
    }
    counts.entries += result.postings.length;
    if (result.valueDated) counts.value_dated_accounts++;
    const before = new Map(account.state.installments.map((i) => [i.no, i]));
    for (const inst of result.state.installments) {
      const was = before.get(inst.no);
      if (!was) {
        // A plan instalment the ledger created this run.
        newInstallments.push(installmentInsertValues(account.id, inst));
        counts.installments_updated++;
        continue;
      }
      if (!sameArrangementColumns(inst, was)) {
        arrangementColumnUpdates.push([...installmentArrangementValues(inst), account.id, inst.no]);
      }
      if (sameBalances(inst, was)) continue;
      installmentUpdates.push([...installmentBalanceValues(inst), account.id, inst.no]);
      counts.installments_updated++;
    }
    for (const p of result.postedPayments) paymentUpdates.push([p.postedOn, p.id]);
    counts.late_payments += result.latePayments;
    counts.accrual_days += result.accrualDays;

    const ageStart = performance.now();
    const summary = summariseLedger(result.state, asOf, untouchedOwed(account));
    const settings = settingsFor(options.portfolios, account.portfolioId);
    const dpd = daysPastDue(summary.oldestUnpaidDueOn, asOf);
    ageMs += performance.now() - ageStart;
    accountUpdates.push([
      ...accountStateValues({
        changedThrough: result.changedThrough,
        ageing: ageingOf(dpd, settings),
        summary,
        postedCosts: result.state.postedCosts,
      }),
      account.id,
    ]);
    counts.accounts++;
  }
  const computed = performance.now();
  timings.compute_ms += computed - t - ageMs;
  timings.age_ms += ageMs;
  t = computed;

  await options.beforeWrite?.();
  await db.transaction().execute(async (trx) => {
    await claimAccounts(store, trx, accounts);
    const bulk = bulkWriter(store, trx);
    await bulk.insert('ledger_entries', LEDGER_ENTRY_COLUMNS, entryRows);
    await bulk.update(
      'installments',
      INSTALLMENT_BALANCE_COLUMNS,
      ['account_id', 'installment_no'],
      installmentUpdates,
    );
    await bulk.insert('installments', INSTALLMENT_INSERT_COLUMNS, newInstallments);
    await bulk.update(
      'installments',
      INSTALLMENT_ARRANGEMENT_COLUMNS,
      ['account_id', 'installment_no'],
      arrangementColumnUpdates,
    );
    await bulk.update('payments', ['posted_on'], ['id'], paymentUpdates);
    await bulk.update('accounts', ACCOUNT_STATE_COLUMNS, ['id'], accountUpdates);
    await bulk.update('arrangements', ARRANGEMENT_UPDATE_COLUMNS, ['id'], arrangementRows);
    await appendEvents(store, trx, events);
  });
  timings.write_ms += performance.now() - t;
}

/**
 * Two cycle runs on the same accounts at once must not both post: each range is written only if every
 * account is still where this run found it. On PostgreSQL the rows are locked first (FOR UPDATE), so the
 * second run waits and then sees the first one's bookmark; on SQLite a write transaction is exclusive and a
 * reader whose snapshot went stale cannot start writing, so the check sees the latest bookmark too. A run
 * that changed nothing for an account writes exactly what the other run wrote, so only a moved bookmark
 * counts.
 */
async function claimAccounts(store: Store, trx: Kysely<Schema>, accounts: readonly RangeAccount[]): Promise<void> {
  const ids = accounts.map((a) => a.id);
  const query = trx
    .selectFrom('accounts')
    .select(['id', 'processed_through'])
    .where(inList(store.engine, 'id', ids, 'bigint'));
  const current = await (store.engine === 'postgres' ? query.forUpdate() : query).execute();
  const now = new Map(current.map((r) => [Number(r.id), r.processed_through]));
  const moved = accounts.find((a) => now.get(a.id) !== a.changedThrough);
  if (moved) {
    throw new AppError(
      'CONFLICT',
      `account ${moved.id} was processed by another cycle run meanwhile (its ledger now changed through ${now.get(moved.id)}); nothing of this range was written — run the cycle again`,
    );
  }
}
