/**
 * The full picture of one account as of its last processed day: terms, ageing, balances by component,
 * each instalment's charges and payments, and every ledger entry. It also re-adds the ledger to check the
 * cached balances, so an auditor sees `reconciled: true` only when entries and balances agree to the cent.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { owedOn } from '../domain/ledger/advance-ledger.js';
import { type Amounts, addInto, COMPONENTS, minus, totalOf, zeroAmounts } from '../domain/ledger/amounts.js';
import { closedDay } from '../domain/ledger/move-account-ledger.js';
import { formatAmount } from '../domain/money/money.js';
import { maskContactValue, maskIdNumber } from '../privacy/contact-values.js';
import type { Store } from '../store/open-database.js';
import { INSTALLMENT_STATE_COLUMNS, installmentFromRow } from '../store/shapes/installment-state.js';

export interface ShowAccountOptions {
  store: Store;
  accountId: string;
  /** Splits past due from not yet due; defaults to the last processed day. */
  asOf?: IsoDate;
  /** Used when the account has never been processed and no asOf is given. */
  today: IsoDate;
}

export type MoneyView = Record<(typeof COMPONENTS)[number] | 'total', string>;

export function accountRef(id: number): string {
  return `acc_${String(id).padStart(10, '0')}`;
}

/** Charges and their corrections change what is owed as a cost; allocations only pay it. */
const COST_KINDS = new Set(['penalty', 'late_fee', 'correction']);

export async function showAccount(options: ShowAccountOptions) {
  const { store, accountId } = options;
  const db = store.db;
  const account = await db.selectFrom('accounts').selectAll().where('account_id', '=', accountId).executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  const portfolio = await db
    .selectFrom('portfolios')
    .select('closed_through')
    .where('portfolio_id', '=', account.portfolio_id)
    .executeTakeFirst();
  // The figures are exact through the later of the portfolio's closed day and the account's own last change.
  const closed = closedDay(account.processed_through, portfolio?.closed_through ?? null);
  if (options.asOf !== undefined && closed !== null && options.asOf > closed) {
    throw new AppError(
      'INVALID_INPUT',
      `the ledger of ${accountId} is processed through ${closed}; run the cycle to ${options.asOf} before asking for that day`,
    );
  }
  const asOf = options.asOf ?? closed ?? options.today;
  const cur = account.currency;
  const view = (a: Amounts): MoneyView => ({
    principal: formatAmount(a.principal, cur),
    interest: formatAmount(a.interest, cur),
    fee: formatAmount(a.fee, cur),
    penalty: formatAmount(a.penalty, cur),
    late_fee: formatAmount(a.late_fee, cur),
    total: formatAmount(totalOf(a), cur),
  });

  const [installmentRows, entryRows, payments] = await Promise.all([
    db
      .selectFrom('installments')
      .select(INSTALLMENT_STATE_COLUMNS)
      .where('account_id', '=', account.id)
      .orderBy('installment_no')
      .execute(),
    db.selectFrom('ledger_entries').selectAll().where('account_id', '=', account.id).orderBy('id').execute(),
    db.selectFrom('payments').select(['id', 'payment_id']).where('account_id', '=', account.id).execute(),
  ]);
  const paymentIds = new Map(payments.map((p) => [p.id, p.payment_id]));
  const arrangementIds = new Map(
    (
      await db
        .selectFrom('arrangements')
        .select(['id', 'arrangement_id'])
        .where('account_id', '=', account.id)
        .execute()
    ).map((a) => [Number(a.id), a.arrangement_id]),
  );
  const arrangementRef = (id: number | null) => (id === null ? null : (arrangementIds.get(Number(id)) ?? null));

  const outstanding = zeroAmounts();
  const pastDue = zeroAmounts();
  const fromEntries = new Map<number, Amounts>();
  let credit = 0;
  let costs = 0;
  let integral = true;
  for (const e of entryRows) {
    for (const c of COMPONENTS) integral &&= Number.isSafeInteger(e[c]);
    integral &&= Number.isSafeInteger(e.credit);
    credit += e.credit;
    if (COST_KINDS.has(e.kind)) costs += e.penalty + e.late_fee;
    if (e.installment_no === null) continue;
    const sums = fromEntries.get(e.installment_no) ?? zeroAmounts();
    for (const c of COMPONENTS) sums[c] += e[c];
    fromEntries.set(e.installment_no, sums);
  }
  // Reconciled means: every cached figure is a safe integer, and the entries plus the open accruals add up
  // to exactly the cached balances of each instalment and of the account.
  let reconciled = integral && credit === account.unapplied_credit;
  const installments = installmentRows.map((row) => {
    const inst = installmentFromRow(row);
    for (const c of COMPONENTS) {
      reconciled &&= Number.isSafeInteger(inst.due[c]) && Number.isSafeInteger(inst.paid[c]);
      reconciled &&= Number.isSafeInteger(inst.cleared[c]);
    }
    reconciled &&= Number.isSafeInteger(inst.accrued);
    const owed = owedOn(inst);
    addInto(outstanding, owed);
    if (inst.dueOn < asOf) addInto(pastDue, owed);
    costs += inst.accrued;
    const posted = fromEntries.get(inst.no) ?? zeroAmounts();
    fromEntries.delete(inst.no);
    const postedOwed = minus(minus(inst.due, inst.paid), inst.cleared);
    if (COMPONENTS.some((c) => posted[c] !== postedOwed[c])) reconciled = false;
    return {
      installment_no: inst.no,
      due_on: inst.dueOn,
      due: view(inst.due),
      paid: view(inst.paid),
      /** Taken off without money: waived by a settlement or moved into a plan. */
      cleared: view(inst.cleared),
      accrued_penalty: formatAmount(inst.accrued, cur),
      accrued_from: inst.accruedFrom,
      /** Set on a plan instalment: the plan's arrangement id, and whether it still accrues no penalty. */
      plan:
        inst.arrangementId === null
          ? null
          : { arrangement_id: arrangementRef(inst.arrangementId), penalty_free: inst.penaltyFree },
    };
  });
  // Entries for an instalment that does not exist cannot be reconciled.
  if (fromEntries.size > 0) reconciled = false;
  const cached: Amounts = {
    principal: account.out_principal,
    interest: account.out_interest,
    fee: account.out_fee,
    penalty: account.out_penalty,
    late_fee: account.out_late_fee,
  };
  if (COMPONENTS.some((c) => cached[c] !== outstanding[c])) reconciled = false;
  if (costs !== account.posted_costs) reconciled = false;

  // Each hold with its type and who placed and lifted it (placed_by is null for holds older than types).
  const holds = await db
    .selectFrom('account_holds')
    .select(['type', 'from_on', 'to_on', 'reason', 'placed_by', 'lifted_by', 'lifted_at'])
    .where('account_id', '=', account.id)
    .orderBy('from_on')
    .orderBy('id')
    .execute();
  const parties = await accountParties(store, account.id);

  return {
    account_id: account.account_id,
    ref: accountRef(account.id),
    portfolio: account.portfolio_id,
    product: account.product,
    currency: cur,
    opened_on: account.opened_on,
    principal: formatAmount(account.principal, cur),
    terms: {
      annual_rate: account.annual_rate,
      penalty_uplift: account.penalty_uplift,
      late_fee: formatAmount(account.late_fee, cur),
      grace_days: account.grace_days,
      allocation: account.allocation,
      day_count: account.day_count,
      cost_cap_rate: account.cost_cap_rate,
    },
    as_of: asOf,
    processed_through: account.processed_through,
    status: account.status,
    dpd: account.dpd,
    bucket: account.bucket,
    stage: account.stage,
    outstanding: view(outstanding),
    past_due: view(pastDue),
    unapplied_credit: formatAmount(account.unapplied_credit, cur),
    reconciled,
    holds,
    parties,
    installments,
    entries: entryRows.map((e) => ({
      id: `ent_${String(e.id).padStart(12, '0')}`,
      posted_on: e.posted_on,
      kind: e.kind,
      installment_no: e.installment_no,
      payment_id: e.payment_id === null ? null : (paymentIds.get(e.payment_id) ?? null),
      arrangement_id: arrangementRef(e.arrangement_id),
      principal: formatAmount(e.principal, cur),
      interest: formatAmount(e.interest, cur),
      fee: formatAmount(e.fee, cur),
      penalty: formatAmount(e.penalty, cur),
      late_fee: formatAmount(e.late_fee, cur),
      credit: formatAmount(e.credit, cur),
      accrued_from: e.accrued_from,
      accrued_to: e.accrued_to,
    })),
  };
}

