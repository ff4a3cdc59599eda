/**
 * The SQL type of every column, for statements that pass whole columns as typed arrays (PostgreSQL's
 * `unnest`). The mapped type makes the compiler insist that every column of every table is listed, so
 * a new column cannot silently get the wrong cast.
 */
import type { Schema } from './schema.js';

export type SqlType = 'bigint' | 'integer' | 'text' | 'date';

type ColumnTypes = { readonly [T in keyof Schema]: { readonly [C in keyof Schema[T]]-?: SqlType } };

const created = { created_at: 'text' } as const;
const stamps = { created_at: 'text', updated_at: 'text' } as const;

export const COLUMN_TYPES: ColumnTypes = {
  portfolios: { portfolio_id: 'text', time_zone: 'text', buckets: 'text', stages: 'text', ...created },
  parties: {
    id: 'bigint',
    party_id: 'text',
    kind: 'text',
    name: 'text',
    id_number: 'text',
    segment: 'text',
    region: 'text',
    timezone: 'text',
    language: 'text',
    birth_date: 'date',
    occupation: 'text',
    employer: 'text',
    vulnerability: 'text',
    ...stamps,
  },
  accounts: {
    id: 'bigint',
    account_id: 'text',
    portfolio_id: 'text',
    product: 'text',
    currency: 'text',
    opened_on: 'date',
    principal: 'bigint',
    annual_rate: 'text',
    penalty_uplift: 'text',
    late_fee: 'bigint',
    grace_days: 'integer',
    allocation: 'text',
    day_count: 'text',
    cost_cap_rate: 'text',
    status: 'text',
    assigned_to: 'text',
    grade: 'text',
    strategy_variant: 'text',
    processed_through: 'date',
    dpd: 'integer',
    bucket: 'text',
    stage: 'text',
    oldest_unpaid_due_on: 'date',
    out_principal: 'bigint',
    out_interest: 'bigint',
    out_fee: 'bigint',
    out_penalty: 'bigint',
    out_late_fee: 'bigint',
    past_due_total: 'bigint',
    unapplied_credit: 'bigint',
    posted_costs: 'bigint',
    ...stamps,
  },
  installments: {
    account_id: 'bigint',
    installment_no: 'integer',
    due_on: 'date',
    principal: 'bigint',
    interest: 'bigint',
    fee: 'bigint',
    penalty: 'bigint',
    late_fee: 'bigint',
    paid_principal: 'bigint',
    paid_interest: 'bigint',
    paid_fee: 'bigint',
    paid_penalty: 'bigint',
    paid_late_fee: 'bigint',
    late_fee_decided: 'integer',
  },
  payments: {
    id: 'bigint',
    payment_id: 'text',
    account_id: 'bigint',
    paid_at: 'text',
    value_on: 'date',
    amount: 'bigint',
    currency: 'text',
    channel: 'text',
    payer_party_id: 'bigint',
    posted_on: 'date',
    ...created,
  },
  ledger_entries: {
    id: 'bigint',
    account_id: 'bigint',
    installment_no: 'integer',
    posted_on: 'date',
    kind: 'text',
    payment_id: 'bigint',
    principal: 'bigint',
    interest: 'bigint',
    fee: 'bigint',
    penalty: 'bigint',
    late_fee: 'bigint',
    credit: 'bigint',
  },
  relations: { account_id: 'bigint', party_id: 'bigint', role: 'text', ...created },
  contact_points: {
    id: 'bigint',
    party_id: 'bigint',
    type: 'text',
    value: 'text',
    verified: 'integer',
    do_not_contact: 'integer',
    ...stamps,
  },
  collateral: {
    id: 'bigint',
    collateral_id: 'text',
    account_id: 'bigint',
    type: 'text',
    description: 'text',
    value: 'bigint',
    currency: 'text',
    valued_on: 'date',
    ...stamps,
  },
  account_holds: { id: 'bigint', account_id: 'bigint', from_on: 'date', to_on: 'date', reason: 'text', ...created },
  events: {
    id: 'bigint',
    occurred_at: 'text',
    actor: 'text',
    kind: 'text',
    account_id: 'bigint',
    payload: 'text',
    prev_hash: 'text',
    hash: 'text',
  },
  cycle_runs: { id: 'bigint', as_of: 'date', started_at: 'text', finished_at: 'text', status: 'text', steps: 'text' },
  aging_snapshots: {
    as_of: 'date',
    portfolio_id: 'text',
    currency: 'text',
    bucket: 'text',
    accounts: 'bigint',
    outstanding: 'bigint',
    past_due: 'bigint',
  },
};

export function columnType(table: keyof Schema, column: string): SqlType {
  const type = (COLUMN_TYPES[table] as Readonly<Record<string, SqlType>>)[column];
  if (!type) throw new Error(`no column ${table}.${column}`);
  return type;
}
