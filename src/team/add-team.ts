/**
 * Adds a team: its name, optionally its lead (an existing team lead or manager) and the life-cycle stages
 * it works (none: any stage). Recorded as a `team.add` event in the same transaction.
 *
 * A team is usually added before its people and given its lead afterwards (`team set --lead`), since a
 * user's team must exist when the user is added.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { checkId, checkName, checkStages, joinList } from '../domain/team/team-rules.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { listTeams, type TeamView } from './list-teams.js';
import { requireLead } from './team-lead.js';

export interface AddTeamOptions {
  /** A store's database, or the caller's transaction. */
  db: Kysely<Schema>;
  teamId: string;
  name: string;
  leadUserId?: string | null;
  /** Stage names (current, early, mid, late, terminal); empty or left out: any stage. */
  stages?: readonly string[];
  actor: string;
  now: Date;
}

export async function addTeam(options: AddTeamOptions): Promise<TeamView> {
  const teamId = checkId('team_id', options.teamId);
  const name = checkName('name', options.name);
  const stages = checkStages(options.stages ?? []);
  const leadUserId = options.leadUserId ?? null;
  return inTransaction(options.db, async (trx) => {
    const existing = await trx.selectFrom('teams').select('team_id').where('team_id', '=', teamId).executeTakeFirst();
    if (existing)
      throw new AppError('CONFLICT', `team_id: a team "${teamId}" exists already (change it with team set)`);
    await requireLead(trx, leadUserId);
    const stamp = options.now.toISOString();
    await trx
      .insertInto('teams')
      .values({
        team_id: teamId,
        name,
        lead_user_id: leadUserId,
        stages: joinList(stages),
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'team.add',
      actor: options.actor,
      now: options.now,
      payload: { team_id: teamId, name, lead_user_id: leadUserId, stages },
    });
    const [view] = await listTeams(trx, teamId);
    if (!view) throw new AppError('INTERNAL', `team ${teamId} is not there after it was written`);
    return view;
  });
}
