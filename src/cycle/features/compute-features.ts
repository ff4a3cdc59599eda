/**
 * The features step of the daily cycle for one range of internal account ids: what the cycle knows about
 * each account beyond its ledger (src/domain/features), stored in account_features and handed back as
 * AccountFacts so the strategy step needs no second read.
 *
 * A fixed number of statements per range, whatever its size: accounts, payments and instalments (summed
 * per account by the database), obligor relations, the borrowers' parties, collateral (summed), watch
 * events in the window, activities (counted per account by the domain's contact rules), promises decided and
 * arrangements closed in the record window (counted per account and status), the previous features rows,
 * then one bulk upsert. Nothing is asked per account.
 *
 * Idempotent for (account, day): the row written depends only on the stored data and the previous run's
 * row, and a rerun of the same day reads back the bucket history the first run kept (see previousBucket).
 */
import { type Kysely, sql } from 'kysely';
import { addDays, type IsoDate } from '../../domain/calendar/calendar.js';
import {
  type AccountState,
  type BorrowerParty,
  computeAccountFeatures,
  type FeatureRow,
  type PreviousFeatures,
  WATCH_WINDOW_DAYS,
  type WatchEvent,
} from '../../domain/features/account-features.js';
import {
  ATTEMPT_RULE,
  CONTACT_WINDOW_DAYS,
  type ContactCounts,
  NO_CONTACTS,
  RECORD_WINDOW_DAYS,
  RIGHT_PARTY_RULE,
  type StatusCount,
  windowStart,
} from '../../domain/features/contact-features.js';
import { OBLIGOR_ROLES } from '../../domain/party/party-codes.js';
import type { AccountFacts } from '../../domain/strategy/account-facts.js';
import { inList } from '../../store/in-list.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';
import { selectRows } from '../../store/select-rows.js';
import type { AccountIdRange } from '../find-accounts-needing-work.js';
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

interface Sums {
  last: IsoDate | null;
  w30: number;
  w90: number;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

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
  // Windows of 30 and 90 days ending on as_of, as_of included: (as_of − 30, as_of] and (as_of − 90, as_of].
  const after30 = addDays(asOf, -30);
  const after90 = addDays(asOf, -90);
  const watchFrom = addDays(asOf, -(WATCH_WINDOW_DAYS - 1));
  const contactAfter = windowStart(asOf, CONTACT_WINDOW_DAYS);
  const recordAfter = windowStart(asOf, RECORD_WINDOW_DAYS);
  // The domain's contact rules, as conditions on an activity row.
  const rightParty = sql<boolean>`(direction <> ${RIGHT_PARTY_RULE.notDirection} and ${inList(store.engine, 'outcome', RIGHT_PARTY_RULE.outcomes, 'text')})`;
  const attempt = sql<boolean>`(direction = ${ATTEMPT_RULE.direction} and not (${inList(store.engine, 'outcome', ATTEMPT_RULE.notOutcomes, 'text')}))`;
  const inRange = <T extends string>(column: T) =>
    sql<boolean>`${sql.ref(column)} between ${range.from} and ${range.to}`;

  const [
    accountRows,
    paymentRows,
    dueRows,
    relationRows,
    collateralRows,
    watchRows,
    activityRows,
    promiseRows,
    arrangementRows,
    previousRows,
  ] = await Promise.all([
    selectRows(store, db.selectFrom('accounts').select(ACCOUNT_FACT_COLUMNS).where(inRange('id')).orderBy('id')),
    // Every payment up to as_of: the last value date needs them all, and the sums read the same rows.
    selectRows(
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
    ),
    selectRows(
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
    ),
    // The obligors, with the party's own columns read in the same pass (only the borrower's are used).
    selectRows(
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
    ),
    selectRows(
      store,
      db
        .selectFrom('collateral')
        .select(['account_id', 'currency', sql<number>`sum(value)`.as('value')])
        .where(inRange('account_id'))
        .groupBy(['account_id', 'currency']),
    ),
    selectRows(
      store,
      db
        .selectFrom('watch_events')
        .select(['account_id', 'type', 'occurred_on'])
        .where(inRange('account_id'))
        .where('occurred_on', '>=', watchFrom)
        .where('occurred_on', '<=', asOf),
    ),
    // Every activity up to as_of, in one pass per account (the last right-party contact may be older than
    // the window), answered from the covering index activities_account without reading the rows.
    selectRows(
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
    ),
    selectRows(
      store,
      db
        .selectFrom('promises')
        .select(['account_id', 'status', sql<number>`count(*)`.as('n')])
        .where(inRange('account_id'))
        .where('decided_on', '>', recordAfter)
        .where('decided_on', '<=', asOf)
        .groupBy(['account_id', 'status']),
    ),
    selectRows(
      store,
      db
        .selectFrom('arrangements')
        .select(['account_id', 'status', sql<number>`count(*)`.as('n')])
        .where(inRange('account_id'))
        .where('closed_on', '>', recordAfter)
        .where('closed_on', '<=', asOf)
        .groupBy(['account_id', 'status']),
    ),
    selectRows(store, db.selectFrom('account_features').select(FEATURE_COLUMNS).where(inRange('account_id'))),
  ]);

