/**
 * The schema of a holiday calendar file (examples/holidays/<calendar>.yaml; src/domain/legal/
 * holiday-calendar.ts says what each part means), in zod, plus the checks that span the file: years
 * ascending and each once, every range inside its own year or the days just before it (a New Year break
 * starts in December), ranges that do not overlap, make-up working days that are weekend days and not
 * days off. Every problem names its path (`years[2].days_off[1].to`).
 */
import { z } from 'zod';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isPlainObject, schemaProblems } from '../document/schema-problems.js';
import { addDays, isIsoDate } from '../domain/calendar/calendar.js';
import { COMPLIANCE_LANGUAGES } from '../domain/compliance/compliance-codes.js';
import { type HolidayDocument, isWeekend } from '../domain/legal/holiday-calendar.js';

const words = z.string().trim().min(1, 'the text is empty');
const date = z.string().refine(isIsoDate, 'a date is YYYY-MM-DD (quoted in YAML) and exists');
const text = z.strictObject(
  Object.fromEntries(COMPLIANCE_LANGUAGES.map((lang) => [lang, words])) as Record<
    (typeof COMPLIANCE_LANGUAGES)[number],
    typeof words
  >,
);

const SCHEMA = z.strictObject({
  calendar: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a calendar name is lower case (cn)'),
  title: text,
  citation: words,
  weekends_off: z.boolean(),
  years: z
    .array(
      z.strictObject({
        year: z.number().int().min(1900).max(2199),
        source: words,
        status: z.enum(['published', 'provisional']),
        days_off: z.array(z.strictObject({ name: words, from: date, to: date })),
        working_days: z.array(date),
      }),
    )
    .min(1, 'a calendar has at least one year'),
});

/** A break may begin this many days before its year (元旦 from 30 December). */
const EARLY_DAYS = 3;

function crossProblems(document: HolidayDocument): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const off = new Map<string, string>();
  document.years.forEach((year, y) => {
    const before = document.years[y - 1];
    if (before && before.year >= year.year) {
      out.push({
        path: ['years', y, 'year'],
        message: `years ascend, each once (${year.year} follows ${before.year})`,
      });
    }
    const earliest = `${year.year - 1}-12-${String(31 - EARLY_DAYS + 1).padStart(2, '0')}`;
    const latest = `${year.year}-12-31`;
    year.days_off.forEach((range, r) => {
      const at = ['years', y, 'days_off', r];
      if (range.to < range.from) out.push({ path: [...at, 'to'], message: `ends before it starts (${range.from})` });
      if (range.from < earliest || range.to > latest) {
        out.push({ path: at, message: `${range.from}–${range.to} is not in ${year.year}` });
      }
      for (let d = range.from; d <= range.to && d <= latest; d = addDays(d, 1)) {
        const other = off.get(d);
        if (other !== undefined) out.push({ path: at, message: `${d} is already a day off (${other})` });
        off.set(d, range.name);
      }
    });
    year.working_days.forEach((d, i) => {
      const at = ['years', y, 'working_days', i];
      if (!d.startsWith(`${year.year}-`)) out.push({ path: at, message: `${d} is not in ${year.year}` });
      if (!isWeekend(d)) out.push({ path: at, message: `${d} is a weekday: a make-up working day is a weekend day` });
    });
  });
  document.years.forEach((year, y) => {
    year.working_days.forEach((d, i) => {
      const name = off.get(d);
      if (name !== undefined) {
        out.push({ path: ['years', y, 'working_days', i], message: `${d} is also a day off (${name})` });
      }
    });
  });
  return out;
}

export type HolidaySchemaResult = { ok: true; document: HolidayDocument } | { ok: false; problems: SchemaProblem[] };

/** Validates a parsed YAML value against the holiday calendar schema. */
export function checkHolidayDocument(value: unknown): HolidaySchemaResult {
  if (!isPlainObject(value)) {
    return {
      ok: false,
      problems: [{ path: [], message: 'a holiday calendar is a YAML mapping (calendar, years, …)' }],
    };
  }
  const parsed = SCHEMA.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const document = parsed.data as HolidayDocument;
  const problems = crossProblems(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
