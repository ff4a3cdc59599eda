/**
 * A playbook condition evaluated over an account's facts, in three values: it holds, it does not, or it
 * cannot be known because it depends on a fact Dunwell does not record (UNRECORDED_FACTS). Unknown
 * combines as in Kleene's logic: `all` is false when any part is false and unknown when none is false but
 * one is unknown; `any` is true when any part is true and unknown when none is true but one is unknown;
 * `not` leaves unknown as it is. So a method is "to check" only when looking the fact up could change the
 * answer.
 *
 * Semantics shared with the strategy's conditions: several facts in one object, and several operators on
 * one fact, must all hold; a scalar means "equals" (on a list fact: "holds"), a list means "one of" (on a
 * list fact: "holds one of"); a null value matches only `is_null: true`, `eq: null`, `ne` and `not_in`.
 */
import { AppError } from '../errors.js';
import type { Condition, ConditionScalar, FactOperators, FactTest } from './playbook-document.js';
import { isUnrecorded, PLAYBOOK_FACT_FIELDS, type PlaybookFactName, type PlaybookFacts } from './playbook-facts.js';

export type Truth = 'true' | 'false' | 'unknown';

export interface Evaluation {
  truth: Truth;
  /** The unrecorded facts that make it unknown (empty unless truth is unknown). */
  unknown: readonly PlaybookFactName[];
}

const TRUE: Evaluation = { truth: 'true', unknown: [] };
const FALSE: Evaluation = { truth: 'false', unknown: [] };
const of = (holds: boolean): Evaluation => (holds ? TRUE : FALSE);

function union(parts: readonly Evaluation[]): PlaybookFactName[] {
  return [...new Set(parts.flatMap((p) => p.unknown))];
}

function all(parts: readonly Evaluation[]): Evaluation {
  if (parts.some((p) => p.truth === 'false')) return FALSE;
  const unknown = parts.filter((p) => p.truth === 'unknown');
  return unknown.length > 0 ? { truth: 'unknown', unknown: union(unknown) } : TRUE;
}

function any(parts: readonly Evaluation[]): Evaluation {
  if (parts.some((p) => p.truth === 'true')) return TRUE;
  const unknown = parts.filter((p) => p.truth === 'unknown');
  return unknown.length > 0 ? { truth: 'unknown', unknown: union(unknown) } : FALSE;
}

function not(part: Evaluation): Evaluation {
  if (part.truth === 'unknown') return part;
  return of(part.truth === 'false');
}

const isOperators = (test: FactTest): test is FactOperators =>
  typeof test === 'object' && test !== null && !Array.isArray(test);

const isNumber = (v: unknown): v is number => typeof v === 'number';

function holds(value: unknown, op: keyof FactOperators, raw: unknown): boolean {
  switch (op) {
    case 'eq':
      return value === raw;
    case 'ne':
      return value !== raw;
    case 'gt':
      return isNumber(value) && value > (raw as number);
    case 'gte':
      return isNumber(value) && value >= (raw as number);
    case 'lt':
      return isNumber(value) && value < (raw as number);
    case 'lte':
      return isNumber(value) && value <= (raw as number);
    case 'between': {
      const [lo, hi] = raw as readonly [number, number];
      return isNumber(value) && value >= lo && value <= hi;
    }
    case 'in':
      return (raw as readonly unknown[]).includes(value);
    case 'not_in':
      return !(raw as readonly unknown[]).includes(value);
    case 'includes':
      return Array.isArray(value) && value.includes(raw);
    case 'includes_any':
      return Array.isArray(value) && (raw as readonly unknown[]).some((w) => value.includes(w));
    case 'is_null':
      return (value === null) === raw;
    default:
      throw new AppError('INVALID_INPUT', `"${String(op)}" is not an operator`);
  }
}

function factTest(name: PlaybookFactName, test: FactTest, facts: PlaybookFacts): Evaluation {
  const value: unknown = facts[name];
  if (value === null && isUnrecorded(name)) return { truth: 'unknown', unknown: [name] };
  const list = PLAYBOOK_FACT_FIELDS[name] === 'list';
  if (isOperators(test)) {
    return of(Object.entries(test).every(([op, raw]) => holds(value, op as keyof FactOperators, raw)));
  }
  if (Array.isArray(test)) return of(holds(value, list ? 'includes_any' : 'in', test));
  return of(holds(value, list ? 'includes' : 'eq', test as ConditionScalar));
}

/** The condition over the facts; a name that is no fact is INVALID_INPUT (documents are checked first). */
export function evaluateCondition(condition: Condition, facts: PlaybookFacts): Evaluation {
  const parts: Evaluation[] = [];
  for (const [key, value] of Object.entries(condition)) {
    if (value === undefined) continue;
    if (key === 'all') parts.push(all((value as readonly Condition[]).map((c) => evaluateCondition(c, facts))));
    else if (key === 'any') parts.push(any((value as readonly Condition[]).map((c) => evaluateCondition(c, facts))));
    else if (key === 'not') parts.push(not(evaluateCondition(value as Condition, facts)));
    else if (Object.hasOwn(PLAYBOOK_FACT_FIELDS, key)) {
      parts.push(factTest(key as PlaybookFactName, value as FactTest, facts));
    } else throw new AppError('INVALID_INPUT', `"${key}" is not a playbook fact`);
  }
  return all(parts);
}
