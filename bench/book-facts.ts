/**
 * What the later files of the benchmark dataset (contacts, collateral, the year's payments) need to know about
 * each generated account, kept in typed arrays so that a million accounts cost a few tens of MB instead of
 * a million objects; and the one place that works out an account's instalments and due dates, so the
 * schedules file and the year's payments always agree on what is owed when.
 */
import { fromDay, type IsoDate, toDay } from '../src/domain/calendar/calendar.js';

export interface BookFacts {
  readonly accounts: number;
  readonly cycleDay: IsoDate;
  /** Days from the cycle day D to the account's first due date (negative: past due on D). */
  readonly firstDueOffset: Int16Array;
  /** Minor units. */
  readonly principal: Float64Array;
  /** Annual rate in basis points (0.18 → 1800). */
  readonly rateBp: Uint16Array;
  /** Service fee per instalment, minor units. */
  readonly fee: Uint16Array;
  /** Late fee per instalment, minor units. */
  readonly lateFee: Uint16Array;
  /** Day-count basis: 360 or 365. */
  readonly basis: Uint16Array;
  /** 1 when the borrower is a company. */
  readonly company: Uint8Array;
  /** 1 when the account is past due on D before D's payments. */
  readonly pastDue: Uint8Array;
  /** What the account paid on D, minor units (0: nothing). */
  readonly paidOnD: Float64Array;
  /** 1 when D's payment cleared everything past due (the account is current after D). */
  readonly curedOnD: Uint8Array;
}

export function emptyBookFacts(accounts: number, cycleDay: IsoDate): BookFacts {
  return {
    accounts,
    cycleDay,
    firstDueOffset: new Int16Array(accounts),
    principal: new Float64Array(accounts),
    rateBp: new Uint16Array(accounts),
    fee: new Uint16Array(accounts),
    lateFee: new Uint16Array(accounts),
    basis: new Uint16Array(accounts),
    company: new Uint8Array(accounts),
    pastDue: new Uint8Array(accounts),
    paidOnD: new Float64Array(accounts),
    curedOnD: new Uint8Array(accounts),
  };
}

export interface Instalment {
  dueOn: IsoDate;
  principal: number;
  interest: number;
  fee: number;
  /** principal + interest + fee */
  total: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Math.min(d, last), 2)}`;
}

export interface AccountCalendar {
  opened: IsoDate;
  dues: IsoDate[];
}

/**
 * An account's opening day and monthly due dates from its first due date's offset to D. Only a few hundred
 * distinct offsets occur, so each is worked out once.
 */
export function bookCalendar(cycleDay: IsoDate, installments: number): (offset: number) => AccountCalendar {
  const cycleDayNumber = toDay(cycleDay);
  const known = new Map<number, AccountCalendar>();
  return (offset) => {
    let entry = known.get(offset);
    if (!entry) {
      const first = fromDay(cycleDayNumber + offset);
      entry = {
        opened: addMonths(first, -1),
        dues: Array.from({ length: installments }, (_, k) => addMonths(first, k)),
      };
      known.set(offset, entry);
    }
    return entry;
  };
}

/** Equal principal, interest on the declining balance (a twelfth of the annual rate), the same fee each time. */
export function instalmentsOf(principal: number, rateBp: number, fee: number, dues: readonly IsoDate[]): Instalment[] {
  const count = dues.length;
  const part = Math.floor(principal / count);
  let remaining = principal;
  return dues.map((dueOn, k) => {
    const p = k === count - 1 ? remaining : part;
    const interest = Math.round((remaining * rateBp) / 120_000);
    remaining -= p;
    return { dueOn, principal: p, interest, fee, total: p + interest + fee };
  });
}
