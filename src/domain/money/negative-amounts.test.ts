/**
 * Negative amounts: the ledger's allocations and corrections are negative, and `account show` prints them
 * with formatAmount, so a lost sign would turn a payment into a charge on the page. Parsing takes a
 * negative amount only when asked to, and "-0.00" is zero, not a negative amount.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, MAX_AMOUNT_MINOR, parseAmount } from './money.js';

describe('negative amounts', () => {
  it('are formatted with their sign in every currency precision', () => {
    expect(formatAmount(-5, 'CNY')).toBe('-0.05');
    expect(formatAmount(-123_456, 'CNY')).toBe('-1234.56');
    expect(formatAmount(-1_500, 'JPY')).toBe('-1500');
    expect(formatAmount(-1, 'KWD')).toBe('-0.001');
    expect(formatAmount(0, 'CNY')).toBe('0.00');
  });

  it('parse back to the same minor units when negatives are allowed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_AMOUNT_MINOR, max: MAX_AMOUNT_MINOR }),
        fc.constantFrom('CNY', 'JPY', 'KWD'),
        (minor, currency) => {
          expect(parseAmount(formatAmount(minor, currency), currency, { allowNegative: true })).toEqual({
            ok: true,
            minor,
          });
        },
      ),
    );
  });

  it('are refused unless allowed, but a negative zero is just zero', () => {
    expect(parseAmount('-0.01', 'CNY')).toMatchObject({ ok: false, reason: 'amount -0.01 is negative' });
    expect(parseAmount('-10.10', 'CNY')).toMatchObject({ ok: false });
    expect(parseAmount('-0.00', 'CNY')).toEqual({ ok: true, minor: 0 });
    expect(parseAmount('-0', 'JPY')).toEqual({ ok: true, minor: 0 });
  });
});
