/**
 * Field checks for one import row. The first problem found is kept (a row reports one reason); later
 * checks on the same row return placeholders, so callers read every field in a straight line and look at
 * `problem` once at the end. Every reason names the offending value so the reader can find it.
 */
import { isIsoDate, isTimeZone, parseInstant } from '../domain/calendar/calendar.js';
import { checkDateRange, checkInstantRange, DATE_RANGE, type DateRange } from '../domain/calendar/date-range.js';
import { isCurrencyCode, type Minor, minorDigits, parseAmount } from '../domain/money/money.js';
import { MAX_RATE, parseRate, type Rate, rateAbove } from '../domain/money/rate.js';
import type { ImportRejection } from './import-records.js';

export interface SourceRow {
  /** Record number, 1 = the first record after the header. */
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Whether rates above 1 (100 %) are allowed where a row's rates are checked, and whose rule that is. */
export interface RateCeiling {
  readonly allowAboveOne: boolean;
  /** The portfolio whose setting it is, named in the reason. */
  readonly portfolio: string;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', '']);

export class RowCheck {
  problem: ImportRejection | undefined;

  constructor(readonly source: SourceRow) {}

  get ok(): boolean {
    return this.problem === undefined;
  }

  fail(field: string, reason: string): void {
    if (!this.problem) this.problem = { row: this.source.row, field, reason };
  }

  /** The trimmed value, '' when blank or absent. */
  raw(field: string): string {
    return this.source.values[field] ?? '';
  }

  required(field: string): string {
    const value = this.raw(field);
    if (value === '') this.fail(field, `${field} is required`);
    return value;
  }

  optional(field: string): string | null {
    const value = this.raw(field);
    return value === '' ? null : value;
  }

  code<T extends string>(field: string, allowed: readonly T[], fallback?: T): T {
    const value = this.raw(field);
    if (value === '' && fallback !== undefined) return fallback;
    if (value === '') {
      this.fail(field, `${field} is required (one of ${allowed.join(', ')})`);
      return allowed[0] as T;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(field, `${field} "${value}" is not one of ${allowed.join(', ')}`);
      return allowed[0] as T;
    }
    return value as T;
  }

  optionalCode<T extends string>(field: string, allowed: readonly T[]): T | null {
    return this.raw(field) === '' ? null : this.code(field, allowed);
  }

  /** A YYYY-MM-DD date that exists, inside `range` (by default the range every date must be in). */
  date(field: string, range: DateRange = DATE_RANGE): string {
    const value = this.required(field);
    if (value === '') return value;
    if (!isKnownDate(value)) {
      this.fail(field, `${field} ${value} is not a date that exists (YYYY-MM-DD)`);
      return value;
    }
    const outside = checkDateRange(value, range);
    if (outside !== null) this.fail(field, `${field} ${value} ${outside}`);
    return value;
  }

  optionalDate(field: string, range: DateRange = DATE_RANGE): string | null {
    return this.raw(field) === '' ? null : this.date(field, range);
  }

  /** An ISO 8601 instant with an offset, inside `range` by its UTC date, returned normalised to UTC. */
  instant(field: string, range: DateRange = DATE_RANGE): string {
    const value = this.required(field);
    if (value === '') return value;
    let iso = simpleInstant(value);
    if (iso === undefined) {
      const parsed = parseInstant(value);
      if (!parsed.ok) {
        this.fail(field, `${field} ${parsed.reason}`);
        return value;
      }
      iso = parsed.iso;
    }
    const outside = checkInstantRange(iso, range);
    if (outside !== null) this.fail(field, `${field} ${value} ${outside}`);
    return iso;
  }

  currency(field: string): string {
    const value = this.required(field);
    if (value !== '' && !isCurrencyCode(value)) {
      this.fail(field, `${field} "${value}" is not an ISO 4217 currency code such as CNY or USD`);
    }
    return value;
  }

