/**
 * AccountFacts rebuilt from what the cycle stored (the accounts' cached ageing and balances and their
 * account_features rows), without recomputing anything: for the strategy preview and the queue, which
 * must see the facts the last run decided on. Two statements per range of ids; an account the features
 * step has not seen yet gets neutral facts (ratios 1, no relations, customer type `other`).
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { factsFromStored } from '../../domain/features/account-features.js';
import type { Segment } from '../../domain/party/party-codes.js';
import type { AccountFacts } from '../../domain/strategy/account-facts.js';
import type { Schema } from '../../store/schema.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';
import { ACCOUNT_FACT_COLUMNS, accountStateOf } from './compute-features.js';
import { FEATURE_COLUMNS } from './write-features.js';

export interface LoadAccountFactsOptions {
  db: Kysely<Schema>;
  /** The day the facts are read for (days since payment, since the last watch event, without RPC). */
  asOf: IsoDate;
  /** Internal account ids, inclusive; every account when left out. */
  range?: AccountIdRange;
}

export async function loadAccountFacts(options: LoadAccountFactsOptions): Promise<AccountFacts[]> {
  const { db, asOf, range } = options;
  let accounts = db.selectFrom('accounts').select(ACCOUNT_FACT_COLUMNS).orderBy('id');
  let stored = db.selectFrom('account_features').select(FEATURE_COLUMNS);
  if (range) {
    accounts = accounts.where('id', '>=', range.from).where('id', '<=', range.to);
    stored = stored.where('account_id', '>=', range.from).where('account_id', '<=', range.to);
  }
  const [accountRows, storedRows] = await Promise.all([accounts.execute(), stored.execute()]);
  const byAccount = new Map(storedRows.map((r) => [Number(r.account_id), r]));
  return accountRows.map((a) => {
    const state = accountStateOf(ACCOUNT_FACT_COLUMNS.map((c) => a[c]));
    const r = byAccount.get(state.id);
    return factsFromStored(
      state,
      r === undefined
        ? null
        : {
            as_of: r.as_of,
            last_payment_on: r.last_payment_on,
            paid_30: Number(r.paid_30),
            paid_90: Number(r.paid_90),
            due_30: Number(r.due_30),
            due_90: Number(r.due_90),
            max_dpd_12m: Number(r.max_dpd_12m),
            rpc_30: Number(r.rpc_30),
            attempts_30: Number(r.attempts_30),
            last_rpc_on: r.last_rpc_on,
            promises_kept: Number(r.promises_kept),
            promises_broken: Number(r.promises_broken),
            arrangements_breached: Number(r.arrangements_breached),
            collateral_value: Number(r.collateral_value),
            has_collateral: r.has_collateral ? 1 : 0,
            has_guarantor: r.has_guarantor ? 1 : 0,
            has_co_borrower: r.has_co_borrower ? 1 : 0,
            borrower_party_id: r.borrower_party_id === null ? null : Number(r.borrower_party_id),
            customer_type: r.customer_type as Segment,
            language: r.language,
            region: r.region,
            watch: r.watch,
            last_watch_on: r.last_watch_on,
            limitation_expires_on:
              r.limitation_expires_on === null ? null : String(r.limitation_expires_on).slice(0, 10),
          },
      asOf,
    );
  });
}
