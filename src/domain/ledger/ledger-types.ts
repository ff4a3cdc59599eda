import type { IsoDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import type { Amounts } from './amounts.js';

/** How a payment is split over instalments and components (see allocate-payment). */
export const ALLOCATION_METHODS = ['standard', 'principal_first'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];
/** The year basis of daily penalty interest and of the cost cap. */
export const DAY_COUNTS = ['act360', 'act365'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

/** The contract terms the ledger needs. */
export interface AccountTerms {
  openedOn: IsoDate;
  /** Contract principal: the base of the cost cap. */
  principal: Minor;
  annualRate: Rate;
  penaltyUplift: Rate;
  lateFee: Minor;
  graceDays: number;
  allocation: AllocationMethod;
  dayCount: DayCount;
  costCapRate: Rate | null;
}

/** One instalment with what was charged to it and what was paid off it. */
export interface InstallmentState {
  no: number;
  dueOn: IsoDate;
  /** Scheduled principal, interest, fee plus charged penalty and late fee. */
  due: Amounts;
  paid: Amounts;
  /** True once the late-fee decision was taken (charged, cut by the cap, not owed, or on hold). */
  lateFeeDecided: boolean;
  /**
   * Penalty interest accrued day by day and not yet posted. It is owed like posted penalty (balances,
   * DPD, the late-fee decision and the cost cap all count it) but becomes a ledger entry only at a posting
   * boundary: the last day of a month, an allocation, the first day of a hold.
   */
  accrued: Minor;
  /** The first day of the open accrual; null while nothing is accrued. */
  accruedFrom: IsoDate | null;
  /**
   * Taken off without money by an arrangement: waived by a settlement, or moved into a plan's instalments.
   * What the instalment owes is `due − paid − cleared` (plus what is accrued).
   */
  cleared: Amounts;
  /** The plan a plan instalment belongs to; null for the contract's own instalments. */
  arrangementId: number | null;
  /** True while a plan instalment accrues no penalty: from the plan's start until it is breached. */
  penaltyFree: boolean;
}

export interface LedgerState {
  /** Sorted oldest first: by due date, then instalment number. */
  installments: InstallmentState[];
  /** Money received and not yet applied to any instalment. */
  credit: Minor;
  /** Penalty interest (posted or accrued) plus late fees ever charged: the part of the cost cap the ledger adds. */
  postedCosts: Minor;
  /** True once a settlement waived what was left: the account is settled, not paid off. */
  settled?: boolean;
}

export interface PaymentToPost {
  id: number;
  /** The business date it is allocated on. */
  postedOn: IsoDate;
  /** Orders payments within a day. */
  paidAt: string;
  amount: Minor;
}

export interface Hold {
  from: IsoDate;
  /** Inclusive; null while open-ended. */
  to: IsoDate | null;
}

/**
 * What a ledger entry records:
 * - charge: an instalment's scheduled principal, interest and fee;
 * - penalty: penalty interest accrued over a period (`period`), posted at a boundary;
 * - late_fee: the late fee of an instalment;
 * - payment: money received, into unapplied credit;
 * - allocation: credit applied to an instalment's components;
 * - correction: a change to what was charged (penalty, late fee), when a late payment or instalment shows
 *   the closed days differently;
 * - reallocation: a change to what was allocated, for the same reason;
 * - waiver: what a settlement forgives once its agreed amount is paid (negative: it takes owed amounts off);
 * - reschedule: a plan moving what was due into its instalments (negative on the instalments it empties,
 *   positive on the plan instalments it creates; per component the entries of one plan sum to zero).
 */
export const POSTING_KINDS = [
  'charge',
  'penalty',
  'late_fee',
  'payment',
  'allocation',
  'correction',
  'reallocation',
  'waiver',
  'reschedule',
] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * One ledger entry. Component amounts are signed: charges positive, allocations negative. `credit` moves
 * unapplied money: a payment adds it, an allocation takes from it.
 */
export interface Posting {
  kind: PostingKind;
  postedOn: IsoDate;
  installmentNo: number | null;
  paymentId: number | null;
  amounts: Amounts;
  credit: Minor;
  /** The days a penalty posting covers; null on every other kind. */
  period: Period | null;
  /** The arrangement a waiver or reschedule carries out. */
  arrangementId?: number;
}
