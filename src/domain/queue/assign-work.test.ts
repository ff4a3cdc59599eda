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
