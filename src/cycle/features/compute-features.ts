/**
 * The features step of the daily cycle for one range of internal account ids: what the cycle knows about
 * each account beyond its ledger (src/domain/features), stored in account_features and handed back as
 * AccountFacts so the strategy step needs no second read.
 *
 * A fixed number of statements per range, whatever its size: accounts, payments and instalments (summed
 * per account by the database), obligor relations, the borrowers' parties, collateral (summed), watch
 * events in the window, activities (counted per account by the domain's contact rules), promises decided and
 * arrangements closed in the record window (counted per account and status), the previous features rows,
 * the limitation clocks (their own few statements: src/legal/limitation-clocks.ts), then one bulk upsert. Nothing is asked per account: the rows are indexed by account once per range
 * (feature-index.ts) and the per-account loop only looks them up.
 *
 * Idempotent for (account, day): the row written depends only on the stored data and the previous run's
 * row, and a rerun of the same day reads back the bucket history the first run kept (see previousBucket).
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { addDays, type IsoDate } from '../../domain/calendar/calendar.js';
import {
  type AccountState,
  computeAccountFeatures,
  type FeatureRow,
  WATCH_WINDOW_DAYS,
} from '../../domain/features/account-features.js';
import {
  ATTEMPT_RULE,
  CONTACT_WINDOW_DAYS,
  RECORD_WINDOW_DAYS,
  RIGHT_PARTY_RULE,
  windowStart,
} from '../../domain/features/contact-features.js';
import { OBLIGOR_ROLES } from '../../domain/party/party-codes.js';
import type { AccountFacts } from '../../domain/strategy/account-facts.js';
import { limitationClocksInRange } from '../../legal/limitation-clocks.js';
import { inList } from '../../store/in-list.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import { selectRows } from '../../store/select-rows.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';
import { featureInput, indexByAccount, type RangeRows } from './feature-index.js';
import { FEATURE_COLUMNS, writeFeatures } from './write-features.js';

export interface ComputeFeaturesOptions {
  store: Store;
  /** Internal account ids, inclusive. */
  range: AccountIdRange;
  asOf: IsoDate;
  /** The transaction to write in; the store's own connection when left out. */
  trx?: Kysely<Schema>;
}

/** The accounts' own columns the facts are built from, in this order (not the ledger state the cycle writes). */
export const ACCOUNT_FACT_COLUMNS = [
  'id',
  'account_id',
  'portfolio_id',
  'product',
  'currency',
  'dpd',
  'bucket',
  'stage',
  'out_principal',
  'out_interest',
  'out_fee',
  'out_penalty',
  'out_late_fee',
  'past_due_total',
] as const;

export function accountStateOf(row: readonly unknown[]): AccountState {
  const [id, accountId, portfolio, product, currency, dpd, bucket, stage, op, oi, of, open, olf, pastDue] = row;
  return {
    id: Number(id),
    accountId: String(accountId),
    portfolio: String(portfolio),
    product: String(product),
    currency: String(currency),
    dpd: Number(dpd),
    bucket: String(bucket),
    stage: String(stage),
    outPrincipal: Number(op),
    outInterest: Number(oi),
    outFee: Number(of),
    outPenalty: Number(open),
    outLateFee: Number(olf),
    pastDue: Number(pastDue),
  };
}

/** Computes and writes a range's features; returns the facts for the strategy step. */
export async function computeFeatures(options: ComputeFeaturesOptions): Promise<AccountFacts[]> {
  const { facts, changed } = await deriveFeatures(options);
  await writeFeatures(options.store, options.trx ?? options.store.db, changed);
  return facts;
}

/**
 * Loads and computes a range's features without writing them, so the cycle can write them in the same
 * transaction as the strategy's decisions for the range.
 */
