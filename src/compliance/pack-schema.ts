/**
 * The schema of a compliance rule pack (src/domain/compliance/compliance-pack.ts says what each part
 * means), in zod, plus the checks that span the pack: ids unique and prefixed with the pack's name, a
 * window that opens before it closes, every hold type stopping outreach exactly once. Every problem names
 * its path (`rules[3].params.max`) so whoever edits the file can find it.
 */
import { z } from 'zod';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isPlainObject, schemaProblems } from '../document/schema-problems.js';
import { COMPLIANCE_LANGUAGES, GATE_CHANNELS, HOLD_TYPES, PACK_IDS } from '../domain/compliance/compliance-codes.js';
import type { CompliancePack } from '../domain/compliance/compliance-pack.js';
import { minuteOfDay } from '../domain/compliance/local-time.js';
import { INTEREST_SCHEMA, LIMITATION_SCHEMA, legalPackProblems } from '../legal/legal-pack-schema.js';

const words = z.string().trim().min(1, 'the text is empty');
/** Both languages, each non-empty; a third language or a missing one is a problem at its path. */
const text = z.strictObject(
  Object.fromEntries(COMPLIANCE_LANGUAGES.map((lang) => [lang, words])) as Record<
    (typeof COMPLIANCE_LANGUAGES)[number],
    typeof words
  >,
);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time is HH:MM (00:00–23:59), quoted in YAML');
const channels = z
  .array(z.enum(GATE_CHANNELS))
  .min(1, 'name at least one channel')
  .refine((list) => new Set(list).size === list.length, 'a channel is listed twice');
const count = z.number().int().min(1).max(1000);
const days = z.number().int().min(1).max(366);
const none = z.strictObject({});

const base = {
  id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9_]+)+$/, 'a rule id is <pack>.<name> in lower case (cn.contact_window)'),
  citation: words,
  reason: text,
};
const counting = {
  count_unconnected: z.boolean(),
  count_inbound: z.boolean(),
  consent_exempt_days: z.number().int().min(0).max(366),
};

const RULE = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('contact_window'),
    params: z.strictObject({
      start: clock,
      end: clock,
      start_included: z.boolean(),
      end_included: z.boolean(),
      channels,
    }),
  }),
  z.strictObject({ ...base, kind: z.literal('daily_attempts'), params: z.strictObject({ max: count, channels }) }),
  z.strictObject({
    ...base,
    kind: z.literal('daily_conversations'),
    params: z.strictObject({ max: count, channels, count_inbound: z.boolean() }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('call_frequency'),
    params: z.strictObject({ ...counting, max_calls: count, days, channels }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('conversation_cooldown'),
    params: z.strictObject({
      days,
      channels,
      inbound_conversations_count: z.boolean(),
      consent_exempt_days: counting.consent_exempt_days,
    }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('third_party_unreachable'),
    params: z.strictObject({ failed_attempts: count }),
  }),
  z.strictObject({ ...base, kind: z.literal('third_party_disclosure'), params: none }),
  z.strictObject({ ...base, kind: z.literal('third_party_once'), params: none }),
  z.strictObject({ ...base, kind: z.literal('third_party_refused'), params: none }),
  z.strictObject({ ...base, kind: z.literal('cease'), params: none }),
  z.strictObject({ ...base, kind: z.literal('stop_channel'), params: none }),
  z.strictObject({ ...base, kind: z.literal('represented'), params: none }),
  z.strictObject({ ...base, kind: z.literal('hold'), params: z.strictObject({ hold: z.enum(HOLD_TYPES) }) }),
  z.strictObject({ ...base, kind: z.literal('visit_staff'), params: z.strictObject({ min_staff: count }) }),
  z.strictObject({
    ...base,
    kind: z.literal('opt_out'),
    params: z.strictObject({ channels, markers: z.array(words).min(1, 'name at least one opt-out marker') }),
  }),
  z.strictObject({ ...base, kind: z.literal('do_not_contact'), params: none }),
  z.strictObject({
    ...base,
    kind: z.literal('validation_notice'),
    params: z.strictObject({ days: z.number().int().min(0).max(366) }),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('time_barred'),
    params: z.strictObject({ stop_when_claimed: z.boolean(), check_text: z.boolean() }),
  }),
  z.strictObject({ ...base, kind: z.literal('language'), params: none }),
]);

const fact = { citation: words, reason: text };

const SCHEMA = z.strictObject({
  pack: z.enum(PACK_IDS),
  version: z.number().int().min(1),
  title: text,
  rules: z.array(RULE).min(1, 'a pack has at least one rule'),
  retention: z.strictObject({ ...fact, years: z.number().int().min(1).max(100) }),
  limitation: LIMITATION_SCHEMA,
  interest: INTEREST_SCHEMA,
});

function crossProblems(pack: CompliancePack): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const holds = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) out.push({ path: ['rules', i, 'id'], message: `id "${rule.id}" is used twice` });
    seen.add(rule.id);
    if (!rule.id.startsWith(`${pack.pack}.`)) {
      out.push({ path: ['rules', i, 'id'], message: `a rule of the ${pack.pack} pack is named ${pack.pack}.<name>` });
    }
    if (rule.kind === 'contact_window') {
      const opens = minuteOfDay(rule.params.start) + (rule.params.start_included ? 0 : 1);
      const closes = minuteOfDay(rule.params.end) - (rule.params.end_included ? 0 : 1);
      if (opens > closes) {
        out.push({
          path: ['rules', i, 'params', 'end'],
          message: 'the window must open before it closes on the same local day (it does not span midnight)',
        });
      }
    }
    if (rule.kind === 'hold') {
      if (holds.has(rule.params.hold)) {
        out.push({ path: ['rules', i, 'params', 'hold'], message: `the ${rule.params.hold} hold has a rule already` });
      }
      holds.add(rule.params.hold);
    }
  });
  const missing = HOLD_TYPES.filter((h) => !holds.has(h));
  if (missing.length > 0) {
    out.push({ path: ['rules'], message: `every hold stops outreach: missing a hold rule for ${missing.join(', ')}` });
  }
  return out;
}

export type PackSchemaResult = { ok: true; document: CompliancePack } | { ok: false; problems: SchemaProblem[] };

/** Validates a parsed YAML value against the rule pack schema. */
export function checkCompliancePack(value: unknown): PackSchemaResult {
  if (!isPlainObject(value)) {
    return { ok: false, problems: [{ path: [], message: 'a rule pack is a YAML mapping (pack, version, rules, …)' }] };
  }
  const parsed = SCHEMA.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const document = parsed.data as CompliancePack;
  const problems = [...crossProblems(document), ...legalPackProblems(document)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
