/**
 * The cost cap (综合成本上限): on every day d, scheduled interest and fees due on or before d plus all
 * penalty interest and late fees posted up to d never exceed
 * round_half_even(principal × cost_cap_rate × (d − opened_on) / basis).
 */
import { type DayNumber, toDay } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import { applyRates } from '../money/rate.js';
import type { AccountTerms, LedgerState } from './ledger-types.js';

export function dayBasis(terms: AccountTerms): bigint {
  return terms.dayCount === 'act365' ? 365n : 360n;
}

/** The cap on day d, or null when the account has none. */
export function costCapOn(terms: AccountTerms, day: DayNumber): Minor | null {
  if (!terms.costCapRate) return null;
  const elapsed = Math.max(0, day - toDay(terms.openedOn));
  return applyRates(
    terms.principal,
    [terms.costCapRate, { text: String(elapsed), num: BigInt(elapsed), den: 1n }],
    dayBasis(terms),
  );
}

/** What may still be charged on day d before the cap is reached (never negative); Infinity without a cap. */
export function capHeadroom(terms: AccountTerms, state: LedgerState, day: DayNumber): number {
  const cap = costCapOn(terms, day);
  if (cap === null) return Number.POSITIVE_INFINITY;
  let scheduled = 0;
  for (const inst of state.installments) {
    if (toDay(inst.dueOn) <= day) scheduled += inst.due.interest + inst.due.fee;
  }
  return Math.max(0, cap - scheduled - state.postedCosts);
}
