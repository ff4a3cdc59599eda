import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { factsFor } from './account-facts-fixture.js';
import { compileCondition } from './compile-condition.js';
import type { Condition } from './strategy-document.js';

const test = (condition: Condition, overrides = {}, derived = {}) =>
  compileCondition(condition, 'CNY')(factsFor(overrides), derived);

/** The error compiling throws: code and message, which names where in the document the fault is. */
function refusal(compile: () => unknown): { code: string; message: string } {
  try {
    compile();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('compiled without an error');
}

describe('compileCondition', () => {
  it('compares numbers with every operator', () => {
    // dpd is 38
    expect(test({ dpd: 38 })).toBe(true);
    expect(test({ dpd: 37 })).toBe(false);
    expect(test({ dpd: { eq: 38 } })).toBe(true);
    expect(test({ dpd: { ne: 38 } })).toBe(false);
    expect(test({ dpd: { gt: 37 } })).toBe(true);
    expect(test({ dpd: { gt: 38 } })).toBe(false);
    expect(test({ dpd: { gte: 38 } })).toBe(true);
    expect(test({ dpd: { gte: 39 } })).toBe(false);
    expect(test({ dpd: { lt: 39 } })).toBe(true);
    expect(test({ dpd: { lt: 38 } })).toBe(false);
    expect(test({ dpd: { lte: 38 } })).toBe(true);
    expect(test({ dpd: { lte: 37 } })).toBe(false);
    expect(test({ dpd: { between: [31, 60] } })).toBe(true);
    expect(test({ dpd: { between: [38, 38] } })).toBe(true);
    expect(test({ dpd: { between: [39, 60] } })).toBe(false);
    expect(test({ dpd: { in: [1, 38] } })).toBe(true);
    expect(test({ dpd: [1, 2] })).toBe(false);
    expect(test({ dpd: { not_in: [1, 38] } })).toBe(false);
    expect(test({ dpd: { not_in: [1, 2] } })).toBe(true);
  });

  it('ANDs several operators on one fact and several facts in one object', () => {
    expect(test({ dpd: { gte: 31, lte: 60 } })).toBe(true);
    expect(test({ dpd: { gte: 31, lte: 37 } })).toBe(false);
    expect(test({ dpd: { gte: 31 }, stage: 'mid' })).toBe(true);
    expect(test({ dpd: { gte: 31 }, stage: 'late' })).toBe(false);
  });

  it('combines with all, any and not', () => {
    expect(test({ all: [{ dpd: 38 }, { stage: 'mid' }] })).toBe(true);
    expect(test({ all: [{ dpd: 38 }, { stage: 'late' }] })).toBe(false);
    expect(test({ any: [{ dpd: 1 }, { stage: 'mid' }] })).toBe(true);
    expect(test({ any: [{ dpd: 1 }, { stage: 'late' }] })).toBe(false);
    expect(test({ not: { stage: 'mid' } })).toBe(false);
    expect(test({ not: { stage: 'late' } })).toBe(true);
    expect(test({ dpd: 38, any: [{ has_collateral: true }, { has_guarantor: true }] })).toBe(true);
  });

  it('reads money thresholds in major units of the strategy currency, never matching another currency', () => {
    // outstanding is 2,450,000 fen = 24,500.00 yuan
    expect(test({ outstanding: { gte: 24500 } })).toBe(true);
    expect(test({ outstanding: { gte: '24500.01' } })).toBe(false);
    expect(test({ outstanding: { gt: '24499.99' } })).toBe(true);
    expect(test({ outstanding: { lt: 24500 } })).toBe(false);
    expect(test({ outstanding: { lte: '24500.00' } })).toBe(true);
    expect(test({ outstanding: { between: [20000, '30000'] } })).toBe(true);
    expect(test({ outstanding: '24500' })).toBe(true);
    expect(test({ outstanding: { ne: 1 } })).toBe(true);
    // The same numbers in dollars do not match anything, even `ne`.
    expect(test({ outstanding: { gte: 24500 } }, { currency: 'USD' })).toBe(false);
    expect(test({ outstanding: { ne: 1 } }, { currency: 'USD' })).toBe(false);
  });

  it('converts with the currency minor unit (JPY has none)', () => {
    const jpy = compileCondition({ outstanding: { gte: 24500 } }, 'JPY');
    expect(jpy(factsFor({ currency: 'JPY', outstanding: 24_500 }), {})).toBe(true);
    expect(jpy(factsFor({ currency: 'JPY', outstanding: 24_499 }), {})).toBe(false);
  });

  it('refuses an amount that would need rounding, naming the path', () => {
    expect(() => compileCondition({ outstanding: { gte: '1.001' } }, 'CNY', 'segments[0].when')).toThrow(
      /segments\[0\]\.when\.outstanding\.gte: .*decimal places/,
    );
  });

  it('treats a missing value as matching only is_null, ne and not_in', () => {
    const never = { days_since_payment: null };
    expect(test({ days_since_payment: { is_null: true } }, never)).toBe(true);
    expect(test({ days_since_payment: { is_null: false } }, never)).toBe(false);
    expect(test({ days_since_payment: { is_null: true } })).toBe(false);
    expect(test({ days_since_payment: { gte: 0 } }, never)).toBe(false);
    expect(test({ days_since_payment: { lt: 1000 } }, never)).toBe(false);
    expect(test({ days_since_payment: { between: [0, 1000] } }, never)).toBe(false);
    expect(test({ days_since_payment: { ne: 5 } }, never)).toBe(true);
    expect(test({ days_since_payment: { not_in: [5] } }, never)).toBe(true);
    expect(test({ days_since_payment: null }, never)).toBe(true);
    expect(test({ region: { ne: null } })).toBe(true);
  });

  it('tests list facts with includes, includes_any and the shorthands', () => {
    const watched = { watch: ['address_change', 'litigation'] };
    expect(test({ watch: { includes: 'litigation' } }, watched)).toBe(true);
    expect(test({ watch: { includes: 'death' } }, watched)).toBe(false);
    expect(test({ watch: { includes_any: ['death', 'address_change'] } }, watched)).toBe(true);
    expect(test({ watch: { includes_any: ['death', 'insolvency'] } }, watched)).toBe(false);
    expect(test({ watch: 'litigation' }, watched)).toBe(true);
    expect(test({ watch: ['death', 'litigation'] }, watched)).toBe(true);
    expect(test({ watch: 'litigation' })).toBe(false);
  });

  it('tests booleans, ratios and strings', () => {
    expect(test({ has_guarantor: true })).toBe(true);
    expect(test({ has_guarantor: { ne: true } })).toBe(false);
    expect(test({ pay_ratio_90: { gte: 0.4 } })).toBe(true);
    expect(test({ pay_ratio_90: { gt: 0.4 } })).toBe(false);
    expect(test({ customer_type: ['white_collar', 'retiree'] })).toBe(true);
    expect(test({ customer_type: { not_in: ['white_collar'] } })).toBe(false);
  });

  it('reads grade and tier from what the strategy decided, before the facts', () => {
    expect(test({ grade: 'poor' }, {}, { grade: 'poor' })).toBe(true);
    expect(test({ grade: 'poor' }, { grade: 'good' }, { grade: 'poor' })).toBe(true);
    expect(test({ grade: 'poor' }, { grade: 'poor' }, {})).toBe(true);
    expect(test({ tier: 'senior' }, {}, { tier: 'primary' })).toBe(false);
    expect(test({ tier: 'senior' }, {}, {})).toBe(false);
  });

  it('treats an absent condition as always true', () => {
    expect(compileCondition(undefined, 'CNY')(factsFor(), {})).toBe(true);
  });

  it('tests tier from what the strategy decided, else from the facts', () => {
    expect(test({ tier: 'senior' }, {}, { tier: 'senior' })).toBe(true);
    expect(test({ tier: 'senior' }, { tier: 'senior' }, {})).toBe(true);
    expect(test({ tier: 'senior' }, { tier: 'senior' }, { tier: 'primary' })).toBe(false);
    expect(test({ tier: { is_null: true } })).toBe(true);
    expect(test({ tier: { is_null: true } }, {}, { tier: 'primary' })).toBe(false);
  });

  it('ANDs three or more tests, failing on any one of them', () => {
    expect(test({ dpd: { gte: 31, lte: 60, ne: 40 } })).toBe(true);
    expect(test({ dpd: { gte: 31, lte: 60, ne: 38 } })).toBe(false);
    expect(test({ dpd: { gte: 39, lte: 60, ne: 40 } })).toBe(false);
    expect(test({ all: [{ dpd: 38 }, { stage: 'mid' }, { bucket: 'M2' }] })).toBe(true);
    expect(test({ all: [{ dpd: 38 }, { stage: 'mid' }, { bucket: 'M3' }] })).toBe(false);
    expect(test({ dpd: 38, stage: 'mid', bucket: 'M2', has_guarantor: false })).toBe(false);
  });

  it('treats an empty all as true and an empty any as false', () => {
    expect(test({ all: [] })).toBe(true);
    expect(test({ any: [] })).toBe(false);
    expect(test({ dpd: 38, any: [] })).toBe(false);
  });

  it('applies the currency rule to money tests only', () => {
    const dollars = { currency: 'USD' };
    expect(test({ dpd: 38 }, dollars)).toBe(true);
    expect(test({ dpd: { gte: 31 } }, dollars)).toBe(true);
    expect(test({ stage: { in: ['mid'] } }, dollars)).toBe(true);
    expect(test({ outstanding: { in: [24500] } }, dollars)).toBe(false);
    expect(test({ outstanding: { not_in: [1] } }, dollars)).toBe(false);
  });

  it('converts money in eq, ne, in and not_in as in the comparisons', () => {
    // outstanding is 2,450,000 fen = 24,500.00 yuan
    expect(test({ outstanding: { eq: '24500.00' } })).toBe(true);
    expect(test({ outstanding: { ne: 24500 } })).toBe(false);
    expect(test({ outstanding: { ne: '24499.99' } })).toBe(true);
    expect(test({ outstanding: { in: [1, '24500'] } })).toBe(true);
    expect(test({ outstanding: [1, 24500] })).toBe(true);
    expect(test({ outstanding: { in: [2_450_000] } })).toBe(false);
    expect(test({ outstanding: { not_in: ['24500.00'] } })).toBe(false);
    expect(test({ outstanding: { not_in: [2_450_000] } })).toBe(true);
  });

  it('never finds a money fact missing, whatever its currency', () => {
    expect(test({ outstanding: null })).toBe(false);
    expect(test({ outstanding: { ne: null } })).toBe(true);
    expect(test({ outstanding: { ne: null } }, { currency: 'USD' })).toBe(true);
  });

  it('tells a missing value from a present one in eq null and ne null', () => {
    expect(test({ days_since_payment: null })).toBe(false);
    expect(test({ days_since_payment: { eq: null } })).toBe(false);
    expect(test({ region: { ne: null } }, { region: null })).toBe(false);
    expect(test({ language: { eq: null } }, { language: null })).toBe(true);
  });

  it('never finds a missing value above, below or inside a range, even at its edges', () => {
    const never = { days_since_payment: null };
    expect(test({ days_since_payment: { gt: -1 } }, never)).toBe(false);
    expect(test({ days_since_payment: { gte: -1 } }, never)).toBe(false);
    expect(test({ days_since_payment: { lte: 1000 } }, never)).toBe(false);
    expect(test({ days_since_payment: { lt: 1000 } }, never)).toBe(false);
    expect(test({ days_since_payment: { between: [-1, 1000] } }, never)).toBe(false);
    expect(test({ days_since_payment: { in: [0] } }, never)).toBe(false);
  });

  it('keeps between inclusive at both ends and closed above', () => {
    expect(test({ dpd: { between: [1, 30] } })).toBe(false);
    expect(test({ dpd: { between: [1, 37] } })).toBe(false);
    expect(test({ dpd: { between: [1, 38] } })).toBe(true);
    expect(test({ dpd: { between: [38, 90] } })).toBe(true);
  });

  it('finds nothing in an empty watch list', () => {
    expect(test({ watch: { includes_any: ['death'] } })).toBe(false);
    expect(test({ watch: { includes: 'death' } })).toBe(false);
    expect(test({ watch: { includes_any: [] } }, { watch: ['death'] })).toBe(false);
  });

  it('names the path of a fault, from the default root `when` and through all, any and not', () => {
    expect(refusal(() => compileCondition({ outstanding: { gte: '1.001' } }, 'CNY'))).toEqual({
      code: 'INVALID_INPUT',
      message: 'when.outstanding.gte: amount 1.001 has more than 2 decimal places for CNY',
    });
    expect(
      refusal(() =>
        compileCondition({ all: [{ dpd: 1 }, { any: [{ dpd: 2 }, { past_due: '-5' }] }] }, 'CNY', 'segments[3].when'),
      ),
    ).toEqual({
      code: 'INVALID_INPUT',
      message: 'segments[3].when.all[1].any[1].past_due: amount -5 is negative',
    });
    expect(refusal(() => compileCondition({ not: { collateral_value: { in: ['x'] } } }, 'CNY'))).toEqual({
      code: 'INVALID_INPUT',
      message: 'when.not.collateral_value.in: "x" is not a decimal amount',
    });
  });

  it('refuses a money threshold that is not an amount at all, naming the path', () => {
    const bad = (value: unknown) =>
      refusal(() => compileCondition({ outstanding: { gte: value } } as unknown as Condition, 'CNY', 'r'));
    expect(bad(true)).toEqual({ code: 'INVALID_INPUT', message: 'r.outstanding.gte: it is not an amount' });
    expect(bad(null)).toEqual({ code: 'INVALID_INPUT', message: 'r.outstanding.gte: it is not an amount' });
    expect(bad([5])).toEqual({ code: 'INVALID_INPUT', message: 'r.outstanding.gte: it is not an amount' });
  });

  it('refuses an unknown operator or fact, naming the path', () => {
    expect(refusal(() => compileCondition({ dpd: { near: 3 } } as unknown as Condition, 'CNY', 'x'))).toEqual({
      code: 'INVALID_INPUT',
      message: 'x.dpd.near: "near" is not an operator',
    });
    for (const key of ['balance', 'constructor', 'toString'])
      expect(refusal(() => compileCondition({ [key]: 1 } as unknown as Condition, 'CNY'))).toEqual({
        code: 'INVALID_INPUT',
        message: `when.${key}: "${key}" is not a fact`,
      });
  });
});
