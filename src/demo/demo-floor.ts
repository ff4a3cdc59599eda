/**
 * The demo's collection floor: the people who work its portfolio, as a consumer-finance company would
 * staff one. Two managers (so a strategy one submits the other can approve), an administrator and an
 * auditor; early-, mid- and late-stage teams, each with a team lead; a field team whose agents visit in
 * pairs, two to a region; a legal officer who also reviews collateral. Most collectors speak Chinese; a
 * few speak English or both, for the US and UK books and the Chinese-speaking customers there. Regions
 * are written as the parties' `region` column writes them, so matching a collector to a debtor is a
 * plain comparison; some collectors take small-business debtors (`sme`), senior negotiation or
 * vulnerable debtors.
 *
 * Pure and seeded: the same size gives the same floor. `loadDemoFloor` writes it through the user and
 * team use cases, events included.
 */
import type { Kysely } from 'kysely';
import type { StageName } from '../domain/ageing/ageing.js';
import { AppError } from '../domain/errors.js';
import type { Skill, UserRole } from '../domain/team/team-codes.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { addTeam } from '../team/add-team.js';
import { setTeam } from '../team/set-team.js';
import { addUser } from '../user/add-user.js';
import { chineseName, englishName, type PersonName } from './demo-names.js';
import { type Country, placeIn, regionText } from './demo-places.js';
import { Random } from './random.js';

export interface DemoTeam {
  teamId: string;
  name: string;
  stages: StageName[];
  leadUserId: string;
}

export interface DemoUser {
  userId: string;
  name: string;
  role: UserRole;
  teamId: string | null;
  languages: string[];
  regions: string[];
  skills: Skill[];
}

export interface DemoFloor {
  teams: DemoTeam[];
  users: DemoUser[];
}

/** Enough collectors for the 5,000-account demo's daily calls; the benchmark asks for 200. */
export const DEFAULT_DEMO_COLLECTORS = 12;
const MAX_DEMO_COLLECTORS = 5_000;

/**
 * The demo's regions by how many of its customers live there, most first: sampled from the same weighted
 * places the generator draws customers from, so busy regions get field pairs first.
 */
function regionsByWeight(country: Country): string[] {
  const random = new Random(`demo-floor/places/${country}`);
  const counts = new Map<string, number>();
  for (let i = 0; i < 4_000; i++) {
    const region = regionText(placeIn(random, country));
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([region]) => region);
}

/**
 * Stage teams and the share of collectors each gets. Early delinquency has the most accounts, but most of
 * them cure with a reminder; later stages are called every few days, with obligor and locate calls on top,
 * so they carry most of the day's calls (the demo's queue: about a quarter early, the rest mid and late).
 */
const STAGE_TEAMS: readonly { teamId: string; name: string; stages: StageName[]; share: number }[] = [
  { teamId: 'early', name: '早期催收组 Early stage', stages: ['early'], share: 0.25 },
  { teamId: 'mid', name: '中期催收组 Mid stage', stages: ['mid'], share: 0.4 },
  { teamId: 'late', name: '后期催收组 Late stage', stages: ['late', 'terminal'], share: 0.35 },
];

