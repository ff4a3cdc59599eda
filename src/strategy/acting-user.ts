/**
 * Who may do what to a strategy. Anyone who designs collection work (a manager, a team lead, an
 * administrator setting the system up) may submit or roll back; only a manager may approve, and never
 * the version they submitted themselves (four eyes: 四眼原则). The role lists live here, beside the checks.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { STRATEGY_APPROVER_ROLE, type UserRole } from '../domain/team/team-codes.js';
import type { Schema } from '../store/schema.js';

/** Roles that may submit a strategy version (or a rollback, which is a submission). */
export const STRATEGY_SUBMITTER_ROLES: readonly UserRole[] = ['manager', 'team_lead', 'admin'];

export interface ActingUser {
  userId: string;
  role: string;
}

/** The user acting, who must exist and be active (NOT_FOUND otherwise, naming them). */
export async function actingUser(db: Kysely<Schema>, userId: string): Promise<ActingUser> {
  const row = await db
    .selectFrom('users')
    .select(['user_id', 'role', 'active'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no user "${userId}" (dunwell user add)`);
  if (Number(row.active) !== 1) throw new AppError('NOT_FOUND', `user "${userId}" is not active`);
  return { userId: row.user_id, role: row.role };
}

export function mustBeSubmitter(user: ActingUser, what: string): void {
  if (!(STRATEGY_SUBMITTER_ROLES as readonly string[]).includes(user.role)) {
    throw new AppError(
      'FORBIDDEN',
      `${user.userId} is a ${user.role}; only a ${STRATEGY_SUBMITTER_ROLES.join(', ')} may ${what}`,
    );
  }
}

export function mustBeApprover(user: ActingUser, what: string): void {
  if (user.role !== STRATEGY_APPROVER_ROLE) {
    throw new AppError('FORBIDDEN', `${user.userId} is a ${user.role}; only a ${STRATEGY_APPROVER_ROLE} may ${what}`);
  }
}
