/**
 * How long evidence is kept: a pack's retention in whole years from the day it was stored, counted so
 * that it is never shorter than the years say.
 */
import { fromDay, type IsoDate, toDay } from '../calendar/calendar.js';

/**
 * The last day a file stored on `storedOn` must be kept: the same month and day `years` later. A file
 * stored on 29 February is kept to 1 March of a year without one (the 28th would fall a day short of the
 * full years). A purge is allowed only on a later day.
 */
export function retainUntil(storedOn: IsoDate, years: number): IsoDate {
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`retention years ${years} is not a whole number`);
  const year = Number(storedOn.slice(0, 4)) + years;
  const month = storedOn.slice(5, 7);
  const day = storedOn.slice(8, 10);
  const target = `${String(year).padStart(4, '0')}-${month}-${day}`;
  if (month === '02' && day === '29' && !isLeapYear(year)) return fromDay(toDay(`${target.slice(0, 8)}28`) + 1);
  return target;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether a file kept until `until` may be purged on `today`: only once the day has passed. */
export function mayPurge(until: IsoDate, today: IsoDate): boolean {
  return today > until;
}
