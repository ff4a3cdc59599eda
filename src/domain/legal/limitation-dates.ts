/**
 * Periods counted in years the way the civil code counts them: the day a period runs from is not counted
 * (民法典 第二百零一条), so a period of N years ends on the matching day N years later — the same month and
 * day of the month (第二百零二条); when that day does not exist (29 February in a common year) the pack
 * says whether the month's last day or the next month's first day is the last day.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { NoMatchingDay } from './limitation-rules.js';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The last day of a period of `years` years running from `from` (which is not counted). */
export function matchingDayAfterYears(from: IsoDate, years: number, noMatchingDay: NoMatchingDay): IsoDate {
  const year = Number(from.slice(0, 4)) + years;
  const month = Number(from.slice(5, 7));
  const day = Number(from.slice(8, 10));
  const last = daysInMonth(year, month);
  if (day <= last) return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (noMatchingDay === 'month_end') return `${pad(year, 4)}-${pad(month, 2)}-${pad(last, 2)}`;
  // Only February lacks a day, so the next month is March of the same year.
  return `${pad(year, 4)}-${pad(month + 1, 2)}-01`;
}
