/**
 * How the day's work is ordered. Priority is expected recovery per minute of effort: the chance of
 * payment × what can be collected now ÷ the minutes the action takes, in minor units per minute. Equal
 * priorities are ordered by the strategy's tie-breaks (the methodology's 先易后难, 先好后差, 先小额后大额,
 * 先近程后远程, 先重点后一般) in the order the strategy lists them, then by account, action and party, so
 * the order is total: the same candidates give the same queue whatever order they arrive in.
 */
import { AppError } from '../errors.js';
import { divRoundHalfEven } from '../money/rate.js';
import { ACTION_NAMES, type Action, GRADES, type Grade, type TieBreak } from '../strategy/strategy-codes.js';
import { BROKEN_PROMISE_WEIGHT } from './promise-follow-up.js';
import type { Candidate } from './queue-types.js';

/** pPay arrives from a decimal text with at most four places: it is held as an integer over this. */
export const P_PAY_SCALE = 10_000;
const P_PAY_SCALE_BIG = BigInt(P_PAY_SCALE);

/**
 * round_half_even(pPay × collectable ÷ minutes), minor units per minute. pPay is turned into an exact
 * integer over 10,000 first (a number parsed from "0.3333" is within a rounding error of 3333/10000, so
 * rounding it back is exact), and the product is formed in BigInt: 10^4 × 10^15 is beyond 2^53.
 * The least effort counted is one minute, so an action planned at 0 minutes cannot divide by zero.
 */
export function priorityOf(pPay: number, collectable: number, minutes: number, what = 'candidate'): number {
  if (!Number.isFinite(pPay) || pPay < 0 || pPay > 1) {
    throw new AppError('INVALID_INPUT', `${what}: chance of payment must be between 0 and 1, got ${pPay}`);
  }
  if (!Number.isSafeInteger(collectable)) {
    throw new AppError('INVALID_INPUT', `${what}: collectable must be whole minor units, got ${collectable}`);
  }
  if (!Number.isSafeInteger(minutes) || minutes < 0) {
    throw new AppError('INVALID_INPUT', `${what}: minutes must be a whole number of minutes, got ${minutes}`);
  }
  const scaled = Math.round(pPay * P_PAY_SCALE);
  if (Math.abs(pPay * P_PAY_SCALE - scaled) > 1e-6) {
    throw new AppError('INVALID_INPUT', `${what}: chance of payment ${pPay} has more than four decimal places`);
  }
  const effort = BigInt(Math.max(1, minutes));
  return Number(divRoundHalfEven(BigInt(scaled) * BigInt(collectable), P_PAY_SCALE_BIG * effort));
}

/**
 * The priority of a candidate: its chance of payment, collectable amount and its action's minutes; a call
 * about a promise broken today counts BROKEN_PROMISE_WEIGHT times.
 */
export function candidatePriority(c: Candidate): number {
  const priority = priorityOf(c.pPay, c.collectable, c.planned.minutes, `account ${c.accountRef} ${c.planned.action}`);
  return c.brokenPromise ? priority * BROKEN_PROMISE_WEIGHT : priority;
}

/** A candidate with what ordering needs computed once (sorting 300,000 items compares each ~18 times). */
export interface RankedCandidate {
  candidate: Candidate;
  priority: number;
  /** The party's region is among the regions of the workers who can take the item (先近程后远程). */
  near: boolean;
}

const GRADE_ORDER: Readonly<Record<Grade, number>> = Object.fromEntries(GRADES.map((g, i) => [g, i])) as Record<
  Grade,
  number
>;
const ACTION_ORDER: Readonly<Record<Action, number>> = Object.fromEntries(ACTION_NAMES.map((a, i) => [a, i])) as Record<
  Action,
  number
>;

type Compare = (a: RankedCandidate, b: RankedCandidate) => number;

/** Each tie-break as a comparison where the item to work first sorts first (negative). */
const TIE_BREAK_COMPARE: Readonly<Record<TieBreak, Compare>> = {
  // 先易后难: fewer days past due is easier to cure.
  easy_first: (a, b) => a.candidate.dpd - b.candidate.dpd,
  // 先好后差: good, then medium, then poor payers.
  good_first: (a, b) => GRADE_ORDER[a.candidate.grade] - GRADE_ORDER[b.candidate.grade],
  // 先小额后大额: smaller debts first.
  small_first: (a, b) => a.candidate.outstanding - b.candidate.outstanding,
  // 先近程后远程: a party within reach of the floor before one far away.
  near_first: (a, b) => Number(b.near) - Number(a.near),
  // 先重点后一般: key accounts first.
  key_first: (a, b) => Number(b.candidate.keyAccount) - Number(a.candidate.keyAccount),
};

/**
 * The queue's order: higher priority first, then the tie-breaks in the order given, then account id,
 * action (in the action list's order) and party id (none first), which makes it total.
 */
export function compareCandidates(rules: { tieBreaks: readonly TieBreak[] }): Compare {
  const breaks = rules.tieBreaks.map((t) => TIE_BREAK_COMPARE[t]);
  return (a, b) => {
    if (a.priority !== b.priority) return b.priority - a.priority;
    for (const cmp of breaks) {
      const d = cmp(a, b);
      if (d !== 0) return d;
    }
    const ca = a.candidate;
    const cb = b.candidate;
    if (ca.accountId !== cb.accountId) return ca.accountId - cb.accountId;
    if (ca.planned.action !== cb.planned.action)
      return ACTION_ORDER[ca.planned.action] - ACTION_ORDER[cb.planned.action];
    return (ca.partyId ?? -1) - (cb.partyId ?? -1);
  };
}
