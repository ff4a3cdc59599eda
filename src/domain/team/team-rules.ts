/**
 * The checks on what describes a user or a team, pure so that every edge (the CLI, the demo, a future API)
 * refuses the same values with the same words. Each check returns the cleaned value or throws an
 * INVALID_INPUT AppError that names the field, so a caller never has to guess which option was wrong.
 */
import { STAGE_NAMES, type StageName } from '../ageing/ageing.js';
import { AppError } from '../errors.js';
import { SKILLS, type Skill, USER_ROLES, type UserRole } from './team-codes.js';

/** Ids are typed on command lines and shown in logs and queues: short, no spaces, no commas. */
const ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_NAME = 100;
const MAX_REGION = 80;
export const MAX_CAPACITY = 500;

/**
 * Work items a day a new user takes when none is given. A collector works a full list of calls; a team
 * lead carries escalations beside leading; a field agent manages a handful of visits; the others approve,
 * review or read and take no queue work by default.
 */
export const DEFAULT_CAPACITY: Readonly<Record<UserRole, number>> = {
  admin: 0,
  manager: 0,
  team_lead: 30,
  collector: 60,
  field_agent: 6,
  legal: 20,
  auditor: 0,
};

/** Roles that may lead a team. */
export const LEAD_ROLES: readonly UserRole[] = ['team_lead', 'manager'];

const invalid = (field: string, message: string) => new AppError('INVALID_INPUT', `${field}: ${message}`);

/** A user id or team id (`field` names it in the error). */
export function checkId(field: string, value: string): string {
  if (!ID_PATTERN.test(value)) {
    throw invalid(field, `"${value}" must be 1–64 characters of letters, digits, dot, underscore or hyphen`);
  }
  return value;
}

/** A person's or a team's name: trimmed, not blank, at most 100 characters. */
export function checkName(field: string, value: string): string {
  const name = value.trim();
  if (name === '') throw invalid(field, 'must not be blank');
  if ([...name].length > MAX_NAME) throw invalid(field, `must be at most ${MAX_NAME} characters`);
  return name;
}

export function checkRole(value: string): UserRole {
  const role = USER_ROLES.find((r) => r === value);
  if (!role) throw invalid('role', `"${value}" is not a role; the roles are ${USER_ROLES.join(', ')}`);
  return role;
}

/** "a, b,,a" → ["a", "b"]: a comma list as typed, trimmed, blanks and repeats dropped, order kept. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const item = part.trim();
    if (item !== '') seen.add(item);
  }
  return [...seen];
}

/**
 * BCP 47 language tags, canonicalised (`zh-cn` → `zh-CN`) so that matching a collector to a debtor's
 * language is a plain comparison. Only language, script and region subtags are taken: a collector speaks
 * Chinese or English, not a calendar or a collation.
 */
export function checkLanguages(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?$/.test(value)) {
      throw invalid('languages', `"${value}" is not a language tag such as zh-CN or en`);
    }
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical !== undefined && !out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/**
 * Regions as the parties' `region` column writes them ("CN-GD 深圳市", "US-NY New York"): free text, so
 * only what would break the stored comma list or a table is refused.
 */
export function checkRegions(values: readonly string[]): string[] {
  for (const value of values) {
    if ([...value].length > MAX_REGION) throw invalid('regions', `"${value}" is longer than ${MAX_REGION} characters`);
    if (/[,\p{Cc}]/u.test(value)) throw invalid('regions', `"${value}" holds a comma or a control character`);
  }
  return [...values];
}

export function checkSkills(values: readonly string[]): Skill[] {
  return values.map((value) => {
    const skill = SKILLS.find((s) => s === value);
    if (!skill) throw invalid('skills', `"${value}" is not a skill; the skills are ${SKILLS.join(', ')}`);
    return skill;
  });
}

/** Stages a team works, in life-cycle order whatever order they were given in; empty means any stage. */
export function checkStages(values: readonly string[]): StageName[] {
  for (const value of values) {
    if (!STAGE_NAMES.some((s) => s === value)) {
      throw invalid('stages', `"${value}" is not a stage; the stages are ${STAGE_NAMES.join(', ')}`);
    }
  }
  return STAGE_NAMES.filter((s) => values.includes(s));
}

export function checkCapacity(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_CAPACITY) {
    throw invalid('capacity', `${value} must be a whole number of work items a day from 0 to ${MAX_CAPACITY}`);
  }
  return value;
}

/** The comma text a list is stored as, and back. */
export const joinList = (values: readonly string[]): string => values.join(',');
export const storedList = (text: string): string[] => (text === '' ? [] : text.split(','));
