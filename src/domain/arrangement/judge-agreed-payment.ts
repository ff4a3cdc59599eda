/**
 * Judges an arrangement that expects an agreed amount by a day (a settlement and its kin): payments dated
 * from the approval day through pay-by plus the portfolio's grace days count towards it. It is reached on
 * the value date of the payment that brings the count to the amount; if pay-by plus grace passes first, it
 * is breached on the next day. Pure: the cycle gives it the account's payments by value date.
 */
import { addDays, daysBetween, type IsoDate, minDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';

export interface AgreedPayment {
  /** The approval day: payments from it count. */
  from: IsoDate;
  payBy: IsoDate;
  graceDays: number;
  amount: Minor;
}

/** A payment as the verdict needs it: its value date and amount (the payments of one day reach it together). */
export interface DatedPayment {
  valueOn: IsoDate;
  amount: Minor;
}

export interface AgreedPaymentVerdict {
  /** Money counted towards it through `asOf`. */
  counted: Minor;
  /** The day the count reached the amount, or null. */
  reachedOn: IsoDate | null;
  /** The day it was breached (pay-by plus grace passed, not reached), or null. */
  breachedOn: IsoDate | null;
}

export function judgeAgreedPayment(
  agreed: AgreedPayment,
  payments: readonly DatedPayment[],
  asOf: IsoDate,
): AgreedPaymentVerdict {
  const lastCounted = addDays(agreed.payBy, agreed.graceDays);
  const through = minDate(lastCounted, asOf);
  const counting = payments
    .filter((p) => p.valueOn >= agreed.from && p.valueOn <= through)
    .sort((a, b) => daysBetween(a.valueOn, b.valueOn));
  let counted = 0;
  let reachedOn: IsoDate | null = null;
  for (const p of counting) {
    counted += p.amount;
    if (reachedOn === null && counted >= agreed.amount) reachedOn = p.valueOn;
  }
  const breachedOn = reachedOn === null && asOf > lastCounted ? addDays(lastCounted, 1) : null;
  return { counted, reachedOn, breachedOn };
}
