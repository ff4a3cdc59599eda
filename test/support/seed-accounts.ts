/**
 * Test factory: writes accounts with schedules, payments and holds straight into a store, following the
 * ledger contract the importer follows (each instalment charged to the ledger on the opening date, the
 * account's cached totals equal to those charges). Defaults keep tests short.
 */
import { DEFAULT_BUCKETS, DEFAULT_STAGES, DEFAULT_TIME_ZONE } from '../../src/domain/ageing/ageing.js';
import { dateInZone } from '../../src/domain/calendar/calendar.js';
import type { Store } from '../../src/store/open-database.js';
import { ACCOUNT_TERMS_COLUMNS } from '../../src/store/shapes/account-terms.js';

export interface SeedInstallment {
  no: number;
  due_on: string;
  principal: number;
  interest?: number;
  fee?: number;
}

export interface SeedAccount {
  account_id: string;
  portfolio?: string;
  currency?: string;
  opened_on?: string;
  principal?: number;
  annual_rate?: string;
  penalty_uplift?: string;
  late_fee?: number;
  grace_days?: number;
  allocation?: 'standard' | 'principal_first';
  day_count?: 'act360' | 'act365';
  cost_cap_rate?: string | null;
  installments: SeedInstallment[];
  payments?: { payment_id: string; paid_at: string; amount: number }[];
  holds?: { from_on: string; to_on: string | null }[];
}

const STAMP = '2026-01-01T00:00:00.000Z';

export async function seedAccounts(store: Store, accounts: readonly SeedAccount[]): Promise<void> {
  const db = store.db;
  for (const a of accounts) {
    const portfolio = a.portfolio ?? 'test';
    await db
      .insertInto('portfolios')
      .values({
        portfolio_id: portfolio,
        time_zone: DEFAULT_TIME_ZONE,
        buckets: JSON.stringify(DEFAULT_BUCKETS),
        stages: JSON.stringify(DEFAULT_STAGES),
        created_at: STAMP,
      })
      .onConflict((oc) => oc.column('portfolio_id').doNothing())
      .execute();
    const openedOn = a.opened_on ?? '2026-01-01';
    const charged = (i: SeedInstallment) => i.principal + (i.interest ?? 0) + (i.fee ?? 0);
    const unpaid = a.installments.filter((i) => charged(i) > 0).map((i) => i.due_on);
    const { id } = await db
      .insertInto('accounts')
      .values({
        account_id: a.account_id,
        portfolio_id: portfolio,
        product: 'installment_loan',
        currency: a.currency ?? 'CNY',
        opened_on: openedOn,
        principal: a.principal ?? a.installments.reduce((s, i) => s + i.principal, 0),
        annual_rate: a.annual_rate ?? '0.18',
        penalty_uplift: a.penalty_uplift ?? '0.5',
        late_fee: a.late_fee ?? 5_000,
        grace_days: a.grace_days ?? 3,
        allocation: a.allocation ?? 'standard',
        day_count: a.day_count ?? 'act360',
        cost_cap_rate: a.cost_cap_rate ?? null,
        assigned_to: null,
        grade: null,
        strategy_variant: null,
        processed_through: null,
        oldest_unpaid_due_on: unpaid.length > 0 ? unpaid.sort()[0] : null,
        out_principal: a.installments.reduce((s, i) => s + i.principal, 0),
        out_interest: a.installments.reduce((s, i) => s + (i.interest ?? 0), 0),
        out_fee: a.installments.reduce((s, i) => s + (i.fee ?? 0), 0),
        created_at: STAMP,
        updated_at: STAMP,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('account_terms')
      .columns(['account_id', 'effective_from', ...ACCOUNT_TERMS_COLUMNS, 'created_at'])
      .expression((eb) =>
        eb
          .selectFrom('accounts')
          .select(['id', 'opened_on', ...ACCOUNT_TERMS_COLUMNS, 'created_at'])
          .where('id', '=', id),
      )
      .execute();
    for (const i of a.installments) {
      await db
        .insertInto('installments')
        .values({
          account_id: id,
          installment_no: i.no,
          due_on: i.due_on,
          principal: i.principal,
          interest: i.interest ?? 0,
          fee: i.fee ?? 0,
        })
        .execute();
      if (charged(i) > 0) {
        await db
          .insertInto('ledger_entries')
          .values({
            account_id: id,
            installment_no: i.no,
            posted_on: openedOn,
            kind: 'charge',
            payment_id: null,
            principal: i.principal,
            interest: i.interest ?? 0,
            fee: i.fee ?? 0,
            penalty: 0,
            late_fee: 0,
            credit: 0,
          })
          .execute();
      }
    }
    for (const p of a.payments ?? []) await addPayment(store, a.account_id, p);
    for (const h of a.holds ?? []) {
      await db
        .insertInto('account_holds')
        .values({ account_id: id, from_on: h.from_on, to_on: h.to_on, reason: 'test', created_at: STAMP })
        .execute();
    }
  }
}

export async function addPayment(
  store: Store,
  accountId: string,
  p: { payment_id: string; paid_at: string; amount: number },
): Promise<void> {
  const account = await store.db
    .selectFrom('accounts')
    .select(['id', 'currency'])
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('payments')
    .values({
      payment_id: p.payment_id,
      account_id: account.id,
      paid_at: new Date(p.paid_at).toISOString(),
      value_on: dateInZone(new Date(p.paid_at).toISOString(), DEFAULT_TIME_ZONE),
      amount: p.amount,
      currency: account.currency,
      channel: 'bank_transfer',
      payer_party_id: null,
      posted_on: null,
      created_at: STAMP,
    })
    .execute();
}

/**
 * Everything the ledger and the cycle store about the accounts, every column except surrogate ids and the
 * instants rows were written at: two books that went through the same business days must be equal here,
 * however the runs were split.
 */
export async function ledgerFingerprint(store: Store) {
  const accounts = (await store.db.selectFrom('accounts').selectAll().orderBy('account_id').execute()).map(
    ({ id: _id, created_at: _c, updated_at: _u, ...rest }) => rest,
  );
  const entries = await store.db
    .selectFrom('ledger_entries')
    .innerJoin('accounts', 'accounts.id', 'ledger_entries.account_id')
    .leftJoin('payments', 'payments.id', 'ledger_entries.payment_id')
    .select([
      'accounts.account_id',
      'ledger_entries.installment_no',
      'ledger_entries.posted_on',
      'ledger_entries.kind',
      'payments.payment_id',
      'ledger_entries.principal',
      'ledger_entries.interest',
      'ledger_entries.fee',
      'ledger_entries.penalty',
      'ledger_entries.late_fee',
      'ledger_entries.credit',
      'ledger_entries.accrued_from',
      'ledger_entries.accrued_to',
    ])
    .orderBy('accounts.account_id')
    .orderBy('ledger_entries.id')
    .execute();
  const installments = (
    await store.db
      .selectFrom('installments')
      .innerJoin('accounts', 'accounts.id', 'installments.account_id')
      .selectAll('installments')
      .select('accounts.account_id as account')
      .orderBy('accounts.account_id')
      .orderBy('installments.installment_no')
      .execute()
  ).map(({ account_id: _id, ...rest }) => rest);
  const payments = (await store.db.selectFrom('payments').selectAll().orderBy('payment_id').execute()).map(
    ({ id: _id, created_at: _c, account_id: _a, payer_party_id: _p, ...rest }) => rest,
  );
  return { accounts, entries, installments, payments };
}
