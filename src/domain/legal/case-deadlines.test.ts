/** Deadlines to apply for enforcement: 2 years per instalment, counted as the civil code counts years. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDay } from '../calendar/calendar.js';
import { addYears, judgmentEnforcementDeadline, notarizedDeadlines } from './case-deadlines.js';

const day = fc.integer({ min: 0, max: 40_000 }).map(fromDay);

describe('addYears', () => {
  it('ends on the matching day, or the last of the month when there is none', () => {
    expect(addYears('2025-03-15', 2)).toBe('2027-03-15');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-12-31', 2)).toBe('2028-12-31');
  });

  it('keeps the month, never overshoots it, and is 730 or 731 days for two years', () =>
    fc.assert(
      fc.property(day, (d) => {
        const end = addYears(d, 2);
        expect(end.slice(5, 7)).toBe(d.slice(5, 7));
        expect(Number(end.slice(8))).toBeLessThanOrEqual(Number(d.slice(8)));
        expect([730, 731]).toContain(daysBetween(end, d));
      }),
    ));
});

describe('notarizedDeadlines', () => {
  it('gives each unpaid instalment its own 2 years and the nearest still open', () => {
    const result = notarizedDeadlines({
      instalments: [
        { no: 1, dueOn: '2024-06-30', owed: 100 },
        { no: 2, dueOn: '2025-03-31', owed: 100 },
        { no: 3, dueOn: '2025-04-30', owed: 0 },
        { no: 4, dueOn: '2026-11-29', owed: 100 },
      ],
      certificateAppliedOn: null,
      today: '2026-11-29',
    });
    expect(result.instalments.map((i) => [i.no, i.deadlineOn, i.state])).toEqual([
      [1, '2026-06-30', 'passed'],
      [2, '2027-03-31', 'open'],
      [4, '2028-11-29', 'not_due'],
    ]);
    expect(result.nearest?.no).toBe(2);
  });

  it('restarts only the periods running on the application day, and moves a last day off to a working day', () => {
    const result = notarizedDeadlines({
      instalments: [
        { no: 1, dueOn: '2024-06-30', owed: 100 },
        { no: 2, dueOn: '2025-03-31', owed: 100 },
        { no: 3, dueOn: '2027-01-31', owed: 100 },
      ],
      certificateAppliedOn: '2026-11-25',
      today: '2026-11-29',
      shift: (d) => (d === '2028-11-25' ? '2028-11-27' : d),
    });
    expect(result.instalments.map((i) => [i.no, i.deadlineOn, i.restarted])).toEqual([
      [1, '2026-06-30', false],
      [2, '2028-11-27', true],
      [3, '2029-01-31', false],
    ]);
  });

  it('never gives a deadline before its own 2 years, nor calls a deadline still ahead passed', () =>
    fc.assert(
      fc.property(
        fc.array(fc.record({ due: day, owed: fc.integer({ min: 0, max: 1_000_000 }) }), { maxLength: 12 }),
        fc.option(day, { nil: null }),
        day,
        (rows, applied, today) => {
          const result = notarizedDeadlines({
            instalments: rows.map((r, i) => ({ no: i + 1, dueOn: r.due, owed: r.owed })),
            certificateAppliedOn: applied,
            today,
          });
          expect(result.instalments).toHaveLength(rows.filter((r) => r.owed > 0).length);
          for (const i of result.instalments) {
            expect(i.deadlineOn >= addYears(i.dueOn, 2)).toBe(true);
            expect(i.state === 'passed').toBe(i.deadlineOn < today && i.dueOn < today);
          }
          const open = result.instalments.filter((i) => i.state === 'open').map((i) => i.deadlineOn);
          expect(result.nearest?.deadlineOn ?? null).toBe(open.length === 0 ? null : open.sort()[0]);
        },
      ),
    ));
});

describe('judgmentEnforcementDeadline', () => {
  it('is 2 years from the judgment day, moved off a day off', () => {
    expect(judgmentEnforcementDeadline('2026-11-29')).toBe('2028-11-29');
    expect(judgmentEnforcementDeadline('2026-11-25', (d) => addDays(d, 2))).toBe('2028-11-27');
  });
});
