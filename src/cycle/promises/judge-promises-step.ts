/**
 * The cycle's promises step for day D, after the ledger pass (so the day's payments are in) and before the
 * collection steps (features count judged promises; the queue calls the morning after a broken one).
 *
 * Set-based: the accounts with a pending promise are read once, then walked in batches; for each batch one
 * query reads its promises (the pending ones and the judged ones whose windows they may share), one its
 * payments in those windows, the rule judges each account in memory (src/domain/promise/judge-promises.ts),
 * and the rows whose status or counted amount changed are written with the bulk writer, with a
 * `promise.judge` event per verdict; a batch is read and written in one transaction.
 *
 * Idempotent and resumable: a verdict is given once (a judged promise is no longer pending), a pending
 * promise's `paid` is rewritten only when it changed, so a rerun of D writes nothing; after a crash the
 * batches not yet committed still have their pending promises and are judged by the next run.
 */
import type { Kysely } from 'kysely';
import { addDays, type IsoDate, minDate } from '../../domain/calendar/calendar.js';
import { formatAmount } from '../../domain/money/money.js';
import {
  type DatedPayment,
  judgePromises,
  type PromiseToJudge,
  promiseWindow,
} from '../../domain/promise/judge-promises.js';
import type { PromiseStatus } from '../../domain/promise/promise-codes.js';
import { appendEvents } from '../../event/append-event.js';
import { bulkWriter } from '../../store/bulk.js';
import { inList } from '../../store/in-list.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import { type PortfolioSettings, settingsFor } from '../../store/shapes/portfolio-settings.js';

export interface PromiseStepCounts {
  /** Accounts with a pending promise at the start of the step. */
  accounts: number;
  /** Verdicts given by this run, and of which kind. */
  judged: number;
  kept: number;
  partly_kept: number;
  broken: number;
  /** Promises still pending after the step, and how many of them counted more (or less) than before. */
  pending: number;
  paid_updated: number;
  batches: number;
}

interface LoadedPromise extends PromiseToJudge {
  key: number;
  accountId: number;
  portfolio: string;
  currency: string;
}

/** Accounts per batch: their promises and payments are a few rows each. */
const DEFAULT_BATCH = 2_000;

