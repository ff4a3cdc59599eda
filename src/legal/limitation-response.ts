/**
 * A limitation clock as `dunwell legal limitation` and `legal clock` print it (issue 8's response, with
 * what else helps): `expires_on` and `restarted_by` first, then the first barred day, whether the debtor
 * waived the defence, the days left as of a day, the matching day before it was moved past days off, and
 * every event with its effect, citation and reason in one language.
 */
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import type { ComplianceLanguage, PackId } from '../domain/compliance/compliance-codes.js';
import type { LimitationClock, LimitationStep } from '../domain/legal/limitation-clock.js';
import type { LimitationEffect, LimitationEventType, LimitationWhy } from '../domain/legal/limitation-codes.js';
import { limitationStepReason, limitationSummary } from '../domain/legal/limitation-words.js';

export interface LimitationStepView {
  type: LimitationEventType;
  on: IsoDate;
  effect: LimitationEffect;
  why: LimitationWhy;
  /** The last day of the period after this event. */
  expires_on: IsoDate;
  citation: string | null;
  reason: string;
  /** The record it comes from (a payment, arrangement or legal event id), when known. */
  ref: string | null;
}

export interface LimitationResponse {
  /** The last day a claim is in time. */
  expires_on: IsoDate;
  /** The events that restarted the period or waived the defence, in date order. */
  restarted_by: LimitationStepView[];
  pack: PackId;
  period_years: number;
  /** The last instalment's due date: the day the period runs from (not counted). */
  starts_from: IsoDate;
  /** The day the period ended on before it was moved past days off. */
  matching_day: IsoDate;
  /** The first day the debt is time-barred. */
  time_barred_on: IsoDate;
  waived: boolean;
  absolute_limit_on: IsoDate | null;
  /** The calendar of days off counted with: a pack's (`cn`), `weekends`, or `request` (the request's). */
  calendar: string;
  /** False when the last day falls in a year whose holidays are not published yet. */
  calendar_covers: boolean;
  /** Every event, in date order, with what it did. */
  events: LimitationStepView[];
  as_of: IsoDate | null;
  time_barred: boolean | null;
  days_left: number | null;
  summary: string;
}

function stepView(step: LimitationStep, clock: LimitationClock, lang: ComplianceLanguage): LimitationStepView {
  return {
    type: step.type,
    on: step.on,
    effect: step.effect,
    why: step.why,
    expires_on: step.expiresOn,
    citation: step.citation,
    reason: limitationStepReason(step, clock, lang),
    ref: step.ref ?? null,
  };
}

export function limitationResponse(
  pack: PackId,
  calendar: string,
  clock: LimitationClock,
  lang: ComplianceLanguage,
): LimitationResponse {
  return {
    expires_on: clock.expiresOn,
    restarted_by: clock.restartedBy.map((s) => stepView(s, clock, lang)),
    pack,
    period_years: clock.periodYears,
    starts_from: clock.startsFrom,
    matching_day: clock.matchingDay,
    time_barred_on: addDays(clock.expiresOn, 1),
    waived: clock.waived,
    absolute_limit_on: clock.absoluteLimitOn,
    calendar,
    calendar_covers: clock.calendarCovers,
    events: clock.steps.map((s) => stepView(s, clock, lang)),
    as_of: clock.asOf,
    time_barred: clock.timeBarred,
    days_left: clock.daysLeft,
    summary: limitationSummary(clock, lang),
  };
}

/** The response as lines a person reads: the summary, then each event with its effect. */
export function limitationLines(response: LimitationResponse): string[] {
  const width = Math.max(0, ...response.events.map((e) => e.type.length));
  return [
    response.summary,
    ...response.events.map(
      (e) =>
        `  ${e.on}  ${e.type.padEnd(width)}  ${e.effect.padEnd(7)}  ${e.reason}${e.citation ? `  [${e.citation}]` : ''}`,
    ),
  ];
}
