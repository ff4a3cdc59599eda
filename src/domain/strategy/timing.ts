/**
 * When an action is due: the day's calendar facts (computed once per day, not per account) and the
 * compiled test of an action's `on` against an account's DPD and watch events.
 *
 * Paydays past the end of a month fall on its last day: a payday on the 30th is the 28th (or 29th) in
 * February, the 31st is the 30th in April. "The day before a payday" is judged on tomorrow's date, so the
 * eve of a payday on the 1st is the last day of the previous month.
 */
import { fromDay, type IsoDate, toDay } from '../calendar/calendar.js';
import type { Timing, Weekday } from './strategy-document.js';
import { WEEKDAYS } from './strategy-document.js';

export interface DayInfo {
  asOf: IsoDate;
  weekday: Weekday;
  /** The configured payday today is, or null. */
  payday: number | null;
  /** The configured payday tomorrow is (today is its eve), or null. */
  paydayTomorrow: number | null;
  /** True when the payday found was moved to the month's last day. */
  paydayClamped: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The configured payday that falls on `date` (clamped to the month's last day), or null. */
function paydayOn(date: IsoDate, paydays: readonly number[]): { payday: number; clamped: boolean } | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const dom = Number(date.slice(8, 10));
  const last = daysInMonth(year, month);
  for (const p of paydays) {
    const falls = Math.min(p, last);
    if (falls === dom) return { payday: p, clamped: p > last };
  }
  return null;
}

export function dayInfo(asOf: IsoDate, paydays: readonly number[]): DayInfo {
  const day = toDay(asOf);
  // 1970-01-01, day 0, was a Thursday (index 3 from Monday).
  const weekday = WEEKDAYS[(((day + 3) % 7) + 7) % 7] as Weekday;
  const today = paydayOn(asOf, paydays);
  const tomorrow = today ? null : paydayOn(fromDay(day + 1), paydays);
  return {
    asOf,
    weekday,
    payday: today?.payday ?? null,
    paydayTomorrow: tomorrow?.payday ?? null,
    paydayClamped: (today ?? tomorrow)?.clamped ?? false,
  };
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Why today, from the timing's side (empty parts are left out), or null when the action is not due. */
export type TimingTest = (dpd: number, daysSinceWatch: number | null, day: DayInfo) => string[] | null;

/** Compiles an action's `on` into one function; each key given adds one test. */
export function compileTiming(on: Timing): TimingTest {
  const dpdSet = on.dpd ? new Set(on.dpd) : null;
  // Days past due are never negative: no `dpd_from` is day 0.
  const from = on.dpd_from ?? 0;
  const to = on.dpd_to ?? null;
  const every = on.every ?? null;
  const paydays = on.paydays === true;
  const weekdays = on.weekdays ? new Set<Weekday>(on.weekdays) : null;
  // No watch event (null) is never one of the listed days.
  const watchDays = on.days_since_watch ? new Set<number | null>(on.days_since_watch) : null;
  const weekdayText = on.weekdays ? `on ${on.weekdays.join('/')}` : '';

  return (dpd, daysSinceWatch, day) => {
    if (dpdSet !== null && !dpdSet.has(dpd)) return null;
    if (dpd < from) return null;
    if (to !== null && dpd > to) return null;
    if (every !== null && (dpd - from) % every !== 0) return null;
    if (weekdays !== null && !weekdays.has(day.weekday)) return null;
    if (watchDays !== null && !watchDays.has(daysSinceWatch)) return null;
    const parts: string[] = [];
    if (paydays) {
      if (day.payday !== null) parts.push(`payday (${ordinal(day.payday)}${day.paydayClamped ? ', month end' : ''})`);
      else if (day.paydayTomorrow !== null)
        parts.push(`eve of payday (${ordinal(day.paydayTomorrow)}${day.paydayClamped ? ', month end' : ''})`);
      else return null;
    }
    if (every !== null) parts.push(`every ${every} days from day ${from}`);
    if (weekdayText) parts.push(weekdayText);
    if (watchDays !== null)
      parts.push(daysSinceWatch === 0 ? 'watch event today' : `watch event ${daysSinceWatch} days ago`);
    return parts;
  };
}
