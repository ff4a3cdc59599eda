import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import {
  type AuthorityRung,
  approversFor,
  checkedAuthority,
  DEFAULT_AUTHORITY,
  formatAuthority,
  mayApprove,
  parseAuthority,
} from './authority-ladder.js';

function refusal(spec: string | readonly AuthorityRung[]): string {
  try {
    if (typeof spec === 'string') parseAuthority(spec);
    else checkedAuthority(spec);
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

  it('takes spaces around each part, and whole percentages or up to two decimals', () => {
    expect(parseAuthority(' team_lead = 7.25% : 3 ,manager=0%:0,  admin=99.5%:120\t')).toEqual([
      { role: 'team_lead', maxDiscountBp: 725, maxPlanInstallments: 3 },
      { role: 'manager', maxDiscountBp: 0, maxPlanInstallments: 0 },
      { role: 'admin', maxDiscountBp: 9950, maxPlanInstallments: 120 },
    ]);
  });

  it('refuses a rung that is not ROLE=DISCOUNT%:INSTALMENTS, whatever is wrong with it', () => {
    for (const rung of [
      'Manager=10%:3',
      '1manager=10%:3',
      'manager=10%:3x',
      'manager=10%:3 x',
      'manager=10.123%:3',
      'manager=10.%:3',
      'manager=.5%:3',
      'manager=1000%:3',
      'manager=10%:1000',
      'manager=%:3',
      'manager=10%:',
      'manager=10:3',
      'manager10%:3',
      '=10%:3',
      'manager=-1%:3',
      'manager=10%:-1',
      '',
    ]) {
      expect(refusal(`admin=100%:60,${rung}`)).toBe(`authority: rung 2 "${rung}" is not ROLE=DISCOUNT%:INSTALMENTS`);
    }
  });

  it('checks a ladder given as data: at least one role, each a known role, 0–100 %, a whole number of instalments', () => {
    const rung = (overrides: Partial<AuthorityRung>): AuthorityRung[] => [
      { role: 'manager', maxDiscountBp: 1000, maxPlanInstallments: 6, ...overrides },
    ];
    expect(refusal([])).toBe('authority: give at least one role');
    expect(refusal(rung({ role: 'boss' as never }))).toBe(
      'authority: "boss" is not a role (admin, manager, team_lead, collector, field_agent, legal, auditor)',
    );
    for (const maxDiscountBp of [-1, 10001, 12.5]) {
      expect(refusal(rung({ maxDiscountBp }))).toBe("authority: manager's discount must be between 0% and 100%");
    }
    for (const maxPlanInstallments of [-1, 2.5]) {
      expect(refusal(rung({ maxPlanInstallments }))).toBe(
        "authority: manager's longest plan must be a whole number of instalments",
      );
    }
    const edges = [
      { role: 'manager' as const, maxDiscountBp: 0, maxPlanInstallments: 0 },
      { role: 'admin' as const, maxDiscountBp: 10000, maxPlanInstallments: 600 },
    ];
    const checked = checkedAuthority(edges);
    expect(checked).toEqual(edges);
    expect(checked[0]).not.toBe(edges[0]);
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
