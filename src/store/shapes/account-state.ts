/**
 * The one column list and mapper for an account's cached ledger state: what the cycle writes after moving
 * a ledger, derived from the ledger summary. `account show` re-adds the ledger against these columns.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { totalOf } from '../../domain/ledger/amounts.js';
import type { LedgerSummary } from '../../domain/ledger/summarise-ledger.js';
import type { AccountRow } from '../schema.js';
import type { Ageing } from '../write-ageing.js';
import type { TupleOf } from './tuple.js';

export const ACCOUNT_STATE_COLUMNS = [
  'processed_through',
  'replay_from',
  'dpd',
  'bucket',
  'stage',
  'oldest_unpaid_due_on',
  'out_principal',
  'out_interest',
  'out_fee',
  'out_penalty',
  'out_late_fee',
  'past_due_total',
  'unapplied_credit',
  'posted_costs',
  'status',
] as const;

/** The account's outstanding balance by component, as the last cycle left it. */
export const OUTSTANDING_COLUMNS = ['out_principal', 'out_interest', 'out_fee', 'out_penalty', 'out_late_fee'] as const;
export type OutstandingColumn = (typeof OUTSTANDING_COLUMNS)[number];

/**
 * What the account owes in all (minor units) as the last cycle left it: the sum of its outstanding columns.
 * PostgreSQL hands a bigint back as text, hence the conversion.
 */
export function outstandingTotal(row: Readonly<Record<OutstandingColumn, number | string>>): number {
  return OUTSTANDING_COLUMNS.reduce((total, column) => total + Number(row[column]), 0);
}

export interface AccountState {
  /** The last day the ledger changed. */
  changedThrough: IsoDate | null;
  ageing: Ageing;
  summary: LedgerSummary;
  postedCosts: number;
}

export function accountStateValues(s: AccountState): TupleOf<AccountRow, typeof ACCOUNT_STATE_COLUMNS> {
  const o = s.summary.outstanding;
  return [
    s.changedThrough,
    // Whatever arrived late has been value-dated by the run that writes this.
    null,
    s.ageing.dpd,
    s.ageing.bucket,
    s.ageing.stage,
    s.summary.oldestUnpaidDueOn,
    o.principal,
    o.interest,
    o.fee,
    o.penalty,
    o.late_fee,
    totalOf(s.summary.pastDue),
    s.summary.credit,
    s.postedCosts,
    s.summary.status,
  ];
}
