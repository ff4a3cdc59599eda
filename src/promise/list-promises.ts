/**
 * Promises to pay, for one account or the whole book, in the one shape every reader prints:
 * `{id, account_id, amount, due_on, due_at, taken_on, taken_by, status, paid}` with the external ids (the
 * promise's own, the lender's account id) and amounts as decimal strings in the account's currency, as
 * every `--json` of Dunwell prints money.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { formatAmount } from '../domain/money/money.js';
import { PROMISE_STATUSES, type PromiseStatus } from '../domain/promise/promise-codes.js';
import type { Schema } from '../store/schema.js';

export interface PromiseView {
  id: string;
  account_id: string;
  amount: string;
  due_on: string;
  /** `HH:MM` in the portfolio's time zone, or null when only a day was named. */
  due_at: string | null;
  taken_on: string;
  taken_by: string;
  status: PromiseStatus;
  /** Payments counted towards it so far (or at its verdict). */
  paid: string;
}

/** A promise as listed, with what a person reading it also wants (not part of the JSON shape). */
export interface ListedPromise {
  view: PromiseView;
  currency: string;
  channel: string | null;
  decidedOn: string | null;
}

/** Reads promises joined to their account; `where` narrows them (by promise id, account, status). */
export function selectPromises(db: Kysely<Schema>) {
  return db
    .selectFrom('promises as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select([
      'p.promise_id',
      'a.account_id',
      'p.amount',
      'p.currency',
      'p.due_on',
      'p.due_at',
      'p.taken_on',
      'p.taken_by',
      'p.status',
      'p.paid',
      'p.channel',
      'p.decided_on',
    ]);
}

type SelectedPromise = Awaited<ReturnType<ReturnType<typeof selectPromises>['execute']>>[number];

export function listedPromise(r: SelectedPromise): ListedPromise {
  return {
    view: {
      id: r.promise_id,
      account_id: r.account_id,
      amount: formatAmount(Number(r.amount), r.currency),
      due_on: r.due_on,
      due_at: r.due_at,
      taken_on: r.taken_on,
      taken_by: r.taken_by,
      status: r.status as PromiseStatus,
      paid: formatAmount(Number(r.paid), r.currency),
    },
    currency: r.currency,
    channel: r.channel,
    decidedOn: r.decided_on,
  };
}

export async function listPromises(options: {
  db: Kysely<Schema>;
  /** The lender's account id; all accounts when left out. */
  accountId?: string;
  status?: string;
}): Promise<ListedPromise[]> {
  const { db, accountId, status } = options;
  if (status !== undefined && !(PROMISE_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('INVALID_INPUT', `status "${status}" is not one of ${PROMISE_STATUSES.join(', ')}`);
  }
  if (accountId !== undefined) {
    const found = await db.selectFrom('accounts').select('id').where('account_id', '=', accountId).executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  }
  let query = selectPromises(db);
  if (accountId !== undefined) query = query.where('a.account_id', '=', accountId);
  if (status !== undefined) query = query.where('p.status', '=', status);
  const rows = await query
    .orderBy('p.due_on')
    .orderBy('a.account_id')
    .orderBy('p.taken_at')
    .orderBy('p.promise_id')
    .execute();
  return rows.map(listedPromise);
}
