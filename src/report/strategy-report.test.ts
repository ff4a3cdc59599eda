import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rate } from './strategy-report.js';

describe('strategy report rates', () => {
  it('are decimal strings with four places, half-even, and null when there is nothing to divide by', () => {
    expect(rate(1, 3)).toBe('0.3333');
    expect(rate(2, 3)).toBe('0.6667');
    expect(rate(1, 8)).toBe('0.1250');
    // 1/20000 = 0.00005: half-even keeps the even 0.0000; 3/20000 = 0.00015 rounds to 0.0002.
    expect(rate(1, 20_000)).toBe('0.0000');
    expect(rate(3, 20_000)).toBe('0.0002');
    expect(rate(5, 5)).toBe('1.0000');
    expect(rate(0, 7)).toBe('0.0000');
    expect(rate(0, 0)).toBeNull();
  });

  it('never drift from the exact fraction by more than half a ten-thousandth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (d, n0) => {
        const n = n0 % (d + 1);
        const text = rate(n, d);
        expect(text).toMatch(/^\d\.\d{4}$/);
        const shown = BigInt((text as string).replace('.', ''));
        // |shown/10^4 − n/d| ≤ 1/(2·10^4)  ⇔  |2·(shown·d − 10^4·n)| ≤ d
        const gap = 2n * (shown * BigInt(d) - 10_000n * BigInt(n));
        expect(gap <= BigInt(d) && gap >= -BigInt(d)).toBe(true);
      }),
    );
  });
});
