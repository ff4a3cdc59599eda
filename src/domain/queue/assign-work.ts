/**
 * Who works what today. `assignWork` orders the day's manual candidates by priority (priority.ts) and
 * gives each one an assignee from the floor. The rules, most important first:
 *
 * 1. Who may take an item. A worker qualifies when their role is one the action allows, they have the
 *    action's skill and every skill the account needs (`sme` for business debtors…), they speak the
 *    party's language (no language: anyone; `zh` matches `zh-CN`, by primary subtag), and their team works
 *    the account's stage (a worker without a team, or a team listing no stages, works any). A visit also
 *    needs the party's region, and goes to a pair of field agents sharing it (assignee and partner; never
 *    one person alone). Where an action allows several roles, the first present is the only one: a team
 *    lead takes a collector's call only when no collector qualifies at all (not when collectors are full:
 *    then the item waits, rule 2; a lead's time is for escalations and stand-ins). The account's tier narrows the roles to those the
 *    strategy says work it (`worked_by`), unless that would leave none of the action's.
 * 2. Capacity is hard: nobody takes more than `capacity` items a day (a visit counts for both of the pair,
 *    a concerted push for each collector in it). Candidates are taken highest priority first, so when the
 *    floor is full the lowest priorities are deferred to a later day ("floor capacity used up").
 * 3. 领导出面: an account the strategy escalates goes to the lead of the team working its stage (the
 *    current collector's own lead first), when that lead qualifies and has room.
 * 4. Stickiness: an account stays with its collector ("kept") while they qualify and have room. If they
 *    qualify but are full, someone else covers today's item and the account stays theirs. If they no
 *    longer qualify (or left the floor), it is reassigned — by a call to the borrower only: a guarantor or
 *    contact the collector cannot call (another language) is called by someone else and the account stays.
 * 5. 人员交换: an account without progress for `rotateAfterDays` days (today − the later of the day it was
 *    assigned and its last progress) moves to another qualified collector; if nobody else has room it is
 *    kept for today.
 * 6. One collector per account per day: every call-type item of an account (call, guarantor call, third
 *    party locate) goes to the collector its first item went to. Visits go to pairs, legal and collateral
 *    reviews to legal officers, team-lead calls to leads, whoever owns the account.
 * 7. 群体进攻: a call to the borrower or an obligor of an account marked concerted is worked by up to
 *    `concertedCollectors` collectors of the same team on the day, each with their own item and the same
 *    window.
 * 8. Balance: a new or moving account goes to the qualified worker with room who has the fewest items so
 *    far today, then the fewest accounts owned, then the lowest user id.
 * 9. Fallback: when nobody on the floor qualifies at all (no one has the role, skill, language, stage or
 *    region), the item is not dropped: it goes to the lead of the team working the stage, then any team
 *    lead, then a manager, with what was missing in its reason. With none of them it is deferred, saying so.
 *
 * Ranks run 1..n over the day in priority order. An item's reason is the strategy's reason, " · ", and
 * why this assignee. `assignments` lists every account whose owner was set or changed today.
 */
import { daysBetween, maxDate } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import { ACTIONS, type Action } from '../strategy/strategy-codes.js';
import type { Skill, UserRole } from '../team/team-codes.js';
import { candidatePriority, compareCandidates, type RankedCandidate } from './priority.js';
import type {
  AccountAssignment,
  Candidate,
  FloorTeam,
  QueueItem,
  QueueResult,
  QueueRules,
  Worker,
} from './queue-types.js';

export interface AssignWorkOptions {
  candidates: readonly Candidate[];
  workers: readonly Worker[];
  teams: readonly FloorTeam[];
  rules: QueueRules;
}

interface WorkerState {
  w: Worker;
  used: number;
  owned: number;
  languages: Set<string>;
  regions: Set<string>;
  skills: Set<Skill>;
  /** Stages the worker's team works; null: any. */
  stages: Set<string> | null;
}

interface Requirement {
  need: string;
  ok: (s: WorkerState) => boolean;
}

