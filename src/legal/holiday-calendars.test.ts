import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstWorkingDayFrom, isWorkingDay } from '../domain/legal/holiday-calendar.js';
import { HOLIDAY_TEXTS, holidayCalendar, parseHolidayDocument } from './holiday-calendars.js';

describe('the shipped holiday calendars', () => {
  it('cn is the text of examples/holidays/cn.yaml, byte for byte, and valid', () => {
    expect(HOLIDAY_TEXTS.cn).toBe(readFileSync('examples/holidays/cn.yaml', 'utf8'));
    expect(parseHolidayDocument(HOLIDAY_TEXTS.cn ?? '')).toMatchObject({ ok: true });
  });

  it('knows the breaks and the make-up working days of the published years', () => {
    const cn = holidayCalendar('cn');
    // National Day and Mid-Autumn 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked.
    for (const d of ['2025-10-01', '2025-10-05', '2025-10-08']) expect(isWorkingDay(cn, d), d).toBe(false);
    expect(isWorkingDay(cn, '2025-09-28')).toBe(true);
    expect(isWorkingDay(cn, '2025-10-11')).toBe(true);
    expect(isWorkingDay(cn, '2025-10-12')).toBe(false);
    // Spring Festival 2024: 10–17 February off, Sundays 4 and 18 February worked.
    expect(firstWorkingDayFrom(cn, '2024-02-10')).toBe('2024-02-18');
    // New Year 2024 began on Saturday 30 December 2023.
    expect(firstWorkingDayFrom(cn, '2023-12-30')).toBe('2024-01-02');
    // A provisional year has its statutory days only.
    expect(isWorkingDay(cn, '2027-02-08')).toBe(false);
    expect(cn.publishedYears).not.toBe('all');
    if (cn.publishedYears !== 'all') expect([...cn.publishedYears]).toEqual([2023, 2024, 2025, 2026]);
    expect(holidayCalendar(null).id).toBe('weekends');
    expect(() => holidayCalendar('fr')).toThrow(/no holiday calendar "fr" is shipped/);
  });
});

describe('a holiday calendar that is wrong', () => {
  const broken = (from: string, to: string) => parseHolidayDocument((HOLIDAY_TEXTS.cn ?? '').replace(from, to));

  it('refuses a make-up day on a weekday, a break in the wrong year, overlapping breaks', () => {
    expect(broken("'2025-01-26', '2025-02-08'", "'2025-01-27', '2025-02-08'")).toMatchObject({
      ok: false,
      errors: [
        {
          path: 'years[2].working_days[0]',
          message: '2025-01-27 is a weekday: a make-up working day is a weekend day',
        },
      ],
    });
    expect(broken("from: '2025-05-31', to: '2025-06-02'", "from: '2026-05-31', to: '2026-06-02'")).toMatchObject({
      ok: false,
      errors: [{ path: 'years[2].days_off[4]' }],
    });
    const overlap = broken("from: '2024-04-04', to: '2024-04-06'", "from: '2024-02-16', to: '2024-02-18'");
    expect(overlap.ok).toBe(false);
    if (!overlap.ok) expect(overlap.errors.map((e) => e.message).join('; ')).toMatch(/2024-02-16 is already a day off/);
  });

  it('refuses years out of order and a date that does not exist', () => {
    const repeated = broken('  - year: 2025\n', '  - year: 2024\n');
    expect(repeated.ok).toBe(false);
    if (!repeated.ok) {
      expect(repeated.errors[0]).toEqual({
        path: 'years[2].year',
        message: 'years ascend, each once (2024 follows 2024)',
      });
    }
    expect(broken("from: '2025-01-01', to: '2025-01-01'", "from: '2025-02-30', to: '2025-01-01'")).toMatchObject({
      ok: false,
      errors: [{ path: 'years[2].days_off[0].from' }],
    });
  });
});
