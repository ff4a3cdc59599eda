/** `dunwell user …`, `dunwell team …` and `portfolio set --paydays` end to end: exit codes and --json shapes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/support/engines.js';
import { runCli as cli } from '../../../test/support/run-cli.js';

describe.each(testEngines)('dunwell user and team on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
  });
  afterAll(async () => drop());

  it('builds a small floor and lists it as text and JSON', async () => {
    expect((await cli(db, 'team', 'add', 'early', '--name', '早期催收组', '--stages', 'early')).code).toBe(0);
    const lead = await cli(db, 'user', 'add', 'zhou.min', '--name', '周敏', '--role', 'team_lead', '--team', 'early');
    expect(lead.code).toBe(0);
    expect(lead.out).toBe(
      'zhou.min: 周敏, team_lead (组长), team early 早期催收组 | languages - | regions - | skills - | capacity 30/day',
    );
    const added = await cli(
      db,
      'user',
      'add',
      'amy',
      '--name',
      'Amy Chen',
      '--role',
      'collector',
      '--team',
      'early',
      '--languages',
      'zh-CN,en',
      '--regions',
      'US-NY New York,CN-SH 上海市',
      '--skills',
      'negotiation',
      '--json',
    );
    expect(added.code).toBe(0);
    expect(JSON.parse(added.out)).toEqual({
      user_id: 'amy',
      name: 'Amy Chen',
      role: 'collector',
      team_id: 'early',
      languages: ['zh-CN', 'en'],
      regions: ['US-NY New York', 'CN-SH 上海市'],
      skills: ['negotiation'],
      capacity: 60,
      active: true,
    });
    const team = await cli(db, 'team', 'set', 'early', '--lead', 'zhou.min', '--json');
    expect(JSON.parse(team.out)).toEqual({
      team_id: 'early',
      name: '早期催收组',
      lead_user_id: 'zhou.min',
      stages: ['early'],
      members: 2,
    });
    const set = await cli(db, 'user', 'set', 'amy', '--capacity', '40', '--active', 'no', '--json');
    expect(JSON.parse(set.out)).toMatchObject({ user_id: 'amy', capacity: 40, active: false });

    const users = JSON.parse((await cli(db, 'user', 'list', '--json')).out);
    expect(users.users.map((u: { user_id: string }) => u.user_id)).toEqual(['amy', 'zhou.min']);
    expect(Object.keys(users.users[0]).sort()).toEqual(
      ['active', 'capacity', 'languages', 'name', 'regions', 'role', 'skills', 'team_id', 'user_id'].sort(),
    );
    expect(JSON.parse((await cli(db, 'user', 'list', '--role', 'team_lead', '--json')).out).users).toHaveLength(1);
    expect((await cli(db, 'user', 'list')).out.split('\n')[0]).toMatch(
      /^amy: Amy Chen, .* \| capacity 40\/day \| inactive$/,
    );
    expect(JSON.parse((await cli(db, 'team', 'list', '--json')).out)).toEqual({
      teams: [{ team_id: 'early', name: '早期催收组', lead_user_id: 'zhou.min', stages: ['early'], members: 1 }],
    });
    expect((await cli(db, 'team', 'list')).out).toBe('early: 早期催收组 | lead zhou.min | stages early | 1 member');
  });

  it('exits 2 on bad values and usage, 1 on duplicates and unknown ids, with the field named', async () => {
    const cases: [string[], number, RegExp][] = [
      [['user', 'add', 'x', '--name', 'X', '--role', 'boss'], 2, /role: "boss" is not a role/],
      [['user', 'add', 'x', '--role', 'collector'], 2, /--name is required/],
      [['user', 'add', 'x', '--name', 'X', '--role', 'collector', '--capacity', '900'], 2, /--capacity "900"/],
      [['user', 'add', 'x', '--name', 'X', '--role', 'collector', '--languages', 'Chinese'], 2, /languages: "Chinese"/],
      [['user', 'add', 'x', '--name', 'X', '--role', 'collector', '--team', 'nope'], 1, /team: no team "nope"/],
      [['user', 'add', 'zhou.min', '--name', 'X', '--role', 'collector'], 1, /user_id: a user "zhou.min" exists/],
      [['user', 'set', 'ghost', '--capacity', '1'], 1, /user_id: no user "ghost"/],
      [['user', 'set', 'amy'], 2, /give at least one thing to change/],
      [['team', 'add', 'early', '--name', 'E'], 1, /team_id: a team "early" exists/],
      [['team', 'set', 'early', '--lead', 'amy'], 2, /lead: amy is a collector/],
      [['team', 'set', 'early', '--stages', 'M1'], 2, /stages: "M1" is not a stage/],
      [['portfolio', 'set', 'p', '--paydays', '10,5'], 2, /paydays: days must ascend/],
    ];
    for (const [args, code, reason] of cases) {
      const r = await cli(db, ...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(reason);
    }
  });

  it('sets paydays on a portfolio and shows them in the list', async () => {
    const set = await cli(db, 'portfolio', 'set', 'cards', '--paydays', '1,15', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({ portfolio_id: 'cards', paydays: [1, 15] });
    expect((await cli(db, 'portfolio', 'list')).out).toContain('  paydays 1,15');
  });
});
