/**
 * The demo floor as a team lead would check it: every role there, two managers for four eyes, every
 * stage worked by a team with a lead, field agents in pairs sharing a region, mostly Chinese speakers
 * with English for the books abroad, regions the debtors really live in; and written with its events.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import { STAGE_NAMES } from '../domain/ageing/ageing.js';
import { USER_ROLES } from '../domain/team/team-codes.js';
import { listTeams } from '../team/list-teams.js';
import { loadFloor } from '../team/load-floor.js';
import { listUsers } from '../user/list-users.js';
import { buildDemoFloor, DEFAULT_DEMO_COLLECTORS, loadDemoFloor } from './demo-floor.js';
import { placeIn, regionText } from './demo-places.js';
import { Random } from './random.js';

describe('the demo floor', () => {
  const floor = buildDemoFloor();
  const of = (role: string) => floor.users.filter((u) => u.role === role);

  it('staffs every role, with two managers and 20–30 people for the 5,000-account demo', () => {
    expect(new Set(floor.users.map((u) => u.role))).toEqual(new Set(USER_ROLES));
    expect(of('manager')).toHaveLength(2);
    expect(of('collector')).toHaveLength(DEFAULT_DEMO_COLLECTORS);
    expect(floor.users.length).toBeGreaterThanOrEqual(20);
    expect(floor.users.length).toBeLessThanOrEqual(30);
    expect(new Set(floor.users.map((u) => u.userId)).size).toBe(floor.users.length);
    expect(floor.users.every((u) => /^[A-Za-z0-9._-]{1,64}$/.test(u.userId))).toBe(true);
    expect(of('legal')[0]?.skills).toEqual(['legal', 'collateral']);
    expect(of('collector').some((u) => u.skills.includes('sme'))).toBe(true);
    expect(of('collector').some((u) => u.skills.includes('negotiation'))).toBe(true);
  });

  it('covers every delinquent stage with a team led by one of its team leads', () => {
    for (const stage of STAGE_NAMES.filter((s) => s !== 'current')) {
      const team = floor.teams.find((t) => t.stages.includes(stage));
      expect(team, stage).toBeDefined();
      const lead = floor.users.find((u) => u.userId === team?.leadUserId);
      expect(lead, stage).toMatchObject({ role: 'team_lead', teamId: team?.teamId });
      expect(floor.users.filter((u) => u.role === 'collector' && u.teamId === team?.teamId).length).toBeGreaterThan(0);
    }
    expect(floor.teams.find((t) => t.stages.includes('late'))?.stages).toEqual(['late', 'terminal']);
  });

  it('sends field agents out in pairs, two to a region', () => {
    const agents = of('field_agent');
    expect(agents.length).toBeGreaterThanOrEqual(4);
    const byRegion = new Map<string, number>();
    for (const a of agents) {
      expect(a.skills).toContain('field');
      expect(a.regions).toHaveLength(1);
      const region = a.regions[0] ?? '';
      byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    }
    expect([...byRegion.values()].every((n) => n === 2)).toBe(true);
  });

  it('speaks mostly Chinese, some English or both, in regions the debtors live in', () => {
    const collectors = of('collector');
    const zhOnly = collectors.filter((u) => u.languages.join() === 'zh-CN').length;
    const english = collectors.filter((u) => u.languages.includes('en')).length;
    expect(zhOnly).toBeGreaterThan(collectors.length / 2);
    expect(english).toBeGreaterThanOrEqual(2);
    expect(collectors.some((u) => u.languages.join() === 'zh-CN,en')).toBe(true);
    // Every region a debtor of the demo can live in (sampled as the generator draws them) has a collector.
    const random = new Random('test');
    const served = new Set(collectors.flatMap((u) => u.regions));
    for (let i = 0; i < 500; i++) {
      for (const country of ['CN', 'US', 'GB'] as const) expect(served).toContain(regionText(placeIn(random, country)));
    }
  });

  it('is the same floor every time, and grows to 200 collectors for the benchmark', () => {
    expect(buildDemoFloor()).toEqual(floor);
    const big = buildDemoFloor({ collectors: 200 });
    expect(big.users.filter((u) => u.role === 'collector')).toHaveLength(200);
    expect(big.users.filter((u) => u.role === 'field_agent').length).toBe(40);
    expect(big.users.filter((u) => u.role === 'manager')).toHaveLength(2);
    expect(() => buildDemoFloor({ collectors: -1 })).toThrow(/^collectors: -1 must be a whole number/);
  });
});

describe.each(testEngines)('loading the demo floor on $name', (engine) => {
  const fresh = freshStores(engine);

  it('writes the teams with their leads and the users, each with its event, and never over a floor', async () => {
    const store = await fresh();
    const built = buildDemoFloor();
    const at = { db: store.db, actor: 'demo', now: TEST_NOW };
    expect(await loadDemoFloor(at)).toEqual({ teams: built.teams.length, users: built.users.length });
    const teams = await listTeams(store.db);
    expect(teams.map((t) => [t.team_id, t.lead_user_id])).toEqual(
      built.teams.map((t) => [t.teamId, t.leadUserId]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await listUsers(store.db)).toHaveLength(built.users.length);
    const kinds = await store.db
      .selectFrom('events')
      .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    expect(kinds.map((k) => [k.kind, Number(k.n)])).toEqual([
      ['team.add', built.teams.length],
      ['team.update', built.teams.length],
      ['user.add', built.users.length],
    ]);
    const { workers } = await loadFloor(store.db);
    expect(workers.filter((w) => w.role === 'collector')).toHaveLength(DEFAULT_DEMO_COLLECTORS);
    // A second load leaves the floor that is there alone.
    expect(await loadDemoFloor(at)).toBeNull();
    expect(await listUsers(store.db)).toHaveLength(built.users.length);
  });
});
