import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { ACTIONS, type Action, GRADES, TIE_BREAKS } from '../strategy/strategy-codes.js';
import { SKILLS, type UserRole } from '../team/team-codes.js';
import { assignWork } from './assign-work.js';
import { candidatePriority } from './priority.js';
import type { Candidate, FloorTeam, QueueItem, QueueResult, QueueRules, Worker } from './queue-types.js';

const AS_OF = '2026-12-10';

let nextId = 1;
function candidate(over: Partial<Omit<Candidate, 'planned'>> & { action?: Action; minutes?: number } = {}): Candidate {
  const { action = 'call', minutes, ...rest } = over;
  const spec = ACTIONS[action];
  const id = rest.accountId ?? nextId++;
  return {
    accountId: id,
    accountRef: `LN-${id}`,
    partyId: id * 10,
    planned: {
      action,
      channel: spec.channel,
      manual: spec.manual,
      target: spec.target,
      window: { from: '09:00', to: '12:00' },
      tone: 'neutral',
      template: null,
      tier: 'primary',
      minutes: minutes ?? spec.minutes,
      reason: `M1 day ${rest.dpd ?? 12}`,
    },
    segment: 'early',
    variant: null,
    grade: 'medium',
    tier: 'primary',
    customerType: 'white_collar',
    stage: 'early',
    dpd: 12,
    pPay: 0.4,
    collectable: 300_000,
    outstanding: 1_200_000,
    currency: 'CNY',
    language: 'zh-CN',
    region: '上海',
    assignee: null,
    assignedOn: null,
    lastProgressOn: null,
    toTeamLead: false,
    concerted: false,
    keyAccount: false,
    skills: [],
    ...rest,
  };
}

function worker(userId: string, role: UserRole, over: Partial<Worker> = {}): Worker {
  return { userId, role, teamId: null, languages: ['zh-CN'], regions: [], skills: [], capacity: 50, ...over };
}

/** A small floor: early and late teams, a field team in 上海 and 北京, legal, a manager. */
const TEAMS: FloorTeam[] = [
  { teamId: 'early', leadUserId: 'lead_early', stages: ['early'] },
  { teamId: 'late', leadUserId: 'lead_late', stages: ['late'] },
  { teamId: 'field', leadUserId: null, stages: [] },
];
const WORKERS: Worker[] = [
  worker('lead_early', 'team_lead', { teamId: 'early', languages: ['zh-CN', 'en'] }),
  worker('lead_late', 'team_lead', { teamId: 'late' }),
  worker('wang', 'collector', { teamId: 'early' }),
  worker('li', 'collector', { teamId: 'early' }),
  worker('zhao', 'collector', { teamId: 'early' }),
  worker('smith', 'collector', { teamId: 'early', languages: ['en'] }),
  worker('chen', 'collector', { teamId: 'early', skills: ['sme'] }),
  worker('sun', 'collector', { teamId: 'late', skills: ['negotiation'] }),
  worker('fa_1', 'field_agent', { teamId: 'field', regions: ['上海'], skills: ['field'] }),
  worker('fa_2', 'field_agent', { teamId: 'field', regions: ['上海'], skills: ['field'] }),
  worker('fa_3', 'field_agent', { teamId: 'field', regions: ['北京'], skills: ['field'] }),
  worker('lawyer', 'legal', { skills: ['legal', 'collateral'] }),
  worker('boss', 'manager'),
];
const RULES: QueueRules = { asOf: AS_OF, tieBreaks: ['easy_first'], rotateAfterDays: 15, concertedCollectors: 3 };

function run(
  candidates: Candidate[],
  over: { workers?: Worker[]; teams?: FloorTeam[]; rules?: Partial<QueueRules> } = {},
) {
  return assignWork({
    candidates,
    workers: over.workers ?? WORKERS,
    teams: over.teams ?? TEAMS,
    rules: { ...RULES, ...over.rules },
  });
}

const only = (r: QueueResult): QueueItem => {
  expect(r.items).toHaveLength(1);
  return r.items[0] as QueueItem;
};

