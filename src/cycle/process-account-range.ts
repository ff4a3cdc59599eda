/**
 * The ledger pass for one range of account ids: load what the accounts need in a handful of set queries,
 * move each ledger forward to D in memory (post payments, allocate, accrue, age), and write everything
 * back in one transaction. A crash loses at most the range in flight; rerunning redoes exactly that range.
 */

import type { Kysely } from 'kysely';
import { bucketFor, daysPastDue, stageFor } from '../domain/ageing/ageing.js';
import { addDays, daysBetween, type IsoDate, maxDate } from '../domain/calendar/calendar.js';
import { advanceLedger } from '../domain/ledger/advance-ledger.js';
import { totalOf } from '../domain/ledger/amounts.js';
import type { PaymentToPost } from '../domain/ledger/ledger-types.js';
import { summariseLedger } from '../domain/ledger/summarise-ledger.js';
import { bulkWriter, type Row } from '../store/bulk.js';
import { LEDGER_ENTRY_COLUMNS } from '../store/ledger-entry-columns.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { type AccountIdRange, findAccountsNeedingWork } from './find-accounts-needing-work.js';
import { INSTALLMENT_BALANCE_COLUMNS, installmentBalanceValues } from './ledger-rows.js';
import { loadAccountRange, type RangeAccount } from './load-account-range.js';
import { type PortfolioSettings, settingsFor } from './portfolio-settings.js';

export interface RangeCounts {
  accounts: number;
  days: number;
  payments_posted: number;
  allocations: number;
  penalty_entries: number;
  late_fees: number;
  entries: number;
  installments_updated: number;
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
    days: 0,
    payments_posted: 0,
    allocations: 0,
    penalty_entries: 0,
    late_fees: 0,
    entries: 0,
    installments_updated: 0,
  };
}

export const ACCOUNT_STATE_COLUMNS = [
  'processed_through',
  'dpd',
  'bucket',
  'stage',
  'oldest_unpaid_due_on',
  'out_principal',
  'out_interest',
  'out_fee',
  'out_penalty',
  'out_late_fee',
  'past_due_total',
  'unapplied_credit',
  'posted_costs',
  'status',
  'updated_at',
] as const;

function _groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export interface ProcessRangeOptions {
  store: Store;
  range: AccountIdRange;
  asOf: IsoDate;
  now: Date;
  portfolios: Map<string, PortfolioSettings>;
  counts: RangeCounts;
  timings: RangeTimings;
}

export async function processAccountRange(options: ProcessRangeOptions): Promise<void> {
  const { store, range, asOf, counts, timings } = options;
  const db = store.db;
  let t = performance.now();
  const ids = await findAccountsNeedingWork(db, range, asOf);
  const accounts = await loadAccountRange(store, ids, asOf);
  const now = performance.now();
  timings.load_ms += now - t;
  if (accounts.length === 0) return;
  t = now;

  const entryRows: Row[] = [];
  const installmentUpdates: Row[] = [];
  const accountUpdates: Row[] = [];
  const paymentUpdates: Row[] = [];
  const stamp = options.now.toISOString();
  let ageMs = 0;

  for (const account of accounts) {
    const processedThrough = account.processedThrough;
    const from = processedThrough === null ? account.openedOn : addDays(processedThrough, 1);
    // A payment that arrives after its day was processed is allocated on the last processed day, never
    // earlier: the ledger is append-only and days already closed are not reopened.
    const payments: PaymentToPost[] = account.payments.map((p) => ({
      id: p.id,
      postedOn: processedThrough === null ? p.valueOn : maxDate(p.valueOn, processedThrough),
      paidAt: p.paidAt,
      amount: p.amount,
    }));
    const result = advanceLedger({
      terms: account.terms,
      state: account.state,
      from,
      to: asOf,
      payments,
      holds: account.holds,
    });

    for (const p of result.postings) {
      const a = p.amounts;
      entryRows.push([
        account.id,
        p.installmentNo,
        p.postedOn,
        p.kind,
        p.paymentId,
        a.principal,
        a.interest,
        a.fee,
        a.penalty,
        a.late_fee,
        p.credit,
      ]);
      if (p.kind === 'payment') counts.payments_posted++;
      else if (p.kind === 'allocation') counts.allocations++;
      else if (p.kind === 'penalty') counts.penalty_entries++;
      else if (p.kind === 'late_fee') counts.late_fees++;
    }
    counts.entries += result.postings.length;
    for (const inst of result.state.installments) {
      if (!result.changed.has(inst.no)) continue;
      installmentUpdates.push([...installmentBalanceValues(inst), account.id, inst.no]);
    }
    counts.installments_updated += result.changed.size;
    for (const p of payments) paymentUpdates.push([p.postedOn, p.id]);

    const ageStart = performance.now();
    const summary = summariseLedger(result.state, asOf);
    const settings = settingsFor(options.portfolios, account.portfolioId);
    const dpd = daysPastDue(summary.oldestUnpaidDueOn, asOf);
    ageMs += performance.now() - ageStart;
    const o = summary.outstanding;
    accountUpdates.push([
      processedThrough === null ? asOf : maxDate(processedThrough, asOf),
      dpd,
      bucketFor(dpd, settings.buckets),
      stageFor(dpd, settings.stages),
      summary.oldestUnpaidDueOn,
      o.principal,
      o.interest,
      o.fee,
      o.penalty,
      o.late_fee,
      totalOf(summary.pastDue),
      summary.credit,
      result.state.postedCosts,
      summary.status,
      stamp,
      account.id,
    ]);
    counts.accounts++;
    counts.days += Math.max(0, daysBetween(asOf, from) + 1);
  }
  const computed = performance.now();
  timings.compute_ms += computed - t - ageMs;
  timings.age_ms += ageMs;
  t = computed;

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
    await bulk.update('payments', ['posted_on'], ['id'], paymentUpdates);
    await bulk.update('accounts', ACCOUNT_STATE_COLUMNS, ['id'], accountUpdates);
  });
  timings.write_ms += performance.now() - t;
}

export class ConcurrentCycleError extends Error {
  override name = 'ConcurrentCycleError';
}

/**
 * Two cycle runs on the same accounts at once must not both post: each range is written only if every
 * account is still where this run found it. On PostgreSQL the rows are locked first (FOR UPDATE), so the
 * second run waits and then sees the first one's bookmark; on SQLite a write transaction is exclusive and a
 * reader whose snapshot went stale cannot start writing, so the check sees the latest bookmark too.
 */
async function claimAccounts(store: Store, trx: Kysely<Schema>, accounts: readonly RangeAccount[]): Promise<void> {
  const ids = accounts.map((a) => a.id);
  const query = trx.selectFrom('accounts').select(['id', 'processed_through']).where('id', 'in', ids);
  const current = await (store.engine === 'postgres' ? query.forUpdate() : query).execute();
  const now = new Map(current.map((r) => [Number(r.id), r.processed_through]));
  const moved = accounts.find((a) => now.get(a.id) !== a.processedThrough);
  if (moved) {
    throw new ConcurrentCycleError(
      `account ${moved.id} was processed by another cycle run meanwhile (now through ${now.get(moved.id)}); nothing of this range was written — run the cycle again`,
    );
  }
}
