import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxPromiseAmount } from './promise-rules.js';

describe('the largest promise', () => {
  it('is the outstanding balance plus a tenth of it, the tenth rounded up to the minor unit', () => {
    expect(maxPromiseAmount(0)).toBe(0);
    expect(maxPromiseAmount(1_000)).toBe(1_100);
    expect(maxPromiseAmount(1_001)).toBe(1_102);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (outstanding) => {
        const most = maxPromiseAmount(outstanding);
        expect(Number.isSafeInteger(most)).toBe(true);
        expect(most * 10).toBeGreaterThanOrEqual(outstanding * 11);
        expect(most * 10).toBeLessThan(outstanding * 11 + 10);
      }),
    );
  });
});