describe('assignWork: who may take an item', () => {
  it('a zh-CN retiree in M1 with no collector goes to the least loaded Chinese-speaking collector, not a lead', () => {
    const retiree = candidate({ customerType: 'retiree', language: 'zh-CN' });
    const r = run([retiree]);
    const item = only(r);
    // chen, li, wang, zhao all have 0 items and own nothing: the lowest user id wins.
    expect(item.assignee).toBe('chen');
    expect(item.reason).toBe('M1 day 12 · assigned (fewest items today)');
    expect(r.assignments).toEqual([{ accountId: retiree.accountId, assignee: 'chen', assignedOn: AS_OF, from: null }]);
  });

  it('a new account goes to whoever owns the fewest accounts when items are even', () => {
    const owned = ['chen', 'li', 'wang'].map((a) => candidate({ assignee: a, assignedOn: AS_OF, collectable: 1 }));
    const fresh = candidate({ collectable: 999_999 });
    const r = run([...owned, fresh]);
    expect(r.items.find((i) => i.candidate === fresh)?.assignee).toBe('zhao');
  });

  it('an English-speaking debtor goes to the collector who speaks English; zh matches zh-CN', () => {
    expect(only(run([candidate({ language: 'en-GB' })])).assignee).toBe('smith');
    expect(only(run([candidate({ language: 'zh' })])).assignee).toBe('chen');
    expect(only(run([candidate({ language: null })])).assignee).toBe('chen');
  });

  it('an SME debtor needs a collector with the sme skill', () => {
    const r = run([candidate({ customerType: 'small_business', skills: ['sme'] })]);
    expect(only(r).assignee).toBe('chen');
    const noSme = WORKERS.map((w) => (w.userId === 'chen' ? { ...w, skills: [] } : w));
    const fallback = only(run([candidate({ skills: ['sme'] })], { workers: noSme }));
    expect(fallback.assignee).toBe('lead_early');
    expect(fallback.reason).toContain('no qualified worker (needs skill sme); given to team lead lead_early');
  });

  it('a late-stage account goes to the late team only', () => {
    expect(only(run([candidate({ stage: 'late' })])).assignee).toBe('sun');
  });

  it('a team lead is not the overflow for full collectors: the item waits for a later day', () => {
    const floor = [worker('a', 'collector', { capacity: 1 }), worker('lead', 'team_lead', { capacity: 5 })];
    const r = run([candidate(), candidate()], { workers: floor, teams: [] });
    expect(r.items.map((i) => i.assignee)).toEqual(['a']);
    expect(r.deferred.map((d) => d.why)).toEqual(['floor capacity used up']);
    // With no collector on the floor at all, the lead is the first role present and takes the calls.
    const leadsOnly = run([candidate(), candidate()], { workers: [floor[1] as Worker], teams: [] });
    expect(leadsOnly.items.map((i) => i.assignee)).toEqual(['lead', 'lead']);
  });

  it('the tier says who works it: a senior-tier call worked by team leads goes to the lead', () => {
    const floor = [worker('a', 'collector'), worker('lead', 'team_lead')];
    const senior = candidate({ tier: 'senior', roles: ['team_lead', 'legal'] });
    expect(only(run([senior], { workers: floor, teams: [] })).assignee).toBe('lead');
    expect(only(run([candidate({ roles: ['collector'] })], { workers: floor, teams: [] })).assignee).toBe('a');
  });

  it('a tier whose roles cannot do the action leaves the action’s own roles', () => {
    const review = candidate({ action: 'legal_review', stage: 'terminal', roles: ['collector'] });
    expect(only(run([review])).assignee).toBe('lawyer');
  });

  it('a visit in 上海 goes to a pair of field agents from 上海, each spending capacity', () => {
    const visit = candidate({ action: 'visit', region: '上海' });
    const item = only(run([visit]));
    expect([item.assignee, item.partner]).toEqual(['fa_1', 'fa_2']);
    // Capacity 1: after one visit both are full, so the second visit waits.
    const tight = WORKERS.map((w) => (w.role === 'field_agent' ? { ...w, capacity: 1 } : w));
    const r = run([visit, candidate({ action: 'visit', region: '上海', collectable: 1 })], { workers: tight });
    expect(r.items).toHaveLength(1);
    expect(r.deferred).toEqual([{ candidate: expect.objectContaining({ collectable: 1 }), why: expect.any(String) }]);
  });

  it('a visit in 北京 with one field agent there is never made alone: the team lead arranges it', () => {
    const item = only(run([candidate({ action: 'visit', region: '北京' })]));
    expect(item.assignee).toBe('lead_early');
    expect(item.partner).toBeNull();
    expect(item.reason).toContain('no qualified field pair (needs two field agents in 北京)');
  });

  it('a terminal account’s legal review goes to the legal officer, whoever owns the account', () => {
    const review = candidate({ action: 'legal_review', stage: 'terminal', assignee: 'wang', assignedOn: AS_OF });
    const r = run([review]);
    expect(only(r).assignee).toBe('lawyer');
    expect(r.assignments).toEqual([]);
  });

  it('with nobody qualified and no lead or manager, the item is deferred saying so', () => {
    const r = run([candidate({ language: 'fr' })], { workers: WORKERS.filter((w) => w.role === 'collector') });
    expect(r.items).toEqual([]);
    expect(r.deferred[0]?.why).toBe('no qualified worker (needs language fr) and no team lead or manager to take it');
  });

  it('falls back to a manager when no lead is left', () => {
    const r = run([candidate({ language: 'fr' })], { workers: WORKERS.filter((w) => w.role !== 'team_lead') });
    expect(only(r).assignee).toBe('boss');
    expect(only(r).reason).toContain('(needs language fr); given to manager boss');
  });
});

