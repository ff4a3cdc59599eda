/**
 * The terms of an arrangement, by family, as stored (JSON in `arrangements.terms`) and read back:
 *
 * - an agreed payment (settlement, debt_for_asset, offset, insurance, third_party_shares): an amount to be
 *   paid by a day; `waive_rest` says whether what is left is waived once it is paid (always for a settlement
 *   and a debt-for-asset, by agreement for the others);
 * - a plan (plan, principal_first): the arrears in `installments` equal parts from `first_due`, every
 *   `every`; the due dates are fixed when it is proposed, so every replay of the ledger sees the same plan.
 */
import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import type { ArrangementType, PlanFrequency } from './arrangement-codes.js';

export interface PaymentTerms {
  family: 'payment';
  amount: Minor;
  pay_by: IsoDate;
  waive_rest: boolean;
  /** debt_for_asset: what is taken and at what value. */
  asset?: { description: string; valuation: Minor };
  /** offset / insurance: who pays instead of the debtor (the debtor's own debtor, the insurer). */
  counterparty?: string;
  /** third_party_shares: who pays which share. */
  payers?: { name: string; amount: Minor }[];
}

export interface PlanTerms {
  family: 'plan';
  installments: number;
  first_due: IsoDate;
  every: PlanFrequency;
  due_dates: IsoDate[];
  principal_first: boolean;
  /** What was due when it was proposed: an estimate; the plan moves what is due on its start day. */
  estimated_amount: Minor;
}

export type ArrangementTerms = PaymentTerms | PlanTerms;

export const PLAN_TYPES: readonly ArrangementType[] = ['plan', 'principal_first'];

export function familyOf(type: ArrangementType): ArrangementTerms['family'] {
  return PLAN_TYPES.includes(type) ? 'plan' : 'payment';
}

/** Adds whole months, keeping the day of the month where it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Date.UTC carries months past December into the next year; day 0 of a month is the last of the one before.
  const last = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The plan's due dates: the first, then one every week, two weeks or month (from the first, not chained). */
export function planDueDates(firstDue: IsoDate, count: number, every: PlanFrequency): IsoDate[] {
  return Array.from({ length: count }, (_, i) => {
    if (every === 'month') return addMonths(firstDue, i);
    return addDays(firstDue, i * (every === 'week' ? 7 : 14));
  });
}

export function parseTerms(json: string): ArrangementTerms {
  const t = JSON.parse(json) as ArrangementTerms;
  if (t.family !== 'payment' && t.family !== 'plan') throw new Error(`arrangement terms of unknown family: ${json}`);
  return t;
}
