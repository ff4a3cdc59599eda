/**
 * The schema of the LPR table (examples/lpr.yaml; src/domain/legal/lpr.ts says what each part means), in
 * zod, plus the checks that span the file: days ascending and each once, `checked_through` not before the
 * last value, rates of a plausible size. Every problem names its path (`values[3].percent`).
 */
import { z } from 'zod';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isPlainObject, schemaProblems } from '../document/schema-problems.js';
import { isIsoDate } from '../domain/calendar/calendar.js';
import type { LprDocument } from '../domain/legal/lpr.js';

const date = z.string().refine(isIsoDate, 'a date is YYYY-MM-DD (quoted in YAML) and exists');
/** A percentage a year, e.g. '3.85'; below 1 % it is a fraction typed for a percentage, above 20 % a typo. */
const percent = z
  .string()
  .refine(
    (p) => /^\d{1,2}(\.\d{1,4})?$/.test(p) && Number(p) >= 1 && Number(p) <= 20,
    "a percentage a year from 1 to 20 as quoted decimal text ('3.85' for 3.85 %)",
  );

const SCHEMA = z.strictObject({
  series: z.literal('one_year'),
  citation: z.string().trim().min(1, 'the text is empty'),
  checked_through: date,
  values: z.array(z.strictObject({ from: date, percent })).min(1, 'the table has at least one value'),
});

function crossProblems(document: LprDocument): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  document.values.forEach((v, i) => {
    const before = document.values[i - 1];
    if (before && before.from >= v.from) {
      out.push({ path: ['values', i, 'from'], message: `days ascend, each once (${v.from} follows ${before.from})` });
    }
  });
  const last = document.values[document.values.length - 1];
  if (last && document.checked_through < last.from) {
    out.push({ path: ['checked_through'], message: `is before the last value's day, ${last.from}` });
  }
  return out;
}

export type LprSchemaResult = { ok: true; document: LprDocument } | { ok: false; problems: SchemaProblem[] };

export function checkLprDocument(value: unknown): LprSchemaResult {
  if (!isPlainObject(value)) {
    return { ok: false, problems: [{ path: [], message: 'the LPR table is a YAML mapping (series, values, …)' }] };
  }
  const parsed = SCHEMA.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const document = parsed.data as LprDocument;
  const problems = crossProblems(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
