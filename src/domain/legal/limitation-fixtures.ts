/**
 * Limitation rules for the domain's tests (no test framework in here): the `cn` pack's rules as data,
 * the same values as examples/compliance-packs/cn.yaml (src/legal's tests run the shipped pack itself),
 * and a small calendar of days off.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { calendarFromLists, type HolidayCalendar } from './holiday-calendar.js';
import type { LimitationEvent } from './limitation-clock.js';
import type { LimitationEventType } from './limitation-codes.js';
import type { PackLimitation } from './limitation-rules.js';

export const CN_LIKE: PackLimitation = {
  periods: { all: 3 },
  default_period: 'all',
  citation: '民法典 188',
  reason: { 'zh-CN': '三年', en: 'three years' },
  counting: {
    no_matching_day: 'month_end',
    last_day_off: 'next_working_day',
    calendar: 'cn',
    citation: '民法典 201–203',
  },
  absolute: { years: 20, citation: '民法典 188(2)' },
  restarts: {
    demand_delivered: '195(1)',
    payment: '195(2)',
    acknowledgement: '195(2)',
    plan_agreed: '195(2)',
    suit_filed: '195(3)',
    assignment_notice_delivered: 'SPC 17',
  },
  waived_by: { payment: '192', acknowledgement: '192', plan_agreed: 'SPC 19' },
};

/** England and Wales as the uk-conc pack has it: 6 years, no demand restarts, nothing revives. */
export const UK_LIKE: PackLimitation = {
  periods: { england_wales: 6, scotland: 5 },
  default_period: 'england_wales',
  citation: 'LA 1980 s.5',
  reason: { 'zh-CN': '六年', en: 'six years' },
  counting: { no_matching_day: 'month_end', last_day_off: 'next_working_day', calendar: null, citation: 'Pritam Kaur' },
  absolute: null,
  restarts: { payment: 's.29(5)(b)', acknowledgement: 's.29(5)(a)', plan_agreed: 's.29(5)', suit_filed: 'CPR 7.2' },
  waived_by: {},
};

/**
 * October 2025 as China had it: 1–8 October off, Sunday 28 September and Saturday 11 October worked; and
 * the 2026 Spring Festival (15–23 February off, Saturdays 14 and 28 February worked).
 */
export const SOME_CN_DAYS: HolidayCalendar = calendarFromLists(
  'test',
  [
    { from: '2025-10-01', to: '2025-10-08' },
    { from: '2026-02-15', to: '2026-02-23' },
  ],
  ['2025-09-28', '2025-10-11', '2026-02-14', '2026-02-28'],
);

/** An event of `type` on `date`. */
export function event(type: LimitationEventType, date: IsoDate): LimitationEvent {
  return { type, on: date };
}
