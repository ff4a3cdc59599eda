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

export interface StageRung {
  name: 'current' | 'early' | 'mid' | 'late' | 'terminal';
  minDpd: number;
}

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

export function stageFor(dpd: number, ladder: readonly StageRung[] = DEFAULT_STAGES): StageRung['name'] {
  return rungFor(ladder, dpd).name;
}

/** Checks a ladder read from settings: starts at 0, strictly increasing, names unique. */
export function validateLadder(ladder: readonly { name: string; minDpd: number }[]): string | null {
  if (ladder.length === 0) return 'the ladder is empty';
  if (ladder[0]?.minDpd !== 0) return 'the first rung must start at 0 days past due';
  for (let i = 1; i < ladder.length; i++) {
    const prev = ladder[i - 1];
    const cur = ladder[i];
    if (!prev || !cur || !Number.isInteger(cur.minDpd) || cur.minDpd <= prev.minDpd) {
      return `rung ${i + 1} must start after rung ${i}`;
    }
  }
  if (new Set(ladder.map((r) => r.name)).size !== ladder.length) return 'rung names must be unique';
  return null;
}
