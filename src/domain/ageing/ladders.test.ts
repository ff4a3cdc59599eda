/**
 * Ladder checks a portfolio setting must pass: an empty ladder leaves every DPD without a rung; a stage
 * ladder must be a valid ladder first and in life-cycle order second. The reasons name the rung by its
 * position as the user typed it (1-based).
 */
import { describe, expect, it } from 'vitest';
import { bucketFor, DEFAULT_STAGES, isStageLadder, validateLadder, validateStageLadder } from './ageing.js';

const ladder = (...rungs: [string, number][]) => rungs.map(([name, minDpd]) => ({ name, minDpd }));

describe('ladders', () => {
  it('refuses an empty ladder, which would leave every account without a bucket', () => {
    expect(validateLadder([])).toBe('the ladder is empty');
    expect(validateStageLadder([])).toBe('the ladder is empty');
    expect(() => bucketFor(10, [])).toThrow(/at least one rung/);
  });

  it('checks a stage ladder as a ladder before its life-cycle order', () => {
    // Stage names in order, but the days go down: not a ladder at all.
    expect(validateStageLadder(ladder(['current', 0], ['early', 40], ['mid', 31]))).toBe(
      'rung 3 (mid) starts at 31, not after rung 2 (early) at 40; rungs must ascend strictly',
    );
    expect(validateStageLadder(ladder(['current', 5]))).toBe('the first rung must start at 0 days past due');
  });

  it('names the rung at fault by its position', () => {
    expect(validateLadder(ladder(['M0', 0], ['M1', 1], ['M2', 40_000]))).toMatch(/^rung 3 \(M2\) starts at 40000;/);
    expect(validateLadder(ladder(['M0', 0], ['bad name', 1]))).toMatch(/^rung 2: "bad name" is not a name/);
  });

  it('narrows only ladders of known stages in order', () => {
    expect(isStageLadder(DEFAULT_STAGES)).toBe(true);
    expect(isStageLadder(ladder(['current', 0], ['late', 91]))).toBe(true);
    expect(isStageLadder(ladder(['current', 0], ['M1', 1]))).toBe(false);
    expect(isStageLadder(ladder(['current', 0], ['late', 31], ['mid', 91]))).toBe(false);
  });
});
