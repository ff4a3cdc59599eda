/**
 * The schema of a strategy document (see src/domain/strategy/strategy-document.ts for what each part
 * means), in zod, plus the checks that span parts of the document (names a treatment refers to, ids that
 * must be unique, channels a tier allows). Every problem names its path, e.g.
 * `segments[2].treatment[0].on.dpd`, so a manager can find it in the file.
 *
 * Conditions are checked by a walker of our own rather than a zod union: which operators and values are
 * acceptable depends on the fact's kind (money, ratio, code list…), and the walker can say so precisely.
 */
import { z } from 'zod';
import { type ConditionLanguage, type FactRules, walkCondition } from '../document/condition-problems.js';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isPlainObject, schemaProblems } from '../document/schema-problems.js';
import { PRODUCTS } from '../domain/account/account-codes.js';
import { STAGE_NAMES } from '../domain/ageing/ageing.js';
import { CURRENCY_CODES, isCurrencyCode } from '../domain/money/currencies.js';
import { parseAmount } from '../domain/money/money.js';
import { SEGMENTS } from '../domain/party/party-codes.js';
import { FACT_FIELDS, type FactKind, type FactName } from '../domain/strategy/account-facts.js';
import {
  ACTION_NAMES,
  ACTIONS,
  CHANNELS,
  GRADES,
  TIE_BREAKS,
  TIERS,
  TONES,
  WATCH_EVENT_TYPES,
} from '../domain/strategy/strategy-codes.js';
import { type StrategyDocument, WEEKDAYS } from '../domain/strategy/strategy-document.js';
import { USER_ROLES } from '../domain/team/team-codes.js';

/** Facts that may be missing on an account (null), so `is_null` and a null value make sense on them. */
const NULLABLE = new Set<FactName>([
  'days_since_payment',
  'days_since_watch',
  'limitation_days_left',
  'language',
  'region',
]);

/** Facts whose values come from a code list: a value outside it is a typo, not a condition. */
const CODE_LISTS: Partial<Record<FactName, readonly string[]>> = {
  grade: GRADES,
  tier: TIERS,
  customer_type: SEGMENTS,
  stage: STAGE_NAMES,
  product: PRODUCTS,
  currency: CURRENCY_CODES,
  watch: WATCH_EVENT_TYPES,
};

const OPERATORS_BY_KIND: Readonly<Record<FactKind, readonly string[]>> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'not_in', 'is_null'],
  ratio: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'is_null'],
  money: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between'],
  string: ['eq', 'ne', 'in', 'not_in', 'is_null'],
  boolean: ['eq', 'ne'],
  list: ['includes', 'includes_any'],
};
const ALL_OPERATORS = new Set(Object.values(OPERATORS_BY_KIND).flat());

/** Where a condition sits decides which derived facts it may read: grading runs before grade exists. */
export type ConditionScope = 'grading' | 'tiering' | 'other';

/** How a fact is tested in a strategy condition, given the currency its amounts are in. */
function factRules(fact: FactName, currency: string): FactRules {
  const kind = FACT_FIELDS[fact];
  return {
    fact,
    kind,
    operators: OPERATORS_BY_KIND[kind].filter((op) => op !== 'is_null' || NULLABLE.has(fact)),
    valueProblem: (value) => valueProblem(fact, value, currency),
    listUnsuited:
      kind === 'money' || kind === 'boolean' || kind === 'ratio'
        ? `a list means "one of", which does not suit ${fact} (${kind}); use gte / lte / between`
        : null,
    betweenEnds: { fit: () => true, problem: 'between takes two values [low, high]' },
    magnitude: (value) => (kind === 'money' ? amountOrNaN(value, currency) : Number(value)),
  };
}