  const payments = new Map<number, Sums>();
  for (const [id, last, p30, p90] of paymentRows) {
    payments.set(Number(id), { last: str(last), w30: Number(p30 ?? 0), w90: Number(p90 ?? 0) });
  }
  const due = new Map<number, Sums>();
  for (const [id, d30, d90] of dueRows)
    due.set(Number(id), { last: null, w30: Number(d30 ?? 0), w90: Number(d90 ?? 0) });

  // The borrower is the lowest-keyed party in the borrower role (an account normally has one).
  const borrowerOf = new Map<number, BorrowerParty>();
  const guarantors = new Set<number>();
  const coBorrowers = new Set<number>();
  for (const [accountKey, partyKey, role, kind, segment, language, region, timeZone] of relationRows) {
    const id = Number(accountKey);
    const partyId = Number(partyKey);
    if (role === 'borrower') {
      const known = borrowerOf.get(id);
      if (known === undefined || partyId < known.partyId) {
        borrowerOf.set(id, {
          partyId,
          kind: String(kind),
          segment: str(segment),
          language: str(language),
          region: str(region),
          timeZone: str(timeZone),
        });
      }
    } else if (role === 'guarantor') guarantors.add(id);
    else if (role === 'co_borrower') coBorrowers.add(id);
  }

  const collateral = new Map<number, { byCurrency: Map<string, number> }>();
  for (const [id, currency, value] of collateralRows) {
    const key = Number(id);
    let entry = collateral.get(key);
    if (!entry) {
      entry = { byCurrency: new Map() };
      collateral.set(key, entry);
    }
    entry.byCurrency.set(String(currency), Number(value ?? 0));
  }
  const watch = new Map<number, WatchEvent[]>();
  for (const [id, type, occurredOn] of watchRows) {
    const key = Number(id);
    let list = watch.get(key);
    if (!list) {
      list = [];
      watch.set(key, list);
    }
    list.push({ type: String(type), occurredOn: String(occurredOn) });
  }
  const contacts = new Map<number, ContactCounts>();
  for (const [id, rpc, tries, lastRpc] of activityRows) {
    contacts.set(Number(id), { rpc30: Number(rpc ?? 0), attempts30: Number(tries ?? 0), lastRpcOn: str(lastRpc) });
  }

  const statusCount = ([, status, n]: readonly unknown[]): StatusCount => ({
    status: String(status),
    count: Number(n),
  });
  const promisesDecided = groupBy(promiseRows, statusCount);
  const arrangementsClosed = groupBy(arrangementRows, statusCount);
  const previous = new Map<number, PreviousFeatures>();
  const stored = new Map<number, readonly unknown[]>();
  const at = (name: (typeof FEATURE_COLUMNS)[number]) => FEATURE_COLUMNS.indexOf(name);
  const [asOfAt, peaksAt, bucketAt, previousBucketAt] = [
    at('as_of'),
    at('dpd_peaks'),
    at('bucket'),
    at('previous_bucket'),
  ];
  for (const r of previousRows) {
    const id = Number(r[0]);
    stored.set(id, r);
    previous.set(id, {
      asOf: String(r[asOfAt]),
      dpdPeaks: String(r[peaksAt] ?? ''),
      bucket: str(r[bucketAt]),
      previousBucket: str(r[previousBucketAt]),
    });
  }

  const facts: AccountFacts[] = [];
  const rows: FeatureRow[] = [];
  const changed: FeatureRow[] = [];
  for (const row of accountRows) {
    const account = accountStateOf(row);
    const id = account.id;
    const paid = payments.get(id);
    const fellDue = due.get(id);
    const borrower = borrowerOf.get(id) ?? null;
    const pledged = collateral.get(id);
    const computed = computeAccountFeatures(
      {
        account,
        paid30: paid?.w30 ?? 0,
        paid90: paid?.w90 ?? 0,
        due30: fellDue?.w30 ?? 0,
        due90: fellDue?.w90 ?? 0,
        lastPaymentOn: paid?.last ?? null,
        borrower,
        hasGuarantor: guarantors.has(id),
        hasCoBorrower: coBorrowers.has(id),
        // Collateral is valued in the account's currency (the import ensures it); any other is not summed.
        collateralValue: pledged?.byCurrency.get(account.currency) ?? 0,
        hasCollateral: pledged !== undefined,
        watch: watch.get(id) ?? [],
        contacts: contacts.get(id) ?? NO_CONTACTS,
        promisesDecided: promisesDecided.get(id) ?? [],
        arrangementsClosed: arrangementsClosed.get(id) ?? [],
        previous: previous.get(id) ?? null,
      },
      asOf,
    );
    facts.push(computed.facts);
    rows.push(computed.row);
    if (!sameAsStored(computed.row, stored.get(id))) changed.push(computed.row);
  }
  return { facts, rows, changed };
}

/** Rows whose first value is an account id, as lists per account. */
function groupBy<T>(rows: readonly (readonly unknown[])[], read: (row: readonly unknown[]) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const id = Number(row[0]);
    let list = out.get(id);
    if (!list) {
      list = [];
      out.set(id, list);
    }
    list.push(read(row));
  }
  return out;
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
