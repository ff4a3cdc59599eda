/**
 * The authority ladder: for each role, the largest discount (as a share of what is outstanding) and the
 * longest plan (in instalments) it may approve. A portfolio keeps its ladder as data; a proposal beyond a
 * role's rung waits for a role that may approve it. The text form is what `portfolio set --authority`
 * takes and `portfolio list` prints: `team_lead=10%:6,manager=30%:12`.
 */
import { AppError } from '../errors.js';
import { USER_ROLES, type UserRole } from '../team/team-codes.js';

export interface AuthorityRung {
  role: UserRole;
  /** The largest discount this role may approve, in basis points of the outstanding balance (100 % = 10000). */
  maxDiscountBp: number;
  /** The most instalments of a plan this role may approve. */
  maxPlanInstallments: number;
}

export type AuthorityLadder = readonly AuthorityRung[];

/**
 * The default: a team lead may give up to 10 % and six instalments, a manager up to 30 % and twelve, an
 * administrator (the credit committee's stand-in) anything; collectors propose, never approve.
 */
export const DEFAULT_AUTHORITY: AuthorityLadder = [
  { role: 'team_lead', maxDiscountBp: 1000, maxPlanInstallments: 6 },
  { role: 'manager', maxDiscountBp: 3000, maxPlanInstallments: 12 },
  { role: 'admin', maxDiscountBp: 10000, maxPlanInstallments: 60 },
];

/** ROLE=DISCOUNT%:INSTALMENTS, the discount with up to two decimals; groups: role, whole %, cents, instalments. */
const RUNG = /^\s*([a-z_]+)\s*=\s*(\d{1,3})(?:\.(\d{1,2}))?%\s*:\s*(\d{1,3})\s*$/;

export function parseAuthority(spec: string): AuthorityRung[] {
  const rungs = spec.split(',').map((part, i) => {
    const m = RUNG.exec(part);
    if (!m) throw new AppError('INVALID_INPUT', `authority: rung ${i + 1} "${part}" is not ROLE=DISCOUNT%:INSTALMENTS`);
    return {
      // checkedAuthority below refuses what is not a role.
      role: m[1] as UserRole,
      maxDiscountBp: Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0')),
      maxPlanInstallments: Number(m[4]),
    };
  });
  return checkedAuthority(rungs);
}

export function checkedAuthority(rungs: readonly AuthorityRung[]): AuthorityRung[] {
  if (rungs.length === 0) throw new AppError('INVALID_INPUT', 'authority: give at least one role');
  const seen = new Set<string>();
  for (const r of rungs) {
    if (!(USER_ROLES as readonly string[]).includes(r.role)) {
      throw new AppError('INVALID_INPUT', `authority: "${r.role}" is not a role (${USER_ROLES.join(', ')})`);
    }
    if (seen.has(r.role)) throw new AppError('INVALID_INPUT', `authority: ${r.role} appears twice`);
    seen.add(r.role);
    if (!Number.isInteger(r.maxDiscountBp) || r.maxDiscountBp < 0 || r.maxDiscountBp > 10000) {
      throw new AppError('INVALID_INPUT', `authority: ${r.role}'s discount must be between 0% and 100%`);
    }
    if (!Number.isInteger(r.maxPlanInstallments) || r.maxPlanInstallments < 0) {
      throw new AppError('INVALID_INPUT', `authority: ${r.role}'s longest plan must be a whole number of instalments`);
    }
  }
  return rungs.map((r) => ({ ...r }));
}

export function formatAuthority(ladder: AuthorityLadder): string {
  return ladder
    .map((r) => {
      const percent = r.maxDiscountBp % 100 === 0 ? `${r.maxDiscountBp / 100}` : (r.maxDiscountBp / 100).toFixed(2);
      return `${r.role}=${percent}%:${r.maxPlanInstallments}`;
    })
    .join(',');
}

/** What a proposal asks for, measured the way the ladder measures it. */
export interface Concession {
  discountBp: number;
  planInstallments: number;
}

/** Whether `role` may approve `concession` under `ladder`. */
export function mayApprove(ladder: AuthorityLadder, role: string, concession: Concession): boolean {
  const rung = ladder.find((r) => r.role === role);
  if (!rung) return false;
  return concession.discountBp <= rung.maxDiscountBp && concession.planInstallments <= rung.maxPlanInstallments;
}

/**
 * The roles that may approve `concession`, lowest authority first (the ladder's order): the first is the
 * one the proposal is escalated to. Empty when nobody may.
 */
export function approversFor(ladder: AuthorityLadder, concession: Concession): UserRole[] {
  return ladder.filter((r) => mayApprove(ladder, r.role, concession)).map((r) => r.role);
}
