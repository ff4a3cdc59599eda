/**
 * The staff who make a contact or record an activity at the desk: one or more distinct, active users, none
 * of them an auditor (who reads and verifies and works no account). Used by `activity log` and
 * `compliance precheck` so both refuse the same people with the same words.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { ROLE_LABELS } from '../domain/team/team-codes.js';
import type { Schema } from '../store/schema.js';

/** Roles that do not work accounts: an auditor reads and verifies, and records nothing on an account. */
const NON_RECORDING_ROLES: readonly string[] = ['auditor'];

/** The distinct, trimmed user ids given, in order; INVALID_INPUT when none. */
export function staffList(by: readonly string[]): string[] {
  const staff = [...new Set(by.map((u) => u.trim()).filter((u) => u !== ''))];
  if (staff.length === 0) throw new AppError('INVALID_INPUT', 'by: name at least one user who did it');
  return staff;
}

/** The staff given, checked to exist, be active and work accounts; in order. */
export async function checkStaff(db: Kysely<Schema>, by: readonly string[]): Promise<string[]> {
  const staff = staffList(by);
  const users = await db
    .selectFrom('users')
    .select(['user_id', 'role', 'active'])
    .where('user_id', 'in', staff)
    .execute();
  for (const userId of staff) {
    const user = users.find((u) => u.user_id === userId);
    if (!user) throw new AppError('NOT_FOUND', `by: there is no user "${userId}" (dunwell user add)`);
    if (Number(user.active) !== 1) throw new AppError('NOT_FOUND', `by: user "${userId}" is not active`);
    if (NON_RECORDING_ROLES.includes(user.role)) {
      const label = ROLE_LABELS[user.role as keyof typeof ROLE_LABELS];
      throw new AppError(
        'FORBIDDEN',
        `by: ${userId} is an ${user.role} (${label.zh}), who reads and verifies and does not work accounts`,
      );
    }
  }
  return staff;
}
