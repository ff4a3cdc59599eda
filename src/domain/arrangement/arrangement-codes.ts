/**
 * The kinds of arrangement the methodology describes and the life-cycle every one of them follows.
 *
 * - settlement (折扣法): a discount settlement — pay an agreed amount by a date, the rest is waived;
 * - plan (化整为零): the arrears split into equal instalments;
 * - principal_first (先本后息): a plan whose instalments are allocated principal first;
 * - debt_for_asset (以物抵贷): a non-cash settlement — an asset taken at a valuation;
 * - offset (债权抵顶): the debtor's own receivable from a third party set against the debt;
 * - insurance (保险理赔): insurance proceeds paid towards the debt;
 * - third_party_shares (分解法): several payers (relatives, partners) sharing the debt.
 */
export const ARRANGEMENT_TYPES = [
  'settlement',
  'plan',
  'principal_first',
  'debt_for_asset',
  'offset',
  'insurance',
  'third_party_shares',
] as const;
export type ArrangementType = (typeof ARRANGEMENT_TYPES)[number];

export const ARRANGEMENT_STATUSES = [
  'proposed',
  'approved',
  'rejected',
  'active',
  'completed',
  'breached',
  'cancelled',
] as const;
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number];

/** Statuses from which nothing moves any more. */
export const CLOSED_ARRANGEMENT_STATUSES: readonly ArrangementStatus[] = [
  'rejected',
  'completed',
  'breached',
  'cancelled',
];

/** How often plan instalments fall due. */
export const PLAN_FREQUENCIES = ['month', 'week', '2weeks'] as const;
export type PlanFrequency = (typeof PLAN_FREQUENCIES)[number];

/** The three qualifying questions answered before a concession is escalated (see the authority ladder). */
export const QUALIFYING_QUESTIONS = ['funds_now', 'pay_today', 'sole_decider'] as const;
export type QualifyingQuestion = (typeof QUALIFYING_QUESTIONS)[number];

/** Days a plan instalment may stay unpaid past its due date before the plan is breached. */
export const DEFAULT_PLAN_BREACH_DAYS = 15;
