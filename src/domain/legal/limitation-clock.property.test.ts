/**
 * What holds of every clock, whatever the events and the days off: a restart never shortens it, the last
 * day is a working day and the first one from the matching day, it comes after every event that counted,
 * the order events are given in does not matter, and waived means some event waived it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDay, type IsoDate, toDay } from '../calendar/calendar.js';
import { calendarFromLists, type HolidayCalendar, isWorkingDay } from './holiday-calendar.js';
import { type LimitationEvent, limitationClock } from './limitation-clock.js';
import { LIMITATION_EVENT_TYPES } from './limitation-codes.js';
import { CN_LIKE, UK_LIKE } from './limitation-fixtures.js';
import type { PackLimitation } from './limitation-rules.js';

const FIRST = toDay('1995-01-01');
const LAST = toDay('2035-12-31');
const day = fc.integer({ min: FIRST, max: LAST }).map(fromDay);
const events = fc.array(
  fc.record({ type: fc.constantFrom(...LIMITATION_EVENT_TYPES), on: day }) as fc.Arbitrary<LimitationEvent>,
  { maxLength: 8 },
);
/** Holiday blocks of up to 9 days and a few worked weekend days, as a real calendar has them. */
const calendar: fc.Arbitrary<HolidayCalendar> = fc
  .record({
    blocks: fc.array(fc.record({ from: day, length: fc.integer({ min: 0, max: 8 }) }), { maxLength: 40 }),
    worked: fc.array(day, { maxLength: 20 }),
  })
  .map(({ blocks, worked }) =>
    calendarFromLists(
      'random',
      blocks.map((b) => ({ from: b.from, to: addDays(b.from, b.length) })),
      worked,
    ),
  );
const rules = fc.constantFrom<PackLimitation>(
  CN_LIKE,
  UK_LIKE,
  { ...CN_LIKE, counting: { ...CN_LIKE.counting, no_matching_day: 'next_day' } },
  { ...CN_LIKE, periods: { all: 1 }, absolute: { years: 2, citation: 'a short absolute limit' } },
);

/** Many runs: the corners (a waiver near the absolute limit) are rare among random events. */
const RUNS = { numRuns: 3000 };

const clockOf = (r: PackLimitation, c: HolidayCalendar, lastDueOn: IsoDate, e: readonly LimitationEvent[]) =>
  limitationClock(r, c, { lastDueOn, events: e, asOf: null });

describe('every limitation clock', () => {
  it('a further event never makes the period end earlier', () => {
    fc.assert(
      fc.property(
        rules,
        calendar,
        day,
        events,
        fc.record({ type: fc.constantFrom(...LIMITATION_EVENT_TYPES), on: day }),
        (r, c, due, e, extra) => {
          const before = clockOf(r, c, due, e).expiresOn;
          const after = clockOf(r, c, due, [...e, extra as LimitationEvent]).expiresOn;
          expect(after >= before).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('never ends before the period from the last due date alone', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, (r, c, due, e) => {
        expect(clockOf(r, c, due, e).expiresOn >= clockOf(r, c, due, []).expiresOn).toBe(true);
      }),
      RUNS,
    );
  });

  it('ends on a working day, the first one on or after the matching day', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, (r, c, due, e) => {
        const clock = clockOf(r, c, due, e);
        expect(isWorkingDay(c, clock.expiresOn)).toBe(true);
        expect(clock.matchingDay <= clock.expiresOn).toBe(true);
        for (let d = clock.matchingDay; d < clock.expiresOn; d = addDays(d, 1)) expect(isWorkingDay(c, d)).toBe(false);
      }),
      RUNS,
    );
  });

  it('ends after every event that restarted it (on it, at the latest, when the absolute limit cut it)', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, (r, c, due, e) => {
        const clock = clockOf(r, c, due, e);
        for (const step of clock.restartedBy) {
          if (step.why === 'absolute_limit') expect(clock.expiresOn >= step.on).toBe(true);
          else expect(clock.expiresOn > step.on).toBe(true);
        }
        const last = clock.restartedBy.at(-1);
        if (last) expect(clock.expiresOn).toBe(last.expiresOn);
      }),
      RUNS,
    );
  });

  it('does not depend on the order the events are given in', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, fc.integer(), (r, c, due, e, seed) => {
        const shuffled = [...e].sort(
          (a, b) => ((a.on.charCodeAt(9) * 31 + seed) % 7) - ((b.on.charCodeAt(9) * 31 + seed) % 7),
        );
        expect(clockOf(r, c, due, shuffled).expiresOn).toBe(clockOf(r, c, due, e).expiresOn);
      }),
      RUNS,
    );
  });

  it('is waived exactly when an event after expiry waived it, and a waiver came after the period ended', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, (r, c, due, e) => {
        const clock = clockOf(r, c, due, e);
        const waivers = clock.steps.filter((s) => s.effect === 'waiver');
        expect(clock.waived).toBe(waivers.length > 0);
        for (const w of waivers) expect(w.on > w.previousExpiresOn).toBe(true);
        if (Object.keys(r.waived_by).length === 0) expect(clock.waived).toBe(false);
      }),
      RUNS,
    );
  });

  it('is barred exactly after its last day, and counts the days left to it', () => {
    fc.assert(
      fc.property(rules, calendar, day, events, day, (r, c, due, e, asOf) => {
        const clock = limitationClock(r, c, { lastDueOn: due, events: e, asOf });
        expect(clock.timeBarred).toBe(asOf > clock.expiresOn);
        expect(clock.daysLeft).toBe(toDay(clock.expiresOn) - toDay(asOf));
      }),
      RUNS,
    );
  });
});

describe('the corner that made the rule', () => {
  it('an earlier restart that turns a waiver into a restart does not shorten the clock', () => {
    // Period 1 year, absolute 2: a payment 13 months on waives; a demand at 11 months makes it a restart.
    const short: PackLimitation = { ...CN_LIKE, periods: { all: 1 }, absolute: { years: 2, citation: 'short' } };
    const cal = calendarFromLists('none', [], []);
    const alone = clockOf(short, cal, '2020-01-06', [{ type: 'payment', on: '2021-02-08' }]);
    const both = clockOf(short, cal, '2020-01-06', [
      { type: 'demand_delivered', on: '2020-12-07' },
      { type: 'payment', on: '2021-02-08' },
    ]);
    expect(alone).toMatchObject({ waived: true, expiresOn: '2022-01-06' });
    expect(both).toMatchObject({ waived: false, expiresOn: '2022-01-06' });
  });
});
