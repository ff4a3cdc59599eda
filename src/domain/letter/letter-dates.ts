/**
 * The days a letter names: the day to pay by (or before which nothing is reported), and a validation
 * notice's end of the validation period under Regulation F § 1006.34(b)(5): thirty days after the debtor
 * receives it, receipt assumed five business days (Monday to Friday) after the letter's date — the latest
 * the rule lets a collector assume, so the period is never shorter than the law gives.
 */
import { addDays, type IsoDate, toDay } from '../calendar/calendar.js';
import { type LetterKind, RESPOND_DAYS } from './letter-codes.js';

/** 0 Sunday … 6 Saturday (1970-01-01, day 0, was a Thursday). */
function weekday(date: IsoDate): number {
  return (((toDay(date) + 4) % 7) + 7) % 7;
}

/** `days` business days (Monday to Friday) after `date`. */
export function addBusinessDays(date: IsoDate, days: number): IsoDate {
  let day = date;
  let left = days;
  while (left > 0) {
    day = addDays(day, 1);
    const w = weekday(day);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return day;
}

/** Receipt assumed five business days after the letter's date; the period ends thirty days after that. */
export function validationPeriodEnd(letterDate: IsoDate): IsoDate {
  return addDays(addBusinessDays(letterDate, 5), 30);
}

/** The day a letter of `kind` dated `letterDate` names. */
export function respondBy(kind: LetterKind, letterDate: IsoDate): IsoDate {
  if (kind === 'validation_notice') return validationPeriodEnd(letterDate);
  return addDays(letterDate, RESPOND_DAYS[kind]);
}