/** The workers who can take items of one kind, ignoring capacity, computed once per kind. */
interface Pool {
  /** Preferred role first, then by user id; full workers are dropped as they are met. */
  open: WorkerState[];
  members: Set<string>;
  regions: Set<string>;
  /** What nobody on the floor has, when no one (or, for a visit, no pair) qualifies. */
  missing: string | null;
  requirements: Requirement[];
  /** Position of the worker's role among those the action allows: lower is preferred. */
  roleRank: (s: WorkerState) => number;
  /**
   * The preferred role present among those who qualify: only workers of that role take ordinary items, so a
   * team lead is not the overflow for full collectors (the lead's time is for escalations and stand-ins).
   */
  firstRank: number;
}

/** The account's collector for the day, fixed by its first call-type item. */
interface DayOwner {
  primary: string;
  /** Why the primary has it (`kept`, `rotated from …`). */
  why: string;
}

const primaryTag = (lang: string) => (lang.trim().split('-')[0] as string).toLowerCase();
const norm = (region: string) => region.trim().toLowerCase();

/** Call-type actions follow the account's collector (rule 6). */
const followsOwner = (action: Action) => (ACTIONS[action].roles as readonly UserRole[]).includes('collector');
/**
 * Of the call-type actions (the only ones asked), those a concerted push multiplies: calls to the borrower or
 * an obligor, never to third parties (rule 7).
 */
const concertable = (action: Action) => ACTIONS[action].target !== 'third_party';
const isVisit = (action: Action) => ACTIONS[action].channel === 'visit';

