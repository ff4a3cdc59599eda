/**
 * The facts `playbook suggest` decides on, read for one account as of the last day the cycle processed it:
 * its ageing and balances (accounts), what the cycle's features step knows (account_features: customer
 * type, guarantor, co-borrower, collateral, payments, contacts, promises and arrangements judged), and what
 * only this account's own rows say (third parties on record, collateral kinds, every watch event, open
 * promises and arrangements, the last excuse and outcome from the activities). A fact the features row
 * carries is taken from it, so the playbook sees what grading and the strategy saw.
 *
 * From the account's contract as imported (see UNRECORDED_FACTS): whether the loan was notarized with an
 * enforcement clause (a `notarized_on` date) and whether insurance covers it (`insured`); when the lender
 * gave neither they are null — unknown, never a guessed no — and the method lands under "to check".
 */
import type { Kysely } from 'kysely';
import { NON_ATTEMPT_OUTCOMES } from '../domain/activity/activity-codes.js';
import { CLOSED_ARRANGEMENT_STATUSES } from '../domain/arrangement/arrangement-codes.js';
import { addDays, dateInZone, daysBetween, type IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { daysSincePayment, daysWithoutRpc, payRatio } from '../domain/features/account-features.js';
import { formatAmount } from '../domain/money/money.js';
import { THIRD_PARTY_ROLES } from '../domain/party/party-codes.js';
import type { PlaybookFacts } from '../domain/playbook/playbook-facts.js';
import type { Schema } from '../store/schema.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';

/** Days of activity outcomes `recent_outcomes` looks back over, the day itself included. */
export const RECENT_DAYS = 30;

export interface AccountOnFile {
  account_id: string;
  currency: string;
  status: string;
  /** The last day the cycle processed the account: the day the facts describe (null: never processed). */
  as_of: IsoDate | null;
  /** Decimal strings in the account's currency, as every `--json` prints money. */
  outstanding: string;
  past_due: string;
  principal_outstanding: string;
  assigned_to: string | null;
}

export interface LoadedFacts {
  account: AccountOnFile;
  /** null for an account not past due that the cycle has never had to work: nothing applies to it. */
  facts: PlaybookFacts | null;
  /** The day the last excuse was given, when one was. */
  last_excuse_on: IsoDate | null;
}

type AccountRow = Awaited<ReturnType<typeof readAccount>>;
type FeaturesRow = NonNullable<Awaited<ReturnType<typeof readFeatures>>>;
type OwnRows = Awaited<ReturnType<typeof readOwnRows>>;

/** `now` only tells an account not yet due from one the cycle has not caught up with. */
export async function loadPlaybookFacts(db: Kysely<Schema>, accountId: string, now: Date): Promise<LoadedFacts> {
  const a = await readAccount(db, accountId);
  const id = Number(a.id);
  const f = await readFeatures(db, id);
  if (!f) return withoutFeatures(a, accountId, now);
  const asOf = a.processed_through ?? f.as_of;
  const own = await readOwnRows(db, id, asOf);
  return {
    account: accountOnFile(a, asOf),
    facts: factsOf(a, f, own, asOf),
    last_excuse_on: own.excuse?.occurred_on ?? null,
  };
}

/** The account with its portfolio's time zone, ageing, balances and what its contract says. */
async function readAccount(db: Kysely<Schema>, accountId: string) {
  const a = await db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'portfolios.time_zone',
      'oldest_unpaid_due_on',
      'id',
      'account_id',
      'product',
      'currency',
      'status',
      'dpd',
      'bucket',
      'stage',
      'processed_through',
      'assigned_to',
      'assigned_on',
      ...OUTSTANDING_COLUMNS,
      'past_due_total',
      'notarized_on',
      'insured',
    ])
    .where('accounts.account_id', '=', accountId)
    .executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  return a;
}

/** What the cycle's features step worked out for the account, so the playbook sees what grading saw. */
function readFeatures(db: Kysely<Schema>, id: number) {
  return db.selectFrom('account_features').selectAll().where('account_id', '=', id).executeTakeFirst();
}

/** The account as the answer shows it, its money as decimal strings. */
function accountOnFile(a: AccountRow, asOf: IsoDate | null): AccountOnFile {
  return {
    account_id: a.account_id,
    currency: a.currency,
    status: a.status,
    as_of: asOf,
    outstanding: formatAmount(outstandingTotal(a), a.currency),
    past_due: formatAmount(Number(a.past_due_total), a.currency),
    principal_outstanding: formatAmount(Number(a.out_principal), a.currency),
    assigned_to: a.assigned_to,
  };
}

/**
 * The cycle works out facts only for accounts it has had reason to work: one not yet past due has none,
 * and nothing in the playbook applies to it. One past due without them is a cycle not yet run.
 */
function withoutFeatures(a: AccountRow, accountId: string, now: Date): LoadedFacts {
  const today = dateInZone(now.toISOString(), a.time_zone);
  const due = a.oldest_unpaid_due_on;
  if (Number(a.dpd) === 0 && (due === null || due >= today)) {
    return { account: accountOnFile(a, a.processed_through), facts: null, last_excuse_on: null };
  }
  throw new AppError(
    'CONFLICT',
    `the cycle has not yet worked out the facts of account ${accountId}: run \`dunwell cycle\` first`,
  );
}

