import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { compileTiming, dayInfo, ordinal } from './timing.js';

const DEFAULT = [5, 10, 15, 28, 30];
const due = (on: Parameters<typeof compileTiming>[0], dpd: number, asOf = '2026-11-03', watch: number | null = null) =>
  compileTiming(on)(dpd, watch, dayInfo(asOf, DEFAULT));

describe('dayInfo', () => {
  it('knows the weekday', () => {
    expect(dayInfo('2026-11-30', []).weekday).toBe('mon');
    expect(dayInfo('1970-01-01', []).weekday).toBe('thu');
    expect(dayInfo('2026-11-29', []).weekday).toBe('sun');
  });

  it('finds paydays and their eves', () => {
    expect(dayInfo('2026-11-10', DEFAULT)).toMatchObject({ payday: 10, paydayTomorrow: null });
    expect(dayInfo('2026-11-09', DEFAULT)).toMatchObject({ payday: null, paydayTomorrow: 10 });
    expect(dayInfo('2026-11-11', DEFAULT)).toMatchObject({ payday: null, paydayTomorrow: null, paydayClamped: false });
    expect(dayInfo('2026-11-11', [])).toEqual({
      asOf: '2026-11-11',
      weekday: 'wed',
      payday: null,
      paydayTomorrow: null,
      paydayClamped: false,
    });
  });

  it('moves a payday past the month end to its last day (the 30th is 28 February, or the 29th in a leap year)', () => {
    expect(dayInfo('2027-02-28', DEFAULT)).toMatchObject({ payday: 28, paydayClamped: false });
    expect(dayInfo('2027-02-28', [30])).toMatchObject({ payday: 30, paydayClamped: true });
    expect(dayInfo('2027-02-27', [30])).toMatchObject({ paydayTomorrow: 30 });
    expect(dayInfo('2028-02-29', [30])).toMatchObject({ payday: 30 });
    expect(dayInfo('2028-02-28', [30])).toMatchObject({ payday: null, paydayTomorrow: 30 });
    expect(dayInfo('2026-04-30', [31])).toMatchObject({ payday: 31 });
    expect(dayInfo('2026-05-30', [31])).toMatchObject({ payday: null, paydayTomorrow: 31 });
  });

  it('takes the eve of a payday on the 1st from the month before', () => {
    expect(dayInfo('2026-11-30', [1])).toMatchObject({ payday: null, paydayTomorrow: 1 });
    expect(dayInfo('2026-12-31', [1])).toMatchObject({ paydayTomorrow: 1 });
  });

  it('finds every configured payday exactly once a month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 2020, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        (payday, year, month) => {
          const first = `${year}-${String(month).padStart(2, '0')}-01`;
          let hits = 0;
          for (let d = 0; d < 31; d++) {
            const date = addDays(first, d);
            if (date.slice(5, 7) !== first.slice(5, 7)) break;
            if (dayInfo(date, [payday]).payday === payday) hits++;
          }
          expect(hits).toBe(1);
        },
      ),
    );
  });
});

describe('compileTiming', () => {
  it('fires on the listed days past due only', () => {
    expect(due({ dpd: [1, 3, 7] }, 3)).toEqual([]);
    expect(due({ dpd: [1, 3, 7] }, 4)).toBeNull();
  });

  it('fires every N days counted from dpd_from, up to dpd_to', () => {
    const on = { dpd_from: 31, dpd_to: 60, every: 7 };
    const days = Array.from({ length: 80 }, (_, i) => i).filter((d) => due(on, d) !== null);
    expect(days).toEqual([31, 38, 45, 52, 59]);
    expect(due(on, 38)).toEqual(['every 7 days from day 31']);
    expect(due({ dpd_from: 181, every: 30 }, 391)).not.toBeNull();
    expect(due({ dpd_from: 181, every: 30 }, 390)).toBeNull();
    // Without dpd_from, counted from day 0.
    const tens = Array.from({ length: 35 }, (_, i) => i).filter((d) => due({ every: 10 }, d) !== null);
    expect(tens).toEqual([0, 10, 20, 30]);
    expect(due({ every: 10 }, 20)).toEqual(['every 10 days from day 0']);
    expect(due({ dpd_to: 2 }, 0)).toEqual([]);
  });

  it('takes a range without `every` as every day of it', () => {
    const days = Array.from({ length: 20 }, (_, i) => i).filter((d) => due({ dpd_from: 5, dpd_to: 8 }, d) !== null);
    expect(days).toEqual([5, 6, 7, 8]);
  });

  it('fires on a payday or its eve, saying which', () => {
    expect(due({ paydays: true }, 38, '2026-11-10')).toEqual(['payday (10th)']);
    expect(due({ paydays: true }, 38, '2026-11-09')).toEqual(['eve of payday (10th)']);
    expect(due({ paydays: true }, 38, '2026-11-11')).toBeNull();
    expect(compileTiming({ paydays: true })(38, null, dayInfo('2027-02-28', [30]))).toEqual([
      'payday (30th, month end)',
    ]);
    expect(compileTiming({ paydays: true })(38, null, dayInfo('2027-02-27', [30]))).toEqual([
      'eve of payday (30th, month end)',
    ]);
  });

  it('fires on the listed weekdays', () => {
    expect(due({ weekdays: ['mon', 'thu'] }, 38, '2026-11-30')).toEqual(['on mon/thu']);
    expect(due({ weekdays: ['mon', 'thu'] }, 38, '2026-12-01')).toBeNull();
  });

  it('fires the listed days after the latest watch event, never without one', () => {
    expect(due({ days_since_watch: [0, 1] }, 0, undefined, 0)).toEqual(['watch event today']);
    expect(due({ days_since_watch: [0, 1] }, 0, undefined, 1)).toEqual(['watch event 1 days ago']);
    expect(due({ days_since_watch: [0, 1] }, 0, undefined, 2)).toBeNull();
    expect(due({ days_since_watch: [0, 1] }, 0, undefined, null)).toBeNull();
    expect(due({ days_since_watch: [0, 1] }, 0, undefined, 0.5)).toBeNull();
  });

  it('requires every key given to hold', () => {
    const on = { dpd_from: 31, dpd_to: 90, paydays: true };
    expect(due(on, 38, '2026-11-10')).not.toBeNull();
    expect(due(on, 20, '2026-11-10')).toBeNull();
    expect(due(on, 38, '2026-11-12')).toBeNull();
  });
});

describe('ordinal', () => {
  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 11, 12, 13, 21, 22, 23, 28, 30, 31, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '5th',
      '9th',
      '10th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '28th',
      '30th',
      '31st',
      '101st',
      '111th',
      '112th',
    ]);
  });
});
