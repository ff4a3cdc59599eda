/**
 * Changes a team's name, lead (null: none) or stages. Only what really changes is written and recorded,
 * as a `team.update` event with the values before and after; a request that changes nothing writes
 * nothing.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { checkId, checkName, checkStages, joinList } from '../domain/team/team-rules.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { listTeams, type TeamView } from './list-teams.js';
import { requireLead } from './team-lead.js';

export interface SetTeamOptions {
  db: Kysely<Schema>;
  teamId: string;
  name?: string;
  leadUserId?: string | null;
  stages?: readonly string[];
  actor: string;
  now: Date;
}

export async function setTeam(options: SetTeamOptions): Promise<TeamView> {
  const teamId = checkId('team_id', options.teamId);
  const name = options.name === undefined ? undefined : checkName('name', options.name);
  const stages = options.stages === undefined ? undefined : checkStages(options.stages);
  return inTransaction(options.db, async (trx) => {
    const [current] = await listTeams(trx, teamId);
    if (!current) throw new AppError('NOT_FOUND', `team_id: no team "${teamId}"`);
    const next = {
      name: name ?? current.name,
      lead_user_id: options.leadUserId === undefined ? current.lead_user_id : options.leadUserId,
      stages: stages ?? current.stages,
    };
    const changed = (['name', 'lead_user_id', 'stages'] as const).filter(
      (f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]),
    );
    if (changed.length === 0) return current;
    if (changed.includes('lead_user_id')) await requireLead(trx, next.lead_user_id);
    await trx
      .updateTable('teams')
      .set({
        name: next.name,
        lead_user_id: next.lead_user_id,
        stages: joinList(next.stages),
        updated_at: options.now.toISOString(),
      })
      .where('team_id', '=', teamId)
      .execute();
    const pick = (t: typeof next) => Object.fromEntries(changed.map((f) => [f, t[f]]));
    await appendEvent(trx, {
      kind: 'team.update',
      actor: options.actor,
      now: options.now,
      payload: { team_id: teamId, before: pick(current), after: pick(next) },
    });
    const [view] = await listTeams(trx, teamId);
    if (!view) throw new AppError('INTERNAL', `team ${teamId} is not there after it was written`);
    return view;
  });
}
