/**
 * The limitation clock of one debt, by a pack's rules (limitation-rules.ts) and a holiday calendar: when
 * the period runs out, and what restarted it. Pure: the caller passes the last due date, the events and
 * the day to judge on.
 *
 * How it counts, for `cn` (the other packs differ only in their data):
 * - the period runs from the last instalment's due date (民法典 第一百八十九条), that day not counted
 *   (第二百零一条): three years later, on the matching day (第一百八十八条, 第二百零二条; 29 February ends on
 *   28 February in a common year, the month's last day);
 * - a last day that is not a working day — a weekend that is not a make-up working day, or a statutory
 *   holiday — moves to the first working day after it (第二百零三条);
 * - events are taken in date order. One inside the running period that the pack counts (a demand that
 *   reached the debtor, a payment, an acknowledgement, an agreed plan, a suit or arbitration, a notice of
 *   assignment that reached the debtor: 第一百九十五条; 诉讼时效规定 (2020) 第八条、第十四条、第十七条)
 *   starts a new full period from its own day. The new period is never allowed to end earlier than the
 *   running one: a restart never shortens the clock;
 * - after the period ran out, only the events the pack names as waivers count: a payment or a signed
 *   acknowledgement gives up the defence (第一百九十二条; 规定 第十九条), and a new period runs from it;
 * - nothing restarts the period past the absolute limit (20 years, 第一百八十八条第二款); a waiver after that
 *   limit is a new promise and runs its own full period.
 *
 * A suit restarts the period from its filing day: the code restarts it when the proceedings end
 * (第一百九十五条), which is later, so the clock errs on the early side, the side that makes a legal review
 * come in time.
 */
import { daysBetween, type IsoDate } from '../calendar/calendar.js';
import { calendarCovers, firstWorkingDayFrom, type HolidayCalendar } from './holiday-calendar.js';
import type { LimitationEffect, LimitationEventType, LimitationWhy } from './limitation-codes.js';
import { matchingDayAfterYears } from './limitation-dates.js';
import { type PackLimitation, periodYears } from './limitation-rules.js';

export interface LimitationEvent {
  type: LimitationEventType;
  on: IsoDate;
  /** What the event is, for the reader (a payment, arrangement or legal event id); not used in counting. */
  ref?: string | null;
}

export interface LimitationInput {
  /** The last instalment's due date: the day the period runs from (not counted). */
  lastDueOn: IsoDate;
  events: readonly LimitationEvent[];
  /** The day to judge on (time-barred or not, days left); null to leave those out. */
  asOf: IsoDate | null;
  /** The entry of the pack's periods that applies; the pack's default when left out. */
  period?: string | null;
}

/** One event and what it did to the clock. */
export interface LimitationStep extends LimitationEvent {
  effect: LimitationEffect;
  why: LimitationWhy;
  /** The pack's citation for the effect; null when the event had none. */
  citation: string | null;
  /** The last day of the period before the event, and after it. */
  previousExpiresOn: IsoDate;
  expiresOn: IsoDate;
}

export interface LimitationClock {
  startsFrom: IsoDate;
  periodYears: number;
  /** The last day a claim is in time. */
  expiresOn: IsoDate;
  /** The matching day the period ended on before it was moved past days off (= expiresOn when not moved). */
  matchingDay: IsoDate;
  /** True once a payment or acknowledgement after expiry gave up the defence. */
  waived: boolean;
  /** The absolute limit's last day (moved past days off); null when the pack has none. */
  absoluteLimitOn: IsoDate | null;
  /** Every event in date order with its effect. */
  steps: LimitationStep[];
  /** The events that restarted the period or waived the defence. */
  restartedBy: LimitationStep[];
  /** False when the last day falls in a year whose holidays the calendar does not know yet. */
  calendarCovers: boolean;
  asOf: IsoDate | null;
  /** asOf is after the last day; null without asOf. */
  timeBarred: boolean | null;
  /** Days from asOf to the last day (0: asOf is the last day; negative once barred); null without asOf. */
  daysLeft: number | null;
}

interface LastDay {
  matching: IsoDate;
  moved: IsoDate;
}