export function buildDemoFloor({ collectors = DEFAULT_DEMO_COLLECTORS }: { collectors?: number } = {}): DemoFloor {
  if (!Number.isInteger(collectors) || collectors < 0 || collectors > MAX_DEMO_COLLECTORS) {
    throw new AppError(
      'INVALID_INPUT',
      `collectors: ${collectors} must be a whole number from 0 to ${MAX_DEMO_COLLECTORS}`,
    );
  }
  const random = new Random(`demo-floor/${collectors}`);
  const cn = regionsByWeight('CN');
  const abroad = [...regionsByWeight('US'), ...regionsByWeight('GB')];
  const taken = new Set<string>();
  const users: DemoUser[] = [];

  /** A person with an id from their name's Latin spelling, numbered when two share a name. */
  function person(language: 'zh-CN' | 'en', fields: Omit<DemoUser, 'userId' | 'name'>): DemoUser {
    const name: PersonName = language === 'zh-CN' ? chineseName(random) : englishName(random);
    const base = name.handle.replace(/[^a-z0-9.]/g, '') || 'user';
    let userId = base;
    for (let n = 2; taken.has(userId); n++) userId = `${base}${n}`;
    taken.add(userId);
    const user = { userId, name: name.name, ...fields };
    users.push(user);
    return user;
  }
  const none = { teamId: null, regions: [], skills: [] };

  person('zh-CN', { ...none, role: 'manager', languages: ['zh-CN', 'en'] });
  person('zh-CN', { ...none, role: 'manager', languages: ['zh-CN'] });
  person('zh-CN', { ...none, role: 'admin', languages: ['zh-CN'] });
  person('zh-CN', { ...none, role: 'auditor', languages: ['zh-CN'] });

  const teams: DemoTeam[] = [];
  let left = collectors;
  STAGE_TEAMS.forEach((stage, t) => {
    const lead = person('zh-CN', {
      role: 'team_lead',
      teamId: stage.teamId,
      languages: ['zh-CN', 'en'],
      regions: [],
      skills: stage.teamId === 'early' ? [] : ['negotiation'],
    });
    teams.push({ teamId: stage.teamId, name: stage.name, stages: stage.stages, leadUserId: lead.userId });
    const size = t === STAGE_TEAMS.length - 1 ? left : Math.min(left, Math.round(collectors * stage.share));
    left -= size;
    // About one in eighteen customers speaks English and one in twenty abroad speaks Chinese: each team
    // has an English speaker and a bilingual collector once it is big enough, for the books abroad.
    const english = size >= 4 ? Math.max(1, Math.round(size * 0.06)) : 0;
    const bilingual = size >= 3 ? Math.max(1, Math.round(size * 0.05)) : 0;
    const chinese = size - english - bilingual;
    for (let i = 0; i < size; i++) {
      const kind = i < chinese ? 'zh' : i < chinese + english ? 'en' : 'both';
      // Chinese speakers share the team's regions round-robin, so every region has someone near it.
      const regions =
        kind === 'zh' ? cn.filter((_, r) => r % Math.max(1, chinese) === i % Math.max(1, chinese)) : [...abroad];
      const skills: Skill[] = [];
      if (i % 5 === 1) skills.push('sme');
      if (stage.teamId !== 'early' && i % 4 === 2) skills.push('negotiation');
      if (i % 7 === 3) skills.push('vulnerable');
      person(kind === 'en' ? 'en' : 'zh-CN', {
        role: 'collector',
        teamId: stage.teamId,
        languages: kind === 'zh' ? ['zh-CN'] : kind === 'en' ? ['en'] : ['zh-CN', 'en'],
        regions,
        skills,
      });
    }
  });

  // Field visits: two agents per region in the busiest regions, about one pair per ten collectors.
  const fieldLead = person('zh-CN', {
    role: 'team_lead',
    teamId: 'field',
    languages: ['zh-CN'],
    regions: [],
    skills: ['field'],
  });
  teams.push({ teamId: 'field', name: '外访组 Field visits', stages: [], leadUserId: fieldLead.userId });
  const pairs = Math.min(cn.length, Math.max(4, Math.round(collectors / 10)));
  for (const region of cn.slice(0, pairs)) {
    for (let k = 0; k < 2; k++) {
      person('zh-CN', {
        role: 'field_agent',
        teamId: 'field',
        languages: ['zh-CN'],
        regions: [region],
        skills: ['field'],
      });
    }
  }
  fieldLead.regions = cn.slice(0, pairs);

  const legalOfficers = Math.max(1, Math.round(collectors / 60));
  for (let i = 0; i < legalOfficers; i++) {
    person('zh-CN', {
      role: 'legal',
      teamId: 'late',
      languages: ['zh-CN', 'en'],
      regions: [],
      skills: ['legal', 'collateral'],
    });
  }
  return { teams, users };
}

export interface LoadDemoFloorOptions {
  db: Kysely<Schema>;
  actor: string;
  now: Date;
  collectors?: number;
}

/**
 * Writes the demo floor, one transaction, every team and user through its use case (so each leaves its
 * event). Teams come first without leads, since a user's team must exist, and get their leads last.
 * A floor already in the database is left as it is: it belongs to someone.
 */
export async function loadDemoFloor(options: LoadDemoFloorOptions): Promise<{ teams: number; users: number } | null> {
  const floor = buildDemoFloor({ collectors: options.collectors });
  return inTransaction(options.db, async (db) => {
    const existing = await db.selectFrom('users').select('user_id').limit(1).execute();
    const existingTeams = await db.selectFrom('teams').select('team_id').limit(1).execute();
    if (existing.length > 0 || existingTeams.length > 0) return null;
    const at = { db, actor: options.actor, now: options.now };
    for (const t of floor.teams) await addTeam({ ...at, teamId: t.teamId, name: t.name, stages: t.stages });
    for (const u of floor.users) await addUser({ ...at, ...u });
    for (const t of floor.teams) await setTeam({ ...at, teamId: t.teamId, leadUserId: t.leadUserId });
    return { teams: floor.teams.length, users: floor.users.length };
  });
}
