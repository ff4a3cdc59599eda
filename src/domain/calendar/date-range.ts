/**
 * The one rule for which dates Dunwell takes in. A date outside it is a typing or export mistake (year 100,
 * year 9999), and letting one through would break what is built on dates: the day arithmetic of the
 * cycle, string comparison of ISO dates (which needs four-digit years), the database's own date range.
 * Callers narrow the range where the business says more (a payment cannot be dated after tomorrow, a
 * person cannot be born after today); "today" is always passed in, never read from the clock.
 */
import { addDays, type IsoDate } from './calendar.js';

/** The earliest date taken anywhere. */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
/** The latest date taken anywhere (a 30-year loan opened today is due long before it). */
export const LATEST_DATE: IsoDate = '2199-12-31';

export interface DateRange {
  readonly earliest: IsoDate;
  readonly latest: IsoDate;
  /** What `latest` stands for when a caller narrowed it, e.g. "today" or "one day after today, 2026-11-29". */
  readonly latestIs?: string;
}

export const DATE_RANGE: DateRange = { earliest: EARLIEST_DATE, latest: LATEST_DATE };

/** The range that ends `days` after `today` (0: today itself); `latestIs` says so in words. */
export function rangeUntil(today: IsoDate, days: number): DateRange {
  const latest = addDays(today, days);
  const latestIs = days === 0 ? 'today' : `${days === 1 ? 'one day' : `${days} days`} after today, ${today}`;
  return latest > LATEST_DATE ? DATE_RANGE : { earliest: EARLIEST_DATE, latest, latestIs };
}

/**
 * Why `date` (a YYYY-MM-DD date that exists) is outside `range`, or null when it is inside. The reason
 * starts after the date itself, so callers can put the field and value in front: "… is before 1900-01-01,
 * the earliest date taken".
 */
export function checkDateRange(date: IsoDate, range: DateRange = DATE_RANGE): string | null {
  if (date < range.earliest) return `is before ${range.earliest}, the earliest date taken`;
  if (date > range.latest) {
    return `is after ${range.latest}${range.latestIs ? ` (${range.latestIs})` : ', the latest date taken'}`;
  }
  return null;
}

/**
 * The same for an instant, judged by its UTC date. `instantIso` is what Date#toISOString gives, where a
 * year beyond 0000–9999 is written with a sign ("+010000-01-01T…"); those are out of any range.
 */
export function checkInstantRange(instantIso: string, range: DateRange = DATE_RANGE): string | null {
  const first = instantIso.charAt(0);
  if (first === '-') return checkDateRange('0000-01-01', range);
  if (first === '+') return checkDateRange('9999-12-31', range);
  return checkDateRange(instantIso.slice(0, 10), range);
}
