/**
 * Which days are working days, as data: the weekends, a country's statutory holidays and the weekend days
 * that are worked instead (调休: in China a weekend day swapped into a holiday block is a working day).
 * A limitation period whose last day is not a working day ends on the first working day after it
 * (民法典 第二百零三条); the calendar says which day that is. Shipped calendars are YAML files
 * (examples/holidays/<calendar>.yaml) read into this shape by src/legal.
 */
import { addDays, fromDay, type IsoDate, toDay } from '../calendar/calendar.js';
import type { Bilingual } from '../compliance/compliance-codes.js';
import { AppError } from '../errors.js';

/** A calendar file as written: the published (or provisional) arrangement of each year. */
export interface HolidayDocument {
  calendar: string;
  title: Bilingual;
  citation: string;
  /** Saturdays and Sundays are days off unless listed as working days. */
  weekends_off: boolean;
  years: HolidayYear[];
}

export interface HolidayYear {
  year: number;
  /** The notice the year's days come from. */
  source: string;
  /**
   * `published`: the government's arrangement for the year, make-up working days included;
   * `provisional`: only the statutory days known in advance (the arrangement is not published yet).
   */
  status: 'published' | 'provisional';
  days_off: { name: string; from: IsoDate; to: IsoDate }[];
  working_days: IsoDate[];
}

export interface HolidayCalendar {
  /** The calendar's name (`cn`), or `weekends` for Saturdays and Sundays alone. */
  readonly id: string;
  readonly weekendsOff: boolean;
  readonly daysOff: ReadonlySet<IsoDate>;
  /** Weekend days that are working days (make-up days). */
  readonly workingDays: ReadonlySet<IsoDate>;
  /**
   * Years whose arrangement is published; a day in another year is judged on what is known. `all` when
   * the calendar claims to be complete (weekends alone, or the lists a what-if request gives).
   */
  readonly publishedYears: ReadonlySet<number> | 'all';
}

/** No holidays, Saturdays and Sundays off: what a pack without a calendar counts with. */
export const WEEKENDS_ONLY: HolidayCalendar = {
  id: 'weekends',
  weekendsOff: true,
  daysOff: new Set(),
  workingDays: new Set(),
  publishedYears: 'all',
};

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(date: IsoDate): number {
  return (((toDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  if (calendar.workingDays.has(date)) return true;
  if (calendar.daysOff.has(date)) return false;
  return !(calendar.weekendsOff && isWeekend(date));
}

/** No real calendar has a run of days off this long; a longer one is a mistake in the data. */
const LONGEST_BREAK = 60;

/** `date` itself when it is a working day, else the first working day after it. */
export function firstWorkingDayFrom(calendar: HolidayCalendar, date: IsoDate): IsoDate {
  let day = toDay(date);
  for (let i = 0; i <= LONGEST_BREAK; i++, day++) {
    const candidate = fromDay(day);
    if (isWorkingDay(calendar, candidate)) return candidate;
  }
  throw new AppError(
    'INVALID_INPUT',
    `the ${calendar.id} calendar has no working day in the ${LONGEST_BREAK} days from ${date}: check its days off`,
  );
}

/** Whether the calendar knows the arrangement of the year `date` falls in. */
export function calendarCovers(calendar: HolidayCalendar, date: IsoDate): boolean {
  return calendar.publishedYears === 'all' || calendar.publishedYears.has(Number(date.slice(0, 4)));
}

/** A calendar file as a calendar: every day of each range off, the make-up days working. */
export function calendarOf(document: HolidayDocument): HolidayCalendar {
  const daysOff = new Set<IsoDate>();
  const workingDays = new Set<IsoDate>();
  const publishedYears = new Set<number>();
  for (const year of document.years) {
    if (year.status === 'published') publishedYears.add(year.year);
    for (const range of year.days_off) {
      for (let d = range.from; d <= range.to; d = addDays(d, 1)) daysOff.add(d);
    }
    for (const d of year.working_days) workingDays.add(d);
  }
  return { id: document.calendar, weekendsOff: document.weekends_off, daysOff, workingDays, publishedYears };
}

/** A calendar from explicit lists (a what-if request): these days off and make-up working days, weekends off. */
export function calendarFromLists(
  id: string,
  daysOff: readonly { from: IsoDate; to: IsoDate }[],
  workingDays: readonly IsoDate[],
): HolidayCalendar {
  const off = new Set<IsoDate>();
  for (const range of daysOff) for (let d = range.from; d <= range.to; d = addDays(d, 1)) off.add(d);
  return { id, weekendsOff: true, daysOff: off, workingDays: new Set(workingDays), publishedYears: 'all' };
}
