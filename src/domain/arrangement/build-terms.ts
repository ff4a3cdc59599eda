/**
 * Turns what a collector proposes into an arrangement's stored terms and the concession the authority
 * ladder measures, refusing what does not make sense for the type (naming the field and the reason).
 * Pure: the use case gives it the account's balances as the last cycle left them.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import type { Minor } from '../money/money.js';
import { type ArrangementType, PLAN_FREQUENCIES, type PlanFrequency } from './arrangement-codes.js';
import { type ArrangementTerms, familyOf, planDueDates } from './arrangement-terms.js';
import type { Concession } from './authority-ladder.js';

export interface ProposalInput {
  type: ArrangementType;
  /** The business day it is proposed on. */
  proposedOn: IsoDate;
  /** Everything the account owes, and the part past due. */
  outstanding: Minor;
  pastDue: Minor;
  amount?: Minor;
  payBy?: IsoDate;
  installments?: number;
  firstDue?: IsoDate;
  every?: PlanFrequency;
  /** Offset, insurance, third-party shares: whether what is left is waived once the amount is paid. */
  waiveRest?: boolean;
  asset?: { description: string; valuation: Minor };
  counterparty?: string;
  payers?: { name: string; amount: Minor }[];
}

/** The longest a plan may run, whatever the ladder says: five years of monthly instalments. */
export const MAX_PLAN_INSTALLMENTS = 60;

const invalid = (field: string, reason: string) => new AppError('INVALID_INPUT', `${field}: ${reason}`);

/** The discount a waiver of the rest gives, in basis points of the outstanding, rounded up (never understated). */
export function discountBp(outstanding: Minor, amount: Minor): number {
  if (outstanding <= 0) return 0;
  return Math.ceil((Math.max(0, outstanding - amount) * 10000) / outstanding);
}

export function buildTerms(input: ProposalInput): { terms: ArrangementTerms; concession: Concession } {
  if (input.outstanding <= 0) throw invalid('account', 'owes nothing; there is nothing to arrange');
  return familyOf(input.type) === 'plan' ? planTerms(input) : paymentTerms(input);
}

function planTerms(input: ProposalInput): { terms: ArrangementTerms; concession: Concession } {
  const n = input.installments;
  if (n === undefined) throw invalid('installments', 'a plan needs the number of instalments');
  if (!Number.isInteger(n) || n < 2 || n > MAX_PLAN_INSTALLMENTS) {
    throw invalid('installments', `${n} is not a whole number from 2 to ${MAX_PLAN_INSTALLMENTS}`);
  }
  if (!input.firstDue) throw invalid('first-due', 'a plan needs the first instalment’s due date');
  if (input.firstDue <= input.proposedOn) {
    throw invalid('first-due', `${input.firstDue} must be after the day it is proposed (${input.proposedOn})`);
  }
  const every = input.every ?? 'month';
  if (!PLAN_FREQUENCIES.includes(every))
    throw invalid('every', `"${every}" is not one of ${PLAN_FREQUENCIES.join(', ')}`);
  if (input.pastDue <= 0) throw invalid('account', 'nothing is past due; a plan spreads arrears');
  return {
    terms: {
      family: 'plan',
      installments: n,
      first_due: input.firstDue,
      every,
      due_dates: planDueDates(input.firstDue, n, every),
      principal_first: input.type === 'principal_first',
      estimated_amount: input.pastDue,
    },
    concession: { discountBp: 0, planInstallments: n },
  };
}

function paymentTerms(input: ProposalInput): { terms: ArrangementTerms; concession: Concession } {
  const { type } = input;
  const asset = type === 'debt_for_asset' ? checkedAsset(input) : undefined;
  // A debt-for-asset settlement is for the asset's valuation (--valuation).
  const amount = asset ? asset.valuation : input.amount;
  const field = asset ? 'valuation' : 'amount';
  if (amount === undefined) throw invalid('amount', 'is required');
  if (!Number.isSafeInteger(amount) || amount <= 0) throw invalid(field, 'must be more than zero');
  if (amount > input.outstanding) throw invalid(field, 'is more than the account owes');
  if (!input.payBy) throw invalid('pay-by', 'the day the amount must be paid by is required');
  if (input.payBy < input.proposedOn) {
    throw invalid('pay-by', `${input.payBy} is before the day it is proposed (${input.proposedOn})`);
  }
  const counterparty = input.counterparty?.trim();
  if ((type === 'offset' || type === 'insurance') && !counterparty) {
    throw invalid('counterparty', type === 'offset' ? 'name the debtor’s own debtor who pays' : 'name the insurer');
  }
  const payers = type === 'third_party_shares' ? checkedShares(input.payers, amount) : undefined;
  const waiveRest = type === 'settlement' || type === 'debt_for_asset' ? true : input.waiveRest === true;
  return {
    terms: {
      family: 'payment',
      amount,
      pay_by: input.payBy,
      waive_rest: waiveRest,
      ...(asset ? { asset } : {}),
      ...(counterparty ? { counterparty } : {}),
      ...(payers ? { payers } : {}),
    },
    concession: { discountBp: waiveRest ? discountBp(input.outstanding, amount) : 0, planInstallments: 0 },
  };
}

/** A debt-for-asset settlement names the asset taken and is for its valuation. */
function checkedAsset(input: ProposalInput): { description: string; valuation: Minor } {
  const { asset } = input;
  if (!asset || asset.description.trim() === '') {
    throw invalid('asset', 'a debt-for-asset settlement names the asset taken');
  }
  if (input.amount !== undefined && input.amount !== asset.valuation) {
    throw invalid('amount', 'a debt-for-asset settlement is for the asset’s valuation; leave --amount out');
  }
  return asset;
}

/** Third-party shares: at least two payers whose shares add up to the amount. */
function checkedShares(payers: ProposalInput['payers'], amount: Minor): { name: string; amount: Minor }[] {
  if (!payers || payers.length < 2) throw invalid('payers', 'shares need at least two payers (name=amount,…)');
  const sum = payers.reduce((s, p) => s + p.amount, 0);
  if (sum !== amount) throw invalid('payers', `the shares add up to ${sum}, not the amount ${amount} (minor units)`);
  return payers;
}
