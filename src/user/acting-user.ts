/**
 * The user a person acts as (`--by USER`): every use case a person drives checks it the same way, and the
 * checks of what a role may do are written once here. Which roles may do a thing lives beside the thing
 * (src/domain/team/team-codes.ts for the floor's own lists).
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { SUBMITTER_ROLES, type UserRole } from '../domain/team/team-codes.js';
import type { Schema } from '../store/schema.js';

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

/** FORBIDDEN unless the user has one of `roles`: `ann is a collector; only a manager may approve a strategy`. */
export function mustHaveRole(user: ActingUser, roles: readonly UserRole[], what: string): void {
  if (!(roles as readonly string[]).includes(user.role)) {
    throw new AppError('FORBIDDEN', `${user.userId} is a ${user.role}; only a ${roles.join(', ')} may ${what}`);
  }
}

/** Only those who design the collection work submit a change to it (SUBMITTER_ROLES). */
export function mustBeSubmitter(user: ActingUser, what: string): void {
  mustHaveRole(user, SUBMITTER_ROLES, what);
}
