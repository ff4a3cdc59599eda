/**
 * The legal parts of a rule pack's schema — `limitation` (the clock) and `interest` (the caps) — in zod,
 * for src/compliance/pack-schema.ts, plus the checks that span them: the default period is one of the
 * periods, the calendar is one Dunwell ships, an uplift range that opens before it closes. Every problem
 * names its path (`limitation.restarts.payment`).
 */
import { z } from 'zod';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { PRODUCTS } from '../domain/account/account-codes.js';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { COMPLIANCE_LANGUAGES } from '../domain/compliance/compliance-codes.js';
import { type PackInterest, rateBelow } from '../domain/legal/interest-cap.js';
import { LENDER_KINDS, LIMITATION_EVENT_TYPES } from '../domain/legal/limitation-codes.js';
import { LAST_DAY_OFF, NO_MATCHING_DAY, type PackLimitation } from '../domain/legal/limitation-rules.js';
import { parseRate } from '../domain/money/rate.js';
import { HOLIDAY_TEXTS } from './holiday-calendars.js';

const words = z.string().trim().min(1, 'the text is empty');
const text = z.strictObject(
  Object.fromEntries(COMPLIANCE_LANGUAGES.map((lang) => [lang, words])) as Record<
    (typeof COMPLIANCE_LANGUAGES)[number],
    typeof words
  >,
);
const years = z.number().int().min(1).max(100);
/** A rate as quoted decimal text ('0.24'), at most 1 (100 %). */
const rate = z
  .string()
  .refine((t) => parseRate(t).ok, "a rate is quoted decimal text ('0.24' for 24 %)")
  .refine((t) => Number(t) <= 1, "a rate is a decimal fraction: '0.24' is 24 %");
/** Each event type at most once, with the citation of its effect. */
const byEvent = z.strictObject(
  Object.fromEntries(LIMITATION_EVENT_TYPES.map((t) => [t, words.optional()])) as Record<
    (typeof LIMITATION_EVENT_TYPES)[number],
    z.ZodOptional<typeof words>
  >,
);

export const LIMITATION_SCHEMA = z.strictObject({
  periods: z.record(z.string().regex(/^[a-z_]+$/, 'a period is named in lower case (all, scotland)'), years),
  default_period: z.string(),
  citation: words,
  reason: text,
  counting: z.strictObject({
    no_matching_day: z.enum(NO_MATCHING_DAY),
    last_day_off: z.enum(LAST_DAY_OFF),
    calendar: z.string().nullable(),
    citation: words,
  }),
  absolute: z.strictObject({ years, citation: words }).nullable(),
  restarts: byEvent,
  waived_by: byEvent,
});

const cap = z.union([
  z.strictObject({ rate, citation: words }),
  z.strictObject({
    lpr_multiple: z.number().int().min(1).max(10),
    lpr_from: z.string().refine(isIsoDate, 'a date is YYYY-MM-DD (quoted in YAML) and exists'),
    before: rate,
    citation: words,
  }),
]);

export const INTEREST_SCHEMA = z.strictObject({
  products: z.array(z.enum(PRODUCTS)),
  citation: words,
  reason: text,
  caps: z.strictObject(
    Object.fromEntries(LENDER_KINDS.map((k) => [k, cap.optional()])) as Record<
      (typeof LENDER_KINDS)[number],
      z.ZodOptional<typeof cap>
    >,
  ),
  penalty_uplift: z
    .strictObject({
      min: rate,
      max: rate,
      lender_kinds: z.array(z.enum(LENDER_KINDS)).min(1, 'name at least one lender kind'),
      citation: words,
    })
    .nullable(),
});

/** What the zod schemas cannot see: names that must point at something, ranges that must open. */
export function legalPackProblems(pack: { limitation: PackLimitation; interest: PackInterest }): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const { limitation, interest } = pack;
  if (!(limitation.default_period in limitation.periods)) {
    out.push({
      path: ['limitation', 'default_period'],
      message: `"${limitation.default_period}" is not one of the periods (${Object.keys(limitation.periods).join(', ') || 'none'})`,
    });
  }
  const calendar = limitation.counting.calendar;
  if (calendar !== null && !(calendar in HOLIDAY_TEXTS)) {
    out.push({
      path: ['limitation', 'counting', 'calendar'],
      message: `no holiday calendar "${calendar}" is shipped (there are: ${Object.keys(HOLIDAY_TEXTS).join(', ')})`,
    });
  }
  const range = interest.penalty_uplift;
  if (range) {
    const min = parseRate(range.min);
    const max = parseRate(range.max);
    if (min.ok && max.ok && rateBelow(max.rate, min.rate)) {
      out.push({ path: ['interest', 'penalty_uplift', 'max'], message: `is below min (${range.min})` });
    }
  }
  return out;
}