describe('assignWork: stickiness and 人员交换', () => {
  it('keeps an account with its collector while they qualify and have room', () => {
    const r = run([candidate({ assignee: 'zhao', assignedOn: addDays(AS_OF, -5) })]);
    expect(only(r).assignee).toBe('zhao');
    expect(only(r).reason).toBe('M1 day 12 · kept');
    expect(r.assignments).toEqual([]);
  });

  it('rotates an account after rotateAfterDays without progress, counting from the later of assignment and progress', () => {
    const stale = candidate({ assignee: 'zhao', assignedOn: addDays(AS_OF, -40), lastProgressOn: addDays(AS_OF, -16) });
    const r = run([stale]);
    expect(only(r).assignee).not.toBe('zhao');
    expect(only(r).reason).toBe(`M1 day 12 · rotated from zhao after 16 days without progress`);
    expect(r.assignments).toEqual([{ accountId: stale.accountId, assignee: 'chen', assignedOn: AS_OF, from: 'zhao' }]);

    const moving = candidate({ assignee: 'zhao', assignedOn: addDays(AS_OF, -14), lastProgressOn: null });
    expect(only(run([moving])).assignee).toBe('zhao');
    const exactly = candidate({ assignee: 'zhao', assignedOn: addDays(AS_OF, -15), lastProgressOn: null });
    expect(only(run([exactly])).assignee).toBe('chen');
    expect(only(run([exactly], { rules: { rotateAfterDays: null } })).assignee).toBe('zhao');
  });

  it('keeps a stale account when nobody else qualifies', () => {
    const stale = candidate({ language: 'en', assignee: 'smith', assignedOn: addDays(AS_OF, -30) });
    const r = run([stale], { workers: WORKERS.filter((w) => w.userId !== 'lead_early') });
    expect(only(r).assignee).toBe('smith');
    expect(only(r).reason).toContain('kept (due to rotate, nobody else free)');
  });

  it('covers for a full collector without moving the account, and reassigns one whose collector no longer qualifies', () => {
    const tight = WORKERS.map((w) => (w.userId === 'zhao' ? { ...w, capacity: 1 } : w));
    const first = candidate({ assignee: 'zhao', assignedOn: AS_OF, collectable: 900_000 });
    const second = candidate({ assignee: 'zhao', assignedOn: AS_OF, collectable: 100_000 });
    const r = run([second, first], { workers: tight });
    expect(r.items.map((i) => [i.candidate.accountId, i.assignee])).toEqual([
      [first.accountId, 'zhao'],
      [second.accountId, 'chen'],
    ]);
    expect(r.items[1]?.reason).toContain('covering for zhao (capacity used up)');
    expect(r.assignments).toEqual([]);

    // The party now speaks English only: wang cannot call them any more.
    const moved = run([candidate({ language: 'en', assignee: 'wang', assignedOn: addDays(AS_OF, -3) })]);
    expect(only(moved).assignee).toBe('smith');
    expect(only(moved).reason).toContain('reassigned from wang (needs language en)');
    expect(moved.assignments[0]).toMatchObject({ assignee: 'smith', from: 'wang', assignedOn: AS_OF });

    const gone = run([candidate({ assignee: 'left_company', assignedOn: addDays(AS_OF, -3) })]);
    expect(only(gone).reason).toContain('reassigned from left_company (no longer on the floor)');
  });

  it('gives every call-type item of one account to the same collector, but the visit to a pair and the review to legal', () => {
    const id = 9001;
    const items = run([
      candidate({ accountId: id, action: 'call' }),
      candidate({ accountId: id, action: 'guarantor_call', partyId: 77 }),
      candidate({ accountId: id, action: 'third_party_locate', partyId: 78 }),
      candidate({ accountId: id, action: 'visit' }),
      candidate({ accountId: id, action: 'collateral_review' }),
    ]).items;
    const by = Object.fromEntries(items.map((i) => [i.candidate.planned.action, i.assignee]));
    expect(by).toEqual({
      call: 'chen',
      guarantor_call: 'chen',
      third_party_locate: 'chen',
      visit: 'fa_1',
      collateral_review: 'lawyer',
    });
  });

  it('a guarantor in another language does not take the account from its collector', () => {
    const guarantor = candidate({
      action: 'guarantor_call',
      language: 'en',
      assignee: 'wang',
      assignedOn: addDays(AS_OF, -2),
    });
    const r = run([guarantor]);
    expect(only(r).assignee).toBe('smith');
    expect(only(r).reason).toContain('wang cannot take it (needs language en)');
    expect(r.assignments).toEqual([]);
  });

  it('a guarantor who speaks another language is called by someone who speaks it', () => {
    const id = 9002;
    const items = run([
      candidate({ accountId: id, action: 'call', collectable: 900_000 }),
      candidate({ accountId: id, action: 'guarantor_call', partyId: 55, language: 'en' }),
    ]).items;
    expect(items.map((i) => i.assignee)).toEqual(['chen', 'smith']);
    expect(items[1]?.reason).toContain('chen cannot take it (needs language en)');
  });
});

describe('assignWork: 领导出面 and 群体进攻', () => {
  it('an escalated account goes to the lead of its collector’s team, and ownership stays', () => {
    const r = run([candidate({ toTeamLead: true, assignee: 'wang', assignedOn: addDays(AS_OF, -3) })]);
    expect(only(r).assignee).toBe('lead_early');
    expect(only(r).reason).toBe('M1 day 12 · escalated to team lead lead_early');
    expect(r.assignments).toEqual([]);
    expect(only(run([candidate({ stage: 'late', toTeamLead: true })])).assignee).toBe('lead_late');
  });

  it('an escalation whose lead is full stays with the collector, saying so', () => {
    const tight = WORKERS.map((w) => (w.userId === 'lead_early' ? { ...w, capacity: 0 } : w));
    const r = run([candidate({ toTeamLead: true, assignee: 'wang', assignedOn: AS_OF })], { workers: tight });
    expect(only(r).assignee).toBe('wang');
    expect(only(r).reason).toContain('no team lead free to step in; kept');
  });

  it('a concerted push gives one item to each of up to concertedCollectors collectors of the same team', () => {
    const push = candidate({ concerted: true, assignee: 'wang', assignedOn: AS_OF });
    const r = run([push]);
    expect(r.items.map((i) => [i.assignee, i.rank])).toEqual([
      ['wang', 1],
      ['chen', 2],
      ['li', 3],
    ]);
    expect(r.items[0]?.reason).toBe('M1 day 12 · kept; concerted push with chen, li');
    expect(r.items[1]?.reason).toBe('M1 day 12 · concerted push with wang, li');
    expect(new Set(r.items.map((i) => i.candidate))).toEqual(new Set([push]));
    // Never to third parties, and a push of one is a plain item.
    expect(run([candidate({ concerted: true, action: 'third_party_locate' })]).items).toHaveLength(1);
    expect(run([push], { rules: { concertedCollectors: 1 } }).items).toHaveLength(1);
  });
});

