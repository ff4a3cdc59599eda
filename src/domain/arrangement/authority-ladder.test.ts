import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { approversFor, DEFAULT_AUTHORITY, formatAuthority, mayApprove, parseAuthority } from './authority-ladder.js';

function refusal(spec: string): string {
  try {
    parseAuthority(spec);
  } catch (e) {
    if (isAppError(e, 'INVALID_INPUT')) return e.message;
    throw e;
  }
  return 'accepted';
}

describe('the authority ladder', () => {
  it('reads and writes its text form, percentages to the basis point', () => {
    const ladder = parseAuthority('team_lead=7.5%:3, manager=30%:12,admin=100%:60');
    expect(ladder).toEqual([
      { role: 'team_lead', maxDiscountBp: 750, maxPlanInstallments: 3 },
      { role: 'manager', maxDiscountBp: 3000, maxPlanInstallments: 12 },
      { role: 'admin', maxDiscountBp: 10000, maxPlanInstallments: 60 },
    ]);
    expect(formatAuthority(ladder)).toBe('team_lead=7.50%:3,manager=30%:12,admin=100%:60');
    expect(parseAuthority(formatAuthority(DEFAULT_AUTHORITY))).toEqual(DEFAULT_AUTHORITY);
  });

  it('refuses unknown roles, repeats, discounts above 100 % and malformed rungs', () => {
    expect(refusal('boss=10%:3')).toMatch(/"boss" is not a role/);
    expect(refusal('manager=10%:3,manager=20%:6')).toMatch(/manager appears twice/);
    expect(refusal('manager=120%:3')).toMatch(/between 0% and 100%/);
    expect(refusal('manager=10:3')).toMatch(/rung 1 "manager=10:3" is not ROLE=DISCOUNT%:INSTALMENTS/);
  });

  it('lets a role approve only within its rung, and names the lowest role that may', () => {
    expect(mayApprove(DEFAULT_AUTHORITY, 'team_lead', { discountBp: 1000, planInstallments: 6 })).toBe(true);
    expect(mayApprove(DEFAULT_AUTHORITY, 'team_lead', { discountBp: 1001, planInstallments: 0 })).toBe(false);
    expect(mayApprove(DEFAULT_AUTHORITY, 'team_lead', { discountBp: 0, planInstallments: 7 })).toBe(false);
    expect(mayApprove(DEFAULT_AUTHORITY, 'collector', { discountBp: 0, planInstallments: 0 })).toBe(false);
    expect(approversFor(DEFAULT_AUTHORITY, { discountBp: 2000, planInstallments: 0 })).toEqual(['manager', 'admin']);
    expect(approversFor(DEFAULT_AUTHORITY, { discountBp: 0, planInstallments: 61 })).toEqual([]);
  });
});