function conditionLanguage(scope: ConditionScope, currency: string): ConditionLanguage {
  return {
    operators: ALL_OPERATORS,
    emptyCondition: 'an empty condition; leave `when` out to match every account',
    fact: (key) => {
      if (!Object.hasOwn(FACT_FIELDS, key)) return null;
      const fact = key as FactName;
      if (scope === 'grading' && (fact === 'grade' || fact === 'tier')) {
        return { refused: `grading decides the grade: its rules cannot test ${fact}` };
      }
      if (scope === 'tiering' && fact === 'tier') {
        return { refused: 'tiering decides the tier: its rules cannot test tier (grade is allowed)' };
      }
      return factRules(fact, currency);
    },
    unknownKey: (key) => `"${key}" is not a fact (see the README's list of facts) nor all / any / not`,
  };
}

/** The problems of one condition, with paths relative to it. */
export function conditionProblems(value: unknown, scope: ConditionScope, currency: string): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  walkCondition(value, [], conditionLanguage(scope, currency), problems);
  return problems;
}

function describeKind(fact: FactName, kind: FactKind, currency: string): string {
  const codes = CODE_LISTS[fact];
  if (codes && fact !== 'currency') return `one of ${codes.join(', ')}`;
  switch (kind) {
    case 'money':
      return `an amount in ${currency} (major units, e.g. 5000 or "5000.50")`;
    case 'ratio':
      return 'a ratio from 0 to 1';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return fact === 'currency' ? 'an ISO currency code' : 'a text';
    case 'list':
      return 'a text';
  }
}

/** The problem with one value for a fact, or null. */
function valueProblem(fact: FactName, value: unknown, currency: string): string | null {
  const kind = FACT_FIELDS[fact];
  const expected = () => `${fact} takes ${describeKind(fact, kind, currency)}; got ${JSON.stringify(value)}`;
  if (value === null) return NULLABLE.has(fact) ? null : `${fact} is never missing: null cannot match`;
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : expected();
    case 'ratio':
      return typeof value === 'number' && value >= 0 && value <= 1 ? null : expected();
    case 'money': {
      if (typeof value !== 'number' && typeof value !== 'string') return expected();
      if (typeof value === 'number' && !Number.isFinite(value)) return expected();
      const parsed = parseAmount(String(value), isCurrencyCode(currency) ? currency : 'CNY');
      return parsed.ok ? null : `${fact}: ${parsed.reason}`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : expected();
    case 'string':
    case 'list': {
      if (typeof value !== 'string') return expected();
      const codes = CODE_LISTS[fact];
      return codes && !codes.includes(value) ? expected() : null;
    }
  }
}

