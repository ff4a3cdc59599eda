/**
 * Users and teams on every test engine: what is stored, what is refused (with the field named), the
 * events each change leaves, the list orders, and the floor the queue reads.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';
import { listUsers } from '../user/list-users.js';
import { setUser } from '../user/set-user.js';
import { addTeam } from './add-team.js';
import { listTeams } from './list-teams.js';
import { loadFloor } from './load-floor.js';
import { setTeam } from './set-team.js';

const at = { actor: 'cli:test', now: TEST_NOW };

describe.each(testEngines)('users and teams on $name', (engine) => {
  const fresh = freshStores(engine);
  const eventsOf = async (store: Store) =>
    (await store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute()).map((e) => ({
      ...e,
      payload: JSON.parse(e.payload) as unknown,
    }));

  async function smallFloor(store: Store) {
    const db = store.db;
    await addTeam({ db, ...at, teamId: 'late', name: '后期组', stages: ['terminal', 'late'] });
    await addTeam({ db, ...at, teamId: 'early', name: '早期组', stages: ['early'] });
    await addUser({ db, ...at, userId: 'zhou.min', name: '周敏', role: 'team_lead', teamId: 'early' });
    await addUser({
      db,
      ...at,
      userId: 'li.na',
      name: '李娜',
      role: 'collector',
      teamId: 'late',
      languages: ['zh-CN'],
    });
    await addUser({
      db,
      ...at,
      userId: 'amy',
      name: 'Amy Chen',
      role: 'collector',
      teamId: 'early',
      languages: ['zh-cn', 'en'],
      regions: ['US-NY New York', 'CN-SH 上海市'],
      skills: ['negotiation'],
    });
    await addUser({ db, ...at, userId: 'boss', name: '王强', role: 'manager' });
    await setTeam({ db, ...at, teamId: 'early', leadUserId: 'zhou.min' });
  }

  it('adds users with capacity by role and lists them by team, then id, with the team name', async () => {
    const store = await fresh();
    await smallFloor(store);
    const users = await listUsers(store.db);
    expect(users.map((u) => [u.user_id, u.team_id, u.team_name, u.capacity])).toEqual([
      ['amy', 'early', '早期组', 60],
      ['zhou.min', 'early', '早期组', 30],
      ['li.na', 'late', '后期组', 60],
      ['boss', null, null, 0],
    ]);
    expect(users[0]).toEqual({
      user_id: 'amy',
      name: 'Amy Chen',
      role: 'collector',
      team_id: 'early',
      team_name: '早期组',
      languages: ['zh-CN', 'en'],
      regions: ['US-NY New York', 'CN-SH 上海市'],
      skills: ['negotiation'],
      capacity: 60,
      active: true,
    });
    expect((await listUsers(store.db, { teamId: 'early', role: 'collector' })).map((u) => u.user_id)).toEqual(['amy']);
    const teams = await listTeams(store.db);
    expect(teams).toEqual([
      { team_id: 'early', name: '早期组', lead_user_id: 'zhou.min', stages: ['early'], members: 2 },
      { team_id: 'late', name: '后期组', lead_user_id: null, stages: ['late', 'terminal'], members: 1 },
    ]);
  });

  it('records every change as an event with its actor, updates with only the changed fields', async () => {
    const store = await fresh();
    await smallFloor(store);
    await setUser({ db: store.db, ...at, userId: 'li.na', capacity: 45, teamId: 'early', name: '李娜' });
    // Nothing changes: nothing is written.
    await setUser({ db: store.db, ...at, userId: 'li.na', capacity: 45 });
    await setTeam({ db: store.db, ...at, teamId: 'late', stages: ['late', 'terminal'] });
    const events = await eventsOf(store);
    expect(events.map((e) => e.kind)).toEqual([
      'team.add',
      'team.add',
      'user.add',
      'user.add',
      'user.add',
      'user.add',
      'team.update',
      'user.update',
    ]);
    expect(events.every((e) => e.actor === 'cli:test')).toBe(true);
    expect(events[0]?.payload).toEqual({
      team_id: 'late',
      name: '后期组',
      lead_user_id: null,
      stages: ['late', 'terminal'],
    });
    expect(events[2]?.payload).toMatchObject({ user_id: 'zhou.min', role: 'team_lead', capacity: 30, active: true });
    expect(events[6]?.payload).toEqual({
      team_id: 'early',
      before: { lead_user_id: null },
      after: { lead_user_id: 'zhou.min' },
    });
    expect(events[7]?.payload).toEqual({
      user_id: 'li.na',
      before: { team_id: 'late', capacity: 60 },
      after: { team_id: 'early', capacity: 45 },
    });
  });

  it('refuses duplicates, unknown teams and users, bad values and leads who may not lead; nothing is written', async () => {
    const store = await fresh();
    await smallFloor(store);
    const before = (await eventsOf(store)).length;
    const db = store.db;
    const refused = async (promise: Promise<unknown>, code: string, message: RegExp) =>
      expect(promise).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    await refused(addUser({ db, ...at, userId: 'amy', name: 'A', role: 'collector' }), 'CONFLICT', /^user_id: /);
    await refused(addTeam({ db, ...at, teamId: 'early', name: 'E' }), 'CONFLICT', /^team_id: /);
    await refused(
      addUser({ db, ...at, userId: 'x', name: 'X', role: 'collector', teamId: 'nope' }),
      'NOT_FOUND',
      /^team: /,
    );
    await refused(setUser({ db, ...at, userId: 'ghost', capacity: 1 }), 'NOT_FOUND', /^user_id: /);
    await refused(setTeam({ db, ...at, teamId: 'ghost', name: 'G' }), 'NOT_FOUND', /^team_id: /);
    await refused(setTeam({ db, ...at, teamId: 'late', leadUserId: 'ghost' }), 'NOT_FOUND', /^lead: /);
    await refused(
      setTeam({ db, ...at, teamId: 'late', leadUserId: 'li.na' }),
      'INVALID_INPUT',
      /^lead: li.na is a collector/,
    );
    await refused(addUser({ db, ...at, userId: 'x', name: 'X', role: 'intern' }), 'INVALID_INPUT', /^role: /);
    await refused(addUser({ db, ...at, userId: 'x y', name: 'X', role: 'collector' }), 'INVALID_INPUT', /^user_id: /);
    await refused(setUser({ db, ...at, userId: 'amy', capacity: 501 }), 'INVALID_INPUT', /^capacity: /);
    await refused(setUser({ db, ...at, userId: 'amy', languages: ['Mandarin'] }), 'INVALID_INPUT', /^languages: /);
    await refused(setUser({ db, ...at, userId: 'amy', skills: ['sme', 'x'] }), 'INVALID_INPUT', /^skills: /);
    await refused(setTeam({ db, ...at, teamId: 'late', stages: ['M3'] }), 'INVALID_INPUT', /^stages: /);
    // The lead of a team keeps a role that may lead until the team has another lead.
    await refused(
      setUser({ db, ...at, userId: 'zhou.min', role: 'collector' }),
      'INVALID_INPUT',
      /^role: zhou.min leads team early/,
    );
    expect(await eventsOf(store)).toHaveLength(before);
    expect((await listUsers(db, { userId: 'zhou.min' }))[0]?.role).toBe('team_lead');
    // A manager may lead; then the old lead may change role.
    await setTeam({ db, ...at, teamId: 'early', leadUserId: 'boss' });
    expect((await setUser({ db, ...at, userId: 'zhou.min', role: 'collector' })).role).toBe('collector');
  });

  it('gives the queue the workers (active, working roles), the teams and every user', async () => {
    const store = await fresh();
    await smallFloor(store);
    await setUser({ db: store.db, ...at, userId: 'li.na', active: false });
    const floor = await loadFloor(store.db);
    expect(floor.workers).toEqual([
      {
        userId: 'amy',
        role: 'collector',
        teamId: 'early',
        languages: ['zh-CN', 'en'],
        regions: ['US-NY New York', 'CN-SH 上海市'],
        skills: ['negotiation'],
        capacity: 60,
      },
      { userId: 'zhou.min', role: 'team_lead', teamId: 'early', languages: [], regions: [], skills: [], capacity: 30 },
    ]);
    expect(floor.teams).toEqual([
      { teamId: 'early', leadUserId: 'zhou.min', stages: ['early'] },
      { teamId: 'late', leadUserId: null, stages: ['late', 'terminal'] },
    ]);
    expect(floor.users.get('li.na')).toEqual({ role: 'collector', teamId: 'late', active: false });
    expect(floor.users.get('boss')).toEqual({ role: 'manager', teamId: null, active: true });
    expect((await listTeams(store.db)).find((t) => t.team_id === 'late')?.members).toBe(0);
  });
});