export async function judgePromisesStep(options: {
  store: Store;
  asOf: IsoDate;
  portfolios: Map<string, PortfolioSettings>;
  now: Date;
  batchSize?: number;
}): Promise<PromiseStepCounts> {
  const { store, asOf, portfolios, now } = options;
  const db = store.db;
  const counts: PromiseStepCounts = {
    accounts: 0,
    judged: 0,
    kept: 0,
    partly_kept: 0,
    broken: 0,
    pending: 0,
    paid_updated: 0,
    batches: 0,
  };
  const accounts = (
    await db
      .selectFrom('promises')
      .select('account_id')
      .distinct()
      .where('status', '=', 'pending')
      .orderBy('account_id')
      .execute()
  ).map((r) => Number(r.account_id));
  counts.accounts = accounts.length;
  let maxGrace = 0;
  for (const p of portfolios.values()) maxGrace = Math.max(maxGrace, p.promiseGraceDays);
  const size = options.batchSize ?? DEFAULT_BATCH;

  for (let start = 0; start < accounts.length; start += size) {
    const ids = accounts.slice(start, start + size);
    counts.batches++;
    // Read, judge and write in one transaction: a promise cancelled at the desk meanwhile is either seen
    // cancelled here or refused there (on PostgreSQL the pending rows are locked; SQLite has one writer).
    await db.transaction().execute((trx) => judgeBatch(trx, ids));
  }
  return counts;

  async function judgeBatch(trx: Kysely<Schema>, ids: number[]): Promise<void> {
    const earliestPending = await trx
      .selectFrom('promises')
      .select((eb) => eb.fn.min('taken_on').as('from'))
      .where('status', '=', 'pending')
      .where(inList(store.engine, 'account_id', ids, 'bigint'))
      .executeTakeFirst();
    const pendingFrom = earliestPending?.from ?? asOf;
    // A judged promise matters only if its window can reach into a pending one's: due + grace ≥ taken.
    let promiseRows = trx
      .selectFrom('promises as p')
      .innerJoin('accounts as a', 'a.id', 'p.account_id')
      .select([
        'p.id',
        'p.promise_id',
        'p.account_id',
        'a.portfolio_id',
        'p.amount',
        'p.currency',
        'p.taken_on',
        'p.taken_at',
        'p.due_on',
        'p.status',
        'p.paid',
      ])
      .where(inList(store.engine, 'p.account_id', ids, 'bigint'))
      .where('p.status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('p.status', '=', 'pending'), eb('p.due_on', '>=', addDays(pendingFrom, -maxGrace))]));
    if (store.engine === 'postgres') promiseRows = promiseRows.forUpdate('p');
    const rows = await promiseRows.execute();
    const loaded: LoadedPromise[] = rows.map((r) => ({
      key: Number(r.id),
      id: r.promise_id,
      accountId: Number(r.account_id),
      portfolio: r.portfolio_id,
      amount: Number(r.amount),
      currency: r.currency,
      takenOn: r.taken_on,
      takenAt: r.taken_at,
      dueOn: r.due_on,
      status: r.status as PromiseStatus,
      paid: Number(r.paid),
    }));
    let from = asOf;
    let to = pendingFrom;
    for (const p of loaded) {
      const w = promiseWindow(p, settingsFor(portfolios, p.portfolio).promiseGraceDays);
      if (w.from < from) from = w.from;
      if (w.to > to) to = w.to;
    }
    to = minDate(to, asOf);
    const payments =
      from > to
        ? []
        : await trx
            .selectFrom('payments')
            .select(['account_id', 'value_on', 'amount'])
            .where(inList(store.engine, 'account_id', ids, 'bigint'))
            .where('value_on', '>=', from)
            .where('value_on', '<=', to)
            .execute();

    const promisesOf = new Map<number, LoadedPromise[]>();
    for (const p of loaded) {
      const list = promisesOf.get(p.accountId);
      if (list) list.push(p);
      else promisesOf.set(p.accountId, [p]);
    }
    const paymentsOf = new Map<number, DatedPayment[]>();
    for (const p of payments) {
      const id = Number(p.account_id);
      const list = paymentsOf.get(id);
      const dated = { valueOn: p.value_on, amount: Number(p.amount) };
      if (list) list.push(dated);
      else paymentsOf.set(id, [dated]);
    }

    const updates: unknown[][] = [];
    const events: Parameters<typeof appendEvents>[2][number][] = [];
    const stamp = now.toISOString();
    for (const [accountId, promises] of promisesOf) {
      const graceDays = settingsFor(portfolios, promises[0]?.portfolio ?? '').promiseGraceDays;
      const judged = judgePromises({ promises, payments: paymentsOf.get(accountId) ?? [], graceDays, asOf });
      judged.forEach((j, i) => {
        const p = promises[i] as LoadedPromise;
        if (p.status !== 'pending') return;
        if (j.judgedNow) {
          counts.judged++;
          if (j.status === 'kept' || j.status === 'partly_kept' || j.status === 'broken') counts[j.status]++;
          events.push({
            kind: 'promise.judge',
            actor: 'cycle',
            now,
            accountId,
            payload: {
              promise_id: p.id,
              as_of: asOf,
              status: j.status,
              amount: formatAmount(p.amount, p.currency),
              paid: formatAmount(j.paid, p.currency),
              currency: p.currency,
            },
          });
        } else {
          counts.pending++;
          if (j.paid === p.paid) return;
          counts.paid_updated++;
        }
        updates.push([j.status, j.paid, j.judgedNow ? asOf : null, stamp, p.key]);
      });
    }
    if (updates.length === 0) return;
    await bulkWriter(store, trx).update('promises', ['status', 'paid', 'decided_on', 'updated_at'], ['id'], updates);
    await appendEvents(store, trx, events);
  }
}