function amountOrNaN(value: unknown, currency: string): number {
  const parsed = parseAmount(String(value), isCurrencyCode(currency) ? currency : 'CNY');
  return parsed.ok ? parsed.minor : Number.NaN;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const idText = z
  .string()
  .regex(ID, 'an id is lower-case letters, digits, _ or - (up to 64), starting with a letter or digit');
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = z.string().regex(HHMM, 'a time of day is "HH:MM" from 00:00 to 23:59, in quotes');
const dayCount = z.number().int().min(0).max(36_500);
const text = z.string().trim().min(1);

const windowSchema = z
  .strictObject({ from: hhmm, to: hhmm, purpose: text.optional() })
  .refine((w) => !HHMM.test(w.from) || !HHMM.test(w.to) || w.from < w.to, {
    message: 'a window ends after it starts (from < to)',
    path: ['to'],
  });

const timingSchema = z
  .strictObject({
    dpd: z.array(dayCount).min(1).optional(),
    dpd_from: dayCount.optional(),
    dpd_to: dayCount.optional(),
    every: z.number().int().min(1).max(365).optional(),
    paydays: z.boolean().optional(),
    weekdays: z.array(z.enum(WEEKDAYS)).min(1).optional(),
    days_since_watch: z.array(dayCount).min(1).optional(),
  })
  .superRefine((on, ctx) => {
    if (Object.keys(on).length === 0)
      ctx.addIssue({
        code: 'custom',
        message: 'say when: dpd, dpd_from/dpd_to, paydays, weekdays or days_since_watch',
      });
    if (on.dpd && (on.dpd_from !== undefined || on.dpd_to !== undefined || on.every !== undefined))
      ctx.addIssue({ code: 'custom', path: ['dpd'], message: 'give either a dpd list or dpd_from/dpd_to/every' });
    if (on.every !== undefined && on.dpd_from === undefined)
      ctx.addIssue({ code: 'custom', path: ['every'], message: 'every counts from dpd_from: give dpd_from too' });
    if (on.dpd_from !== undefined && on.dpd_to !== undefined && on.dpd_from > on.dpd_to)
      ctx.addIssue({
        code: 'custom',
        path: ['dpd_to'],
        message: `dpd_to ${on.dpd_to} is before dpd_from ${on.dpd_from}`,
      });
  });

function conditionSchema(scope: ConditionScope, currency: string) {
  return z.unknown().superRefine((value, ctx) => {
    for (const p of conditionProblems(value, scope, currency))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
  });
}

function buildSchema(currency: string) {
  const cond = conditionSchema('other', currency);
  const step = z.strictObject({
    action: z.enum(ACTION_NAMES as [string, ...string[]]),
    on: timingSchema,
    when: cond.optional(),
    window: z.union([z.string().min(1), windowSchema]),
    tone: z.enum(TONES).optional(),
    template: text.optional(),
    tier: z.enum(TIERS).optional(),
    minutes: z.number().int().min(1).max(480).optional(),
  });
  const treatment = z.array(step).min(1, 'a treatment needs at least one action');
  const variant = z.strictObject({
    id: idText,
    weight: z.number().int('a weight is a positive whole number').positive('a weight is a positive whole number'),
    treatment,
  });
  const segment = z
    .strictObject({
      id: idText,
      name_zh: text,
      name_en: text,
      when: cond.optional(),
      tier: z.enum(TIERS).optional(),
      treatment: treatment.optional(),
      variants: z.array(variant).min(2, 'a split needs at least two variants').optional(),
    })
    .superRefine((s, ctx) => {
      if ((s.treatment === undefined) === (s.variants === undefined))
        ctx.addIssue({
          code: 'custom',
          message: 'a segment has either a treatment or variants (not both, not neither)',
        });
      const seen = new Set<string>();
      s.variants?.forEach((v, i) => {
        if (seen.has(v.id))
          ctx.addIssue({ code: 'custom', path: ['variants', i, 'id'], message: `variant id "${v.id}" is used twice` });
        seen.add(v.id);
      });
    });
  const tierSpec = z.strictObject({
    label_zh: text,
    label_en: text,
    tone: z.enum(TONES),
    channels: z.array(z.enum(CHANNELS)).min(1),
    pressure: text,
    worked_by: z.array(z.enum(USER_ROLES)).min(1),
  });
  const money = z.union([z.number(), z.string()]).superRefine((v, ctx) => {
    const parsed = parseAmount(String(v), isCurrencyCode(currency) ? currency : 'CNY');
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason });
  });
  return z.strictObject({
    name: z.string().trim().min(1).max(100),
    description: z.string().default(''),
    currency: z.string().refine(isCurrencyCode, 'not an ISO 4217 currency code (e.g. CNY, USD)'),
    paydays: z
      .array(z.number().int().min(1).max(31))
      .min(1)
      .refine((days) => new Set(days).size === days.length, 'a payday is listed twice')
      .optional(),
    windows: z.record(idText, windowSchema),
    grading: z.strictObject({
      rules: z.array(z.strictObject({ grade: z.enum(GRADES), when: conditionSchema('grading', currency) })),
      default: z.enum(GRADES),
    }),
    tiering: z.strictObject({
      rules: z.array(z.strictObject({ tier: z.enum(TIERS), when: conditionSchema('tiering', currency) })),
      default: z.enum(TIERS),
    }),
    tiers: z.strictObject({ primary: tierSpec, intermediate: tierSpec, senior: tierSpec }),
    contact_order: z.strictObject({
      obligors_after_days_without_rpc: dayCount,
      third_parties_after_days_without_rpc: dayCount,
    }),
    escalation: z
      .strictObject({
        rotate_after_days: z.number().int().min(1).max(365).nullable().optional(),
        team_lead_when: cond.optional(),
        concerted_when: cond.optional(),
        concerted_collectors: z.number().int().min(2).max(20).optional(),
        key_account_amount: money.nullable().optional(),
      })
      .optional(),
    tie_breaks: z
      .array(z.enum(TIE_BREAKS))
      .refine((list) => new Set(list).size === list.length, 'a tie-break is listed twice')
      .default([]),
    segments: z.array(segment).min(1, 'a strategy needs at least one segment'),
  });
}

