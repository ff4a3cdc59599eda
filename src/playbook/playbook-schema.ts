/**
 * The schema of a playbook document (src/domain/playbook/playbook-document.ts says what each part means),
 * in zod, plus the checks that span the document: the call has exactly the four core tasks in order and
 * the promise is captured with a day and a time; every excuse category, visit type and recovery method
 * appears exactly once; ids are unique where the desk keys on them; a reason names only facts. Every
 * problem names its path (`methods[22].when[0].if.dpd.gte`) so whoever edits the file can find it.
 *
 * Conditions are checked by a walker rather than a zod union: which operators and values are acceptable
 * depends on the fact's kind and code list, and the walker can say so precisely.
 */
import { z } from 'zod';
import { type ConditionLanguage, type FactRules, walkCondition } from '../document/condition-problems.js';
import type { SchemaProblem } from '../document/parse-yaml-document.js';
import { isPlainObject, schemaProblems } from '../document/schema-problems.js';
import { EXCUSE_CATEGORIES } from '../domain/activity/activity-codes.js';
import { ARRANGEMENT_TYPES } from '../domain/arrangement/arrangement-codes.js';
import {
  ABUSE_WARNINGS,
  CALL_TASKS,
  CAPTURE_KINDS,
  FOLLOW_UPS,
  MIN_VISIT_STAFF,
  PLAYBOOK_LANGUAGES,
  RECOVERY_METHODS,
  VISIT_TYPES,
} from '../domain/playbook/playbook-codes.js';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import {
  FACT_CODE_LISTS,
  isUnrecorded,
  NULLABLE_FACTS,
  PLAYBOOK_FACT_FIELDS,
  type PlaybookFactKind,
  type PlaybookFactName,
} from '../domain/playbook/playbook-facts.js';

const OPERATORS_BY_KIND: Readonly<Record<PlaybookFactKind, readonly string[]>> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'not_in', 'is_null'],
  ratio: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'is_null'],
  string: ['eq', 'ne', 'in', 'not_in', 'is_null'],
  boolean: ['eq', 'ne'],
  list: ['includes', 'includes_any'],
};
const ALL_OPERATORS = new Set(Object.values(OPERATORS_BY_KIND).flat());

function describeKind(fact: PlaybookFactName): string {
  const codes = FACT_CODE_LISTS[fact];
  if (codes) return `one of ${codes.join(', ')}`;
  switch (PLAYBOOK_FACT_FIELDS[fact]) {
    case 'number':
      return 'a number';
    case 'ratio':
      return 'a ratio of 0 or more (0.25 = 25 %)';
    case 'boolean':
      return 'true or false';
    default:
      return 'a text';
  }
}

/** The problem with one value for a fact, or null. */
function valueProblem(fact: PlaybookFactName, value: unknown): string | null {
  const expected = () => `${fact} takes ${describeKind(fact)}; got ${JSON.stringify(value)}`;
  if (value === null) {
    if (NULLABLE_FACTS.includes(fact)) return null;
    return isUnrecorded(fact)
      ? `${fact} is not recorded by Dunwell: test it for true or false, and the method is "to check" until it is known`
      : `${fact} is never missing: null cannot match`;
  }
  switch (PLAYBOOK_FACT_FIELDS[fact]) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : expected();
    case 'ratio':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : expected();
    case 'boolean':
      return typeof value === 'boolean' ? null : expected();
    case 'string':
    case 'list': {
      if (typeof value !== 'string') return expected();
      const codes = FACT_CODE_LISTS[fact];
      return codes && !codes.includes(value) ? expected() : null;
    }
  }
}

/** How a fact is tested in a playbook condition. */
function factRules(fact: PlaybookFactName): FactRules {
  const kind = PLAYBOOK_FACT_FIELDS[fact];
  return {
    fact,
    kind,
    operators: OPERATORS_BY_KIND[kind].filter((op) => op !== 'is_null' || NULLABLE_FACTS.includes(fact)),
    valueProblem: (value) => valueProblem(fact, value),
    listUnsuited:
      kind === 'boolean' || kind === 'ratio'
        ? `a list means "one of", which does not suit ${fact} (${kind}); use an operator`
        : null,
    betweenEnds: {
      fit: (ends) => ends.every((x) => typeof x === 'number'),
      problem: 'between takes two numbers [low, high]',
    },
    magnitude: Number,
  };
}

