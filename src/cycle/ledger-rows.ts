/**
 * Translation between stored rows and the ledger engine's state. Kept in one place so the cycle and
 * `account show` read balances the same way.
 */

import type { InstallmentState } from '../domain/ledger/ledger-types.js';
import type { InstallmentRow } from '../store/schema.js';

export function installmentFromRow(row: InstallmentRow): InstallmentState {
  return {
    no: row.installment_no,
    dueOn: row.due_on,
    due: {
      principal: row.principal,
      interest: row.interest,
      fee: row.fee,
      penalty: row.penalty,
      late_fee: row.late_fee,
    },
    paid: {
      principal: row.paid_principal,
      interest: row.paid_interest,
      fee: row.paid_fee,
      penalty: row.paid_penalty,
      late_fee: row.paid_late_fee,
    },
    lateFeeDecided: row.late_fee_decided === 1,
  };
}

/** Oldest first: by due date, then instalment number (the order allocation and accrual walk). */
export function byDueDate(a: { dueOn: string; no: number }, b: { dueOn: string; no: number }): number {
  return a.dueOn === b.dueOn ? a.no - b.no : a.dueOn < b.dueOn ? -1 : 1;
}

/** Columns written back to `installments` after the cycle moved an instalment's balances. */
export const INSTALLMENT_BALANCE_COLUMNS = [
  'penalty',
  'late_fee',
  'paid_principal',
  'paid_interest',
  'paid_fee',
  'paid_penalty',
  'paid_late_fee',
  'late_fee_decided',
] as const;

export function installmentBalanceValues(inst: InstallmentState): (number | 0 | 1)[] {
  return [
    inst.due.penalty,
    inst.due.late_fee,
    inst.paid.principal,
    inst.paid.interest,
    inst.paid.fee,
    inst.paid.penalty,
    inst.paid.late_fee,
    inst.lateFeeDecided ? 1 : 0,
  ];
}
