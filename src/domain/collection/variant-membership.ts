/**
 * An account's stay in a strategy segment and variant, and what the champion/challenger report reads
 * from it: whether the account cured (came back to the first bucket) or rolled forward (to a later bucket
 * than the one it entered in) while it was there. The cycle applies `membershipChange` each day.
 */
import type { IsoDate } from '../calendar/calendar.js';

/** The variant name a segment without a champion/challenger split records. */
export const SINGLE_VARIANT = 'single';

export interface OpenMembership {
  id: number;
  strategy: string;
  segment: string;
  variant: string;
  entryRank: number;
  curedOn: IsoDate | null;
  rolledOn: IsoDate | null;
}

export interface Placement {
  strategy: string;
  segment: string;
  variant: string | null;
}

export interface MembershipChange {
  /** Close this membership today (the account left the segment or variant). */
  close: number | null;
  /** Open a membership today. */
  open: { strategy: string; segment: string; variant: string; entryBucket: string; entryRank: number } | null;
  /** The open membership cured / rolled forward today. */
  cured: number | null;
  rolled: number | null;
}

/**
 * What changes today, given the open membership (if any), where the strategy placed the account today
 * (null: no segment) and the account's bucket with its rank on the portfolio's ladder (0 = first bucket).
 */
export function membershipChange(
  open: OpenMembership | null,
  placement: Placement | null,
  bucket: string,
  rank: number,
): MembershipChange {
  const variant = placement ? (placement.variant ?? SINGLE_VARIANT) : null;
  // Judged on the open stay before it may close: an account that pays up usually leaves its segment the
  // same day (no segment works current accounts), and that cure belongs to the variant it was in.
  const cured = open !== null && open.entryRank > 0 && rank === 0 && open.curedOn === null ? open.id : null;
  const rolled = open !== null && rank > open.entryRank && open.rolledOn === null ? open.id : null;
  const same =
    open !== null &&
    placement !== null &&
    open.strategy === placement.strategy &&
    open.segment === placement.segment &&
    open.variant === variant;
  if (same) return { close: null, open: null, cured, rolled };
  return {
    close: open?.id ?? null,
    open:
      placement === null
        ? null
        : {
            strategy: placement.strategy,
            segment: placement.segment,
            variant: placement.variant ?? SINGLE_VARIANT,
            entryBucket: bucket,
            entryRank: rank,
          },
    cured,
    rolled,
  };
}
