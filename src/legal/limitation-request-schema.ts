/**
 * The request of `dunwell legal limitation` (issue 8) read from JSON and checked: the pack, the last
 * instalment's due date and the events (each of a type the clock knows, on a date that exists), and
 * optionally the days off to count with (replacing the pack's calendar), make-up working days, the day
 * to judge on and the period to apply. Nothing else: an unknown key is a mistake. A problem names its
 * path (`events[2].on`) so the caller can fix the request.
 */
import { z } from 'zod';
import { parseJsonRequest } from '../document/parse-json-request.js';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { addDays, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { checkDateRange } from '../domain/calendar/date-range.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import type { LimitationEvent } from '../domain/legal/limitation-clock.js';
import { LIMITATION_EVENT_TYPES } from '../domain/legal/limitation-codes.js';

const date = z
  .string()
  .refine(isIsoDate, 'a date is YYYY-MM-DD and exists')
  .superRefine((d, ctx) => {
    const problem = isIsoDate(d) ? checkDateRange(d) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: `${d} ${problem}` });
  });
/** A day off, or a run of them. */
const dayOff = z.union([date.transform((d) => ({ from: d, to: d })), z.strictObject({ from: date, to: date })]);

const SCHEMA = z.strictObject({
  pack: z.enum(PACK_IDS),
  last_due_on: date,
  events: z.array(z.strictObject({ type: z.enum(LIMITATION_EVENT_TYPES), on: date })).default([]),
  holidays: z.array(dayOff).nullable().default(null),
  working_days: z.array(date).default([]),
  as_of: date.nullable().default(null),
  period: z.string().trim().min(1).nullable().default(null),
});

export interface LimitationRequest {
  pack: PackId;
  last_due_on: IsoDate;
  events: LimitationEvent[];
  /** Days off replacing the pack's calendar; null: the pack's own calendar. */
  holidays: { from: IsoDate; to: IsoDate }[] | null;
  working_days: IsoDate[];
  as_of: IsoDate | null;
  period: string | null;
}

function crossProblems(request: LimitationRequest): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const asOf = request.as_of;
  if (asOf !== null) {
    request.events.forEach((e, i) => {
      if (e.on > asOf) out.push({ path: ['events', i, 'on'], message: `${e.on} is after as_of (${asOf})` });
    });
  }
  request.holidays?.forEach((h, i) => {
    if (h.to < h.from) out.push({ path: ['holidays', i, 'to'], message: `ends before it starts (${h.from})` });
    else if (h.to > addDays(h.from, 60))
      out.push({ path: ['holidays', i], message: 'a run of days off is at most 60 days' });
  });
  if (request.holidays === null && request.working_days.length > 0) {
    out.push({
      path: ['working_days'],
      message: 'make-up working days go with the holidays they belong to; give holidays too',
    });
  }
  return out;
}

/**
 * The request in `text` (JSON), checked: UNREADABLE_INPUT when it is not JSON, INVALID_INPUT naming each
 * problem by its path otherwise.
 */
export function parseLimitationRequest(text: string): LimitationRequest {
  return parseJsonRequest(text, { schema: SCHEMA, crossProblems, keys: 'pack, last_due_on, events' });
}
