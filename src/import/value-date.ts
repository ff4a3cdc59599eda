/**
 * A payment's value date: the calendar date of paid_at on the portfolio's wall clock. Intl formatting costs
 * microseconds per call, far more than the rest of a payment row, and payments cluster in time; so the
 * date is worked out once per (time zone, UTC hour): when the first and last millisecond of that hour fall
 * on the same local date, every instant of the hour does (a zone's offset changes at most once an hour and
 * never makes a local date go forward and back within it). Hours that straddle local midnight (zones with a
 * half-hour offset) are computed exactly for each instant.
 */
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';

const byHour = new Map<string, IsoDate | null>();
const MAX_CACHED_HOURS = 50_000;

/** `instantIso` as normalised by parseInstant (UTC, "YYYY-MM-DDTHH:MM:SS.sssZ"). */
export function valueDate(instantIso: string, timeZone: string): IsoDate {
  const hour = instantIso.slice(0, 13);
  const key = `${timeZone}|${hour}`;
  let date = byHour.get(key);
  if (date === undefined) {
    const first = dateInZone(`${hour}:00:00.000Z`, timeZone);
    const last = dateInZone(`${hour}:59:59.999Z`, timeZone);
    date = first === last ? first : null;
    if (byHour.size >= MAX_CACHED_HOURS) byHour.clear();
    byHour.set(key, date);
  }
  return date ?? dateInZone(instantIso, timeZone);
}
