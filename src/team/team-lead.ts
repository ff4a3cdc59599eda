/** What `addTeam` and `setTeam` both check of a team's lead. */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { checkId, LEAD_ROLES } from '../domain/team/team-rules.js';
import type { Schema } from '../store/schema.js';

/**
 * Refuses a lead who does not exist (NOT_FOUND) or whose role may not lead a team (INVALID_INPUT): the
 * queue escalates accounts to the team's lead, so it must be someone who can take them.
 */
export async function requireLead(db: Kysely<Schema>, leadUserId: string | null): Promise<void> {
  if (leadUserId === null) return;
  checkId('lead', leadUserId);
  const lead = await db.selectFrom('users').select('role').where('user_id', '=', leadUserId).executeTakeFirst();
  if (!lead) throw new AppError('NOT_FOUND', `lead: no user "${leadUserId}" (add the user first)`);
  if (!LEAD_ROLES.some((r) => r === lead.role)) {
    throw new AppError(
      'INVALID_INPUT',
      `lead: ${leadUserId} is a ${lead.role}; a team is led by a ${LEAD_ROLES.join(' or ')}`,
    );
  }
}
