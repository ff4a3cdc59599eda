/**
 * The rolling 12-month maximum DPD without a daily history: each account keeps the highest DPD seen in
 * each calendar month (`dpd_peaks`, `YYYY-MM:n,…`), at most 13 months, updated with the day's DPD by every
 * features run. The maximum over 12 months is then the highest peak of the months that have at least one
 * day inside the 365 days ending on as_of.
 *
 * A month that straddles the window's first day counts whole: a bad month is never forgotten while part of
 * it is inside the window, at the price of remembering up to a month's worth of days longer. That makes
 * the figure exactly "the highest DPD recorded from the first day of the month containing as_of − 364
 * through as_of", which the property test checks against a day-by-day history.
 */
import { addDays, type IsoDate } from '../calendar/calendar.js';

/** Days in the window, as_of included. */
export const MAX_DPD_WINDOW_DAYS = 365;

export type Month = string;
export type DpdPeaks = ReadonlyMap<Month, number>;

const PEAK = /^(\d{4}-\d{2}):(\d{1,6})$/;

/** Reads stored peaks; a malformed entry is skipped (the text is ours, but a bad entry must not stop a run). */
export function parsePeaks(text: string): Map<Month, number> {
  const peaks = new Map<Month, number>();
  for (const part of text.split(',')) {
    const m = PEAK.exec(part);
    if (!m) continue;
    const month = m[1] as string;
    const n = Number(m[2]);
    peaks.set(month, Math.max(peaks.get(month) ?? 0, n));
  }
  return peaks;
}

/** Peaks as stored: months in ascending order. */
export function formatPeaks(peaks: DpdPeaks): string {
  return [...peaks.keys()]
    .sort()
    .map((month) => `${month}:${peaks.get(month)}`)
    .join(',');
}

/** The first month whose peak still counts on `asOf`: the month of as_of − 364. */
export function firstMonthInWindow(asOf: IsoDate): Month {
  return monthOf(addDays(asOf, -(MAX_DPD_WINDOW_DAYS - 1)));
}

/** The month a day falls in (`YYYY-MM`). */
function monthOf(day: IsoDate): Month {
  return day.slice(0, 7);
}

/**
 * The peaks after recording `dpd` on `asOf`: the month's peak is raised if needed, months that no longer
 * reach into the window are dropped (that bounds the text to 13 entries). Recording the same day twice
 * changes nothing, so a rerun of a day is harmless.
 */
export function recordDpd(peaks: DpdPeaks, asOf: IsoDate, dpd: number): Map<Month, number> {
  const first = firstMonthInWindow(asOf);
  const month = monthOf(asOf);
  const next = new Map<Month, number>();
  for (const [m, n] of peaks) if (m >= first && m <= month) next.set(m, n);
  next.set(month, Math.max(next.get(month) ?? 0, dpd));
  return next;
}

/** The highest peak of the months inside the window ending on `asOf` (0 when there is none). */
export function maxDpdOverYear(peaks: DpdPeaks, asOf: IsoDate): number {
  const first = firstMonthInWindow(asOf);
  const month = monthOf(asOf);
  let max = 0;
  for (const [m, n] of peaks) if (m >= first && m <= month) max = Math.max(max, n);
  return max;
}
