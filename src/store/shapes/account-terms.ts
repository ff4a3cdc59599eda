/**
 * The one column list and mapper for an account's contract terms as the ledger reads them. The same columns
 * are stored on `accounts` (the terms in force) and on `account_terms` (each with the day it took effect).
 */
import { type AccountTerms, ALLOCATION_METHODS, DAY_COUNTS } from '../../domain/ledger/ledger-types.js';
import { type Rate, rateOf } from '../../domain/money/rate.js';
import type { AccountTermsRow } from '../schema.js';
import type { TupleOf } from './tuple.js';

export const ACCOUNT_TERMS_COLUMNS = [
  'principal',
  'annual_rate',
  'penalty_uplift',
  'late_fee',
  'grace_days',
  'allocation',
  'day_count',
  'cost_cap_rate',
] as const;

export type AccountTermsTuple = TupleOf<AccountTermsRow, typeof ACCOUNT_TERMS_COLUMNS>;

// A book has a handful of distinct rates; parse each once per process, not once per account per day.
const rates = new Map<string, Rate>();
function rate(text: string): Rate {
  let r = rates.get(text);
  if (!r) {
    r = rateOf(text);
    if (rates.size > 10_000) rates.clear();
    rates.set(text, r);
  }
  return r;
}

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  if ((list as readonly string[]).includes(value)) return value as T;
  throw new Error(`stored ${what} "${value}" is not one of ${list.join(', ')}`);
}

export function termsFromTuple(openedOn: string, t: AccountTermsTuple): AccountTerms {
  const [principal, annualRate, uplift, lateFee, grace, allocation, dayCount, cap] = t;
  return {
    openedOn,
    principal: Number(principal),
    annualRate: rate(String(annualRate)),
    penaltyUplift: rate(String(uplift)),
    lateFee: Number(lateFee),
    graceDays: Number(grace),
    allocation: oneOf(ALLOCATION_METHODS, String(allocation), 'allocation'),
    dayCount: oneOf(DAY_COUNTS, String(dayCount), 'day_count'),
    costCapRate: cap === null ? null : rate(String(cap)),
  };
}
