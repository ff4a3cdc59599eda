/** `dunwell team add|set|list`: the teams of the collection floor. */
import { splitList } from '../../domain/team/team-rules.js';
import { addTeam } from '../../team/add-team.js';
import { listTeams, type TeamView } from '../../team/list-teams.js';
import { setTeam } from '../../team/set-team.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions } from '../parse-options.js';

function teamLine(t: TeamView): string {
  const stages = t.stages.length === 0 ? 'any stage' : `stages ${t.stages.join(',')}`;
  const members = `${t.members} member${t.members === 1 ? '' : 's'}`;
  return `${t.team_id}: ${t.name} | lead ${t.lead_user_id ?? '-'} | ${stages} | ${members}`;
}

const OPTIONS = {
  name: { type: 'string' },
  lead: { type: 'string' },
  stages: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function oneTeamId(positionals: readonly string[]): string {
  const [teamId, ...extra] = positionals;
  if (!teamId || extra.length > 0) throw usageError('give exactly one team_id');
  return teamId;
}

function print(ctx: CommandContext, json: boolean | undefined, t: TeamView): void {
  ctx.out(json ? JSON.stringify(t) : teamLine(t));
}

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, OPTIONS);
  const teamId = oneTeamId(positionals);
  if (values.name === undefined) throw usageError('--name is required');
  const name = values.name;
  const team = await withStore(ctx, 'write', (store) =>
    addTeam({
      db: store.db,
      teamId,
      name,
      leadUserId: values.lead,
      stages: values.stages === undefined ? undefined : splitList(values.stages),
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  print(ctx, values.json, team);
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { ...OPTIONS, 'no-lead': { type: 'boolean' } });
  const teamId = oneTeamId(positionals);
  if (values['no-lead'] && values.lead !== undefined) throw usageError('give --lead or --no-lead, not both');
  if (values.name === undefined && values.lead === undefined && !values['no-lead'] && values.stages === undefined) {
    throw usageError('give at least one thing to change (--name, --lead, --no-lead, --stages)');
  }
  const team = await withStore(ctx, 'write', (store) =>
    setTeam({
      db: store.db,
      teamId,
      name: values.name,
      leadUserId: values['no-lead'] ? null : values.lead,
      stages: values.stages === undefined ? undefined : splitList(values.stages),
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  print(ctx, values.json, team);
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const teams = await withStore(ctx, 'read', (store) => listTeams(store.db));
  if (values.json) ctx.out(JSON.stringify({ teams }));
  else if (teams.length === 0) ctx.out('no teams yet (add one with team add)');
  else for (const t of teams) ctx.out(teamLine(t));
  return EXIT.ok;
};