const CONDITIONS: ConditionLanguage = {
  operators: ALL_OPERATORS,
  emptyCondition: 'an empty condition would hold for every account; name at least one fact',
  fact: (key) => (Object.hasOwn(PLAYBOOK_FACT_FIELDS, key) ? factRules(key as PlaybookFactName) : null),
  unknownKey: (key) => `"${key}" is not a playbook fact (see the README's list) nor all / any / not`,
};

/** The problems of one condition, with paths relative to `path`. */
export function conditionProblems(value: unknown, path: (string | number)[] = []): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  walkCondition(value, path, CONDITIONS, out);
  return out;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const idText = z
  .string()
  .regex(ID, 'an id is lower-case letters, digits, _ or - (up to 64), starting with a letter or digit');
const words = z.string().trim().min(1, 'the text is empty');
/** Both languages, each non-empty; a third language or a missing one is a problem at its path. */
const text = z.strictObject(
  Object.fromEntries(PLAYBOOK_LANGUAGES.map((lang) => [lang, words])) as Record<
    (typeof PLAYBOOK_LANGUAGES)[number],
    typeof words
  >,
);
const arrangements = z
  .array(z.enum(ARRANGEMENT_TYPES))
  .refine((list) => new Set(list).size === list.length, 'an arrangement type is listed twice');
const condition = z.unknown().superRefine((value, ctx) => {
  for (const p of conditionProblems(value)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

const SCHEMA = z.strictObject({
  name: z.string().trim().min(1).max(100),
  call: z.strictObject({
    title: text,
    tasks: z.array(
      z.strictObject({
        id: z.enum(CALL_TASKS),
        title: text,
        guidance: text,
        capture: z
          .array(z.strictObject({ id: idText, kind: z.enum(CAPTURE_KINDS), label: text }))
          .min(1, 'a task captures at least one outcome'),
      }),
    ),
    consequences: z
      .array(z.strictObject({ id: idText, text }))
      .min(1, 'list the lawful consequences a collector may state'),
    rules: z.array(text).min(1, 'a call has at least one rule'),
  }),
  excuses: z.array(
    z.strictObject({
      category: z.enum(EXCUSE_CATEGORIES),
      label: text,
      sounds_like: text,
      response: text,
      follow_up: z.strictObject({ action: z.enum(FOLLOW_UPS), text }),
      arrangements,
    }),
  ),
  abusive_debtor: z.strictObject({
    summary: text,
    warnings: z.array(text).length(ABUSE_WARNINGS, `the rule gives exactly ${ABUSE_WARNINGS} warnings`),
    after_warnings: text,
  }),
  visits: z.strictObject({
    pairing: z.strictObject({
      min_staff: z
        .number()
        .int()
        .min(MIN_VISIT_STAFF, `field visits are made in pairs: min_staff is at least ${MIN_VISIT_STAFF}`),
      text,
    }),
    rules: z.array(text).min(1, 'a visit has at least one rule'),
    types: z.array(
      z.strictObject({
        id: z.enum(VISIT_TYPES),
        name: text,
        purpose: text,
        when: text,
        checklist: z.array(z.strictObject({ id: idText, text })).min(1, 'a visit type has a checklist'),
      }),
    ),
  }),
  methods: z.array(
    z.strictObject({
      id: z.enum(RECOVERY_METHODS),
      name: text,
      applies_when: text,
      needs: text,
      lawful_limits: text,
      arrangements,
      when: z.array(z.strictObject({ if: condition, because: text })),
    }),
  ),
});

/** Each code of `codes` once in `items`: twice is a problem at the second, never is one at the list. */
function exactlyOnce<T>(
  items: readonly T[],
  key: (item: T) => string,
  codes: readonly string[],
  path: (string | number)[],
  field: string,
  what: string,
): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const code = key(item);
    if (seen.has(code)) out.push({ path: [...path, i, field], message: `${what} "${code}" appears twice` });
    seen.add(code);
  });
  const missing = codes.filter((c) => !seen.has(c));
  if (missing.length > 0) out.push({ path, message: `missing ${what}: ${missing.join(', ')}` });
  return out;
}

