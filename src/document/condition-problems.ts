/**
 * The one walk over a condition, for both languages that have them (a strategy's `when`, a playbook
 * method's `if`): a mapping of fact names — or all / any / not — to tests, where a test is a value (equal
 * to), a list (one of) or a mapping of operators. Which facts there are, and which operators and values
 * each takes, is the document's to say (ConditionLanguage); the walk, its structure rules and their words
 * are the same in both.
 */
import type { SchemaProblem } from './parse-yaml-document.js';
import { isPlainObject } from './schema-problems.js';

type Path = (string | number)[];

/** How one fact is tested. */
export interface FactRules {
  fact: string;
  /** Its kind as the messages name it ("number", "money", …). */
  kind: string;
  /** The operators it takes, in the order a message lists them. */
  operators: readonly string[];
  /** The problem with one value for it, or null. */
  valueProblem(value: unknown): string | null;
  /** Said of a list ("one of") when lists do not suit the kind; null when they do. */
  listUnsuited: string | null;
  /** Whether `between`'s two ends have the shape the kind needs, and what to say when not. */
  betweenEnds: { fit(ends: readonly unknown[]): boolean; problem: string };
  /** An end of `between` as a number to order them by (NaN when it is not one). */
  magnitude(value: unknown): number;
}

export interface ConditionLanguage {
  /** Every operator of the language: any other is "not an operator". */
  operators: ReadonlySet<string>;
  /** Said of `{}`. */
  emptyCondition: string;
  /** How `key` is tested; a refusal when the condition may not test it here; null when it is no fact. */
  fact(key: string): FactRules | { refused: string } | null;
  /** Said of a key that is no fact nor all / any / not. */
  unknownKey(key: string): string;
}

/** The problems of one condition at `path`, added to `out`. */
export function walkCondition(value: unknown, path: Path, language: ConditionLanguage, out: SchemaProblem[]): void {
  if (!isPlainObject(value)) {
    out.push({ path, message: 'a condition is a mapping of fact names (or all / any / not) to tests' });
    return;
  }
  if (Object.keys(value).length === 0) {
    out.push({ path, message: language.emptyCondition });
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, key];
    if (key === 'all' || key === 'any') {
      if (!Array.isArray(inner) || inner.length === 0) {
        out.push({ path: at, message: `\`${key}\` takes a non-empty list of conditions` });
        continue;
      }
      inner.forEach((c, i) => {
        walkCondition(c, [...at, i], language, out);
      });
    } else if (key === 'not') {
      walkCondition(inner, at, language, out);
    } else {
      const rules = language.fact(key);
      if (rules === null) out.push({ path: at, message: language.unknownKey(key) });
      else if ('refused' in rules) out.push({ path: at, message: rules.refused });
      else factTestProblems(rules, inner, at, language.operators, out);
    }
  }
}

function factTestProblems(
  rules: FactRules,
  test: unknown,
  path: Path,
  operators: ReadonlySet<string>,
  out: SchemaProblem[],
): void {
  const { fact, kind } = rules;
  const checkValue = (v: unknown, at: Path) => {
    const problem = rules.valueProblem(v);
    if (problem) out.push({ path: at, message: problem });
  };
  const checkList = (v: unknown, at: Path, what: string) => {
    if (!Array.isArray(v) || v.length === 0) {
      out.push({ path: at, message: `${what} takes a non-empty list` });
      return;
    }
    v.forEach((item, i) => {
      checkValue(item, [...at, i]);
    });
  };
  if (Array.isArray(test)) {
    if (rules.listUnsuited !== null) out.push({ path, message: rules.listUnsuited });
    else checkList(test, path, 'a list');
    return;
  }
  if (!isPlainObject(test)) {
    checkValue(test, path);
    return;
  }
  const ops = Object.keys(test);
  if (ops.length === 0) out.push({ path, message: 'no operator given' });
  const allowed = rules.operators;
  for (const op of ops) {
    const at = [...path, op];
    const v = test[op];
    if (!operators.has(op)) {
      out.push({ path: at, message: `"${op}" is not an operator; ${fact} takes ${allowed.join(', ')}` });
    } else if (!allowed.includes(op)) {
      out.push({ path: at, message: `${op} does not apply to ${fact} (${kind}); it takes ${allowed.join(', ')}` });
    } else if (op === 'is_null') {
      if (typeof v !== 'boolean') out.push({ path: at, message: 'is_null takes true or false' });
    } else if (op === 'in' || op === 'not_in' || op === 'includes_any') {
      checkList(v, at, op);
    } else if (op === 'between') {
      if (!Array.isArray(v) || v.length !== 2 || !rules.betweenEnds.fit(v)) {
        out.push({ path: at, message: rules.betweenEnds.problem });
        continue;
      }
      const [low, high] = v;
      checkValue(low, [...at, 0]);
      checkValue(high, [...at, 1]);
      if (low !== null && high !== null && rules.magnitude(low) > rules.magnitude(high)) {
        out.push({ path: at, message: `the low end ${String(low)} is above the high end ${String(high)}` });
      }
    } else if ((op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') && v === null) {
      out.push({ path: at, message: `${op} needs a value; null compares with nothing` });
    } else {
      checkValue(v, at);
    }
  }
}
