/**
 * The deadlines of a legal case, computed (never stored, so they follow the ledger and the case):
 *
 * - Notarized enforcement: the application to the court must be made within 2 years (民事诉讼法 (2023)
 *   art. 250), counted for an instalment debt from each instalment's own last day for payment (最高人民法院
 *   关于公证债权文书执行若干问题的规定 (2018) art. 9). Each unpaid instalment therefore has its own deadline,
 *   and the oldest unpaid instalment is the first to lapse. Asking the notary for the enforcement
 *   certificate interrupts the period (the same art. 9): for every instalment whose period was still
 *   running that day, the 2 years start again from the application.
 * - After a judgment or award: enforcement must be applied for within 2 years of the last day for payment
 *   the judgment sets (art. 250). That day is in the judgment, not here; counted from the judgment's own
 *   day the deadline comes no later than the law's, so it is the safe date to work to.
 *
 * Day counting follows 民法典 arts. 201–203: the start day is not counted, a period in years ends on the
 * matching day (the last day of the month when there is none: 29 February + 2 years = 28 February), and a
 * last day that falls on a statutory holiday moves to the next working day (`shift`, given by the caller
 * from the holiday data; none by default).
 */
import { type IsoDate, isIsoDate } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import type { Minor } from '../money/money.js';

/** Years to apply for enforcement (民事诉讼法 (2023) art. 250). */
export const ENFORCEMENT_APPLICATION_YEARS = 2;

export const ENFORCEMENT_DEADLINE_CITATION =
  '民事诉讼法 (2023) art. 250; 最高人民法院关于公证债权文书执行若干问题的规定 (2018) art. 9';

/** The matching day `years` later; a 29 February with no match ends on 28 February (民法典 art. 202). */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!isIsoDate(date)) throw new AppError('INVALID_INPUT', `"${date}" is not a valid date (YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return new Date(Date.UTC(y + years, m - 1, Math.min(d, last))).toISOString().slice(0, 10);
}

export interface OwedInstalment {
  no: number;
  dueOn: IsoDate;
  /** What it still owes, every component (minor units). */
  owed: Minor;
}

/** `open`: the deadline is today or later; `passed`: it has gone by; `not_due`: not yet payable. */
export type DeadlineState = 'open' | 'passed' | 'not_due';

export interface InstalmentDeadline {
  no: number;
  dueOn: IsoDate;
  owed: Minor;
  deadlineOn: IsoDate;
  /** True when the certificate application restarted this instalment's 2 years. */
  restarted: boolean;
  state: DeadlineState;
}

export interface NotarizedDeadlines {
  instalments: InstalmentDeadline[];
  /** The earliest deadline still open: the date the enforcement application must beat. */
  nearest: InstalmentDeadline | null;
}

/**
 * Every unpaid instalment's deadline to apply for enforcement, and the nearest one still open. Paid
 * instalments need no enforcement and are left out.
 */
export function notarizedDeadlines(options: {
  instalments: readonly OwedInstalment[];
  /** The day the enforcement certificate was applied for, if it was. */
  certificateAppliedOn: IsoDate | null;
  today: IsoDate;
  shift?: (day: IsoDate) => IsoDate;
}): NotarizedDeadlines {
  const { certificateAppliedOn: applied, today } = options;
  const shift = options.shift ?? ((day: IsoDate) => day);
  const deadlineFrom = (start: IsoDate) => shift(addYears(start, ENFORCEMENT_APPLICATION_YEARS));
  const instalments = options.instalments
    .filter((i) => i.owed > 0)
    .map((i): InstalmentDeadline => {
      const own = deadlineFrom(i.dueOn);
      // Interrupted only while running: due by the application day and not yet lapsed on it.
      const restarted = applied !== null && i.dueOn <= applied && applied <= own;
      const deadlineOn = restarted ? deadlineFrom(applied) : own;
      const state: DeadlineState = i.dueOn >= today ? 'not_due' : deadlineOn < today ? 'passed' : 'open';
      return { no: i.no, dueOn: i.dueOn, owed: i.owed, deadlineOn, restarted, state };
    })
    .sort((a, b) => (a.deadlineOn < b.deadlineOn ? -1 : a.deadlineOn > b.deadlineOn ? 1 : a.no - b.no));
  const nearest = instalments.find((i) => i.state === 'open') ?? null;
  return { instalments, nearest };
}

/** The safe last day to apply for enforcement of a judgment or award (see the top of this file). */
export function judgmentEnforcementDeadline(judgmentOn: IsoDate, shift?: (day: IsoDate) => IsoDate): IsoDate {
  const day = addYears(judgmentOn, ENFORCEMENT_APPLICATION_YEARS);
  return shift ? shift(day) : day;
}