export async function deriveFeatures(
  options: ComputeFeaturesOptions,
): Promise<{ facts: AccountFacts[]; rows: FeatureRow[]; changed: FeatureRow[] }> {
  const { store, range, asOf } = options;
  const db = options.trx ?? store.db;
  const [loaded, clocks] = await Promise.all([
    loadRangeRows(store, db, range, asOf),
    limitationClocksInRange(db, range, asOf),
  ]);
  const expiries = new Map([...clocks].map(([id, clock]) => [id, clock.expiresOn]));
  const known = indexByAccount(loaded, expiries);
  const facts: AccountFacts[] = [];
  const rows: FeatureRow[] = [];
  const changed: FeatureRow[] = [];
  for (const row of loaded.accounts) {
    const account = accountStateOf(row);
    const computed = computeAccountFeatures(featureInput(account, known), asOf);
    facts.push(computed.facts);
    rows.push(computed.row);
    if (!sameAsStored(computed.row, known.stored.get(account.id))) changed.push(computed.row);
  }
  return { facts, rows, changed };
}

/** What every query of a range shares: where it reads, the day and the range's condition. */
interface RangeQuery {
  store: Store;
  db: Kysely<Schema>;
  asOf: IsoDate;
  inRange: (column: string) => RawBuilder<boolean>;
}

/** The range's rows, one statement per table run together whatever the range's size; nothing per account. */
async function loadRangeRows(
  store: Store,
  db: Kysely<Schema>,
  range: AccountIdRange,
  asOf: IsoDate,
): Promise<RangeRows> {
  const inRange = (column: string) => sql<boolean>`${sql.ref(column)} between ${range.from} and ${range.to}`;
  const q: RangeQuery = { store, db, asOf, inRange };
  const [accounts, payments, dues, relations, collateral, watch, activities, promises, arrangements, previous] =
    await Promise.all([
      selectRows(store, db.selectFrom('accounts').select(ACCOUNT_FACT_COLUMNS).where(inRange('id')).orderBy('id')),
      paymentSums(q),
      dueSums(q),
      obligorRelations(q),
      collateralSums(q),
      watchEvents(q),
      contactCounts(q),
      promisesDecided(q),
      arrangementsClosed(q),
      selectRows(store, db.selectFrom('account_features').select(FEATURE_COLUMNS).where(inRange('account_id'))),
    ]);
  return { accounts, payments, dues, relations, collateral, watch, activities, promises, arrangements, previous };
}

/** Every payment up to as_of: the last value date needs them all, and the sums read the same rows. */
function paymentSums({ store, db, asOf, inRange }: RangeQuery) {
  // Windows of 30 and 90 days ending on as_of, as_of included: (as_of − 30, as_of] and (as_of − 90, as_of].
  const after30 = addDays(asOf, -30);
  const after90 = addDays(asOf, -90);
  return selectRows(
    store,
    db
      .selectFrom('payments')
      .select([
        'account_id',
        sql<string>`max(value_on)`.as('last'),
        sql<number>`sum(case when value_on > ${after30} then amount else 0 end)`.as('p30'),
        sql<number>`sum(case when value_on > ${after90} then amount else 0 end)`.as('p90'),
      ])
      .where(inRange('account_id'))
      .where('value_on', '<=', asOf)
      .groupBy('account_id'),
  );
}

/** What fell due (principal, interest, fee) in the 30 and 90 days, summed by the database. */
function dueSums({ store, db, asOf, inRange }: RangeQuery) {
  // The same windows as the payments'.
  const after30 = addDays(asOf, -30);
  const after90 = addDays(asOf, -90);
  return selectRows(
    store,
    db
      .selectFrom('installments')
      .select([
        'account_id',
        sql<number>`sum(case when due_on > ${after30} then principal + interest + fee else 0 end)`.as('d30'),
        sql<number>`sum(principal + interest + fee)`.as('d90'),
      ])
      .where(inRange('account_id'))
      .where('due_on', '>', after90)
      .where('due_on', '<=', asOf)
      .groupBy('account_id'),
  );
}

/** The obligors, with the party's own columns read in the same pass (only the borrower's are used). */
function obligorRelations({ store, db, inRange }: RangeQuery) {
  return selectRows(
    store,
    db
      .selectFrom('relations')
      .innerJoin('parties', 'parties.id', 'relations.party_id')
      .select([
        'relations.account_id',
        'relations.party_id',
        'relations.role',
        'parties.kind',
        'parties.segment',
        'parties.language',
        'parties.region',
        'parties.timezone',
      ])
      .where(inRange('relations.account_id'))
      .where(inList(store.engine, 'relations.role', [...OBLIGOR_ROLES], 'text')),
  );
}