  /** An amount in major units for `currency`; blank means `fallback` when one is given. */
  amount(field: string, currency: string, fallback?: Minor): Minor {
    const value = this.raw(field);
    if (value === '' && fallback !== undefined) return fallback;
    if (value === '') {
      this.fail(field, `${field} is required`);
      return 0;
    }
    const fast = simpleAmount(value, minorDigits(currency));
    if (fast !== undefined) return fast;
    const parsed = parseAmount(value, currency);
    if (!parsed.ok) {
      // parseAmount speaks of "amount"; name the column the value came from.
      this.fail(field, parsed.reason.replace(/^amount /, `${field} `).replace(/^"/, `${field} "`));
      return 0;
    }
    return parsed.minor;
  }

  /**
   * A non-negative decimal rate, returned as normalised decimal text, at most MAX_RATE and, unless
   * `ceiling` says the portfolio allows more, at most 1 (100 %): "18" for 18 % is the usual mistake.
   */
  rate(field: string, ceiling: RateCeiling, fallback?: string): string {
    const value = this.raw(field);
    if (value === '' && fallback !== undefined) return fallback;
    if (value === '') {
      this.fail(field, `${field} is required`);
      return '0';
    }
    let rate = knownRates.get(value);
    if (rate === undefined) {
      const parsed = parseRate(value);
      if (!parsed.ok) {
        this.fail(field, `${field} ${parsed.reason}`);
        return '0';
      }
      rate = parsed.rate;
      if (knownRates.size >= 10_000) knownRates.clear();
      knownRates.set(value, rate);
    }
    if (!ceiling.allowAboveOne && rateAbove(rate, 1)) {
      this.fail(
        field,
        `${field} ${value} is above 1 (100 %): rates are decimals, 0.18 is 18 %; portfolio ${ceiling.portfolio} does not allow rates above 1 (allow_rates_above_one)`,
      );
    } else if (rateAbove(rate, MAX_RATE)) {
      this.fail(field, `${field} ${value} is above ${MAX_RATE} (1,000 %), the highest rate taken; 0.18 is 18 %`);
    }
    return rate.text;
  }

  optionalRate(field: string, ceiling: RateCeiling): string | null {
    return this.raw(field) === '' ? null : this.rate(field, ceiling);
  }

  /** A whole number ≥ `min`; blank means `fallback` when one is given. */
  integer(field: string, min: number, fallback?: number): number {
    const value = this.raw(field);
    if (value === '' && fallback !== undefined) return fallback;
    if (value === '') {
      this.fail(field, `${field} is required`);
      return min;
    }
    const n = /^[+]?\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < min) {
      const what = min > 0 ? 'a positive whole number' : 'a whole number of 0 or more';
      this.fail(field, `${field} "${value}" is not ${what}`);
      return min;
    }
    return n;
  }

  flag(field: string): 0 | 1 {
    const value = this.raw(field).toLowerCase();
    if (TRUE_WORDS.has(value)) return 1;
    if (FALSE_WORDS.has(value)) return 0;
    this.fail(field, `${field} "${this.raw(field)}" is not a yes/no value (1 or 0, true or false)`);
    return 0;
  }

  timeZone(field: string): string | null {
    const value = this.optional(field);
    if (value !== null && !isTimeZone(value)) {
      this.fail(field, `${field} "${value}" is not an IANA time zone such as Asia/Shanghai`);
    }
    return value;
  }

  /** A BCP 47 language tag, returned in its canonical form ("zh-cn" → "zh-CN"). */
  language(field: string): string | null {
    const value = this.optional(field);
    if (value === null) return null;
    const canonical = canonicalLanguage(value);
    if (canonical === null) {
      this.fail(field, `${field} "${value}" is not a BCP 47 language tag such as zh-CN or en`);
      return value;
    }
    return canonical;
  }
}

/**
 * The common case of parseAmount, without BigInt: plain digits with at most the currency's decimals and
 * at most 13 digits in all, so the result is an exact integer below the amount ceiling. Anything else (signs, too many
 * decimals, huge values, bad text) goes to parseAmount, which owns the rules and the reasons; a property
 * test checks that both agree.
 */
export function simpleAmount(text: string, digits: number): Minor | undefined {
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? '' : text.slice(dot + 1);
  // At most 13 digits in all: below MAX_AMOUNT_MINOR (10^13) by construction; anything longer is judged there.
  if (whole.length === 0 || fraction.length > digits || whole.length + digits > 13) return undefined;
  if (dot !== -1 && fraction.length === 0) return undefined;
  if (!DIGITS.test(whole) || (fraction.length > 0 && !DIGITS.test(fraction))) return undefined;
  return Number(whole) * 10 ** digits + (fraction.length > 0 ? Number(fraction) * 10 ** (digits - fraction.length) : 0);
}

const DIGITS = /^\d+$/;

/** Rates repeat even more (a handful of products): valid rate text → the rate. */
const knownRates = new Map<string, Rate>();

/** Dates repeat a lot in a file (opening dates, due dates); remember the ones already checked, with their UTC midnight. */
const knownDates = new Map<string, number>();

function dateMs(value: string): number | undefined {
  const known = knownDates.get(value);
  if (known !== undefined) return known;
  if (!isIsoDate(value)) return undefined;
  if (knownDates.size >= 20_000) knownDates.clear();
  const ms = Date.parse(`${value}T00:00:00Z`);
  knownDates.set(value, ms);
  return ms;
}

function isKnownDate(value: string): boolean {
  return dateMs(value) !== undefined;
}

const SIMPLE_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The common case of parseInstant ("2026-10-05T20:14:00+08:00", "…Z", up to milliseconds), computed
 * arithmetically; anything else goes to parseInstant, which owns the rules and the reasons. A property
 * test checks that both agree.
 */
export function simpleInstant(text: string): string | undefined {
  const m = SIMPLE_INSTANT.exec(text);
  if (!m) return undefined;
  const day = dateMs(m[1] as string);
  const [h, mi, s] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (day === undefined || h > 23 || mi > 59 || s > 59) return undefined;
  const fraction = m[5] ? Number(m[5].padEnd(3, '0')) : 0;
  let offsetMinutes = 0;
  if (m[6]) {
    const [oh, om] = [Number(m[7]), Number(m[8])];
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[6] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return new Date(day + ((h * 60 + mi) * 60 + s) * 1000 + fraction - offsetMinutes * 60_000).toISOString();
}

// A file uses a handful of tags a million times; Intl's canonicalisation is slow enough to remember.
const canonicalTags = new Map<string, string | null>();

function canonicalLanguage(tag: string): string | null {
  const known = canonicalTags.get(tag);
  if (known !== undefined) return known;
  // Intl checks the structure; the primary subtag must be an ISO 639 code (2–3 letters) to be useful.
  let canonical: string | null = null;
  if (/^[A-Za-z]{2,3}(-|$)/.test(tag)) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      canonical = null;
    }
  }
  if (canonicalTags.size > 10_000) canonicalTags.clear();
  canonicalTags.set(tag, canonical);
  return canonical;
}
