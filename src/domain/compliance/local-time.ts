/**
 * Wall-clock time in a party's zone, with Intl (the domain uses no package): the local date and minute of
 * an instant, and the instant a local date and minute begins. Contact windows and calendar-day counts are
 * read on the party's wall clock, so a call at 23:59 and one at 00:01 fall on two days wherever UTC is.
 *
 * A local minute that a daylight-saving change skips (02:30 on a spring-forward night) begins, for the
 * gate, when the clock jumps past it; one that occurs twice (a fall-back night) begins the first time.
 */
import { addDays, type IsoDate, toDay } from '../calendar/calendar.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export interface WallClock {
  date: IsoDate;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(ms: number, timeZone: string) {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The zone's offset from UTC at an instant, in ms (+08:00 → 28 800 000), read from Intl. */
function exactOffset(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return local - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * Offsets are read from Intl once per zone and quarter hour, which is what makes the gate fast enough for
 * the daily cycle (Intl's formatting is slow). A quarter hour whose two ends have the same offset has that
 * offset throughout — no zone changes its offset twice within fifteen minutes — and one whose ends differ
 * holds a change, so its instants are read from Intl one by one: the answer is always Intl's.
 */
const QUARTER_HOUR = 15 * MS_PER_MINUTE;
const quarterOffsets = new Map<string, Map<number, number>>();
const MAX_QUARTERS = 200_000;

function quarterOffset(quarter: number, timeZone: string): number {
  let zone = quarterOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    quarterOffsets.set(timeZone, zone);
  }
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = exactOffset(quarter * QUARTER_HOUR, timeZone);
    if (zone.size >= MAX_QUARTERS) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR);
  const start = quarterOffset(quarter, timeZone);
  return start === quarterOffset(quarter + 1, timeZone) ? start : exactOffset(ms, timeZone);
}

/**
 * Wall clocks already read, per zone and UTC minute: a zone whose offset is whole minutes shows one wall
 * minute for a whole UTC minute (offsets change on minute boundaries), so the answer is kept.
 */
const minuteClocks = new Map<string, Map<number, WallClock>>();
const MAX_MINUTES = 500_000;

/** The local date and minute of day of an instant (UTC ms) in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const utcMinute = Math.floor(ms / MS_PER_MINUTE);
  let zone = minuteClocks.get(timeZone);
  if (!zone) {
    zone = new Map();
    minuteClocks.set(timeZone, zone);
  }
  const known = zone.get(utcMinute);
  if (known !== undefined) return known;
  // The wall clock shown at `ms`, to the second, read as if it were UTC.
  const offset = offsetAt(ms, timeZone);
  const local = new Date(ms - (((ms % 1000) + 1000) % 1000) + offset);
  const clock = {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
  // A whole-minute offset shows the same wall minute for the whole UTC minute, so it can be kept.
  if (offset % MS_PER_MINUTE === 0) {
    if (zone.size >= MAX_MINUTES) zone.clear();
    zone.set(utcMinute, clock);
  }
  return clock;
}

/** Sortable key of a wall-clock minute. */
const key = (w: WallClock) => `${w.date} ${pad(w.minute, 4)}`;

/**
 * The first instant (UTC ms) at which the wall clock in `timeZone` shows `date` at `minute` or later:
 * the start of that local minute, or of the first minute after a daylight-saving gap.
 */
export function localInstant(date: IsoDate, minute: number, timeZone: string): number {
  const target = `${date} ${pad(minute, 4)}`;
  const naive = toDay(date) * MS_PER_DAY + minute * MS_PER_MINUTE;
  // The offset in force is one of those around the naive instant (a zone changes offset at most once a day).
  const candidates = [
    ...new Set([naive - MS_PER_DAY, naive, naive + MS_PER_DAY].map((t) => naive - offsetAt(t, timeZone))),
  ].sort((a, b) => a - b);
  const exact = candidates.find((t) => key(wallClock(t, timeZone)) === target);
  if (exact !== undefined) return exact;
  // A gap: the first instant whose wall clock is past the target, to the second.
  let lo = candidates[0] ?? naive;
  let hi = candidates[candidates.length - 1] ?? naive;
  if (key(wallClock(lo, timeZone)) >= target) return lo;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (key(wallClock(mid, timeZone)) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant the local day after the one `ms` falls on begins. */
export function nextLocalMidnight(ms: number, timeZone: string): number {
  const { date } = wallClock(ms, timeZone);
  return localInstant(addDays(date, 1), 0, timeZone);
}

const minutesOf = new Map<string, number>();

/** `HH:MM` as minutes since midnight. */
export function minuteOfDay(hhmm: string): number {
  let minute = minutesOf.get(hhmm);
  if (minute === undefined) {
    const [h = '0', m = '0'] = hhmm.split(':');
    minute = Number(h) * 60 + Number(m);
    if (minutesOf.size < 10_000) minutesOf.set(hhmm, minute);
  }
  return minute;
}

/** `HH:MM` of a minute of day. */
export function hhmm(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** An instant as the gate prints it: UTC ISO with milliseconds. */
export const isoOf = (ms: number) => new Date(ms).toISOString();

/** An instant as the local date-time in `timeZone` with that moment's offset: `2026-12-01T10:00:00+08:00`. */
export function localDateTime(ms: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / MS_PER_MINUTE);
  const local = new Date(ms + offsetMinutes * MS_PER_MINUTE).toISOString().slice(0, 19);
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
