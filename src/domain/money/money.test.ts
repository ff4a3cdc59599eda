import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, MAX_ACCOUNT_TOTAL_MINOR, MAX_AMOUNT_MINOR, parseAmount } from './money.js';
import { applyRates, divRoundHalfEven, MAX_RATE, rateAbove, rateOf } from './rate.js';

describe('amounts', () => {
  it('parses decimal strings in major units into minor units exactly', () => {
    expect(parseAmount('1234.56', 'CNY')).toEqual({ ok: true, minor: 123_456 });
    expect(parseAmount('7', 'USD')).toEqual({ ok: true, minor: 700 });
    expect(parseAmount('0.1', 'USD')).toEqual({ ok: true, minor: 10 });
    expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, minor: 1_500 });
    expect(parseAmount('1.230', 'USD')).toEqual({ ok: true, minor: 123 });
  });

  it('refuses negative, over-precise and malformed amounts with a reason', () => {
    expect(parseAmount('-5.00', 'CNY')).toEqual({ ok: false, reason: 'amount -5.00 is negative' });
    expect(parseAmount('1.234', 'CNY')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/more than 2 decimal/),
    });
    expect(parseAmount('1.5', 'JPY')).toMatchObject({ ok: false });
    expect(parseAmount('1,000.00', 'CNY')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a decimal/) });
    expect(parseAmount('', 'CNY')).toMatchObject({ ok: false });
    expect(parseAmount('1e3', 'CNY')).toMatchObject({ ok: false });
  });

  it('takes amounts up to 10^13 minor units, far enough below 2^53 for sums to stay exact', () => {
    expect(MAX_AMOUNT_MINOR).toBe(10_000_000_000_000);
    expect(MAX_ACCOUNT_TOTAL_MINOR * 9).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(parseAmount('100000000000.00', 'CNY')).toEqual({ ok: true, minor: MAX_AMOUNT_MINOR });
    expect(parseAmount('10000000000000', 'JPY')).toEqual({ ok: true, minor: MAX_AMOUNT_MINOR });
    expect(parseAmount('100000000000.01', 'CNY')).toEqual({
      ok: false,
      reason: 'amount 100000000000.01 is more than 100000000000.00, the largest amount taken',
    });
    expect(parseAmount('25000000000000000000000000', 'CNY')).toMatchObject({ ok: false });
    expect(parseAmount('10000000000.001', 'KWD')).toMatchObject({ ok: false, reason: /more than 10000000000\.000/ });
    expect(parseAmount('-100000000000.01', 'CNY', { allowNegative: true })).toMatchObject({ ok: false });
  });

  it('formats and parses back to the same minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_MINOR }), fc.constantFrom('CNY', 'JPY', 'KWD'), (minor, cur) => {
        const parsed = parseAmount(formatAmount(minor, cur), cur);
        expect(parsed).toEqual({ ok: true, minor });
      }),
    );
  });
});

describe('rates and rounding', () => {
  it('rounds ties to even and everything else to nearest', () => {
    expect([5n, 15n, 25n, 35n, -25n].map((n) => divRoundHalfEven(n, 10n))).toEqual([0n, 2n, 2n, 4n, -2n]);
    expect(divRoundHalfEven(26n, 10n)).toBe(3n);
    expect(divRoundHalfEven(24n, 10n)).toBe(2n);
  });

  it('matches exact rational rounding for any amount and rate', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        (num, den) => {
          const q = divRoundHalfEven(num, den);
          // |num/den − q| ≤ 1/2, and exactly 1/2 only when q is even
          const diff2 = (num - q * den) * 2n;
          const abs = diff2 < 0n ? -diff2 : diff2;
          expect(abs <= den).toBe(true);
          if (abs === den) expect(q % 2n).toBe(0n);
        },
      ),
    );
  });

  it('applies several rates with a single rounding at the end', () => {
    // 1,000.00 × 0.18 × 1.5 / 360 = 0.75
    expect(applyRates(100_000, [rateOf('0.18'), rateOf('1.5')], 360n)).toBe(75);
    // 0.333… ×3 rounded separately would drift; once, it is exact: 100 × (1/3 as 0.3333333333) × 3
    expect(applyRates(100, [rateOf('0.3333333333'), rateOf('3')])).toBe(100);
  });

  it('compares a rate with a whole number exactly', () => {
    expect(rateAbove(rateOf('1'), 1)).toBe(false);
    expect(rateAbove(rateOf('1.0000000001'), 1)).toBe(true);
    expect(rateAbove(rateOf('18'), 1)).toBe(true);
    expect(rateAbove(rateOf('0.18'), 1)).toBe(false);
    expect(rateAbove(rateOf('10'), MAX_RATE)).toBe(false);
    expect(rateAbove(rateOf('10.5'), MAX_RATE)).toBe(true);
  });

  it('refuses rates that are negative or not decimals', () => {
    expect(() => rateOf('-0.1')).toThrow(/non-negative decimal/);
    expect(() => rateOf('18%')).toThrow();
  });
});
