/**
 * What a rule pack says about limitation (the `limitation` part of examples/compliance-packs/<pack>.yaml):
 * the period in years by where the debt is governed, how days are counted, the absolute limit, which
 * events restart the period and which give up the defence once it has run out — each with its citation.
 * The calculator (limitation-clock.ts) reads nothing else, so a pack changes the clock by data alone.
 */
import type { Bilingual } from '../compliance/compliance-codes.js';
import { AppError } from '../errors.js';
import type { LimitationEventType } from './limitation-codes.js';

/**
 * When the period's matching day does not exist (a period of years from 29 February ending in a common
 * year): `month_end` ends it on the last day of that month (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日);
 * `next_day` on the first day of the next month.
 */
export const NO_MATCHING_DAY = ['month_end', 'next_day'] as const;
export type NoMatchingDay = (typeof NO_MATCHING_DAY)[number];

/**
 * When the last day is not a working day: `next_working_day` moves it to the first working day after it
 * (民法典 第二百零三条); `stays` keeps it.
 */
export const LAST_DAY_OFF = ['next_working_day', 'stays'] as const;
export type LastDayOff = (typeof LAST_DAY_OFF)[number];

export interface PackLimitation {
  /** Years, by where the debt is governed (`all` when there is one place). */
  periods: Record<string, number>;
  /** The entry of `periods` that applies unless a caller names another. */
  default_period: string;
  citation: string;
  reason: Bilingual;
  /**
   * How a period is counted. The day it runs from is never counted (民法典 第二百零一条), so a period of
   * N years ends on the matching day N years later.
   */
  counting: {
    no_matching_day: NoMatchingDay;
    last_day_off: LastDayOff;
    /** The holiday calendar (examples/holidays/<calendar>.yaml); null: Saturdays and Sundays only. */
    calendar: string | null;
    citation: string;
  };
  /** The limit no restart goes past, in years from the day the period first ran from; null when none. */
  absolute: { years: number; citation: string } | null;
  /** The events that restart a running period, each with its citation. */
  restarts: Partial<Record<LimitationEventType, string>>;
  /** The events that, after the period ran out, give up the defence; a new period runs from them. */
  waived_by: Partial<Record<LimitationEventType, string>>;
}

/** The period in years: the pack's default, or the one named (`scotland`). */
export function periodYears(limitation: PackLimitation, period?: string | null): number {
  const key = period ?? limitation.default_period;
  const years = limitation.periods[key];
  if (years === undefined) {
    const known = Object.keys(limitation.periods);
    throw new AppError(
      'INVALID_INPUT',
      `the limitation period "${key}" is not one of this pack's (${known.length > 0 ? known.join(', ') : 'none'})`,
    );
  }
  return years;
}
