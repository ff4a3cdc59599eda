/** `dunwell user add|set|list`: the users of the collection floor. */
import { ROLE_LABELS, type UserRole } from '../../domain/team/team-codes.js';
import { checkRole, MAX_CAPACITY, splitList } from '../../domain/team/team-rules.js';
import { addUser } from '../../user/add-user.js';
import { listUsers, type UserView } from '../../user/list-users.js';
import { setUser } from '../../user/set-user.js';
import type { UserFieldsInput } from '../../user/user-fields.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions, wholeNumberOption, yesNoOption } from '../parse-options.js';

/** The JSON a script reads: the list's shape without the team name, which is for people. */
function userJson(u: UserView) {
  const { team_name: _teamName, ...json } = u;
  return json;
}

const listText = (items: readonly string[]) => (items.length === 0 ? '-' : items.join(','));

function userLine(u: UserView): string {
  const role = `${u.role} (${ROLE_LABELS[u.role].zh})`;
  const team = u.team_id === null ? 'no team' : `team ${u.team_id} ${u.team_name ?? ''}`.trimEnd();
  const parts = [
    `${u.user_id}: ${u.name}, ${role}, ${team}`,
    `languages ${listText(u.languages)}`,
    `regions ${u.regions.length === 0 ? '-' : u.regions.join('; ')}`,
    `skills ${listText(u.skills)}`,
    `capacity ${u.capacity}/day`,
  ];
  if (!u.active) parts.push('inactive');
  return parts.join(' | ');
}

const FIELD_OPTIONS = {
  name: { type: 'string' },
  role: { type: 'string' },
  team: { type: 'string' },
  languages: { type: 'string' },
  regions: { type: 'string' },
  skills: { type: 'string' },
  capacity: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type FieldValues = {
  [K in keyof typeof FIELD_OPTIONS]?: (typeof FIELD_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

function fieldsFrom(values: FieldValues): UserFieldsInput {
  const list = (v: string | undefined) => (v === undefined ? undefined : splitList(v));
  return {
    name: values.name,
    role: values.role,
    teamId: values.team,
    languages: list(values.languages),
    regions: list(values.regions),
    skills: list(values.skills),
    capacity: wholeNumberOption('capacity', values.capacity, 0, MAX_CAPACITY),
  };
}

function print(ctx: CommandContext, json: boolean | undefined, u: UserView): void {
  ctx.out(json ? JSON.stringify(userJson(u)) : userLine(u));
}

function oneUserId(positionals: readonly string[]): string {
  const [userId, ...extra] = positionals;
  if (!userId || extra.length > 0) throw usageError('give exactly one user_id');
  return userId;
}

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, FIELD_OPTIONS);
  const userId = oneUserId(positionals);
  if (values.name === undefined) throw usageError('--name is required');
  if (values.role === undefined) throw usageError('--role is required');
  const fields = fieldsFrom(values);
  const user = await withStore(ctx, 'write', (store) =>
    addUser({
      ...fields,
      db: store.db,
      userId,
      name: values.name ?? '',
      role: values.role ?? '',
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  print(ctx, values.json, user);
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    ...FIELD_OPTIONS,
    'no-team': { type: 'boolean' },
    active: { type: 'string' },
  });
  const userId = oneUserId(positionals);
  if (values['no-team'] && values.team !== undefined) throw usageError('give --team or --no-team, not both');
  const fields: UserFieldsInput = {
    ...fieldsFrom(values),
    ...(values['no-team'] ? { teamId: null } : {}),
    active: yesNoOption('active', values.active),
  };
  if (Object.values(fields).every((v) => v === undefined)) {
    throw usageError('give at least one thing to change (--name, --role, --team, --capacity, --active, …)');
  }
  const user = await withStore(ctx, 'write', (store) =>
    setUser({ ...fields, db: store.db, userId, actor: ctx.actor, now: ctx.now() }),
  );
  print(ctx, values.json, user);
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    team: { type: 'string' },
    role: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const role: UserRole | undefined = values.role === undefined ? undefined : checkRole(values.role);
  const users = await withStore(ctx, 'read', (store) => listUsers(store.db, { teamId: values.team, role }));
  if (values.json) ctx.out(JSON.stringify({ users: users.map(userJson) }));
  else if (users.length === 0) ctx.out('no users yet (add one with user add)');
  else for (const u of users) ctx.out(userLine(u));
  return EXIT.ok;
};
