/**
 * Conditions into closures, once per strategy version: each fact test becomes a small function that reads
 * the fact directly, and `all`/`any`/`not` combine them. Nothing of the document is looked at again when
 * an account is evaluated.
 *
 * Semantics a strategy author relies on:
 * - several facts in one object, and several operators on one fact, must all hold;
 * - a missing value (null) matches only `is_null: true`, `ne` and `not_in` (it is not that value);
 * - money thresholds are major units of the strategy's currency, converted once; an account in another
 *   currency never matches a money test, whatever the operator;
 * - `grade` and `tier` read what the strategy itself decided (grading, then tiering) for the account.
 */
import { AppError } from '../errors.js';
import { parseAmount } from '../money/money.js';
import { type AccountFacts, FACT_FIELDS, type FactKind, type FactName } from './account-facts.js';
import type { Grade, Tier } from './strategy-codes.js';
import type { Condition, ConditionScalar, FactOperators, FactTest } from './strategy-document.js';

/** What the strategy decided so far for the account (grading, then tiering). */
export interface Derived {
  grade?: Grade | undefined;
  tier?: Tier | undefined;
}

export type Predicate = (facts: AccountFacts, derived: Derived) => boolean;

const ALWAYS: Predicate = () => true;

type Read = (facts: AccountFacts, derived: Derived) => unknown;

function reader(name: FactName): Read {
  if (name === 'grade') return (f, d) => d.grade ?? f.grade ?? null;
  if (name === 'tier') return (f, d) => d.tier ?? f.tier ?? null;
  return (f) => (f as unknown as Record<string, unknown>)[name] ?? null;
}

function isOperators(test: FactTest): test is FactOperators {
  return typeof test === 'object' && test !== null && !Array.isArray(test);
}

function and(preds: readonly Predicate[]): Predicate {
  if (preds.length === 0) return ALWAYS;
  if (preds.length === 1) return preds[0] as Predicate;
  if (preds.length === 2) {
    const [a, b] = preds as [Predicate, Predicate];
    return (f, d) => a(f, d) && b(f, d);
  }
  return (f, d) => {
    for (const p of preds) if (!p(f, d)) return false;
    return true;
  };
}

function or(preds: readonly Predicate[]): Predicate {
  if (preds.length === 1) return preds[0] as Predicate;
  return (f, d) => {
    for (const p of preds) if (p(f, d)) return true;
    return false;
  };
}

/** A money value (major units) in minor units of the strategy's currency. */
export function moneyToMinor(value: unknown, currency: string, path: string): number {
  const parsed = typeof value === 'number' || typeof value === 'string' ? parseAmount(String(value), currency) : null;
  if (parsed?.ok) return parsed.minor;
  const why = parsed && !parsed.ok ? parsed.reason : 'it is not an amount';
  throw new AppError('INVALID_INPUT', `${path}: ${why}`);
}

function compileOperator(
  kind: FactKind,
  read: Read,
  op: keyof FactOperators,
  raw: unknown,
  currency: string,
  path: string,
): Predicate {
  // A value as the fact holds it: money in minor units, anything else as written.
  const num = (v: unknown): number => (kind === 'money' ? moneyToMinor(v, currency, path) : (v as number));
  // Money tests hold only for accounts in the strategy's currency.
  const guard = (p: Predicate): Predicate => (kind === 'money' ? (f, d) => f.currency === currency && p(f, d) : p);
  switch (op) {
    case 'eq': {
      if (raw === null) return (f, d) => read(f, d) === null;
      const v = num(raw);
      return guard((f, d) => read(f, d) === v);
    }
    case 'ne': {
      if (raw === null) return (f, d) => read(f, d) !== null;
      const v = num(raw);
      return guard((f, d) => read(f, d) !== v);
    }
    case 'gt': {
      const v = num(raw);
      return guard((f, d) => {
        const x = read(f, d);
        return x !== null && (x as number) > v;
      });
    }
    case 'gte': {
      const v = num(raw);
      return guard((f, d) => {
        const x = read(f, d);
        return x !== null && (x as number) >= v;
      });
    }
    case 'lt': {
      const v = num(raw);
      return guard((f, d) => {
        const x = read(f, d);
        return x !== null && (x as number) < v;
      });
    }
    case 'lte': {
      const v = num(raw);
      return guard((f, d) => {
        const x = read(f, d);
        return x !== null && (x as number) <= v;
      });
    }
    case 'between': {
      const [lo, hi] = (raw as readonly unknown[]).map(num) as [number, number];
      return guard((f, d) => {
        const x = read(f, d);
        return x !== null && (x as number) >= lo && (x as number) <= hi;
      });
    }
    case 'in': {
      const set = new Set<unknown>((raw as readonly unknown[]).map(num));
      return guard((f, d) => set.has(read(f, d)));
    }
    case 'not_in': {
      const set = new Set<unknown>((raw as readonly unknown[]).map(num));
      return guard((f, d) => !set.has(read(f, d)));
    }
    case 'includes': {
      // The one list fact (watch) is always a list, empty when nothing was seen.
      return (f, d) => (read(f, d) as readonly unknown[]).includes(raw);
    }
    case 'includes_any': {
      const wanted = raw as readonly unknown[];
      return (f, d) => {
        const list = read(f, d) as readonly unknown[];
        for (const w of wanted) if (list.includes(w)) return true;
        return false;
      };
    }
    case 'is_null': {
      const wantNull = raw === true;
      return (f, d) => (read(f, d) === null) === wantNull;
    }
    default:
      throw new AppError('INVALID_INPUT', `${path}: "${String(op)}" is not an operator`);
  }
}

function compileFactTest(name: FactName, test: FactTest, currency: string, path: string): Predicate {
  const kind = FACT_FIELDS[name];
  const read = reader(name);
  if (isOperators(test)) {
    const preds = Object.entries(test).map(([op, raw]) =>
      compileOperator(kind, read, op as keyof FactOperators, raw, currency, `${path}.${op}`),
    );
    return and(preds);
  }
  if (Array.isArray(test)) {
    // A list means "one of"; on a list fact (watch) it means "holds one of".
    return kind === 'list'
      ? compileOperator(kind, read, 'includes_any', test, currency, path)
      : compileOperator(kind, read, 'in', test, currency, path);
  }
  const scalar = test as ConditionScalar;
  return kind === 'list'
    ? compileOperator(kind, read, 'includes', scalar, currency, path)
    : compileOperator(kind, read, 'eq', scalar, currency, path);
}

/** One closure for a whole condition; `path` prefixes error messages (the document is normally checked). */
export function compileCondition(condition: Condition | undefined, currency: string, path = 'when'): Predicate {
  if (condition === undefined) return ALWAYS;
  const preds: Predicate[] = [];
  for (const [key, value] of Object.entries(condition)) {
    const at = `${path}.${key}`;
    if (key === 'all') {
      preds.push(and((value as Condition[]).map((c, i) => compileCondition(c, currency, `${at}[${i}]`))));
    } else if (key === 'any') {
      // An empty `any` holds for no account.
      preds.push(or((value as Condition[]).map((c, i) => compileCondition(c, currency, `${at}[${i}]`))));
    } else if (key === 'not') {
      const inner = compileCondition(value as Condition, currency, at);
      preds.push((f, d) => !inner(f, d));
    } else if (Object.hasOwn(FACT_FIELDS, key)) {
      preds.push(compileFactTest(key as FactName, value as FactTest, currency, at));
    } else {
      throw new AppError('INVALID_INPUT', `${at}: "${key}" is not a fact`);
    }
  }
  return and(preds);
}
