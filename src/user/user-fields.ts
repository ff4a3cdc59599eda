/**
 * What `addUser` and `setUser` both do with a user's fields: check each (errors name the field) and
 * turn them into the stored row and the event's plain record.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Skill, UserRole } from '../domain/team/team-codes.js';
import {
  checkCapacity,
  checkId,
  checkLanguages,
  checkName,
  checkRegions,
  checkRole,
  checkSkills,
  joinList,
} from '../domain/team/team-rules.js';
import type { Schema } from '../store/schema.js';

/** A user's fields as a caller gives them; a field left out is not changed (or takes its default). */
export interface UserFieldsInput {
  name?: string;
  /** Checked against USER_ROLES. */
  role?: string;
  /** A team that exists, or null for none. */
  teamId?: string | null;
  languages?: readonly string[];
  regions?: readonly string[];
  skills?: readonly string[];
  /** Work items a day, 0–500. */
  capacity?: number;
  active?: boolean;
}

/** The same fields, checked and cleaned. */
export interface CheckedUserFields {
  name?: string;
  role?: UserRole;
  teamId?: string | null;
  languages?: string[];
  regions?: string[];
  skills?: Skill[];
  capacity?: number;
  active?: boolean;
}

export function checkUserFields(input: UserFieldsInput): CheckedUserFields {
  const out: CheckedUserFields = {};
  if (input.name !== undefined) out.name = checkName('name', input.name);
  if (input.role !== undefined) out.role = checkRole(input.role);
  if (input.teamId !== undefined) out.teamId = input.teamId === null ? null : checkId('team', input.teamId);
  if (input.languages !== undefined) out.languages = checkLanguages(input.languages);
  if (input.regions !== undefined) out.regions = checkRegions(input.regions);
  if (input.skills !== undefined) out.skills = checkSkills(input.skills);
  if (input.capacity !== undefined) out.capacity = checkCapacity(input.capacity);
  if (input.active !== undefined) out.active = input.active;
  return out;
}

/** A user as stored and as events record it. */
export interface UserRecord {
  user_id: string;
  name: string;
  role: UserRole;
  team_id: string | null;
  languages: string[];
  regions: string[];
  skills: Skill[];
  capacity: number;
  active: boolean;
}

export function userRow(user: UserRecord) {
  return {
    name: user.name,
    role: user.role,
    team_id: user.team_id,
    languages: joinList(user.languages),
    regions: joinList(user.regions),
    skills: joinList(user.skills),
    capacity: user.capacity,
    active: user.active ? 1 : 0,
  } as const;
}

/** Refuses a team that does not exist, naming the option. */
export async function requireTeam(db: Kysely<Schema>, teamId: string | null): Promise<void> {
  if (teamId === null) return;
  const team = await db.selectFrom('teams').select('team_id').where('team_id', '=', teamId).executeTakeFirst();
  if (!team) throw new AppError('NOT_FOUND', `team: no team "${teamId}" (add it first with team add)`);
}
