/**
 * The users of the collection floor as `user list` shows them (and `user add`/`user set` print the one
 * they wrote): sorted by team, then id, with the team's name beside its id. Sorted here rather than in
 * SQL so both engines give the same order (they place nulls and compare text differently).
 */
import type { Kysely } from 'kysely';
import type { Skill, UserRole } from '../domain/team/team-codes.js';
import { storedList } from '../domain/team/team-rules.js';
import type { Schema } from '../store/schema.js';

export interface UserView {
  user_id: string;
  name: string;
  role: UserRole;
  team_id: string | null;
  /** The team's name, for people reading the list; null without a team. */
  team_name: string | null;
  languages: string[];
  regions: string[];
  skills: Skill[];
  capacity: number;
  active: boolean;
}

export interface ListUsersFilter {
  teamId?: string;
  role?: UserRole;
  /** Only this user (how add and set read back what they wrote). */
  userId?: string;
}

/** Users matching the filter; users without a team come after every team. `db` may be a transaction. */
export async function listUsers(db: Kysely<Schema>, filter: ListUsersFilter = {}): Promise<UserView[]> {
  let q = db
    .selectFrom('users')
    .leftJoin('teams', 'teams.team_id', 'users.team_id')
    .select([
      'users.user_id',
      'users.name',
      'users.role',
      'users.team_id',
      'teams.name as team_name',
      'users.languages',
      'users.regions',
      'users.skills',
      'users.capacity',
      'users.active',
    ]);
  if (filter.teamId !== undefined) q = q.where('users.team_id', '=', filter.teamId);
  if (filter.role !== undefined) q = q.where('users.role', '=', filter.role);
  if (filter.userId !== undefined) q = q.where('users.user_id', '=', filter.userId);
  const rows = await q.execute();
  const views = rows.map(
    (r): UserView => ({
      user_id: r.user_id,
      name: r.name,
      // Written only through the use cases, which check the role.
      role: r.role as UserRole,
      team_id: r.team_id,
      team_name: r.team_name ?? null,
      languages: storedList(r.languages),
      regions: storedList(r.regions),
      skills: storedList(r.skills) as Skill[],
      capacity: Number(r.capacity),
      active: Number(r.active) === 1,
    }),
  );
  return views.sort((a, b) => byTeamThenId(a, b));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byTeamThenId(a: UserView, b: UserView): number {
  if (a.team_id !== b.team_id) {
    if (a.team_id === null) return 1;
    if (b.team_id === null) return -1;
    return compare(a.team_id, b.team_id);
  }
  return compare(a.user_id, b.user_id);
}