export function assignWork({ candidates, workers, teams, rules }: AssignWorkOptions): QueueResult {
  const { asOf } = rules;
  // Keyed so that a null user or team id (no assignee, no team, no lead) simply finds nobody.
  const states = new Map<string | null, WorkerState>();
  const teamStages = new Map<string | null, readonly string[]>(teams.map((t) => [t.teamId, t.stages]));
  for (const w of [...workers].sort((a, b) => cmpText(a.userId, b.userId))) {
    if (states.has(w.userId)) throw new AppError('INVALID_INPUT', `worker ${w.userId} is listed twice`);
    const stages = teamStages.get(w.teamId);
    states.set(w.userId, {
      w,
      used: 0,
      owned: 0,
      languages: new Set(w.languages.map(primaryTag)),
      regions: new Set(w.regions.map(norm)),
      skills: new Set(w.skills),
      stages: stages && stages.length > 0 ? new Set(stages) : null,
    });
  }
  const sortedTeams = [...teams].sort((a, b) => cmpText(a.teamId, b.teamId));
  const roomFor = (s: WorkerState) => s.used < s.w.capacity;

  // Accounts owned before today, counted once per account whatever the order of candidates.
  const ownerOf = new Map<number, string | null>();
  for (const c of candidates) {
    if (!ACTIONS[c.planned.action].manual) {
      throw new AppError(
        'INVALID_INPUT',
        `account ${c.accountRef}: ${c.planned.action} is sent automatically and has no place in the queue`,
      );
    }
    ownerOf.set(c.accountId, c.assignee);
  }
  for (const owner of ownerOf.values()) {
    const s = states.get(owner);
    if (s) s.owned++;
  }

  const pools = new Map<string, Pool>();
  const poolFor = (c: Candidate): Pool => {
    const action = c.planned.action;
    const visit = isVisit(action);
    const language = c.language?.trim() ? c.language : null;
    const region = c.region?.trim() ? c.region : null;
    // Built for each of 300,000 candidates, so it makes no array. Lists are keyed as given (`${[…]}` joins
    // with commas; no list is "undefined"): the same skills or roles in another order only build a second,
    // equal pool. Spelled as given (not normalised): what is missing is reported in the candidate's own words.
    const key = `${action}|${c.skills}|${language ?? ''}|${c.stage}|${visit ? (region ?? '') : ''}|${c.roles}`;
    let pool = pools.get(key);
    if (pool) return pool;
    const spec = ACTIONS[action];
    const actionRoles = spec.roles as readonly UserRole[];
    const byTier = actionRoles.filter((r) => c.roles?.includes(r));
    const roles = byTier.length > 0 ? byTier : actionRoles;
    const requirements: Requirement[] = [{ need: `role ${roles.join(' or ')}`, ok: (s) => roles.includes(s.w.role) }];
    // The action's own skill first, then the account's in a fixed order (what is missing reads the same).
    const skills = new Set<Skill>(spec.skill === null ? [] : [spec.skill]);
    for (const skill of [...c.skills].sort()) skills.add(skill);
    for (const skill of skills) {
      requirements.push({ need: `skill ${skill}`, ok: (s) => s.skills.has(skill) });
    }
    if (language !== null) {
      const tag = primaryTag(language);
      requirements.push({ need: `language ${language}`, ok: (s) => s.languages.has(tag) });
    }
    requirements.push({
      need: `a team working stage ${c.stage}`,
      ok: (s) => s.stages === null || s.stages.has(c.stage),
    });
    if (visit && region !== null) {
      const r = norm(region);
      requirements.push({ need: `region ${region}`, ok: (s) => s.regions.has(r) });
    }
    let missing: string | null = null;
    let qualified = [...states.values()];
    for (const req of requirements) {
      const next = qualified.filter(req.ok);
      if (next.length === 0 && missing === null) missing = req.need;
      qualified = next;
    }
    if (missing === null && visit && !pairPossible(qualified)) {
      missing = region === null ? 'two field agents sharing a region' : `two field agents in ${region}`;
    }
    const rank = (s: WorkerState) => roles.indexOf(s.w.role);
    qualified.sort((a, b) => rank(a) - rank(b) || cmpText(a.w.userId, b.w.userId));
    pool = {
      open: qualified,
      members: new Set(qualified.map((s) => s.w.userId)),
      regions: new Set(qualified.flatMap((s) => [...s.regions])),
      missing,
      requirements,
      roleRank: rank,
      firstRank: qualified.length === 0 ? 0 : rank(qualified[0] as WorkerState),
    };
    pools.set(key, pool);
    return pool;
  };

  /** The least loaded qualified worker with room (rule 8), preferring the action's first role. */
  const pick = (pool: Pool, accept: (s: WorkerState) => boolean = () => true): WorkerState | null => {
    let best: WorkerState | null = null;
    let write = 0;
    const open = pool.open;
    for (const s of open) {
      if (!roomFor(s)) continue; // full for the day: dropped from the pool for good
      open[write++] = s;
      if (pool.roleRank(s) > pool.firstRank || !accept(s)) continue;
      // The pool is in (preferred role, user id) order, so only a strictly lighter load replaces the best.
      if (best === null || s.used < best.used || (s.used === best.used && s.owned < best.owned)) {
        best = s;
      }
    }
    open.length = write;
    return best;
  };

  /** Leads of the teams working the stage: the current collector's team first, then by team id. */
  const leadsMemo = new Map<string, WorkerState[]>();
  const leadsFor = (c: Candidate): WorkerState[] => {
    const current = states.get(c.assignee);
    const memoKey = `${current?.w.teamId}|${c.stage}`;
    const known = leadsMemo.get(memoKey);
    if (known) return known;
    const works = (t: FloorTeam) => t.stages.length === 0 || t.stages.includes(c.stage);
    const ordered = [
      ...sortedTeams.filter((t) => t.teamId === current?.w.teamId && works(t)),
      ...sortedTeams.filter((t) => t.stages.includes(c.stage)),
      ...sortedTeams.filter((t) => t.stages.length === 0),
    ];
    const out: WorkerState[] = [];
    for (const t of ordered) {
      const lead = states.get(t.leadUserId);
      if (lead && !out.includes(lead)) out.push(lead);
    }
    leadsMemo.set(memoKey, out);
    return out;
  };
  /** Anyone who can stand in when nobody qualifies, after the stage's leads (rule 9). */
  const otherLeads = [
    ...sortedTeams.map((t) => states.get(t.leadUserId)),
    ...[...states.values()].filter((s) => s.w.role === 'team_lead'),
  ].filter((s): s is WorkerState => s !== undefined);
  const managers = [...states.values()].filter((s) => s.w.role === 'manager');

  const items: QueueItem[] = [];
  const deferred: QueueResult['deferred'] = [];
  const assignments = new Map<number, AccountAssignment>();
  const dayOwners = new Map<number, DayOwner>();

  const give = (r: RankedCandidate, s: WorkerState, why: string, partner: WorkerState | null = null) => {
    s.used++;
    if (partner) partner.used++;
    const base = r.candidate.planned.reason;
    items.push({
      candidate: r.candidate,
      priority: r.priority,
      rank: items.length + 1,
      assignee: s.w.userId,
      partner: partner?.w.userId ?? null,
      reason: base ? `${base} · ${why}` : why,
    });
  };

  /** Only ever to someone other than the current assignee (a rotation or a reassignment). */
  const transfer = (c: Candidate, to: WorkerState) => {
    const from = states.get(c.assignee);
    if (from) from.owned--;
    to.owned++;
    assignments.set(c.accountId, { accountId: c.accountId, assignee: to.w.userId, assignedOn: asOf, from: c.assignee });
  };

  /** Rule 9: nobody qualifies; a lead or a manager takes it, or it is deferred saying what is missing. */
  const fallBack = (r: RankedCandidate, missing: string): void => {
    const c = r.candidate;
    const taker = leadsFor(c).find(roomFor) ?? otherLeads.find(roomFor) ?? managers.find(roomFor);
    if (!taker) {
      const why =
        otherLeads.length + managers.length === 0
          ? `no qualified worker (needs ${missing}) and no team lead or manager to take it`
          : `no qualified worker (needs ${missing}); team leads and managers have no room left`;
      deferred.push({ candidate: c, why });
      return;
    }
    const as = taker.w.role === 'manager' ? 'manager' : 'team lead';
    const why = isVisit(c.planned.action)
      ? `no qualified field pair (needs ${missing}); given to ${as} ${taker.w.userId} to arrange`
      : `no qualified worker (needs ${missing}); given to ${as} ${taker.w.userId}`;
    give(r, taker, why);
  };

  /** Days since the later of assignment and last progress; when neither is known, never due (−∞). */
  const daysStill = (c: Candidate): number => {
    const either = c.assignedOn ?? c.lastProgressOn;
    if (either === null) return Number.NEGATIVE_INFINITY;
    return daysBetween(asOf, maxDate(either, c.lastProgressOn ?? either));
  };

  /** Rules 3–5 and 8 for the first call-type item of an account today; null when already deferred or given. */
  const decideOwner = (r: RankedCandidate, pool: Pool): DayOwner | null => {
    const c = r.candidate;
    let note = '';
    if (c.toTeamLead) {
      const lead = leadsFor(c).find((s) => pool.members.has(s.w.userId) && roomFor(s));
      if (lead) return { primary: lead.w.userId, why: `escalated to team lead ${lead.w.userId}` };
      note = 'no team lead free to step in; ';
    }
    const current = states.get(c.assignee);
    if (current && pool.members.has(current.w.userId)) {
      const still = daysStill(c);
      if (rules.rotateAfterDays !== null && still >= rules.rotateAfterDays) {
        const other = pick(pool, (s) => s !== current);
        if (other) {
          transfer(c, other);
          return {
            primary: other.w.userId,
            why: `${note}rotated from ${current.w.userId} after ${still} days without progress`,
          };
        }
        if (roomFor(current)) {
          return { primary: current.w.userId, why: `${note}kept (due to rotate, nobody else free)` };
        }
      } else if (roomFor(current)) {
        return { primary: current.w.userId, why: `${note}kept` };
      }
      const cover = pick(pool);
      if (cover) {
        return {
          primary: cover.w.userId,
          why: `${note}covering for ${current.w.userId} (capacity used up)`,
        };
      }
      deferred.push({ candidate: c, why: 'floor capacity used up' });
      return null;
    }
    if (pool.missing !== null) {
      // A lead standing in does not become the account's collector: a later item of the account that
      // someone does qualify for goes to them.
      fallBack(r, pool.missing);
      return null;
    }
    const chosen = pick(pool);
    if (!chosen) {
      deferred.push({ candidate: c, why: 'floor capacity used up' });
      return null;
    }
    if (current && c.planned.target !== 'borrower') {
      // The collector cannot call this guarantor or contact (another language…): someone else does today,
      // and the account stays with its collector, who still works the borrower.
      give(r, chosen, `${current.w.userId} cannot take it (${whyNot(pool, current)}); assigned (fewest items today)`);
      return null;
    }
    transfer(c, chosen);
    const why = current
      ? `reassigned from ${current.w.userId} (${whyNot(pool, current)})`
      : c.assignee !== null
        ? `reassigned from ${c.assignee} (no longer on the floor)`
        : 'assigned (fewest items today)';
    return { primary: chosen.w.userId, why: note + why };
  };

  /** Rule 7: colleagues of the primary joining a concerted push, least loaded first. */
  const joinPush = (r: RankedCandidate, pool: Pool, primary: WorkerState, why: string) => {
    const others: WorkerState[] = [];
    const wanted = Math.max(0, rules.concertedCollectors - 1);
    while (others.length < wanted) {
      const s = pick(pool, (x) => x !== primary && !others.includes(x) && x.w.teamId === primary.w.teamId);
      if (!s) break;
      others.push(s);
    }
    if (others.length === 0) {
      give(r, primary, why);
      return;
    }
    const all = [primary, ...others].map((s) => s.w.userId);
    const withOthers = (me: string) => `concerted push with ${all.filter((u) => u !== me).join(', ')}`;
    give(r, primary, `${why}; ${withOthers(primary.w.userId)}`);
    for (const s of others) give(r, s, withOthers(s.w.userId));
  };

  const ranked: (RankedCandidate & { pool: Pool })[] = candidates.map((c) => {
    const pool = poolFor(c);
    return {
      candidate: c,
      priority: candidatePriority(c),
      near: c.region !== null && pool.regions.has(norm(c.region)),
      pool,
    };
  });
  ranked.sort(compareCandidates({ tieBreaks: rules.tieBreaks }));

  for (const r of ranked) {
    const c = r.candidate;
    const action = c.planned.action;
    const pool = r.pool;

    if (isVisit(action)) {
      if (pool.missing !== null) {
        fallBack(r, pool.missing);
        continue;
      }
      const pair = pickPair(pool, pick);
      if (!pair) {
        deferred.push({ candidate: c, why: 'floor capacity used up (no field pair free)' });
        continue;
      }
      give(r, pair[0], `visit by ${pair[0].w.userId} with ${pair[1].w.userId}`, pair[1]);
      continue;
    }

    if (!followsOwner(action)) {
      if (pool.missing !== null) {
        fallBack(r, pool.missing);
        continue;
      }
      const s = pick(pool);
      if (s) give(r, s, 'assigned (fewest items today)');
      else deferred.push({ candidate: c, why: 'floor capacity used up' });
      continue;
    }

    const day = dayOwners.get(c.accountId);
    if (day) {
      const primary = states.get(day.primary) as WorkerState;
      if (pool.members.has(day.primary)) {
        if (!roomFor(primary)) {
          deferred.push({ candidate: c, why: `${day.primary} has no room left for this account's other items` });
        } else if (c.concerted && concertable(action)) {
          joinPush(r, pool, primary, day.why);
        } else {
          give(r, primary, day.why);
        }
        continue;
      }
      // The day's collector cannot take this one (another party's language…): someone else does, once.
      if (pool.missing !== null) {
        fallBack(r, pool.missing);
        continue;
      }
      const s = pick(pool);
      if (s) give(r, s, `${day.primary} cannot take it (${whyNot(pool, primary)}); assigned (fewest items today)`);
      else deferred.push({ candidate: c, why: 'floor capacity used up' });
      continue;
    }

    const owner = decideOwner(r, pool);
    if (!owner) continue;
    dayOwners.set(c.accountId, owner);
    const primary = states.get(owner.primary) as WorkerState;
    if (c.concerted && concertable(action)) joinPush(r, pool, primary, owner.why);
    else give(r, primary, owner.why);
  }

  return {
    items,
    deferred,
    assignments: [...assignments.values()].sort((a, b) => a.accountId - b.accountId),
  };
}

/** The first thing this worker lacks for items of the pool's kind (asked only of one outside the pool). */
function whyNot(pool: Pool, s: WorkerState): string {
  return `needs ${(pool.requirements.find((req) => !req.ok(s)) as Requirement).need}`;
}

/** Two of these workers share a region (a visit is never made alone). */
function pairPossible(qualified: readonly WorkerState[]): boolean {
  const seen = new Set<string>();
  for (const s of qualified) {
    for (const r of s.regions) {
      if (seen.has(r)) return true;
    }
    for (const r of s.regions) seen.add(r);
  }
  return false;
}

/** The least loaded field agent with room and the least loaded colleague with room sharing a region. */
function pickPair(
  pool: Pool,
  pick: (pool: Pool, accept?: (s: WorkerState) => boolean) => WorkerState | null,
): [WorkerState, WorkerState] | null {
  const tried = new Set<WorkerState>();
  for (;;) {
    const first = pick(pool, (s) => !tried.has(s));
    if (!first) return null;
    const second = pick(pool, (s) => s !== first && [...s.regions].some((r) => first.regions.has(r)));
    if (second) return [first, second];
    tried.add(first);
  }
}

function cmpText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
