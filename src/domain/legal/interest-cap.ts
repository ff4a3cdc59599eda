/**
 * The interest cap a rule pack sets (the `interest` part of examples/compliance-packs/<pack>.yaml), by who
 * lent: a fixed annual line (licensed lenders in China: 24 % [check]) or a multiple of the one-year LPR at
 * the contract date (private lending: 4 ×, 民间借贷规定 (2020) 第二十五条、第二十八条、第二十九条). It caps
 * interest, overdue interest, penalties and fees together, which is what the ledger's cost cap already caps
 * (domain/ledger/cost-cap.ts); so the cap is enforced by giving the account the lower of its contract's cost
 * cap and the pack's. The penalty uplift (罚息: contract rate + 30 %–50 %, 银发〔2003〕251号) is a range a
 * contract's uplift must fall in.
 */
import type { Product } from '../account/account-codes.js';
import type { IsoDate } from '../calendar/calendar.js';
import type { Bilingual } from '../compliance/compliance-codes.js';
import { AppError } from '../errors.js';
import { parseRate, type Rate } from '../money/rate.js';
import type { LenderKind } from './limitation-codes.js';
import { decimalRate, type LprTable, lprOn } from './lpr.js';

/** A fixed annual line, e.g. `'0.24'`. */
export interface FixedCap {
  rate: string;
  citation: string;
}

/** `lpr_multiple` × the one-year LPR in force on the contract date; before `lpr_from`, the rate `before`. */
export interface LprCap {
  lpr_multiple: number;
  lpr_from: IsoDate;
  before: string;
  citation: string;
}

export type InterestCapRule = FixedCap | LprCap;

export interface PenaltyUpliftRange {
  /** Decimal fractions of the contract rate: 0.3 is "+30 %". */
  min: string;
  max: string;
  lender_kinds: LenderKind[];
  citation: string;
}

export interface PackInterest {
  /** The products the caps and the uplift range apply to (a loan, not a trade invoice). */
  products: Product[];
  citation: string;
  reason: Bilingual;
  caps: Partial<Record<LenderKind, InterestCapRule>>;
  penalty_uplift: PenaltyUpliftRange | null;
}

/** What a contract is judged by: who lent, what it is, when it was made. */
export interface ContractFacts {
  lenderKind: LenderKind;
  product: string;
  openedOn: IsoDate;
}

export interface LegalCap {
  rate: Rate;
  citation: string;
  /** How it was found, in words: `24 %` or `4 × one-year LPR 3.85 % (2020-04-20)`. */
  basis: string;
}

function rateText(text: string): Rate {
  const parsed = parseRate(text);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason);
  return parsed.rate;
}

/** a < b, exactly. */
export function rateBelow(a: Rate, b: Rate): boolean {
  return a.num * b.den < b.num * a.den;
}

function percentOf(rate: Rate): string {
  return `${decimalRate(rate.num * 100n, rate.den).text} %`;
}

const covers = (interest: PackInterest, product: string) => (interest.products as readonly string[]).includes(product);

/** The pack's cap for this contract, or null when the pack sets none for it. */
export function legalCostCap(interest: PackInterest, contract: ContractFacts, lpr: LprTable): LegalCap | null {
  if (!covers(interest, contract.product)) return null;
  const rule = interest.caps[contract.lenderKind];
  if (!rule) return null;
  if ('rate' in rule) {
    const rate = rateText(rule.rate);
    return { rate, citation: rule.citation, basis: percentOf(rate) };
  }
  if (contract.openedOn < rule.lpr_from) {
    const rate = rateText(rule.before);
    return { rate, citation: rule.citation, basis: `${percentOf(rate)} (made before ${rule.lpr_from})` };
  }
  const value = lprOn(lpr, contract.openedOn);
  if (!value) {
    throw new AppError('INVALID_INPUT', `no one-year LPR is known for ${contract.openedOn}, the contract date`);
  }
  const rate = decimalRate(value.rate.num * BigInt(rule.lpr_multiple), value.rate.den);
  return {
    rate,
    citation: rule.citation,
    basis: `${rule.lpr_multiple} × one-year LPR ${value.percent} % (${value.from}) = ${percentOf(rate)}`,
  };
}

/** The lower of the contract's cost cap and the pack's; the contract's when the pack sets none. */
export function effectiveCostCap(contract: Rate | null, legal: LegalCap | null): Rate | null {
  if (legal === null) return contract;
  if (contract === null) return legal.rate;
  return rateBelow(contract, legal.rate) ? contract : legal.rate;
}

/**
 * Why a contract's penalty uplift is outside the pack's range, or null when it is inside it, is 0 (no
 * penalty interest at all, which no range forbids), or the range does not apply to this contract.
 */
export function penaltyUpliftProblem(
  interest: PackInterest,
  contract: Pick<ContractFacts, 'lenderKind' | 'product'>,
  uplift: Rate,
): string | null {
  const range = interest.penalty_uplift;
  if (!range || uplift.num === 0n || !covers(interest, contract.product)) return null;
  if (!range.lender_kinds.includes(contract.lenderKind)) return null;
  const min = rateText(range.min);
  const max = rateText(range.max);
  if (!rateBelow(uplift, min) && !rateBelow(max, uplift)) return null;
  return `is outside ${range.min}–${range.max} (+${percentOf(min)} to +${percentOf(max)} of the contract rate), the range for a ${contract.lenderKind} lender's penalty interest (${range.citation})`;
}
