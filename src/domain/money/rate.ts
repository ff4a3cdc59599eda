/**
 * Rates (annual interest, penalty uplift, cost cap) are exact decimals, kept as the string the lender
 * gave and turned into a fraction of two BigInts for arithmetic. This module owns rounding: every rate
 * applied to an amount is rounded half-even ("banker's rounding") to the minor unit, once, at the end.
 */
import { AppError } from '../errors.js';
import { assertMinor, type Minor } from './money.js';

export interface Rate {
  /** The decimal as given, e.g. "0.1825". */
  readonly text: string;
  readonly num: bigint;
  readonly den: bigint;
}

export type ParseRateResult = { ok: true; rate: Rate } | { ok: false; reason: string };

const MAX_RATE_DECIMALS = 10;

export function parseRate(text: string): ParseRateResult {
  const trimmed = text.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!match) {
    return { ok: false, reason: `"${text}" is not a non-negative decimal rate (e.g. 0.18 for 18%)` };
  }
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > MAX_RATE_DECIMALS) {
    return { ok: false, reason: `rate ${trimmed} has more than ${MAX_RATE_DECIMALS} decimal places` };
  }
  const den = 10n ** BigInt(fraction.length);
  const num = BigInt(whole + fraction);
  return { ok: true, rate: { text: normaliseRateText(whole, fraction), num, den } };
}

/**
 * The highest rate taken anywhere: 10 (1,000 %) a year. Rates are decimals (0.18 for 18 %); a rate above 1
 * is usually a percentage typed as a number ("18"), so callers refuse it unless the lender says its
 * contracts go that high, and nothing goes above this even then.
 */
export const MAX_RATE = 10;

/** True when `rate` is more than `limit` (a whole number), exactly. */
export function rateAbove(rate: Rate, limit: number): boolean {
  return rate.num > BigInt(limit) * rate.den;
}

export function rateOf(text: string): Rate {
  const parsed = parseRate(text);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', parsed.reason);
  return parsed.rate;
}

function normaliseRateText(whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  return f.length > 0 ? `${w}.${f}` : w;
}

/** num/den rounded to the nearest integer, ties to even. den must be positive. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  if (den <= 0n) throw new AppError('INTERNAL', 'division by a non-positive denominator');
  const negative = num < 0n;
  const n = negative ? -num : num;
  const q = n / den;
  const r = n % den;
  const twice = r * 2n;
  let rounded = q;
  if (twice > den || (twice === den && q % 2n === 1n)) rounded = q + 1n;
  return negative ? -rounded : rounded;
}

/**
 * round_half_even(amount × factors… / divisor): the single place where a rate meets money.
 * `factors` are multiplied exactly before the one rounding step.
 */
export function applyRates(amount: Minor, factors: readonly Rate[], divisor = 1n): Minor {
  let num = BigInt(assertMinor(amount));
  let den = divisor;
  for (const f of factors) {
    num *= f.num;
    den *= f.den;
  }
  return Number(divRoundHalfEven(num, den));
}

/** 1 + rate, exactly. */
export function onePlus(rate: Rate): Rate {
  return { text: `1+${rate.text}`, num: rate.den + rate.num, den: rate.den };
}
