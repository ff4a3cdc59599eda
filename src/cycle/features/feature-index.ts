/**
 * The features step's rows for one range (compute-features.ts), indexed by internal account id once per
 * range so the per-account loop only looks its entries up: no query and no allocation beyond the domain's
 * input per account.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type {
  AccountState,
  BorrowerParty,
  FeatureInput,
  PreviousFeatures,
  WatchEvent,
} from '../../domain/features/account-features.js';
import { type ContactCounts, NO_CONTACTS, type StatusCount } from '../../domain/features/contact-features.js';
import { FEATURE_COLUMNS } from './write-features.js';

/** A range's rows per table, each row as the values of its select list (see compute-features.ts). */
export interface RangeRows {
  accounts: unknown[][];
  payments: unknown[][];
  dues: unknown[][];
  relations: unknown[][];
  collateral: unknown[][];
  watch: unknown[][];
  activities: unknown[][];
  promises: unknown[][];
  arrangements: unknown[][];
  previous: unknown[][];
}

interface Sums {
  last: IsoDate | null;
  w30: number;
  w90: number;
}

/** Everything known about the range's accounts besides their own columns, by internal account id. */
export interface AccountIndex {
  payments: Map<number, Sums>;
  due: Map<number, Sums>;
  borrowerOf: Map<number, BorrowerParty>;
  guarantors: Set<number>;
  coBorrowers: Set<number>;
  collateral: Map<number, { byCurrency: Map<string, number> }>;
  watch: Map<number, WatchEvent[]>;
  contacts: Map<number, ContactCounts>;
  promisesDecided: Map<number, StatusCount[]>;
  arrangementsClosed: Map<number, StatusCount[]>;
  previous: Map<number, PreviousFeatures>;
  /** The limitation period's last day of each account that has a clock. */
  limitation: ReadonlyMap<number, IsoDate>;
  /** The stored account_features rows, to tell which computed rows changed. */
  stored: Map<number, readonly unknown[]>;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * Indexes every table's rows by account, one pass per table, before the per-account loop; the limitation
 * clocks come computed (src/legal/limitation-clocks.ts reads their own tables set-based).
 */
export function indexByAccount(rows: RangeRows, limitation: ReadonlyMap<number, IsoDate>): AccountIndex {
  const { borrowerOf, guarantors, coBorrowers } = indexRelations(rows.relations);
  const { previous, stored } = indexPrevious(rows.previous);
  return {
    payments: indexPayments(rows.payments),
    due: indexDue(rows.dues),
    borrowerOf,
    guarantors,
    coBorrowers,
    collateral: indexCollateral(rows.collateral),
    watch: indexWatch(rows.watch),
    contacts: indexContacts(rows.activities),
    promisesDecided: groupBy(rows.promises, statusCount),
    arrangementsClosed: groupBy(rows.arrangements, statusCount),
    previous,
    limitation,
    stored,
  };
}

/** What the domain is told about one account: its entry in each index, or what having none means. */
export function featureInput(account: AccountState, known: AccountIndex): FeatureInput {
  const id = account.id;
  const paid = known.payments.get(id);
  const fellDue = known.due.get(id);
  const pledged = known.collateral.get(id);
  return {
    account,
    paid30: paid?.w30 ?? 0,
    paid90: paid?.w90 ?? 0,
    due30: fellDue?.w30 ?? 0,
    due90: fellDue?.w90 ?? 0,
    lastPaymentOn: paid?.last ?? null,
    borrower: known.borrowerOf.get(id) ?? null,
    hasGuarantor: known.guarantors.has(id),
    hasCoBorrower: known.coBorrowers.has(id),
    // Collateral is valued in the account's currency (the import ensures it); any other is not summed.
    collateralValue: pledged?.byCurrency.get(account.currency) ?? 0,
    hasCollateral: pledged !== undefined,
    watch: known.watch.get(id) ?? [],
    contacts: known.contacts.get(id) ?? NO_CONTACTS,
    promisesDecided: known.promisesDecided.get(id) ?? [],
    arrangementsClosed: known.arrangementsClosed.get(id) ?? [],
    previous: known.previous.get(id) ?? null,
    limitationExpiresOn: known.limitation.get(id) ?? null,
  };
}

/** The last value date and the 30- and 90-day sums the database added up per account. */
function indexPayments(rows: readonly (readonly unknown[])[]): Map<number, Sums> {
  const payments = new Map<number, Sums>();
  for (const [id, last, p30, p90] of rows) {
    payments.set(Number(id), { last: str(last), w30: Number(p30 ?? 0), w90: Number(p90 ?? 0) });
  }
  return payments;
}

/** What fell due in the 30 and 90 days, as the database summed it per account. */
function indexDue(rows: readonly (readonly unknown[])[]): Map<number, Sums> {
  const due = new Map<number, Sums>();
  for (const [id, d30, d90] of rows) due.set(Number(id), { last: null, w30: Number(d30 ?? 0), w90: Number(d90 ?? 0) });
  return due;
}

/** The borrower is the lowest-keyed party in the borrower role (an account normally has one). */
function indexRelations(rows: readonly (readonly unknown[])[]) {
  const borrowerOf = new Map<number, BorrowerParty>();
  const guarantors = new Set<number>();
  const coBorrowers = new Set<number>();
  for (const [accountKey, partyKey, role, kind, segment, language, region, timeZone] of rows) {
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
  return { borrowerOf, guarantors, coBorrowers };
}

/** Pledges summed per currency: only the account's own currency counts as its collateral value. */
function indexCollateral(rows: readonly (readonly unknown[])[]): Map<number, { byCurrency: Map<string, number> }> {
  const collateral = new Map<number, { byCurrency: Map<string, number> }>();
  for (const [id, currency, value] of rows) {
    const key = Number(id);
    let entry = collateral.get(key);
    if (!entry) {
      entry = { byCurrency: new Map() };
      collateral.set(key, entry);
    }
    entry.byCurrency.set(String(currency), Number(value ?? 0));
  }
  return collateral;
}

/** The watch events of the window, listed per account for the domain's summary. */
function indexWatch(rows: readonly (readonly unknown[])[]): Map<number, WatchEvent[]> {
  const watch = new Map<number, WatchEvent[]>();
  for (const [id, type, occurredOn] of rows) {
    const key = Number(id);
    let list = watch.get(key);
    if (!list) {
      list = [];
      watch.set(key, list);
    }
    list.push({ type: String(type), occurredOn: String(occurredOn) });
  }
  return watch;
}

/** The contact counts the database made per account by the domain's rules. */
function indexContacts(rows: readonly (readonly unknown[])[]): Map<number, ContactCounts> {
  const contacts = new Map<number, ContactCounts>();
  for (const [id, rpc, tries, lastRpc] of rows) {
    contacts.set(Number(id), { rpc30: Number(rpc ?? 0), attempts30: Number(tries ?? 0), lastRpcOn: str(lastRpc) });
  }
  return contacts;
}

/** A promises or arrangements row (account, status, count) as the domain counts it. */
const statusCount = ([, status, n]: readonly unknown[]): StatusCount => ({
  status: String(status),
  count: Number(n),
});

/**
 * The previous run's rows: what the domain carries over (as_of, DPD peaks, bucket history), and the whole
 * row to compare the new one with.
 */
function indexPrevious(rows: readonly (readonly unknown[])[]) {
  const previous = new Map<number, PreviousFeatures>();
  const stored = new Map<number, readonly unknown[]>();
  const at = (name: (typeof FEATURE_COLUMNS)[number]) => FEATURE_COLUMNS.indexOf(name);
  const [asOfAt, peaksAt, bucketAt, previousBucketAt] = [
    at('as_of'),
    at('dpd_peaks'),
    at('bucket'),
    at('previous_bucket'),
  ];
  for (const r of rows) {
    const id = Number(r[0]);
    stored.set(id, r);
    previous.set(id, {
      asOf: String(r[asOfAt]),
      dpdPeaks: String(r[peaksAt] ?? ''),
      bucket: str(r[bucketAt]),
      previousBucket: str(r[previousBucketAt]),
    });
  }
  return { previous, stored };
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
