/**
 * The one-year Loan Prime Rate (贷款市场报价利率, LPR) by date, as data (examples/lpr.yaml): each value with
 * the day it was published, in force until the next one. Private lending is capped at four times the
 * one-year LPR in force when the contract was made (民间借贷规定 (2020) 第二十五条), so the cap of a contract
 * is read off this table at its opening date.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import { parseRate, type Rate } from '../money/rate.js';

/** The file as written: percentages as decimal text (`'3.85'` is 3.85 % a year). */
export interface LprDocument {
  series: 'one_year';
  citation: string;
  /** The last publication day the values were checked against; later months are not in the file yet. */
  checked_through: IsoDate;
  values: { from: IsoDate; percent: string }[];
}

export interface LprValue {
  /** The day it was published and took effect. */
  from: IsoDate;
  /** The percentage as written (`3.85`). */
  percent: string;
  /** As a decimal rate (0.0385). */
  rate: Rate;
}

export interface LprTable {
  readonly values: readonly LprValue[];
  readonly checkedThrough: IsoDate;
  readonly citation: string;
}

/** `percent` (a decimal text, e.g. "3.85") ÷ 100 as an exact rate. */
export function percentRate(percent: string): Rate {
  const parsed = parseRate(percent);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', `LPR ${percent}: ${parsed.reason}`);
  return decimalRate(parsed.rate.num, parsed.rate.den * 100n);
}

/** num/den (den a power of ten) as a rate with its decimal text. */
export function decimalRate(num: bigint, den: bigint): Rate {
  const places = den.toString().length - 1;
  if (den !== 10n ** BigInt(places)) throw new AppError('INTERNAL', `${den} is not a power of ten`);
  const digits = num.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return { text: fraction.length > 0 ? `${whole}.${fraction}` : whole, num, den };
}

export function lprTableOf(document: LprDocument): LprTable {
  const values = document.values.map((v) => ({ from: v.from, percent: v.percent, rate: percentRate(v.percent) }));
  return { values, checkedThrough: document.checked_through, citation: document.citation };
}

/** The value in force on `date` (the latest published on or before it), or null before the first. */
export function lprOn(table: LprTable, date: IsoDate): LprValue | null {
  let found: LprValue | null = null;
  for (const value of table.values) {
    if (value.from > date) break;
    found = value;
  }
  return found;
}
