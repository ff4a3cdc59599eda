/**
 * The one column list and mapper for an instalment's ledger state: the cycle's load, `account show` and the
 * cycle's write-back all use these, so a new balance column is added in one place.
 */
import type { InstallmentState } from '../../domain/ledger/ledger-types.js';
import type { InstallmentRow } from '../schema.js';
import { type TupleOf, tupleOf } from './tuple.js';

/** Columns written back after the cycle moved an instalment's balances (the scheduled amounts never change). */
export const INSTALLMENT_BALANCE_COLUMNS = [
  'penalty',
  'late_fee',
  'paid_principal',
  'paid_interest',
  'paid_fee',
  'paid_penalty',
  'paid_late_fee',
  'late_fee_decided',
  'accrued_penalty',
  'accrued_from',
] as const;

/** The instalment as the ledger reads it: its key and schedule, then the balances the cycle writes back. */
export const INSTALLMENT_STATE_COLUMNS = [
  'account_id',
  'installment_no',
  'due_on',
  'principal',
  'interest',
  'fee',
  ...INSTALLMENT_BALANCE_COLUMNS,
] as const;

export type InstallmentTuple = TupleOf<InstallmentRow, typeof INSTALLMENT_STATE_COLUMNS>;

export function installmentFromTuple(t: InstallmentTuple): InstallmentState {
  const [, no, dueOn, principal, interest, fee, penalty, lateFee, pp, pi, pf, ppen, plf, decided, accrued, from] = t;
  return {
    no: Number(no),
    dueOn: String(dueOn),
    due: {
      principal: Number(principal),
      interest: Number(interest),
      fee: Number(fee),
      penalty: Number(penalty),
      late_fee: Number(lateFee),
    },
    paid: {
      principal: Number(pp),
      interest: Number(pi),
      fee: Number(pf),
      penalty: Number(ppen),
      late_fee: Number(plf),
    },
    lateFeeDecided: Number(decided) === 1,
    accrued: Number(accrued),
    accruedFrom: from === null ? null : String(from),
  };
}

/** The same, from a row read as an object. */
export function installmentFromRow(
  row: Pick<InstallmentRow, (typeof INSTALLMENT_STATE_COLUMNS)[number]>,
): InstallmentState {
  return installmentFromTuple(
    tupleOf<InstallmentRow, typeof INSTALLMENT_STATE_COLUMNS>(row, INSTALLMENT_STATE_COLUMNS),
  );
}

export function installmentBalanceValues(
  inst: InstallmentState,
): TupleOf<InstallmentRow, typeof INSTALLMENT_BALANCE_COLUMNS> {
  return [
    inst.due.penalty,
    inst.due.late_fee,
    inst.paid.principal,
    inst.paid.interest,
    inst.paid.fee,
    inst.paid.penalty,
    inst.paid.late_fee,
    inst.lateFeeDecided ? 1 : 0,
    inst.accrued,
    inst.accruedFrom,
  ];
}