/** Checks across parts of a valid-shaped document: references, uniqueness, tiers against channels. */
function crossProblems(doc: StrategyDocument): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const windowNames = Object.keys(doc.windows);
  const segmentIds = new Set<string>();
  const { obligors_after_days_without_rpc: obligors, third_parties_after_days_without_rpc: thirds } = doc.contact_order;
  if (thirds < obligors)
    out.push({
      path: ['contact_order', 'third_parties_after_days_without_rpc'],
      message: `third parties come after obligors: ${thirds} is below obligors_after_days_without_rpc ${obligors}`,
    });
  doc.segments.forEach((segment, si) => {
    if (segmentIds.has(segment.id))
      out.push({ path: ['segments', si, 'id'], message: `segment id "${segment.id}" is used twice` });
    segmentIds.add(segment.id);
    const treatments: [readonly (typeof segment.treatment & object)[number][], (string | number)[]][] = segment.variants
      ? segment.variants.map((v, vi) => [v.treatment, ['segments', si, 'variants', vi, 'treatment']])
      : [[segment.treatment ?? [], ['segments', si, 'treatment']]];
    for (const [steps, base] of treatments) {
      steps.forEach((step, i) => {
        const at = [...base, i];
        if (typeof step.window === 'string' && !(step.window in doc.windows))
          out.push({
            path: [...at, 'window'],
            message: `no window is named "${step.window}"; windows are ${windowNames.join(', ') || '(none)'}`,
          });
        const channel = ACTIONS[step.action].channel;
        const fixed = step.tier ?? segment.tier;
        if (fixed !== undefined) {
          if (!doc.tiers[fixed].channels.includes(channel))
            out.push({
              path: [...at, 'action'],
              message: `${step.action} uses channel ${channel}, which the ${fixed} tier does not allow (tiers.${fixed}.channels)`,
            });
        } else if (!TIERS.some((t) => doc.tiers[t].channels.includes(channel))) {
          out.push({
            path: [...at, 'action'],
            message: `${step.action} uses channel ${channel}, which no tier allows: it could never be planned`,
          });
        }
      });
    }
  });
  return out;
}

export type SchemaResult = { ok: true; document: StrategyDocument } | { ok: false; problems: SchemaProblem[] };

/** Said of a union none of whose branches fits (a window is a name or a mapping written out). */
const UNION_MESSAGE = 'expected a name or a mapping (see the README)';

/** Validates a parsed YAML value against the strategy schema. */
export function checkStrategy(value: unknown): SchemaResult {
  if (!isPlainObject(value))
    return {
      ok: false,
      problems: [{ path: [], message: 'a strategy is a YAML mapping (name, currency, segments, …)' }],
    };
  const currency = typeof value.currency === 'string' && isCurrencyCode(value.currency) ? value.currency : 'CNY';
  const parsed = buildSchema(currency).safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues, UNION_MESSAGE) };
  const document = parsed.data as StrategyDocument;
  const problems = crossProblems(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
