/**
 * The five things an instalment can owe, and arithmetic over them. Every balance in the ledger is one of
 * these per instalment; the account's balances are their sums.
 */
import type { Minor } from '../money/money.js';

export const COMPONENTS = ['principal', 'interest', 'fee', 'penalty', 'late_fee'] as const;
export type Component = (typeof COMPONENTS)[number];
export type Amounts = Record<Component, Minor>;

export function zeroAmounts(): Amounts {
  return { principal: 0, interest: 0, fee: 0, penalty: 0, late_fee: 0 };
}

export function totalOf(a: Amounts): Minor {
  return a.principal + a.interest + a.fee + a.penalty + a.late_fee;
}

export function addInto(target: Amounts, add: Amounts): Amounts {
  for (const c of COMPONENTS) target[c] += add[c];
  return target;
}

export function minus(a: Amounts, b: Amounts): Amounts {
  const out = zeroAmounts();
  for (const c of COMPONENTS) out[c] = a[c] - b[c];
  return out;
}
