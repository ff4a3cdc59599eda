/**
 * Money is an integer number of minor units (分, cents) with its currency beside it. JavaScript numbers
 * hold every integer up to 2^53 exactly (about 9 × 10^15); amounts coming in are held well below that
 * (MAX_AMOUNT_MINOR), so that balances and totals over a book stay exact integers too, and anything
 * involving a rate goes through BigInt.
 */
import { AppError } from '../errors.js';
import { minorDigits } from './currencies.js';

export type Minor = number;

// The currency list and its minor units live in currencies.ts; re-exported here where money is parsed.
export { type CurrencyCode, isCurrencyCode, minorDigits } from './currencies.js';

/**
 * The largest single amount taken in: 10^13 minor units (100,000,000,000.00 in a two-decimal currency,
 * 10,000,000,000,000 yen). It leaves a factor of 900 below 2^53 for the sums built on amounts.
 */
export const MAX_AMOUNT_MINOR = 10 ** 13;

/**
 * The largest total the scheduled instalments of one account may add up to: 10^15 minor units, a hundred
 * maximal amounts, still nine times below 2^53 for the penalty and fees the ledger adds on top.
 */
export const MAX_ACCOUNT_TOTAL_MINOR = 10 ** 15;

export function assertMinor(value: number, what = 'amount'): Minor {
  if (!Number.isSafeInteger(value)) {
    throw new AppError('INVALID_INPUT', `${what} must be a whole number of minor units, got ${value}`);
  }
  return value;
}

const MAX_AMOUNT_BIG = BigInt(MAX_AMOUNT_MINOR);

export type ParseAmountResult = { ok: true; minor: Minor } | { ok: false; reason: string };

/**
 * Parses a decimal string in major units ("1234.56") into minor units, refusing anything that would
 * need rounding: an import must never silently change an amount.
 */
export function parseAmount(text: string, currency: string, opts: { allowNegative?: boolean } = {}): ParseAmountResult {
  const digits = minorDigits(currency);
  const trimmed = text.trim();
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!match) return { ok: false, reason: `"${text}" is not a decimal amount` };
  const [, sign = '', whole = '0', fraction = ''] = match;
  if (sign === '-' && !opts.allowNegative && /[1-9]/.test(whole + fraction)) {
    return { ok: false, reason: `amount ${trimmed} is negative` };
  }
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) {
    return { ok: false, reason: `amount ${trimmed} has more than ${digits} decimal places for ${currency}` };
  }
  const minorText = whole + fraction.slice(0, digits).padEnd(digits, '0');
  const big = BigInt(minorText) * (sign === '-' ? -1n : 1n);
  if (big > MAX_AMOUNT_BIG || big < -MAX_AMOUNT_BIG) {
    return {
      ok: false,
      reason: `amount ${trimmed} is more than ${formatAmount(MAX_AMOUNT_MINOR, currency)}, the largest amount taken`,
    };
  }
  return { ok: true, minor: Number(big) };
}

/** Formats minor units as a plain decimal string in major units ("1234.56", "-0.05", "100"). */
export function formatAmount(minor: Minor, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const abs = Math.abs(minor).toString();
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  const whole = padded.slice(0, -digits);
  const fraction = padded.slice(-digits);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/**
 * Splits `total` into `parts` equal shares in whole minor units, the rounding remainder on the last share
 * (how a plan's instalments are cut: the debtor sees equal amounts, and the last one squares the total).
 */
export function splitEvenly(total: Minor, parts: number): Minor[] {
  if (!Number.isInteger(parts) || parts < 1) throw new Error(`cannot split into ${parts} parts`);
  const share = Math.trunc(total / parts);
  const shares = Array.from({ length: parts }, () => share);
  shares[parts - 1] = total - share * (parts - 1);
  return shares;
}

export function sumMinor(values: readonly Minor[]): Minor {
  let total = 0;
  for (const v of values) total += v;
  return assertMinor(total, 'sum');
}
