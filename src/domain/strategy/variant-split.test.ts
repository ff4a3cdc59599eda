import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32, pickVariant } from './variant-split.js';

describe('fnv1a32', () => {
  it('is an unsigned 32-bit number that depends on every character', () => {
    expect(fnv1a32('L-0001')).toBe(fnv1a32('L-0001'));
    expect(fnv1a32('L-0001')).not.toBe(fnv1a32('L-0002'));
    fc.assert(fc.property(fc.string(), (s) => Number.isInteger(fnv1a32(s)) && fnv1a32(s) >= 0 && fnv1a32(s) < 2 ** 32));
  });
});

describe('pickVariant', () => {
  it('gives an account the same variant every time while the split is unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        (id, weights) => {
          const first = pickVariant(id, 'demo', 'early', weights);
          expect(first).toBeGreaterThanOrEqual(0);
          expect(first).toBeLessThan(weights.length);
          expect(pickVariant(id, 'demo', 'early', [...weights])).toBe(first);
        },
      ),
    );
  });

  it('keeps a known assignment (a change to the hash would reshuffle live splits)', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `L-${i}`);
    expect(fnv1a32('L-0001')).toBe(2_082_062_538);
    expect(ids.map((id) => pickVariant(id, 'demo-consumer', 'early', [70, 30]))).toEqual([0, 0, 1, 0, 0, 0, 0, 1]);
  });

  it('splits many accounts near the weights (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 4 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (weights, segment) => {
          const n = 20_000;
          const counts = weights.map(() => 0);
          for (let i = 0; i < n; i++) {
            const at = pickVariant(`acc_${i}`, 'demo', segment, weights);
            counts[at] = (counts[at] ?? 0) + 1;
          }
          const total = weights.reduce((a, b) => a + b, 0);
          weights.forEach((w, i) => {
            // Four standard deviations of a binomial share at n = 20,000 is under 1.5 percentage points.
            expect(Math.abs((counts[i] ?? 0) / n - w / total)).toBeLessThan(0.015);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('puts every account of a one-variant split in it, and divides the hash line at the weights', () => {
    fc.assert(fc.property(fc.string(), (id) => pickVariant(id, 'demo', 'early', [7]) === 0));
    // A point falls in the first variant whose share of [0, Σ weights) reaches past it: with weights
    // [1, 1, 1] the three points 0, 1, 2 map to variants 0, 1, 2.
    const hits = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const id = `acc_${i}`;
      const at = pickVariant(id, 'demo', 'early', [1, 1, 1]);
      expect(at).toBe(fnv1a32(`${id}\u0000demo\u0000early`) % 3);
      hits[at] = (hits[at] ?? 0) + 1;
    }
    expect(Math.min(...hits)).toBeGreaterThan(900);
  });

  it('draws a different split per segment, so variants are not correlated across segments', () => {
    let same = 0;
    const n = 10_000;
    for (let i = 0; i < n; i++)
      if (pickVariant(`acc_${i}`, 'demo', 'a', [1, 1]) === pickVariant(`acc_${i}`, 'demo', 'b', [1, 1])) same++;
    expect(Math.abs(same / n - 0.5)).toBeLessThan(0.03);
  });
});
