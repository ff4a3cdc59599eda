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
}

export interface LedgerState {
  /** Sorted oldest first: by due date, then instalment number. */
  installments: InstallmentState[];
  /** Money received and not yet applied to any instalment. */
  credit: Minor;
  /** Penalty interest plus late fees ever posted (the part of the cost cap the ledger adds). */
  postedCosts: Minor;
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

export type PostingKind = 'penalty' | 'late_fee' | 'payment' | 'allocation';

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
}
