/**
 * The collection floor as the daily queue assigns work over it: the workers (active users whose role
 * takes queue work), every team with its lead and stages, and every user's role, team and whether they
 * are active (so that a kept assignee who left, or a reassignment's target, can be judged).
 */
import type { Kysely } from 'kysely';
import type { FloorTeam, Worker } from '../domain/queue/queue-types.js';
import { type Skill, type UserRole, WORKING_ROLES } from '../domain/team/team-codes.js';
import { storedList } from '../domain/team/team-rules.js';
import type { Schema } from '../store/schema.js';

export interface Floor {
  workers: Worker[];
  teams: FloorTeam[];
  users: Map<string, { role: UserRole; teamId: string | null; active: boolean }>;
}

export async function loadFloor(db: Kysely<Schema>): Promise<Floor> {
  const [userRows, teamRows] = await Promise.all([
    db
      .selectFrom('users')
      .select(['user_id', 'role', 'team_id', 'languages', 'regions', 'skills', 'capacity', 'active'])
      .execute(),
    db.selectFrom('teams').select(['team_id', 'lead_user_id', 'stages']).execute(),
  ]);
  // A stable order (by id) so the queue's choices never depend on the order rows come back in.
  const byId =
    <T>(key: (t: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  userRows.sort(byId((u) => u.user_id));
  teamRows.sort(byId((t) => t.team_id));
  const users: Floor['users'] = new Map();
  const workers: Worker[] = [];
  for (const u of userRows) {
    const role = u.role as UserRole;
    const active = Number(u.active) === 1;
    users.set(u.user_id, { role, teamId: u.team_id, active });
    if (!active || !WORKING_ROLES.includes(role)) continue;
    workers.push({
      userId: u.user_id,
      role,
      teamId: u.team_id,
      languages: storedList(u.languages),
      regions: storedList(u.regions),
      skills: storedList(u.skills) as Skill[],
      capacity: Number(u.capacity),
    });
  }
  const teams = teamRows.map(
    (t): FloorTeam => ({ teamId: t.team_id, leadUserId: t.lead_user_id, stages: storedList(t.stages) }),
  );
  return { workers, teams, users };
}
