/**
 * Ageing: days past due (DPD), the delinquency bucket, and the life-cycle stage. Both ladders are portfolio
 * settings; these are the defaults the methodology uses (M1 = 1–30 days … M7+ = over 180).
 */
import { type IsoDate, toDay } from '../calendar/calendar.js';

export interface BucketRung {
  /** e.g. "M1" */
  name: string;
  /** Lowest DPD in this bucket; the ladder is sorted by this and starts at 0. */
  minDpd: number;
}

/** The life-cycle stages, in the order an account moves through them. */
export const STAGE_NAMES = ['current', 'early', 'mid', 'late', 'terminal'] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export interface StageRung {
  name: StageName;
  minDpd: number;
}

/** The highest DPD a rung may start at: a hundred years, far past any debt anyone still collects. */
export const MAX_LADDER_DPD = 36_500;

export const DEFAULT_BUCKETS: readonly BucketRung[] = [
  { name: 'M0', minDpd: 0 },
  { name: 'M1', minDpd: 1 },
  { name: 'M2', minDpd: 31 },
  { name: 'M3', minDpd: 61 },
  { name: 'M4', minDpd: 91 },
  { name: 'M5', minDpd: 121 },
  { name: 'M6', minDpd: 151 },
  { name: 'M7+', minDpd: 181 },
];

export const DEFAULT_STAGES: readonly StageRung[] = [
  { name: 'current', minDpd: 0 },
  { name: 'early', minDpd: 1 },
  { name: 'mid', minDpd: 31 },
  { name: 'late', minDpd: 91 },
  { name: 'terminal', minDpd: 181 },
];

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** DPD on `asOf`: asOf minus the oldest due date still unpaid, if that date is before asOf; else 0. */
export function daysPastDue(oldestUnpaidDueOn: IsoDate | null, asOf: IsoDate): number {
  if (oldestUnpaidDueOn === null || oldestUnpaidDueOn >= asOf) return 0;
  return toDay(asOf) - toDay(oldestUnpaidDueOn);
}

function rungFor<T extends { minDpd: number }>(ladder: readonly T[], dpd: number): T {
  let found = ladder[0];
  for (const rung of ladder) if (dpd >= rung.minDpd) found = rung;
  if (!found) throw new Error('an ageing ladder needs at least one rung');
  return found;
}

export function bucketFor(dpd: number, ladder: readonly BucketRung[] = DEFAULT_BUCKETS): string {
  return rungFor(ladder, dpd).name;
}

export function stageFor(dpd: number, ladder: readonly StageRung[] = DEFAULT_STAGES): StageName {
  return rungFor(ladder, dpd).name;
}

const RUNG_NAME = /^[\p{L}\p{N}][\p{L}\p{N}+_.-]{0,31}$/u;

/**
 * What is wrong with a ladder, or null: it starts at 0 days past due, every rung starts strictly after the
 * one before and no later than MAX_LADDER_DPD, and names are unique (1–32 letters, digits or `+ _ . -`).
 * A ladder that broke these would leave some DPD without a rung, or two rungs claiming it.
 */
export function validateLadder(ladder: readonly { name: string; minDpd: number }[]): string | null {
  if (ladder.length === 0) return 'the ladder is empty';
  const seen = new Set<string>();
  for (const [i, rung] of ladder.entries()) {
    const where = `rung ${i + 1} (${rung.name})`;
    if (!RUNG_NAME.test(rung.name)) {
      return `rung ${i + 1}: "${rung.name}" is not a name of 1 to 32 letters, digits or + _ . -`;
    }
    if (seen.has(rung.name)) return `rung names must be unique; ${rung.name} appears twice`;
    seen.add(rung.name);
    if (!Number.isSafeInteger(rung.minDpd) || rung.minDpd < 0 || rung.minDpd > MAX_LADDER_DPD) {
      return `${where} starts at ${rung.minDpd}; a rung starts at a whole number of days from 0 to ${MAX_LADDER_DPD.toLocaleString('en-US')}`;
    }
    const prev = ladder[i - 1];
    if (prev === undefined && rung.minDpd !== 0) return 'the first rung must start at 0 days past due';
    if (prev !== undefined && rung.minDpd <= prev.minDpd) {
      return `${where} starts at ${rung.minDpd}, not after rung ${i} (${prev.name}) at ${prev.minDpd}; rungs must ascend strictly`;
    }
  }
  return null;
}

/** What is wrong with a stage ladder, or null: a valid ladder of known stages in life-cycle order. */
export function validateStageLadder(ladder: readonly { name: string; minDpd: number }[]): string | null {
  const problem = validateLadder(ladder);
  if (problem) return problem;
  let last = -1;
  for (const rung of ladder) {
    const at = STAGE_NAMES.indexOf(rung.name as StageName);
    if (at < 0) return `"${rung.name}" is not a stage; the stages are ${STAGE_NAMES.join(', ')}`;
    if (at < last) return `stages must follow the life cycle ${STAGE_NAMES.join(', ')}; ${rung.name} comes too late`;
    last = at;
  }
  return null;
}

/** Narrows a ladder that validateStageLadder accepted. */
export function isStageLadder(ladder: readonly { name: string; minDpd: number }[]): ladder is StageRung[] {
  return validateStageLadder(ladder) === null;
}
