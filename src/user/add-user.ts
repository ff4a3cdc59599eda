/**
 * Adds a user of the collection floor. A user's capacity defaults by role (a collector works a full
 * list, a field agent a few visits, a manager none); the team must exist already. The new user is
 * recorded as a `user.add` event in the same transaction.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { checkId, DEFAULT_CAPACITY } from '../domain/team/team-rules.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { listUsers, type UserView } from './list-users.js';
import { checkUserFields, requireTeam, type UserFieldsInput, type UserRecord, userRow } from './user-fields.js';

export interface AddUserOptions extends UserFieldsInput {
  /** A store's database, or the caller's transaction to make this part of a larger change. */
  db: Kysely<Schema>;
  userId: string;
  name: string;
  role: string;
  actor: string;
  now: Date;
}

export async function addUser(options: AddUserOptions): Promise<UserView> {
  const userId = checkId('user_id', options.userId);
  const fields = checkUserFields(options);
  const role = fields.role ?? 'collector';
  const user: UserRecord = {
    user_id: userId,
    name: fields.name ?? '',
    role,
    team_id: fields.teamId ?? null,
    languages: fields.languages ?? [],
    regions: fields.regions ?? [],
    skills: fields.skills ?? [],
    capacity: fields.capacity ?? DEFAULT_CAPACITY[role],
    active: fields.active ?? true,
  };
  return inTransaction(options.db, async (trx) => {
    const existing = await trx.selectFrom('users').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (existing)
      throw new AppError('CONFLICT', `user_id: a user "${userId}" exists already (change it with user set)`);
    await requireTeam(trx, user.team_id);
    const stamp = options.now.toISOString();
    await trx
      .insertInto('users')
      .values({ user_id: userId, ...userRow(user), created_at: stamp, updated_at: stamp })
      .execute();
    await appendEvent(trx, { kind: 'user.add', actor: options.actor, now: options.now, payload: { ...user } });
    const [view] = await listUsers(trx, { userId });
    if (!view) throw new AppError('INTERNAL', `user ${userId} is not there after it was written`);
    return view;
  });
}
