/**
 * Loads what the ledger pass needs for a set of accounts, with one query per table, straight into the
 * ledger engine's shapes. Rows come back as arrays in the order of each shape's column list (see
 * store/shapes), so the hot path builds no row objects.
 *
 * Accounts that value-date something late also need their posted payments and their terms history; those
 * are loaded afterwards, for those accounts only (`loadHistory`).
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Amounts } from '../domain/ledger/amounts.js';
import { byDueDate } from '../domain/ledger/installment-order.js';
import type { Hold, LedgerState } from '../domain/ledger/ledger-types.js';
import type { AccountPayment } from '../domain/ledger/move-account-ledger.js';
import type { TermsPeriod } from '../domain/ledger/replay-ledger.js';
import { inList } from '../store/in-list.js';
import type { Store } from '../store/open-database.js';
import type { AccountHoldRow, AccountRow, AccountTermsRow, PaymentRow } from '../store/schema.js';
import { selectRows } from '../store/select-rows.js';
import { ACCOUNT_TERMS_COLUMNS, type AccountTermsTuple, termsFromTuple } from '../store/shapes/account-terms.js';
import {
  INSTALLMENT_STATE_COLUMNS,
  type InstallmentTuple,
  installmentFromTuple,
} from '../store/shapes/installment-state.js';
import type { TupleOf } from '../store/shapes/tuple.js';
import type { AccountArrangements, StoredArrangement } from './arrangements/ledger-arrangements.js';
import { loadStoredArrangements } from './arrangements/ledger-arrangements.js';

export interface RangeAccount {
  id: number;
  portfolioId: string;
  openedOn: IsoDate;
  /** The last day the ledger changed (accounts.processed_through). */
  changedThrough: IsoDate | null;
  replayFrom: IsoDate | null;
  /** The terms in force now; `loadHistory` replaces it with the full history when needed. */
  terms: TermsPeriod[];
  state: LedgerState;
  pending: AccountPayment[];
  posted: AccountPayment[] | undefined;
  holds: Hold[];
  /**
   * Set when only the instalments the run can touch were loaded (see `loadAccountRange`): what the account
   * owed in all before the run, by component, from its cached balances.
   */
  storedOutstanding: Amounts | null;
  /** Its arrangements that are open or acted on the ledger (most accounts: none). */
  storedArrangements: StoredArrangement[];
  /** What they do in this run; set by the caller, which knows the portfolio's closed day. */
  arrangements: AccountArrangements | null;
}

const ACCOUNT_COLUMNS = [
  'id',
  'portfolio_id',
  'opened_on',
  'processed_through',
  'replay_from',
  'status',
  'unapplied_credit',
  'posted_costs',
  'out_principal',
  'out_interest',
  'out_fee',
  'out_penalty',
  'out_late_fee',
  ...ACCOUNT_TERMS_COLUMNS,
] as const;
type AccountTuple = TupleOf<AccountRow, typeof ACCOUNT_COLUMNS>;

const PAYMENT_COLUMNS = ['account_id', 'id', 'value_on', 'paid_at', 'amount', 'posted_on'] as const;
type PaymentTuple = TupleOf<PaymentRow, typeof PAYMENT_COLUMNS>;

function paymentOf([, id, valueOn, paidAt, amount, postedOn]: PaymentTuple): AccountPayment {
  return {
    id: Number(id),
    valueOn: String(valueOn),
    paidAt: String(paidAt),
    amount: Number(amount),
    postedOn: postedOn === null ? null : String(postedOn),
  };
}

const HOLD_COLUMNS = ['account_id', 'from_on', 'to_on'] as const;
type HoldTuple = TupleOf<AccountHoldRow, typeof HOLD_COLUMNS>;

/**
 * Most accounts the daily cycle touches only accrue: no payment, no credit, no cost cap. For them the engine
 * can only touch instalments already due and still owing (a paid instalment is never charged again, and
 * one not yet due accrues nothing), so only those are loaded — a handful instead of the whole schedule —
 * and the rest is carried in the cached balances. Accounts with money to allocate, a cap (every due
 * instalment's scheduled interest counts towards it) or something to value-date get their whole schedule.
 */
