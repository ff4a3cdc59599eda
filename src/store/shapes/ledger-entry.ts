/**
 * The one column list and mapper for writing a ledger posting: the cycle's postings and the schedule
 * import's charges become rows here, whatever produced them.
 */

import type { Insertable } from 'kysely';
import type { Posting } from '../../domain/ledger/ledger-types.js';
import type { LedgerEntryTable } from '../schema.js';
import type { TupleOf } from './tuple.js';

export const LEDGER_ENTRY_COLUMNS = [
  'account_id',
  'installment_no',
  'posted_on',
  'kind',
  'payment_id',
  'principal',
  'interest',
  'fee',
  'penalty',
  'late_fee',
  'credit',
  'accrued_from',
  'accrued_to',
  'arrangement_id',
] as const;

export function ledgerEntryValues(
  accountId: number,
  p: Posting,
): TupleOf<Insertable<LedgerEntryTable>, typeof LEDGER_ENTRY_COLUMNS> {
  const a = p.amounts;
  return [
    accountId,
    p.installmentNo,
    p.postedOn,
    p.kind,
    p.paymentId,
    a.principal,
    a.interest,
    a.fee,
    a.penalty,
    a.late_fee,
    p.credit,
    p.period?.from ?? null,
    p.period?.to ?? null,
    p.arrangementId ?? null,
  ];
}