/** Pledged value summed per account and currency (only the account's own currency is counted later). */
function collateralSums({ store, db, inRange }: RangeQuery) {
  return selectRows(
    store,
    db
      .selectFrom('collateral')
      .select(['account_id', 'currency', sql<number>`sum(value)`.as('value')])
      .where(inRange('account_id'))
      .groupBy(['account_id', 'currency']),
  );
}

/** The watch events of the watch window, as_of included. */
function watchEvents({ store, db, asOf, inRange }: RangeQuery) {
  const watchFrom = addDays(asOf, -(WATCH_WINDOW_DAYS - 1));
  return selectRows(
    store,
    db
      .selectFrom('watch_events')
      .select(['account_id', 'type', 'occurred_on'])
      .where(inRange('account_id'))
      .where('occurred_on', '>=', watchFrom)
      .where('occurred_on', '<=', asOf),
  );
}

/**
 * Every activity up to as_of, in one pass per account (the last right-party contact may be older than the
 * window), counted by the domain's contact rules and answered from the covering index activities_account
 * without reading the rows.
 */
function contactCounts({ store, db, asOf, inRange }: RangeQuery) {
  const contactAfter = windowStart(asOf, CONTACT_WINDOW_DAYS);
  // The domain's contact rules, as conditions on an activity row.
  const rightParty = sql<boolean>`(direction <> ${RIGHT_PARTY_RULE.notDirection} and ${inList(store.engine, 'outcome', RIGHT_PARTY_RULE.outcomes, 'text')})`;
  const attempt = sql<boolean>`(direction = ${ATTEMPT_RULE.direction} and not (${inList(store.engine, 'outcome', ATTEMPT_RULE.notOutcomes, 'text')}))`;
  return selectRows(
    store,
    db
      .selectFrom('activities')
      .select([
        'account_id',
        sql<number>`sum(case when occurred_on > ${contactAfter} and ${rightParty} then 1 else 0 end)`.as('rpc'),
        sql<number>`sum(case when occurred_on > ${contactAfter} and ${attempt} then 1 else 0 end)`.as('tries'),
        sql<string | null>`max(case when ${rightParty} then occurred_on end)`.as('last_rpc'),
      ])
      .where(inRange('account_id'))
      .where('occurred_on', '<=', asOf)
      .groupBy('account_id'),
  );
}

/** Promises decided in the record window, counted per account and status. */
function promisesDecided({ store, db, asOf, inRange }: RangeQuery) {
  const recordAfter = windowStart(asOf, RECORD_WINDOW_DAYS);
  return selectRows(
    store,
    db
      .selectFrom('promises')
      .select(['account_id', 'status', sql<number>`count(*)`.as('n')])
      .where(inRange('account_id'))
      .where('decided_on', '>', recordAfter)
      .where('decided_on', '<=', asOf)
      .groupBy(['account_id', 'status']),
  );
}

/** Arrangements closed in the record window, counted per account and status. */
function arrangementsClosed({ store, db, asOf, inRange }: RangeQuery) {
  const recordAfter = windowStart(asOf, RECORD_WINDOW_DAYS);
  return selectRows(
    store,
    db
      .selectFrom('arrangements')
      .select(['account_id', 'status', sql<number>`count(*)`.as('n')])
      .where(inRange('account_id'))
      .where('closed_on', '>', recordAfter)
      .where('closed_on', '<=', asOf)
      .groupBy(['account_id', 'status']),
  );
}

/**
 * True when a computed row says nothing new: every column but `as_of` equals the stored one. Most accounts
 * are current and change only when an instalment falls due or money arrives, so most rows are not rewritten
 * on a given day; `as_of` is then the last day the row changed.
 */
function sameAsStored(row: FeatureRow, previous: readonly unknown[] | undefined): boolean {
  if (previous === undefined) return false;
  for (let i = 0; i < FEATURE_COLUMNS.length; i++) {
    const column = FEATURE_COLUMNS[i] as (typeof FEATURE_COLUMNS)[number];
    if (column === 'as_of') continue;
    const mine = row[column];
    const theirs = previous[i];
    if (mine === null || theirs === null || mine === undefined || theirs === undefined) {
      if ((mine ?? null) !== (theirs ?? null)) return false;
    } else if (String(mine) !== String(theirs)) return false;
  }
  return true;
}
