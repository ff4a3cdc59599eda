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

/**
 * Columns only arrangements change (a plan's breach moves due dates; waivers and reschedules clear amounts):
 * written apart, for the few instalments where they changed, so the daily write of balances stays narrow.
 */
export const INSTALLMENT_ARRANGEMENT_COLUMNS = [
  'due_on',
  'cleared_principal',
  'cleared_interest',
  'cleared_fee',
  'cleared_penalty',
  'cleared_late_fee',
  'penalty_free',
] as const;

/** The instalment as the ledger reads it: its key and schedule, then the balances the cycle writes back. */
export const INSTALLMENT_STATE_COLUMNS = [
  'account_id',
  'installment_no',
  'principal',
  'interest',
  'fee',
  'arrangement_id',
  ...INSTALLMENT_BALANCE_COLUMNS,
  ...INSTALLMENT_ARRANGEMENT_COLUMNS,
] as const;

/** Every column of a new instalment the ledger creates (a plan's): its key, then as loaded. */
export const INSTALLMENT_INSERT_COLUMNS = INSTALLMENT_STATE_COLUMNS;

export type InstallmentTuple = TupleOf<InstallmentRow, typeof INSTALLMENT_STATE_COLUMNS>;

export function installmentFromTuple(t: InstallmentTuple): InstallmentState {
  const [
    ,
    no,
    principal,
    interest,
    fee,
    arrangementId,
    penalty,
    lateFee,
    pp,
    pi,
    pf,
    ppen,
    plf,
    decided,
    accrued,
    from,
    dueOn,
    cp,
    ci,
    cf,
    cpen,
    clf,
    penaltyFree,
  ] = t;
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
    cleared: {
      principal: Number(cp),
      interest: Number(ci),
      fee: Number(cf),
      penalty: Number(cpen),
      late_fee: Number(clf),
    },
    arrangementId: arrangementId === null ? null : Number(arrangementId),
    penaltyFree: Number(penaltyFree) === 1,
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

export function installmentArrangementValues(
  inst: InstallmentState,
): TupleOf<InstallmentRow, typeof INSTALLMENT_ARRANGEMENT_COLUMNS> {
  return [
    inst.dueOn,
    inst.cleared.principal,
    inst.cleared.interest,
    inst.cleared.fee,
    inst.cleared.penalty,
    inst.cleared.late_fee,
    inst.penaltyFree ? 1 : 0,
  ];
}

/** A new instalment's row (a plan instalment): what it owes as its schedule, in INSTALLMENT_INSERT_COLUMNS order. */
export function installmentInsertValues(accountId: number, inst: InstallmentState): unknown[] {
  return [
    accountId,
    inst.no,
    inst.due.principal,
    inst.due.interest,
    inst.due.fee,
    inst.arrangementId,
    ...installmentBalanceValues(inst),
    ...installmentArrangementValues(inst),
  ];
}