describe('assignWork: capacity and order', () => {
  it('defers the lowest priorities when the floor is full, and ranks by priority', () => {
    const floor = [worker('a', 'collector', { capacity: 2 }), worker('b', 'collector', { capacity: 1 })];
    const cs = [100, 500, 300, 200].map((collectable) => candidate({ collectable, pPay: 1 }));
    const r = run(cs, { workers: floor, teams: [] });
    expect(r.items.map((i) => [i.priority, i.rank, i.assignee])).toEqual([
      [83, 1, 'a'], // 500 / 6 minutes
      [50, 2, 'b'],
      [33, 3, 'a'],
    ]);
    expect(r.deferred).toEqual([{ candidate: cs[0], why: 'floor capacity used up' }]);
  });

  it('breaks ties by the strategy’s tie-breaks in its order, then account id', () => {
    const easy = candidate({ accountId: 3, dpd: 5, grade: 'poor' });
    const good = candidate({ accountId: 2, dpd: 40, grade: 'good' });
    const plain = candidate({ accountId: 1, dpd: 40, grade: 'medium' });
    const order = (tieBreaks: QueueRules['tieBreaks']) =>
      run([plain, good, easy], { rules: { tieBreaks } }).items.map((i) => i.candidate.accountId);
    expect(order(['easy_first', 'good_first'])).toEqual([3, 2, 1]);
    // good first, then medium (1) before poor (3) whatever their days past due.
    expect(order(['good_first', 'easy_first'])).toEqual([2, 1, 3]);
    expect(order([])).toEqual([1, 2, 3]);
    const far = candidate({ accountId: 4, region: '广州' });
    const near = candidate({ accountId: 5, region: '上海' });
    const key = candidate({ accountId: 6, region: '广州', keyAccount: true });
    const byRule = (tieBreaks: QueueRules['tieBreaks']) =>
      run([far, near, key], { rules: { tieBreaks }, workers: local }).items.map((i) => i.candidate.accountId);
    // The collectors who can call them work 上海 and 北京: 上海 is near, 广州 is not.
    const local = WORKERS.map((w) => (w.role === 'collector' ? { ...w, regions: ['上海', '北京'] } : w));
    expect(byRule(['near_first'])).toEqual([5, 4, 6]);
    expect(byRule(['key_first', 'near_first'])).toEqual([6, 5, 4]);
  });

  it('refuses an automatic action and a listed-twice worker', () => {
    expect(() => run([candidate({ action: 'sms' })])).toThrow(/sms is sent automatically/);
    expect(() => run([], { workers: [worker('a', 'collector'), worker('a', 'collector')] })).toThrow(/listed twice/);
  });
});