export async function loadAccountRange(store: Store, ids: readonly number[], asOf: IsoDate): Promise<RangeAccount[]> {
  if (ids.length === 0) return [];
  const db = store.db;
  const [accountRows, paymentRows, holdRows, arrangementRows] = await Promise.all([
    selectRows(
      store,
      db
        .selectFrom('accounts')
        .select(ACCOUNT_COLUMNS)
        .where(inList(store.engine, 'id', ids, 'bigint'))
        .orderBy('id'),
    ),
    selectRows(
      store,
      db
        .selectFrom('payments')
        .select(PAYMENT_COLUMNS)
        .where(inList(store.engine, 'account_id', ids, 'bigint'))
        .where('posted_on', 'is', null)
        .where('value_on', '<=', asOf),
    ),
    selectRows(
      store,
      db
        .selectFrom('account_holds')
        .select(HOLD_COLUMNS)
        .where(inList(store.engine, 'account_id', ids, 'bigint')),
    ),
    loadStoredArrangements(db, store, ids),
  ]);

  const byId = new Map<number, RangeAccount>();
  const accounts: RangeAccount[] = [];
  for (const row of accountRows as AccountTuple[]) {
    const [id, portfolioId, openedOn, changed, replayFrom, status, credit, costs, op, oi, of, open, olf, ...terms] =
      row;
    const account: RangeAccount = {
      id: Number(id),
      portfolioId: String(portfolioId),
      openedOn: String(openedOn),
      changedThrough: changed === null ? null : String(changed),
      replayFrom: replayFrom === null ? null : String(replayFrom),
      terms: [{ from: String(openedOn), terms: termsFromTuple(String(openedOn), terms as AccountTermsTuple) }],
      state: {
        installments: [],
        credit: Number(credit),
        postedCosts: Number(costs),
        settled: status === 'settled',
      },
      pending: [],
      posted: undefined,
      holds: [],
      storedOutstanding: {
        principal: Number(op),
        interest: Number(oi),
        fee: Number(of),
        penalty: Number(open),
        late_fee: Number(olf),
      },
      storedArrangements: [],
      arrangements: null,
    };
    byId.set(account.id, account);
    accounts.push(account);
  }
  for (const r of paymentRows as PaymentTuple[]) byId.get(Number(r[0]))?.pending.push(paymentOf(r));
  for (const a of arrangementRows) byId.get(a.accountId)?.storedArrangements.push(a);
  for (const r of holdRows) {
    const [accountId, from, to] = r as HoldTuple;
    byId.get(Number(accountId))?.holds.push({ from: String(from), to: to === null ? null : String(to) });
  }

  const whole: number[] = [];
  const touchable: number[] = [];
  for (const a of accounts) {
    const current = a.terms[0]?.terms;
    const wholeSchedule =
      a.pending.length > 0 ||
      a.state.credit !== 0 ||
      a.replayFrom !== null ||
      current?.costCapRate !== null ||
      a.storedArrangements.length > 0;
    if (wholeSchedule) {
      a.storedOutstanding = null;
      whole.push(a.id);
    } else {
      touchable.push(a.id);
    }
  }
  const [wholeRows, touchableRows] = await Promise.all([
    whole.length === 0
      ? Promise.resolve([])
      : selectRows(
          store,
          db
            .selectFrom('installments')
            .select(INSTALLMENT_STATE_COLUMNS)
            .where(inList(store.engine, 'account_id', whole, 'bigint')),
        ),
    touchable.length === 0
      ? Promise.resolve([])
      : selectRows(
          store,
          db
            .selectFrom('installments')
            .select(INSTALLMENT_STATE_COLUMNS)
            .where(inList(store.engine, 'account_id', touchable, 'bigint'))
            .where('due_on', '<=', asOf)
            .where(
              sql<boolean>`principal + interest + fee + penalty + late_fee + accrued_penalty
                > paid_principal + paid_interest + paid_fee + paid_penalty + paid_late_fee
                  + cleared_principal + cleared_interest + cleared_fee + cleared_penalty + cleared_late_fee`,
            ),
        ),
  ]);
  for (const rows of [wholeRows, touchableRows]) {
    for (const r of rows as InstallmentTuple[])
      byId.get(Number(r[0]))?.state.installments.push(installmentFromTuple(r));
  }
  for (const account of accounts) account.state.installments.sort(byDueDate);
  return accounts;
}

const TERMS_HISTORY_COLUMNS = ['account_id', 'effective_from', ...ACCOUNT_TERMS_COLUMNS] as const;
type TermsHistoryTuple = TupleOf<AccountTermsRow, typeof TERMS_HISTORY_COLUMNS>;

/**
 * Adds the posted payments and the terms history of the accounts that value-date something. An account
 * with no terms history (data from before it was kept) replays with the terms it has now.
 */
export async function loadHistory(store: Store, accounts: readonly RangeAccount[]): Promise<void> {
  if (accounts.length === 0) return;
  const ids = accounts.map((a) => a.id);
  const db = store.db;
  const [paymentRows, termRows] = await Promise.all([
    selectRows(
      store,
      db
        .selectFrom('payments')
        .select(PAYMENT_COLUMNS)
        .where(inList(store.engine, 'account_id', ids, 'bigint'))
        .where('posted_on', 'is not', null),
    ),
    selectRows(
      store,
      db
        .selectFrom('account_terms')
        .select(TERMS_HISTORY_COLUMNS)
        .where(inList(store.engine, 'account_id', ids, 'bigint'))
        .orderBy('account_id')
        .orderBy('effective_from'),
    ),
  ]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  for (const a of accounts) a.posted = [];
  for (const r of paymentRows as PaymentTuple[]) byId.get(Number(r[0]))?.posted?.push(paymentOf(r));
  const history = new Map<number, TermsPeriod[]>();
  for (const r of termRows as TermsHistoryTuple[]) {
    const [accountId, from, ...terms] = r;
    const account = byId.get(Number(accountId));
    if (!account) continue;
    const list = history.get(account.id) ?? [];
    list.push({ from: String(from), terms: termsFromTuple(account.openedOn, terms as AccountTermsTuple) });
    history.set(account.id, list);
  }
  for (const [id, periods] of history) {
    const account = byId.get(id);
    if (account && periods.length > 0) account.terms = periods;
  }
}
