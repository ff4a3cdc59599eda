import { describe, expect, it } from 'vitest';
import { membershipChange, type OpenMembership, SINGLE_VARIANT } from './variant-membership.js';

const open = (over: Partial<OpenMembership> = {}): OpenMembership => ({
  id: 7,
  strategy: 'std',
  segment: 'early',
  variant: 'A',
  entryRank: 1,
  curedOn: null,
  rolledOn: null,
  ...over,
});
const here = { strategy: 'std', segment: 'early', variant: 'A' };

describe('variant membership', () => {
  it('opens a membership the first time an account is placed, with its entry bucket', () => {
    expect(membershipChange(null, here, 'M1', 1)).toEqual({
      close: null,
      open: { strategy: 'std', segment: 'early', variant: 'A', entryBucket: 'M1', entryRank: 1 },
      cured: null,
      rolled: null,
    });
  });

  it('records a segment without a split under the single variant', () => {
    expect(membershipChange(null, { ...here, variant: null }, 'M2', 2).open?.variant).toBe(SINGLE_VARIANT);
  });

  it('changes nothing while the account stays in the same bucket of the same variant', () => {
    expect(membershipChange(open(), here, 'M1', 1)).toEqual({ close: null, open: null, cured: null, rolled: null });
  });

  it('marks a cure when a delinquent entrant comes back to the first bucket, once', () => {
    expect(membershipChange(open(), here, 'M0', 0).cured).toBe(7);
    expect(membershipChange(open({ curedOn: '2026-11-02' }), here, 'M0', 0).cured).toBeNull();
    expect(membershipChange(open({ entryRank: 0 }), here, 'M0', 0).cured).toBeNull();
  });

  it('marks a roll-forward when the bucket passes the entry bucket, once', () => {
    expect(membershipChange(open(), here, 'M2', 2).rolled).toBe(7);
    expect(membershipChange(open({ rolledOn: '2026-11-02' }), here, 'M3', 3).rolled).toBeNull();
  });

  it('closes the old and opens a new membership when the variant, segment or strategy changes', () => {
    for (const moved of [
      { ...here, variant: 'B' },
      { ...here, segment: 'mid' },
      { ...here, strategy: 'other' },
    ]) {
      const change = membershipChange(open(), moved, 'M2', 2);
      expect(change.close).toBe(7);
      expect(change.open?.entryRank).toBe(2);
    }
  });

  it('closes the membership when the account falls in no segment, and credits a cure to the stay it ends', () => {
    expect(membershipChange(open(), null, 'M1', 1)).toEqual({ close: 7, open: null, cured: null, rolled: null });
    expect(membershipChange(open(), null, 'M0', 0)).toEqual({ close: 7, open: null, cured: 7, rolled: null });
  });

  it('credits a roll-forward to the stay it ends when the account moves to a later segment', () => {
    const change = membershipChange(open(), { ...here, segment: 'mid' }, 'M2', 2);
    expect(change).toMatchObject({ close: 7, rolled: 7, cured: null });
  });
});
