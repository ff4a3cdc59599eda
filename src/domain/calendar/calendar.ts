/**
 * Business dates are plain ISO dates ("2026-11-29") with no time zone; instants are UTC. Domain code never
 * reads the clock: the caller passes `asOf`/`now`. Internally a date is also a day number (days since
 * 1970-01-01), which makes "D minus due date" and day loops plain integer arithmetic.
 */
import { AppError } from '../errors.js';

export type IsoDate = string;
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a YYYY-MM-DD date that exists (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// The cycle converts the same few thousand due dates millions of times; parsing them once is most of its
// arithmetic budget. The memo is bounded so a long-running process cannot grow it without end.
const dayMemo = new Map<string, DayNumber>();
const DAY_MEMO_LIMIT = 200_000;

export function toDay(date: IsoDate): DayNumber {
  const known = dayMemo.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new AppError('INVALID_INPUT', `"${date}" is not a valid date (YYYY-MM-DD)`);
  const day = Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
  if (dayMemo.size >= DAY_MEMO_LIMIT) dayMemo.clear();
  dayMemo.set(date, day);
  return day;
}

const dateMemo = new Map<DayNumber, IsoDate>();

export function fromDay(day: DayNumber): IsoDate {
  const known = dateMemo.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  if (dateMemo.size >= DAY_MEMO_LIMIT) dateMemo.clear();
  dateMemo.set(day, date);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/** a − b in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(a) - toDay(b);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export type ParseInstantResult = { ok: true; iso: string } | { ok: false; reason: string };

/**
 * Parses an ISO 8601 instant that carries its offset ("2026-03-01T09:30:00+08:00" or "…Z") and returns
 * it normalised to UTC with milliseconds. An instant without an offset is ambiguous and refused.
 */
export function parseInstant(text: string): ParseInstantResult {
  const m = INSTANT.exec(text.trim());
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" is not an ISO 8601 instant with an offset (e.g. 2026-03-01T09:30:00+08:00)`,
    };
  }
  const [, date = '', hh = '', mm = '', ss = '00'] = m;
  if (!isIsoDate(date)) return { ok: false, reason: `"${text}" names a date that does not exist` };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return { ok: false, reason: `"${text}" names a time that does not exist` };
  }
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) return { ok: false, reason: `"${text}" is not a valid instant` };
  return { ok: true, iso: new Date(ms).toISOString() };
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = zoneFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * A zone name as the IANA tz database spells it: "UTC", or Area/Location ("Asia/Shanghai",
 * "America/Argentina/Buenos_Aires", "Etc/GMT-8"). Intl alone is too lenient for stored settings: it also
 * takes abbreviations ("EST", "GMT"), any letter case and, in newer engines, bare offsets ("+08:00").
 */
const IANA_ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/;

// Imports ask about the same few zones once per row.
const zoneVerdicts = new Map<string, boolean>();

/** True for an IANA time zone name that this runtime knows, in its own spelling; the one test of a zone. */
export function isTimeZone(name: string): boolean {
  const known = zoneVerdicts.get(name);
  if (known !== undefined) return known;
  let verdict = false;
  if (IANA_ZONE_NAME.test(name)) {
    try {
      // Intl matches names case-insensitively and answers with the zone's own spelling: a name that only
      // differs from that answer in case ("ASIA/SHANGHAI") is a misspelling. Links ("US/Eastern") answer
      // with their target and are real names.
      const resolved = formatterFor(name).resolvedOptions().timeZone;
      verdict = resolved === name || resolved.toLowerCase() !== name.toLowerCase();
    } catch {
      verdict = false;
    }
  }
  if (zoneVerdicts.size >= 10_000) zoneVerdicts.clear();
  zoneVerdicts.set(name, verdict);
  return verdict;
}

/** The calendar date of a UTC instant as seen on a wall clock in `timeZone` (IANA). */
export function dateInZone(instantIso: string, timeZone: string): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantIso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Every date from `from` to `to`, both included. */
export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = toDay(from); d <= toDay(to); d++) yield fromDay(d);
}
