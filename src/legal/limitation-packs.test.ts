/**
 * The limitation clock on the shipped packs and the shipped cn calendar, worked by hand: real holidays,
 * make-up working days, year ends and leap days, and the other packs' rules.
 */
import { describe, expect, it } from 'vitest';
import { compliancePack } from '../compliance/compliance-packs.js';
import type { PackId } from '../domain/compliance/compliance-codes.js';
import { type LimitationEvent, limitationClock } from '../domain/legal/limitation-clock.js';
import { holidayCalendar } from './holiday-calendars.js';

function clock(pack: PackId, lastDueOn: string, events: LimitationEvent[] = [], asOf: string | null = null) {
  const { limitation } = compliancePack(pack);
  return limitationClock(limitation, holidayCalendar(limitation.counting.calendar), { lastDueOn, events, asOf });
}

describe('cn: 3 years, holidays moved past', () => {
  it.each([
    // [last due, matching day, last day, why]
    ['2021-03-15', '2024-03-15', '2024-03-15', 'a Friday'],
    ['2022-01-01', '2025-01-01', '2025-01-02', "New Year's Day 2025 (a Wednesday)"],
    ['2020-12-30', '2023-12-30', '2024-01-02', 'the New Year break of 2024 began on Saturday 30 December'],
    ['2021-12-31', '2024-12-31', '2024-12-31', 'a Tuesday'],
    ['2022-10-01', '2025-10-01', '2025-10-09', '1–8 October 2025 off'],
    ['2022-09-28', '2025-09-28', '2025-09-28', 'Sunday 28 September 2025 was worked'],
    ['2021-04-28', '2024-04-28', '2024-04-28', 'Sunday 28 April 2024 was worked'],
    ['2021-05-01', '2024-05-01', '2024-05-06', '1–5 May 2024 off'],
    ['2023-02-15', '2026-02-15', '2026-02-24', 'Spring Festival 2026, 15–23 February'],
    ['2021-02-13', '2024-02-13', '2024-02-18', 'Spring Festival 2024, then Sunday 18 February worked'],
    ['2020-02-29', '2023-02-28', '2023-02-28', '29 February ends on 28 February (a Tuesday)'],
    ['2024-02-29', '2027-02-28', '2027-03-01', '28 February 2027 is a Sunday'],
  ])('last due %s: matching day %s, last day %s (%s)', (lastDue, matching, last) => {
    const c = clock('cn', lastDue);
    expect(c.matchingDay).toBe(matching);
    expect(c.expiresOn).toBe(last);
  });

  it('says when the year of the last day is not published yet', () => {
    expect(clock('cn', '2023-10-01').calendarCovers).toBe(true);
    const provisional = clock('cn', '2024-10-01');
    // 1–3 October 2027 are the statutory days; Monday the 4th is the first working day known.
    expect(provisional).toMatchObject({ expiresOn: '2027-10-04', calendarCovers: false });
  });

  it('restarts, waiver and the citations they come with', () => {
    const c = clock(
      'cn',
      '2019-01-10',
      [
        { type: 'demand_delivered', on: '2021-09-30' },
        { type: 'assignment_notice_delivered', on: '2022-09-30' },
        { type: 'demand_delivered', on: '2026-01-05' },
        { type: 'acknowledgement', on: '2026-03-02' },
      ],
      '2026-11-29',
    );
    expect(c.steps.map((s) => [s.type, s.effect, s.expiresOn])).toEqual([
      // 30 September 2024 was a Monday; 30 September 2025 a Tuesday.
      ['demand_delivered', 'restart', '2024-09-30'],
      ['assignment_notice_delivered', 'restart', '2025-09-30'],
      ['demand_delivered', 'none', '2025-09-30'],
      // 2 March 2029: outside the calendar's years, a Friday.
      ['acknowledgement', 'waiver', '2029-03-02'],
    ]);
    expect(c.steps[0]?.citation).toMatch(/第一百九十五条第一项/);
    expect(c.steps[1]?.citation).toMatch(/第十七条/);
    expect(c.steps[3]?.citation).toMatch(/第一百九十二条/);
    expect(c).toMatchObject({ waived: true, timeBarred: false, absoluteLimitOn: '2039-01-10' });
  });
});

describe('the other packs', () => {
  it('us-regf: 3 years by default, a payment restarts, nothing revives a barred debt', () => {
    expect(clock('us-regf', '2022-06-15').expiresOn).toBe('2025-06-16'); // the 15th a Sunday
    expect(clock('us-regf', '2022-06-15', [{ type: 'payment', on: '2024-01-10' }]).expiresOn).toBe('2027-01-11');
    const late = clock('us-regf', '2022-06-15', [{ type: 'payment', on: '2025-07-01' }]);
    expect(late).toMatchObject({ waived: false, expiresOn: '2025-06-16' });
    expect(clock('us-regf', '2022-06-15', [{ type: 'demand_delivered', on: '2024-01-10' }]).steps[0]?.why).toBe(
      'not_counted',
    );
  });

  it('uk-conc: 6 years in England and Wales, written acknowledgement restarts, no revival', () => {
    expect(clock('uk-conc', '2019-03-29').expiresOn).toBe('2025-03-31'); // 29 March 2025 a Saturday
    expect(clock('uk-conc', '2019-03-29', [{ type: 'acknowledgement', on: '2021-07-01' }]).expiresOn).toBe(
      '2027-07-01',
    );
    expect(clock('uk-conc', '2019-03-29', [{ type: 'payment', on: '2025-04-01' }]).waived).toBe(false);
  });
});
