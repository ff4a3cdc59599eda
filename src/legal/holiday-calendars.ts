/**
 * The holiday calendars Dunwell ships, parsed and checked once: `holidayCalendar('cn')`. A calendar's text
 * lives in a module of its own (cn-holidays.ts), equal to examples/holidays/<calendar>.yaml. A pack names
 * its calendar (`limitation.counting.calendar`); a pack without one counts Saturdays and Sundays only.
 */
import { checkedDocument, type ParsedDocument, parseYamlDocument } from '../document/parse-yaml-document.js';
import { AppError } from '../domain/errors.js';
import {
  calendarOf,
  type HolidayCalendar,
  type HolidayDocument,
  WEEKENDS_ONLY,
} from '../domain/legal/holiday-calendar.js';
import { CN_HOLIDAYS_YAML } from './cn-holidays.js';
import { checkHolidayDocument } from './holiday-schema.js';

export const HOLIDAY_TEXTS: Readonly<Record<string, string>> = { cn: CN_HOLIDAYS_YAML };

/** A calendar's YAML text into a checked document, or what is wrong with it. */
export function parseHolidayDocument(text: string): ParsedDocument<HolidayDocument> {
  return parseYamlDocument(text, checkHolidayDocument);
}

const parsed = new Map<string, HolidayCalendar>();

/** The shipped calendar named, checked once; null names the weekends-only calendar. */
export function holidayCalendar(id: string | null): HolidayCalendar {
  if (id === null) return WEEKENDS_ONLY;
  let calendar = parsed.get(id);
  if (!calendar) {
    const text = HOLIDAY_TEXTS[id];
    if (text === undefined) {
      throw new AppError(
        'INVALID_INPUT',
        `no holiday calendar "${id}" is shipped (there are: ${Object.keys(HOLIDAY_TEXTS).join(', ')})`,
      );
    }
    const document = checkedDocument(text, `the ${id} holiday calendar`, 'holiday calendar', checkHolidayDocument);
    if (document.calendar !== id) {
      throw new AppError('INVALID_INPUT', `the ${id} holiday calendar calls itself "${document.calendar}"`);
    }
    calendar = calendarOf(document);
    parsed.set(id, calendar);
  }
  return calendar;
}
