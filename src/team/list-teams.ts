/**
 * The teams of the collection floor as `team list` shows them: lead, the stages worked (empty: any) and
 * how many active users belong to it (people who left stay in the team's history, not in its headcount).
 */
import type { Kysely } from 'kysely';
import type { StageName } from '../domain/ageing/ageing.js';
import { storedList } from '../domain/team/team-rules.js';
import type { Schema } from '../store/schema.js';

export interface TeamView {
  team_id: string;
  name: string;
  lead_user_id: string | null;
  stages: StageName[];
  /** Active users in the team. */
  members: number;
}

/** Every team (or only `only`), by id. `db` may be a transaction. */
export async function listTeams(db: Kysely<Schema>, only?: string): Promise<TeamView[]> {
  let q = db.selectFrom('teams').select(['team_id', 'name', 'lead_user_id', 'stages']);
  if (only !== undefined) q = q.where('team_id', '=', only);
  const rows = await q.execute();
  const counts = await db
    .selectFrom('users')
    .select((eb) => ['team_id', eb.fn.countAll<number>().as('n')])
    .where('active', '=', 1)
    .where('team_id', 'is not', null)
    .$if(only !== undefined, (c) => c.where('team_id', '=', only as string))
    .groupBy('team_id')
    .execute();
  const members = new Map(counts.map((c) => [c.team_id, Number(c.n)]));
  return rows
    .map(
      (r): TeamView => ({
        team_id: r.team_id,
        name: r.name,
        lead_user_id: r.lead_user_id,
        // Written only through the use cases, which check the stages.
        stages: storedList(r.stages) as StageName[],
        members: members.get(r.team_id) ?? 0,
      }),
    )
    .sort((a, b) => (a.team_id < b.team_id ? -1 : a.team_id > b.team_id ? 1 : 0));
}