describe('assignWork properties', () => {
  const REGIONS = ['上海', '北京', '广州'];
  const LANGS = ['zh-CN', 'en', 'zh', null];
  const STAGES = ['early', 'mid', 'late'];
  const MANUAL = (Object.keys(ACTIONS) as Action[]).filter((a) => ACTIONS[a].manual);
  const userIds = Array.from({ length: 12 }, (_, i) => `u${String(i).padStart(2, '0')}`);

  const workerArb = (userId: string) =>
    fc.record({
      userId: fc.constant(userId),
      role: fc.constantFrom<UserRole>(
        'collector',
        'collector',
        'team_lead',
        'field_agent',
        'field_agent',
        'legal',
        'manager',
      ),
      teamId: fc.constantFrom('t_early', 't_late', 't_any', null),
      languages: fc.subarray(['zh-CN', 'en', 'zh-TW']),
      regions: fc.subarray(REGIONS),
      skills: fc.subarray([...SKILLS]),
      capacity: fc.integer({ min: 0, max: 6 }),
    });
  const floorArb = fc.tuple(...userIds.map(workerArb));
  const teamsArb = fc.constant<FloorTeam[]>([
    { teamId: 't_early', leadUserId: 'u00', stages: ['early'] },
    { teamId: 't_late', leadUserId: 'u01', stages: ['late', 'mid'] },
    { teamId: 't_any', leadUserId: null, stages: [] },
  ]);
  const candArb = fc
    .record({
      accountId: fc.integer({ min: 1, max: 25 }),
      action: fc.constantFrom(...MANUAL),
      pPay: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
      collectable: fc.integer({ min: 0, max: 5_000_000 }),
      dpd: fc.integer({ min: 1, max: 200 }),
      grade: fc.constantFrom(...GRADES),
      stage: fc.constantFrom(...STAGES),
      language: fc.constantFrom(...LANGS),
      region: fc.constantFrom(...REGIONS, null),
      assignee: fc.constantFrom(...userIds, null, 'gone'),
      assignedAgo: fc.integer({ min: 0, max: 40 }),
      toTeamLead: fc.boolean(),
      concerted: fc.boolean(),
      keyAccount: fc.boolean(),
      skills: fc.subarray(['sme', 'vulnerable'] as const),
    })
    .map(({ assignedAgo, ...c }) =>
      candidate({ ...c, partyId: c.accountId * 10, assignedOn: c.assignee ? addDays(AS_OF, -assignedAgo) : null }),
    );
  const rulesArb = fc.record({
    asOf: fc.constant(AS_OF),
    tieBreaks: fc.shuffledSubarray([...TIE_BREAKS]),
    rotateAfterDays: fc.option(fc.integer({ min: 1, max: 30 })),
    concertedCollectors: fc.integer({ min: 1, max: 4 }),
  });
  // Candidates of one account share the account's facts except the action (as the cycle builds them).
  const inputArb = fc
    .record({ workers: floorArb, teams: teamsArb, cands: fc.array(candArb, { maxLength: 40 }), rules: rulesArb })
    .map(({ cands, ...rest }) => {
      const seen = new Map<number, Candidate>();
      const out: Candidate[] = [];
      const keys = new Set<string>();
      for (const c of cands) {
        const first = seen.get(c.accountId) ?? c;
        seen.set(c.accountId, first);
        const key = `${c.accountId}|${c.planned.action}`;
        if (keys.has(key)) continue;
        keys.add(key);
        out.push({ ...first, planned: c.planned, language: c.language });
      }
      return { ...rest, candidates: out };
    });

  /** The qualification rule, written again independently of the code under test. */
  function qualifies(w: Worker, c: Candidate, teams: FloorTeam[]): boolean {
    const spec = ACTIONS[c.planned.action];
    if (!(spec.roles as readonly string[]).includes(w.role)) return false;
    const needs = [...(spec.skill ? [spec.skill] : []), ...c.skills];
    if (!needs.every((s) => w.skills.includes(s))) return false;
    if (c.language !== null && !w.languages.some((l) => l.split('-')[0] === c.language?.split('-')[0])) return false;
    const stages = teams.find((t) => t.teamId === w.teamId)?.stages ?? [];
    if (stages.length > 0 && !stages.includes(c.stage)) return false;
    if (spec.channel === 'visit' && c.region !== null && !w.regions.includes(c.region)) return false;
    return true;
  }

  it('every candidate is worked or deferred, by someone who qualifies or by the documented fallback, within capacity', () => {
    fc.assert(
      fc.property(inputArb, ({ workers, teams, candidates, rules }) => {
        const r = assignWork({ candidates, workers, teams, rules });
        const byId = new Map(workers.map((w) => [w.userId, w]));
        const worked = new Set(r.items.map((i) => i.candidate));
        const waiting = new Set(r.deferred.map((d) => d.candidate));
        for (const c of candidates) expect(worked.has(c) !== waiting.has(c)).toBe(true);
        const load = new Map<string, number>();
        for (const item of r.items) {
          const w = byId.get(item.assignee) as Worker;
          const c = item.candidate;
          if (item.reason.includes('no qualified')) {
            const isLead = teams.some((t) => t.leadUserId === w.userId) || w.role === 'team_lead';
            expect(isLead || w.role === 'manager').toBe(true);
            const able = workers.filter((x) => qualifies(x, c, teams));
            if (ACTIONS[c.planned.action].channel === 'visit') {
              // No two of them share a region (the party's, which they all have when it is known).
              const pair = able.some((x, i) =>
                able.slice(i + 1).some((y) => x.regions.some((g) => y.regions.includes(g))),
              );
              expect(pair).toBe(false);
            } else {
              expect(able).toEqual([]);
            }
          } else {
            expect(qualifies(w, c, teams)).toBe(true);
          }
          if (ACTIONS[c.planned.action].channel === 'visit' && !item.reason.includes('no qualified')) {
            const p = byId.get(item.partner ?? '') as Worker;
            expect(p).toBeDefined();
            expect(p.userId).not.toBe(w.userId);
            expect(qualifies(p, c, teams)).toBe(true);
            if (c.region !== null) expect(w.regions.includes(c.region) && p.regions.includes(c.region)).toBe(true);
            else expect(w.regions.some((x) => p.regions.includes(x))).toBe(true);
          } else {
            expect(item.partner).toBeNull();
          }
          for (const u of [item.assignee, item.partner]) if (u) load.set(u, (load.get(u) ?? 0) + 1);
        }
        for (const [u, n] of load) expect(n).toBeLessThanOrEqual((byId.get(u) as Worker).capacity);
        expect(r.items.map((i) => i.rank)).toEqual(r.items.map((_, i) => i + 1));
        for (let i = 1; i < r.items.length; i++) {
          expect((r.items[i - 1] as QueueItem).priority).toBeGreaterThanOrEqual((r.items[i] as QueueItem).priority);
        }
        for (const item of r.items) expect(item.priority).toBe(candidatePriority(item.candidate));
        // An account's owner changes at most once, to someone with one of its items today.
        for (const a of r.assignments) {
          expect(a.assignedOn).toBe(AS_OF);
          expect(r.items.some((i) => i.candidate.accountId === a.accountId && i.assignee === a.assignee)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of the order of candidates and workers', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), ({ workers, teams, candidates, rules }, seed) => {
        const shuffle = <T>(xs: readonly T[]) => {
          const out = [...xs];
          let s = seed;
          for (let i = out.length - 1; i > 0; i--) {
            s = (s * 1_103_515_245 + 12_345) & 0x7fffffff;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const a = assignWork({ candidates, workers, teams, rules });
        const b = assignWork({ candidates, workers, teams, rules });
        const c = assignWork({
          candidates: shuffle(candidates),
          workers: shuffle(workers),
          teams: shuffle(teams),
          rules,
        });
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('assignWork: the rules a floor relies on, case by case', () => {
  const collectors = (...ids: string[]) => ids.map((id) => worker(id, 'collector'));

  it('reads the party’s language and region however they are spelled, and treats a blank one as none', () => {
    expect(only(run([candidate({ language: ' EN-gb ' })])).assignee).toBe('smith');
    // A blank language is no language: anyone may call.
    expect(only(run([candidate({ language: '  ' })])).assignee).toBe('chen');
    const field = [
      worker('p1', 'field_agent', { regions: [' Shanghai '], skills: ['field'] }),
      worker('p2', 'field_agent', { regions: ['shanghai'], skills: ['field'] }),
    ];
    const item = only(run([candidate({ action: 'visit', region: 'SHANGHAI ' })], { workers: field, teams: [] }));
    expect([item.assignee, item.partner]).toEqual(['p1', 'p2']);
    // A blank region: any pair sharing a region goes.
    const blank = only(run([candidate({ action: 'visit', region: ' ' })], { workers: field, teams: [] }));
    expect([blank.assignee, blank.partner]).toEqual(['p1', 'p2']);
  });

  it('the fallback says what nobody on the floor has: role, skill (in a fixed order), stage, region, pair', () => {
    const boss = worker('boss', 'manager');
    const reasonFor = (c: Candidate, workers: Worker[], teams: FloorTeam[] = []) =>
      only(run([c], { workers: [...workers, boss], teams })).reason;
    expect(reasonFor(candidate(), [worker('f', 'field_agent')])).toBe(
      'M1 day 12 · no qualified worker (needs role collector or team_lead); given to manager boss',
    );
    expect(reasonFor(candidate({ skills: ['vulnerable', 'sme'] }), collectors('a'))).toBe(
      'M1 day 12 · no qualified worker (needs skill sme); given to manager boss',
    );
    expect(
      reasonFor(
        candidate({ stage: 'late' }),
        [worker('a', 'collector', { teamId: 't' })],
        [{ teamId: 't', leadUserId: null, stages: ['early'] }],
      ),
    ).toBe('M1 day 12 · no qualified worker (needs a team working stage late); given to manager boss');
    const fa = (id: string, regions: string[]) => worker(id, 'field_agent', { regions, skills: ['field'] });
    expect(reasonFor(candidate({ action: 'visit', region: '广州' }), [fa('p1', ['上海']), fa('p2', ['上海'])])).toBe(
      'M1 day 12 · no qualified field pair (needs region 广州); given to manager boss to arrange',
    );
    expect(reasonFor(candidate({ action: 'visit', region: null }), [fa('p1', ['上海']), fa('p2', ['北京'])])).toBe(
      'M1 day 12 · no qualified field pair (needs two field agents sharing a region); given to manager boss to arrange',
    );
    // A legal review with no legal officer is not dropped either.
    const review = candidate({ action: 'legal_review', stage: 'terminal' });
    expect(reasonFor(review, collectors('a'))).toBe(
      'M1 day 12 · no qualified worker (needs role legal); given to manager boss',
    );
  });

  it('an account needing sme and another needing sme and vulnerable are judged each by its own needs', () => {
    const floor = [worker('a', 'collector', { skills: ['sme'] }), worker('boss', 'manager')];
    const r = run(
      [candidate({ skills: ['sme'], collectable: 900_000 }), candidate({ skills: ['sme', 'vulnerable'] })],
      {
        workers: floor,
        teams: [],
      },
    );
    expect(r.items.map((i) => i.assignee)).toEqual(['a', 'boss']);
  });

  it('a senior-tier account and an ordinary one of the same kind are judged each by its own tier', () => {
    const floor = [worker('a', 'collector'), worker('lead', 'team_lead')];
    const r = run([candidate({ roles: ['team_lead'], collectable: 900_000 }), candidate({ roles: [] })], {
      workers: floor,
      teams: [],
    });
    expect(r.items.map((i) => i.assignee)).toEqual(['lead', 'a']);
  });

  it('visits in two cities are paired each in its own city', () => {
    const r = run([
      candidate({ action: 'visit', region: '北京', collectable: 900_000 }),
      candidate({ action: 'visit', region: '上海' }),
    ]);
    expect(r.items.map((i) => [i.assignee, i.partner])).toEqual([
      ['lead_early', null],
      ['fa_1', 'fa_2'],
    ]);
  });

  it('a visit spends the partner’s capacity too, and a partner need share only one region', () => {
    const fa = (id: string, regions: string[]) =>
      worker(id, 'field_agent', { regions, skills: ['field'], capacity: 1 });
    const floor = [fa('p1', ['上海']), fa('p2', ['上海', '北京']), fa('p3', ['上海'])];
    const visit = (collectable: number) => candidate({ action: 'visit', region: null, collectable });
    const r = run([visit(900), visit(800)], { workers: floor, teams: [] });
    expect(r.items.map((i) => [i.assignee, i.partner, i.reason])).toEqual([
      ['p1', 'p2', 'M1 day 12 · visit by p1 with p2'],
    ]);
    expect(r.deferred.map((d) => d.why)).toEqual(['floor capacity used up (no field pair free)']);
  });

  it('balances on items today before accounts owned', () => {
    // b already has a kept item today and owns one account; a has nothing today but owns two (worked later).
    const floor = collectors('a', 'b');
    const kept = candidate({ assignee: 'b', assignedOn: AS_OF, collectable: 900_000 });
    const fresh = candidate({ collectable: 800_000 });
    const later = [1, 2].map(() => candidate({ assignee: 'a', assignedOn: AS_OF, collectable: 1000 }));
    const r = run([kept, fresh, ...later], { workers: floor, teams: [] });
    expect(r.items.find((i) => i.candidate === fresh)?.assignee).toBe('a');
  });

  it('a moving account is no longer counted as the old collector’s and counts as the new one’s', () => {
    const floor = collectors('a', 'b', 'c');
    const stale = candidate({ assignee: 'a', assignedOn: addDays(AS_OF, -30), collectable: 900_000 });
    const fresh = [800_000, 700_000, 600_000].map((collectable) => candidate({ collectable }));
    const r = run([stale, ...fresh], { workers: floor, teams: [] });
    expect(r.items.map((i) => i.assignee)).toEqual(['b', 'a', 'c', 'a']);
    expect(r.items[0]?.reason).toBe('M1 day 12 · rotated from a after 30 days without progress');
  });

  it('an account that moved today counts as its new collector’s when balancing', () => {
    // a is away today (no room) and its stale account moves to c; b keeps its own account.
    const floor = [worker('a', 'collector', { capacity: 0 }), ...collectors('b', 'c')];
    const stale = candidate({ assignee: 'a', assignedOn: addDays(AS_OF, -30), collectable: 900_000 });
    const kept = candidate({ assignee: 'b', assignedOn: AS_OF, collectable: 800_000 });
    const fresh = candidate({ collectable: 700_000 });
    const r = run([stale, kept, fresh], { workers: floor, teams: [] });
    // b and c have one item and own one account each: the lower user id takes the new one.
    expect(r.items.map((i) => i.assignee)).toEqual(['c', 'b', 'b']);
  });

  it('the lowest user id breaks a full tie, whatever order the floor is listed in', () => {
    const floor = collectors('e', 'd', 'c', 'b', 'a');
    expect(only(run([candidate()], { workers: floor, teams: [] })).assignee).toBe('a');
  });

  it('counts days without progress from whichever date is known, and never rotates an account with neither', () => {
    const r = (over: Partial<Candidate>) => only(run([candidate({ assignee: 'zhao', ...over })]));
    expect(r({ assignedOn: null, lastProgressOn: addDays(AS_OF, -20) }).reason).toBe(
      'M1 day 12 · rotated from zhao after 20 days without progress',
    );
    expect(r({ assignedOn: null, lastProgressOn: addDays(AS_OF, -3) }).reason).toBe('M1 day 12 · kept');
    expect(r({ assignedOn: null, lastProgressOn: null }).reason).toBe('M1 day 12 · kept');
    expect(r({ assignedOn: addDays(AS_OF, -2), lastProgressOn: addDays(AS_OF, -30) }).reason).toBe('M1 day 12 · kept');
  });

  it('a full collector with nobody to cover: the account’s item waits', () => {
    const floor = [worker('a', 'collector', { capacity: 0 }), worker('b', 'collector', { capacity: 0 })];
    const r = run([candidate({ assignee: 'a', assignedOn: AS_OF })], { workers: floor, teams: [] });
    expect(r.items).toEqual([]);
    expect(r.deferred.map((d) => d.why)).toEqual(['floor capacity used up']);
  });

  it('escalation goes to the collector’s own lead first, even when another team works the stage too', () => {
    const teams: FloorTeam[] = [
      { teamId: 'a_team', leadUserId: 'lead_a', stages: ['early'] },
      { teamId: 'b_team', leadUserId: 'lead_b', stages: ['early'] },
    ];
    const floor = [
      worker('lead_a', 'team_lead', { teamId: 'a_team' }),
      worker('lead_b', 'team_lead', { teamId: 'b_team' }),
      worker('x', 'collector', { teamId: 'b_team' }),
      worker('y', 'collector', { teamId: 'a_team' }),
    ];
    const escalate = (assignee: string) =>
      candidate({ toTeamLead: true, assignee, assignedOn: AS_OF, collectable: assignee === 'x' ? 900 : 800 });
    const r = run([escalate('x'), escalate('y')], { workers: floor, teams: [...teams].reverse() });
    expect(r.items.map((i) => i.assignee)).toEqual(['lead_b', 'lead_a']);
    // No current collector: the stage's teams by team id, given in any order.
    expect(only(run([candidate({ toTeamLead: true })], { workers: floor, teams: [...teams].reverse() })).assignee).toBe(
      'lead_a',
    );
  });

  it('a stand-in goes to the lead of the team working the stage, not of a team that does not work it', () => {
    // wang's team works early; the account is now late and nobody speaks French.
    const item = only(run([candidate({ stage: 'late', language: 'fr', assignee: 'wang', assignedOn: AS_OF })]));
    expect(item.assignee).toBe('lead_late');
    // Teams working any stage come after those listing it; a team that works neither is not asked first.
    const teams: FloorTeam[] = [
      { teamId: 'a_early', leadUserId: 'lead_e', stages: ['early'] },
      { teamId: 'b_any', leadUserId: 'lead_any', stages: [] },
      { teamId: 'c_late', leadUserId: 'lead_l', stages: ['late'] },
    ];
    const leads = [
      worker('lead_e', 'team_lead', { teamId: 'a_early' }),
      worker('lead_any', 'team_lead', { teamId: 'b_any' }),
      worker('lead_l', 'team_lead', { teamId: 'c_late' }),
    ];
    const late = candidate({ stage: 'late', language: 'fr' });
    expect(only(run([late], { workers: leads, teams })).assignee).toBe('lead_l');
    expect(only(run([late], { workers: leads.filter((w) => w.userId !== 'lead_l'), teams })).assignee).toBe('lead_any');
    // The collector's own team works any stage: its lead comes first.
    const mine = candidate({ stage: 'late', language: 'fr', assignee: 'z', assignedOn: AS_OF });
    const withZ = [...leads, worker('z', 'collector', { teamId: 'b_any' })];
    expect(only(run([mine], { workers: withZ, teams })).assignee).toBe('lead_any');
  });

  it('with no lead for the stage, any team lead (team leads by team, then other team leads) stands in before a manager', () => {
    const teams: FloorTeam[] = [
      { teamId: 'a', leadUserId: 'zed', stages: ['early'] },
      { teamId: 'b', leadUserId: null, stages: ['early'] },
    ];
    const floor = [worker('amy', 'team_lead'), worker('zed', 'team_lead', { teamId: 'a' }), worker('boss', 'manager')];
    const late = candidate({ stage: 'late', language: 'fr' });
    expect(only(run([late], { workers: floor, teams })).assignee).toBe('zed');
    expect(only(run([late], { workers: floor, teams: [] })).assignee).toBe('amy');
    expect(only(run([late], { workers: [floor[0] as Worker, floor[2] as Worker], teams })).reason).toBe(
      'M1 day 12 · no qualified worker (needs language fr); given to team lead amy',
    );
  });

  it('when every lead and manager is full, the item waits saying so', () => {
    const floor = [worker('lead', 'team_lead', { capacity: 0 }), worker('boss', 'manager', { capacity: 0 })];
    const r = run([candidate({ language: 'fr' })], { workers: floor, teams: [] });
    expect(r.deferred.map((d) => d.why)).toEqual([
      'no qualified worker (needs language fr); team leads and managers have no room left',
    ]);
    // A team with no lead is not a lead.
    const none = run([candidate({ language: 'fr' })], {
      workers: collectors('a'),
      teams: [{ teamId: 't', leadUserId: null, stages: [] }],
    });
    expect(none.deferred.map((d) => d.why)).toEqual([
      'no qualified worker (needs language fr) and no team lead or manager to take it',
    ]);
  });

  it('a legal review goes to the least loaded legal officer, or waits when they are full', () => {
    const floor = [
      worker('l1', 'legal', { skills: ['legal'], capacity: 1 }),
      worker('l2', 'legal', { skills: ['legal'], capacity: 1 }),
    ];
    const review = (collectable: number) => candidate({ action: 'legal_review', stage: 'terminal', collectable });
    const r = run([review(900), review(800), review(700)], { workers: floor, teams: [] });
    expect(r.items.map((i) => [i.assignee, i.reason])).toEqual([
      ['l1', 'M1 day 12 · assigned (fewest items today)'],
      ['l2', 'M1 day 12 · assigned (fewest items today)'],
    ]);
    expect(r.deferred.map((d) => d.why)).toEqual(['floor capacity used up']);
  });

  it('an account’s later calls wait when its collector is full, rather than going to someone else', () => {
    const floor = [worker('a', 'collector', { capacity: 1 }), worker('b', 'collector')];
    const id = 9100;
    const r = run(
      [
        candidate({ accountId: id, assignee: 'a', assignedOn: AS_OF }),
        candidate({ accountId: id, action: 'guarantor_call', partyId: 5 }),
      ],
      { workers: floor, teams: [] },
    );
    expect(r.items.map((i) => i.assignee)).toEqual(['a']);
    expect(r.deferred.map((d) => d.why)).toEqual(["a has no room left for this account's other items"]);
  });

  it('a guarantor nobody can call goes to a stand-in; one only others can call waits when they are full', () => {
    const id = 9200;
    const items = run([
      candidate({ accountId: id, collectable: 900_000 }),
      candidate({ accountId: id, action: 'guarantor_call', partyId: 5, language: 'fr' }),
    ]).items;
    expect(items.map((i) => i.assignee)).toEqual(['chen', 'lead_early']);
    expect(items[1]?.reason).toBe('M1 day 12 · no qualified worker (needs language fr); given to team lead lead_early');

    const floor = [worker('a', 'collector'), worker('e', 'collector', { languages: ['en'], capacity: 0 })];
    const r = run(
      [
        candidate({ accountId: id, collectable: 900_000 }),
        candidate({ accountId: id, action: 'guarantor_call', partyId: 5, language: 'en' }),
      ],
      { workers: floor, teams: [] },
    );
    expect(r.items.map((i) => i.assignee)).toEqual(['a']);
    expect(r.deferred.map((d) => d.why)).toEqual(['floor capacity used up']);
  });

  it('a concerted push joins colleagues of the same team only, on the guarantor call too; alone it is a plain item', () => {
    const teams: FloorTeam[] = [
      { teamId: 'x', leadUserId: null, stages: [] },
      { teamId: 'y', leadUserId: null, stages: [] },
    ];
    const floor = [
      worker('a', 'collector', { teamId: 'y' }),
      worker('m', 'collector', { teamId: 'x' }),
      worker('n', 'collector', { teamId: 'x' }),
    ];
    const id = 9300;
    const r = run(
      [
        candidate({ accountId: id, concerted: true, assignee: 'm', assignedOn: AS_OF, collectable: 900_000 }),
        candidate({ accountId: id, concerted: true, action: 'guarantor_call', partyId: 5 }),
      ],
      { workers: floor, teams },
    );
    expect(r.items.map((i) => [i.candidate.planned.action, i.assignee])).toEqual([
      ['call', 'm'],
      ['call', 'n'],
      ['guarantor_call', 'm'],
      ['guarantor_call', 'n'],
    ]);
    const alone = run([candidate({ concerted: true, assignee: 'a', assignedOn: AS_OF })], { workers: floor, teams });
    expect(only(alone).reason).toBe('M1 day 12 · kept');
  });

  it('lists the day’s assignments by account', () => {
    const r = run([candidate({ accountId: 8002, collectable: 900_000 }), candidate({ accountId: 8001 })]);
    expect(r.assignments.map((a) => a.accountId)).toEqual([8001, 8002]);
  });

  it('refuses bad input with an input error naming it', () => {
    expect(() => run([candidate({ action: 'sms' })])).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^account LN-\d+: sms is sent/),
      }),
    );
    expect(() => run([], { workers: [worker('a', 'collector'), worker('a', 'collector')] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: 'worker a is listed twice' }),
    );
  });
});