function uniqueIds(items: readonly { id: string }[], path: (string | number)[]): SchemaProblem[] {
  const seen = new Set<string>();
  const out: SchemaProblem[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ path: [...path, i, 'id'], message: `id "${item.id}" is used twice` });
    seen.add(item.id);
  });
  return out;
}

/** Placeholders in a reason must name facts: a typo would print as written. */
function placeholderProblems(because: Record<string, string>, path: (string | number)[]): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const lang of PLAYBOOK_LANGUAGES) {
    for (const [, name] of (because[lang] ?? '').matchAll(/\{([^{}]*)\}/g)) {
      if (!Object.hasOwn(PLAYBOOK_FACT_FIELDS, name ?? ''))
        out.push({ path: [...path, lang], message: `{${name}} is not a playbook fact` });
    }
  }
  return out;
}

function crossProblems(doc: PlaybookDocument): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const taskIds = doc.call.tasks.map((t) => t.id);
  if (taskIds.join() !== CALL_TASKS.join()) {
    out.push({
      path: ['call', 'tasks'],
      message: `a call has exactly the four core tasks, in this order: ${CALL_TASKS.join(', ')} (got ${taskIds.join(', ') || 'none'})`,
    });
  }
  doc.call.tasks.forEach((task, i) => {
    out.push(...uniqueIds(task.capture, ['call', 'tasks', i, 'capture']));
    const kinds = new Set(task.capture.map((c) => c.kind));
    if (task.id === 'secure_promise' && !(kinds.has('amount') && kinds.has('date') && kinds.has('time'))) {
      out.push({
        path: ['call', 'tasks', i, 'capture'],
        message:
          'a promise is taken with an amount, an exact date and a time of day: capture kinds amount, date and time',
      });
    }
    if (task.id === 'learn_why_late' && !kinds.has('excuse')) {
      out.push({
        path: ['call', 'tasks', i, 'capture'],
        message: 'learning why it is late captures the excuse (kind excuse)',
      });
    }
  });
  out.push(...uniqueIds(doc.call.consequences, ['call', 'consequences']));
  out.push(
    ...exactlyOnce(doc.excuses, (e) => e.category, EXCUSE_CATEGORIES, ['excuses'], 'category', 'excuse category'),
  );
  out.push(...exactlyOnce(doc.visits.types, (t) => t.id, VISIT_TYPES, ['visits', 'types'], 'id', 'visit type'));
  doc.visits.types.forEach((t, i) => {
    out.push(...uniqueIds(t.checklist, ['visits', 'types', i, 'checklist']));
  });
  out.push(...exactlyOnce(doc.methods, (m) => m.id, RECOVERY_METHODS, ['methods'], 'id', 'recovery method'));
  doc.methods.forEach((m, i) => {
    m.when.forEach((rule, r) => {
      out.push(...placeholderProblems(rule.because, ['methods', i, 'when', r, 'because']));
    });
  });
  return out;
}

export type SchemaResult = { ok: true; document: PlaybookDocument } | { ok: false; problems: SchemaProblem[] };

/** Validates a parsed YAML value against the playbook schema. */
export function checkPlaybook(value: unknown): SchemaResult {
  if (!isPlainObject(value)) {
    return { ok: false, problems: [{ path: [], message: 'a playbook is a YAML mapping (name, call, excuses, …)' }] };
  }
  const parsed = SCHEMA.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const document = parsed.data as PlaybookDocument;
  const problems = crossProblems(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
