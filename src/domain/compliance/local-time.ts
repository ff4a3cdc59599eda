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

/** The local date and minute of day of an instant (UTC ms) in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const p = parts(ms, timeZone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, minute: p.hour * 60 + p.minute };
}

/** The zone's offset from UTC at an instant, in ms (+08:00 → 28 800 000). */
function offsetAt(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return local - (ms - (((ms % 1000) + 1000) % 1000));
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

/** `HH:MM` as minutes since midnight. */
export function minuteOfDay(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** `HH:MM` of a minute of day. */
export function hhmm(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** An instant as the gate prints it: UTC ISO with milliseconds. */
export const isoOf = (ms: number) => new Date(ms).toISOString();