/** What only the account's own rows say, as of the day the facts describe. */
async function readOwnRows(db: Kysely<Schema>, id: number, asOf: IsoDate) {
  const [relations, collateral, watch, promises, arrangements, excuse, last, recent, deceasedActs] = await Promise.all([
    db.selectFrom('relations').select('role').distinct().where('account_id', '=', id).execute(),
    db.selectFrom('collateral').select('type').distinct().where('account_id', '=', id).execute(),
    db
      .selectFrom('watch_events')
      .select(['type', 'party_id'])
      .where('account_id', '=', id)
      .where('occurred_on', '<=', asOf)
      .execute(),
    db
      .selectFrom('promises')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst(),
    db
      .selectFrom('arrangements')
      .select('type')
      .distinct()
      .where('account_id', '=', id)
      .where('status', 'not in', [...CLOSED_ARRANGEMENT_STATUSES])
      .execute(),
    db
      .selectFrom('activities')
      .select(['excuse', 'occurred_on'])
      .where('account_id', '=', id)
      .where('excuse', 'is not', null)
      .where('occurred_on', '<=', asOf)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('activities')
      .select('outcome')
      .where('account_id', '=', id)
      .where('outcome', 'not in', [...NON_ATTEMPT_OUTCOMES])
      .where('occurred_on', '<=', asOf)
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('activities')
      .select('outcome')
      .distinct()
      .where('account_id', '=', id)
      .where('occurred_on', '>=', addDays(asOf, -(RECENT_DAYS - 1)))
      .where('occurred_on', '<=', asOf)
      .execute(),
    db
      .selectFrom('activities')
      .select('party_id')
      .where('account_id', '=', id)
      .where('outcome', '=', 'deceased')
      .where('occurred_on', '<=', asOf)
      .execute(),
  ]);
  return { relations, collateral, watch, promises, arrangements, excuse, last, recent, deceasedActs };
}

/** A death counts for the borrower: a guarantor's death is news, but not the debtor's estate. */
function borrowerDeceased(f: FeaturesRow, own: OwnRows): boolean {
  const borrower = f.borrower_party_id === null ? null : Number(f.borrower_party_id);
  const aboutBorrower = (party: number | string | null) => party === null || Number(party) === borrower;
  return (
    own.watch.some((w) => w.type === 'death' && aboutBorrower(w.party_id)) ||
    own.deceasedActs.some((x) => aboutBorrower(x.party_id))
  );
}

/** The facts the playbook's conditions test: the features row where it has them, the own rows for the rest. */
function factsOf(a: AccountRow, f: FeaturesRow, own: OwnRows, asOf: IsoDate): PlaybookFacts {
  const principal = Number(a.out_principal);
  const outstanding = outstandingTotal(a);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
  const thirdParties = (THIRD_PARTY_ROLES as readonly string[]).filter((r) => own.relations.some((x) => x.role === r));
  return {
    product: a.product,
    customer_type: f.customer_type,
    stage: a.stage,
    bucket: a.bucket,
    dpd: Number(a.dpd),
    max_dpd_12m: Number(f.max_dpd_12m),
    days_since_payment: daysSincePayment(asOf, f.last_payment_on),
    pay_ratio_90: payRatio(Number(f.paid_90), Number(f.due_90)),
    rpc_30: Number(f.rpc_30),
    attempts_30: Number(f.attempts_30),
    days_without_rpc: daysWithoutRpc(asOf, f.last_rpc_on, Number(a.dpd)),
    days_with_collector:
      a.assigned_to === null || a.assigned_on === null || a.assigned_on > asOf
        ? null
        : daysBetween(asOf, a.assigned_on),
    promises_kept: Number(f.promises_kept),
    promises_broken: Number(f.promises_broken),
    open_promises: Number(own.promises?.n ?? 0),
    arrangements_breached: Number(f.arrangements_breached),
    open_arrangements: sorted(own.arrangements.map((x) => x.type)),
    has_guarantor: Number(f.has_guarantor) === 1,
    has_co_borrower: Number(f.has_co_borrower) === 1,
    has_collateral: Number(f.has_collateral) === 1,
    collateral_types: sorted(own.collateral.map((c) => c.type)),
    collateral_cover: outstanding > 0 ? Number(f.collateral_value) / outstanding : null,
    cost_share: outstanding > 0 ? (outstanding - principal) / outstanding : 0,
    third_parties: thirdParties,
    watch: sorted(own.watch.map((w) => w.type)),
    deceased: borrowerDeceased(f, own),
    last_excuse: own.excuse?.excuse ?? null,
    last_outcome: own.last?.outcome ?? null,
    recent_outcomes: sorted(own.recent.map((r) => r.outcome)),
    // Only a notarization date on file says yes; without one it is unknown, never a guessed no.
    notarized_instrument: a.notarized_on === null ? null : true,
    insured: a.insured === null ? null : Number(a.insured) === 1,
  };
}