export type AccountView = Awaited<ReturnType<typeof showAccount>>;

/**
 * The account's parties with their ID numbers and contact points masked (src/privacy): personal data is
 * shown in clear only by `dunwell party reveal`, which records who asked and why.
 */
async function accountParties(store: Store, accountId: number) {
  const parties = await store.db
    .selectFrom('relations')
    .innerJoin('parties', 'parties.id', 'relations.party_id')
    .select(['parties.id', 'parties.party_id', 'parties.name', 'parties.id_number', 'relations.role'])
    .where('relations.account_id', '=', accountId)
    .orderBy(sql`relations.role`)
    .execute();
  const points =
    parties.length === 0
      ? []
      : await store.db
          .selectFrom('contact_points')
          .select(['party_id', 'type', 'value', 'verified', 'do_not_contact'])
          .where('party_id', 'in', [...new Set(parties.map((p) => p.id))])
          .orderBy('type')
          .orderBy('verified', 'desc')
          .orderBy('id')
          .execute();
  return parties.map((p) => ({
    party_id: p.party_id,
    name: p.name,
    role: p.role,
    id_number: maskIdNumber(p.id_number),
    contacts: points
      .filter((c) => Number(c.party_id) === Number(p.id))
      .map((c) => ({
        type: c.type,
        value: maskContactValue(c.type, c.value),
        verified: Number(c.verified) === 1,
        do_not_contact: Number(c.do_not_contact) === 1,
      })),
  }));
}
