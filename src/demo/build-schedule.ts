/**
 * Instalment schedules for the demo's three products, in integer minor units only. Interest is
 * round_half_even(balance × annual_rate / 12) per month through rate.ts; the level payment of an
 * amortising loan is computed as an exact fraction of BigInts (no floating point), and the last
 * instalment takes whatever principal is left so the principals always add up to the amount lent.
 */
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import type { Minor } from '../domain/money/money.js';
import { applyRates, divRoundHalfEven, type Rate } from '../domain/money/rate.js';

export interface ScheduledInstallment {
  no: number;
  dueOn: IsoDate;
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` after `from`'s month, on `dayOfMonth` — or the last day of that month when it is
 * shorter (a loan drawn on 31 January falls due on 28 or 29 February, then 31 March).
 */
export function monthlyDate(from: IsoDate, months: number, dayOfMonth: number): IsoDate {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = (((month % 12) + 12) % 12) + 1;
  const d = Math.min(dayOfMonth, daysInMonth(y, m));
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The level monthly payment that repays `principal` over `months` at `annualRate`:
 * P·r·(1+r)^n / ((1+r)^n − 1) with r = rate/12, evaluated as one BigInt fraction and rounded half-even.
 */
export function levelPayment(principal: Minor, annualRate: Rate, months: number): Minor {
  if (annualRate.num === 0n) return Number(divRoundHalfEven(BigInt(principal), BigInt(months)));
  const c = 12n * annualRate.den;
  const b = c + annualRate.num;
  const bn = b ** BigInt(months);
  const cn = c ** BigInt(months);
  return Number(divRoundHalfEven(BigInt(principal) * annualRate.num * bn, c * (bn - cn)));
}

export interface AmortisingOptions {
  principal: Minor;
  annualRate: Rate;
  months: number;
  openedOn: IsoDate;
  /** A flat monthly service fee (some consumer lenders charge one instead of part of the interest). */
  monthlyFee: Minor;
}

/** 等额本息: equal monthly payments of principal plus interest, due on the day of the month the loan was drawn. */
export function amortisingSchedule(options: AmortisingOptions): ScheduledInstallment[] {
  const { principal, annualRate, months, openedOn, monthlyFee } = options;
  const payment = levelPayment(principal, annualRate, months);
  const day = Number(openedOn.slice(8, 10));
  const rows: ScheduledInstallment[] = [];
  let balance = principal;
  for (let no = 1; no <= months; no++) {
    const interest = applyRates(balance, [annualRate], 12n);
    const part = no === months ? balance : Math.min(balance, Math.max(0, payment - interest));
    balance -= part;
    rows.push({ no, dueOn: monthlyDate(openedOn, no, day), principal: part, interest, fee: monthlyFee });
  }
  return rows;
}

export interface RevolvingOptions {
  balance: Minor;
  annualRate: Rate;
  months: number;
  /** The first due date; later ones fall on the same day of the following months. */
  firstDueOn: IsoDate;
  /** Charged with the first instalment and again every twelfth (0 for fee-free cards). */
  annualFee: Minor;
}

/**
 * A revolving card balance as the bank's minimum-payment plan: an equal share of the balance each month
 * plus the month's interest on what is still owed, due on the card's payment day.
 */
export function revolvingSchedule(options: RevolvingOptions): ScheduledInstallment[] {
  const { balance, annualRate, months, firstDueOn, annualFee } = options;
  const share = Math.floor(balance / months);
  const day = Number(firstDueOn.slice(8, 10));
  const rows: ScheduledInstallment[] = [];
  let owed = balance;
  for (let no = 1; no <= months; no++) {
    const part = no === months ? owed : share;
    const interest = applyRates(owed, [annualRate], 12n);
    owed -= part;
    rows.push({
      no,
      dueOn: monthlyDate(firstDueOn, no - 1, day),
      principal: part,
      interest,
      fee: (no - 1) % 12 === 0 ? annualFee : 0,
    });
  }
  return rows;
}

export interface Invoice {
  issuedOn: IsoDate;
  /** Payment terms: net 30 or net 60 days. */
  netDays: number;
  amount: Minor;
}

/** Each open invoice is one instalment, due `netDays` after it was issued, oldest first. */
export function invoiceSchedule(invoices: readonly Invoice[]): ScheduledInstallment[] {
  return [...invoices]
    .map((inv) => ({ dueOn: addDays(inv.issuedOn, inv.netDays), amount: inv.amount }))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0))
    .map((inv, i) => ({ no: i + 1, dueOn: inv.dueOn, principal: inv.amount, interest: 0, fee: 0 }));
}
