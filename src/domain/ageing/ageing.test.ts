import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketFor,
  DEFAULT_BUCKETS,
  DEFAULT_STAGES,
  daysPastDue,
  stageFor,
  validateLadder,
  validateStageLadder,
} from './ageing.js';

describe('ageing', () => {
  it('measures DPD from the oldest unpaid due date; nothing due yet is 0', () => {
    expect(daysPastDue('2026-01-31', '2026-03-02')).toBe(30);
    expect(daysPastDue('2026-03-02', '2026-03-02')).toBe(0);
    expect(daysPastDue(null, '2026-03-02')).toBe(0);
    expect(daysPastDue('2026-03-20', '2026-03-02')).toBe(0);
  });

  it('puts DPD into the default buckets and stages at their edges', () => {
    const cases: [number, string, string][] = [
      [0, 'M0', 'current'],
      [1, 'M1', 'early'],
      [30, 'M1', 'early'],
      [31, 'M2', 'mid'],
      [60, 'M2', 'mid'],
      [61, 'M3', 'mid'],
      [90, 'M3', 'mid'],
      [91, 'M4', 'late'],
      [120, 'M4', 'late'],
      [121, 'M5', 'late'],
      [151, 'M6', 'late'],
      [180, 'M6', 'late'],
      [181, 'M7+', 'terminal'],
    ];
    for (const [dpd, bucket, stage] of cases)
      expect([dpd, bucketFor(dpd), stageFor(dpd)]).toEqual([dpd, bucket, stage]);
  });

  it('never moves an account to a lower bucket as DPD grows', () => {
    const order = DEFAULT_BUCKETS.map((b) => b.name);
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(100), (dpd, more) => {
        expect(order.indexOf(bucketFor(dpd + more))).toBeGreaterThanOrEqual(order.indexOf(bucketFor(dpd)));
      }),
    );
  });

  it('rejects ladders that do not start at 0 or do not increase', () => {
    expect(validateLadder(DEFAULT_BUCKETS)).toBeNull();
    expect(validateLadder([{ name: 'A', minDpd: 1 }])).toMatch(/start at 0/);
    expect(
      validateLadder([
        { name: 'A', minDpd: 0 },
        { name: 'B', minDpd: 0 },
      ]),
    ).toMatch(/after/);
  });

  it('rejects rungs past 36,500 days, odd or repeated names, and stages out of life-cycle order', () => {
    const ladder = (...rungs: [string, number][]) => rungs.map(([name, minDpd]) => ({ name, minDpd }));
    expect(validateLadder(ladder(['M0', 0], ['M1', 36_500]))).toBeNull();
    expect(validateLadder(ladder(['M0', 0], ['M1', 36_501]))).toMatch(/from 0 to 36,500/);
    expect(validateLadder(ladder(['M0', 0], ['M1', 1.5]))).toMatch(/whole number/);
    expect(validateLadder(ladder(['M0', 0], ['M1', 30], ['M2', 10]))).toMatch(/ascend strictly/);
    expect(validateLadder(ladder(['M0', 0], ['M0', 30]))).toMatch(/unique; M0 appears twice/);
    expect(validateLadder(ladder(['', 0]))).toMatch(/not a name/);
    expect(validateLadder(ladder(['逾期0', 0], ['M7+', 181]))).toBeNull();
    expect(validateStageLadder(DEFAULT_STAGES)).toBeNull();
    expect(validateStageLadder(ladder(['current', 0], ['late', 40]))).toBeNull();
    expect(validateStageLadder(ladder(['current', 0], ['soon', 10]))).toMatch(/"soon" is not a stage/);
    expect(validateStageLadder(ladder(['current', 0], ['late', 10], ['early', 20]))).toMatch(/life cycle/);
  });
});
