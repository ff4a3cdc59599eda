import { describe, expect, it } from 'vitest';
import { calendarFromLists, firstWorkingDayFrom, isWorkingDay, WEEKENDS_ONLY, weekdayOf } from './holiday-calendar.js';
import { matchingDayAfterYears } from './limitation-dates.js';
import { SOME_CN_DAYS } from './limitation-fixtures.js';

describe('a period of years ends on the matching day (民法典 202)', () => {
  it('keeps month and day, the start day not counted', () => {
    expect(matchingDayAfterYears('2021-03-15', 3, 'month_end')).toBe('2024-03-15');
    expect(matchingDayAfterYears('2021-12-31', 3, 'month_end')).toBe('2024-12-31');
    expect(matchingDayAfterYears('2022-01-01', 3, 'month_end')).toBe('2025-01-01');
  });

  it('29 February: the month’s last day in a common year, or 1 March when the pack says so', () => {
    expect(matchingDayAfterYears('2020-02-29', 3, 'month_end')).toBe('2023-02-28');
    expect(matchingDayAfterYears('2020-02-29', 3, 'next_day')).toBe('2023-03-01');
    // Into another leap year the day exists.
    expect(matchingDayAfterYears('2020-02-29', 4, 'month_end')).toBe('2024-02-29');
    expect(matchingDayAfterYears('2020-02-29', 20, 'next_day')).toBe('2040-02-29');
    // 28 February stays 28 February, even into a leap year.
    expect(matchingDayAfterYears('2021-02-28', 3, 'month_end')).toBe('2024-02-28');
  });
});

describe('working days', () => {
  it('knows the day of the week', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2025-10-01')).toBe(3);
    expect(weekdayOf('2027-02-28')).toBe(0);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });

  it('a make-up Sunday is a working day, a holiday weekday is not', () => {
    expect(isWorkingDay(SOME_CN_DAYS, '2025-09-28')).toBe(true); // Sunday worked before National Day
    expect(isWorkingDay(SOME_CN_DAYS, '2025-10-03')).toBe(false); // Friday in the holiday
    expect(isWorkingDay(SOME_CN_DAYS, '2025-10-09')).toBe(true); // Thursday after it
    expect(isWorkingDay(SOME_CN_DAYS, '2025-10-12')).toBe(false); // an ordinary Sunday
    expect(isWorkingDay(WEEKENDS_ONLY, '2025-10-03')).toBe(true);
  });

  it('moves past a holiday and the weekend after it, and stops on a make-up Saturday', () => {
    expect(firstWorkingDayFrom(SOME_CN_DAYS, '2025-10-01')).toBe('2025-10-09');
    expect(firstWorkingDayFrom(SOME_CN_DAYS, '2025-10-09')).toBe('2025-10-09');
    expect(firstWorkingDayFrom(SOME_CN_DAYS, '2026-02-15')).toBe('2026-02-24');
    // A holiday that ends on a Friday moves the day to Monday.
    const friday = calendarFromLists('t', [{ from: '2024-06-10', to: '2024-06-14' }], []);
    expect(firstWorkingDayFrom(friday, '2024-06-12')).toBe('2024-06-17');
    // A Saturday after a break that is worked.
    const worked = calendarFromLists('t', [{ from: '2025-10-06', to: '2025-10-10' }], ['2025-10-11']);
    expect(firstWorkingDayFrom(worked, '2025-10-08')).toBe('2025-10-11');
  });

  it('refuses a calendar with no working day for two months', () => {
    const broken = calendarFromLists('broken', [{ from: '2025-01-01', to: '2025-12-31' }], []);
    expect(() => firstWorkingDayFrom(broken, '2025-03-01')).toThrow(/no working day/);
  });
});