// The cycle asks for the last days of a million accounts that share a few thousand due dates: each
// (rules, calendar, day, years) is worked out once. Bounded, so a long-running process cannot grow it.
const lastDays = new WeakMap<PackLimitation, WeakMap<HolidayCalendar, Map<string, LastDay>>>();
const LAST_DAY_MEMO_LIMIT = 100_000;

function memoFor(limitation: PackLimitation, calendar: HolidayCalendar): Map<string, LastDay> {
  let byCalendar = lastDays.get(limitation);
  if (!byCalendar) {
    byCalendar = new WeakMap();
    lastDays.set(limitation, byCalendar);
  }
  let memo = byCalendar.get(calendar);
  if (!memo) {
    memo = new Map();
    byCalendar.set(calendar, memo);
  }
  if (memo.size >= LAST_DAY_MEMO_LIMIT) memo.clear();
  return memo;
}

const later = (a: LastDay, b: LastDay): LastDay => (b.moved > a.moved ? b : a);
const earlier = (a: LastDay, b: LastDay | null): LastDay => (b !== null && b.moved < a.moved ? b : a);

export function limitationClock(
  limitation: PackLimitation,
  calendar: HolidayCalendar,
  input: LimitationInput,
): LimitationClock {
  const years = periodYears(limitation, input.period);
  const memo = memoFor(limitation, calendar);
  const lastDayOf = (from: IsoDate, n: number): LastDay => {
    const key = `${from}|${n}`;
    const known = memo.get(key);
    if (known) return known;
    const matching = matchingDayAfterYears(from, n, limitation.counting.no_matching_day);
    const moved =
      limitation.counting.last_day_off === 'next_working_day' ? firstWorkingDayFrom(calendar, matching) : matching;
    const found = { matching, moved };
    memo.set(key, found);
    return found;
  };
  const absolute = limitation.absolute ? lastDayOf(input.lastDueOn, limitation.absolute.years) : null;
  let bound: LastDay | null = absolute;
  let current = earlier(lastDayOf(input.lastDueOn, years), bound);
  let waived = false;
  const steps: LimitationStep[] = [];
  // A stable sort: events of one day keep the order they were given in.
  const events = [...input.events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const event of events) {
    const previous = current;
    const restart = limitation.restarts[event.type] ?? null;
    const waiver = limitation.waived_by[event.type] ?? null;
    let effect: LimitationEffect = 'none';
    let why: LimitationWhy;
    let citation: string | null = null;
    if (event.on < input.lastDueOn) {
      why = 'before_start';
    } else if (event.on <= current.moved) {
      if (restart === null) {
        why = 'not_counted';
      } else {
        const fresh = lastDayOf(event.on, years);
        current = earlier(later(current, fresh), bound);
        effect = 'restart';
        why = bound !== null && fresh.moved > bound.moved ? 'absolute_limit' : 'restarted';
        citation = restart;
      }
    } else if (waiver !== null) {
      // The debtor gave up the defence and a full period runs from the waiver. Before the absolute limit
      // it still ends the new period (as it would end a restart on the same day, so an earlier restart
      // can never shorten the clock by turning this waiver into a restart); after it, the debtor's new
      // promise is not bound by the old debt's limit.
      if (bound !== null && event.on > bound.moved) bound = null;
      const fresh = lastDayOf(event.on, years);
      waived = true;
      current = earlier(fresh, bound);
      effect = 'waiver';
      why = bound !== null && fresh.moved > bound.moved ? 'absolute_limit' : 'waived';
      citation = waiver;
    } else {
      why = 'after_expiry';
    }
    steps.push({ ...event, effect, why, citation, previousExpiresOn: previous.moved, expiresOn: current.moved });
  }
  const asOf = input.asOf;
  return {
    startsFrom: input.lastDueOn,
    periodYears: years,
    expiresOn: current.moved,
    matchingDay: current.matching,
    waived,
    absoluteLimitOn: absolute?.moved ?? null,
    steps,
    restartedBy: steps.filter((s) => s.effect !== 'none'),
    calendarCovers: calendarCovers(calendar, current.matching) && calendarCovers(calendar, current.moved),
    asOf,
    timeBarred: asOf === null ? null : asOf > current.moved,
    daysLeft: asOf === null ? null : daysBetween(current.moved, asOf),
  };
}
