/**
 * Changes a user: any of name, role, team, languages, regions, skills, capacity, active. Only the fields
 * that really change are written and recorded, as a `user.update` event with their values before and
 * after; a request that changes nothing writes nothing.
 *
 * A user who leads a team keeps a role that may lead (team lead or manager) until the team has another
 * lead, so no team is left led by a collector. A role change keeps the stored capacity: it was set for
 * this person, and the default belongs to new users.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { checkId, LEAD_ROLES } from '../domain/team/team-rules.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { listUsers, type UserView } from './list-users.js';
import { checkUserFields, requireTeam, type UserFieldsInput, type UserRecord, userRow } from './user-fields.js';

export interface SetUserOptions extends UserFieldsInput {
  db: Kysely<Schema>;
  userId: string;
  actor: string;
  now: Date;
}

const FIELDS = ['name', 'role', 'team_id', 'languages', 'regions', 'skills', 'capacity', 'active'] as const;
type Field = (typeof FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function setUser(options: SetUserOptions): Promise<UserView> {
  const userId = checkId('user_id', options.userId);
  const fields = checkUserFields(options);
  return inTransaction(options.db, async (trx) => {
    const [current] = await listUsers(trx, { userId });
    if (!current) throw new AppError('NOT_FOUND', `user_id: no user "${userId}"`);
    const { team_name: _teamName, ...stored } = current;
    const next: UserRecord = {
      user_id: userId,
      name: fields.name ?? stored.name,
      role: fields.role ?? stored.role,
      team_id: fields.teamId === undefined ? stored.team_id : fields.teamId,
      languages: fields.languages ?? stored.languages,
      regions: fields.regions ?? stored.regions,
      skills: fields.skills ?? stored.skills,
      capacity: fields.capacity ?? stored.capacity,
      active: fields.active ?? stored.active,
    };
    const changed = FIELDS.filter((f) => !same(stored[f], next[f]));
    if (changed.length === 0) return current;
    if (changed.includes('team_id')) await requireTeam(trx, next.team_id);
    if (changed.includes('role') && !LEAD_ROLES.includes(next.role)) {
      const led = await trx.selectFrom('teams').select('team_id').where('lead_user_id', '=', userId).execute();
      if (led.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `role: ${userId} leads team ${led.map((t) => t.team_id).join(', ')}; a lead must be a team_lead or ` +
            'manager, so give the team another lead first (team set --lead)',
        );
      }
    }
    await trx
      .updateTable('users')
      .set({ ...userRow(next), updated_at: options.now.toISOString() })
      .where('user_id', '=', userId)
      .execute();
    const pick = (u: UserRecord) => Object.fromEntries(changed.map((f: Field) => [f, u[f]]));
    await appendEvent(trx, {
      kind: 'user.update',
      actor: options.actor,
      now: options.now,
      payload: { user_id: userId, before: pick(stored), after: pick(next) },
    });
    const [view] = await listUsers(trx, { userId });
    if (!view) throw new AppError('INTERNAL', `user ${userId} is not there after it was written`);
    return view;
  });
}
