/**
 * A contact window (`09:00`–`12:00` in the party's local day) as two ISO local date-times carrying the
 * zone's offset on that day: `2026-12-01T09:00:00+08:00`. A collector in another zone reads the offset and
 * knows the instant; a compliance check can compare instants. The offset is the one in force at that local
 * time, so a window on a DST day may have two offsets. A local time that does not exist (the hour skipped
 * when clocks go forward) becomes the first minute that does; a local time that happens twice (clocks go
 * back) is taken at its first occurrence, the earlier instant, so a window never starts late.
 */
import { type IsoDate, isIsoDate, isTimeZone } from '../calendar/calendar.js';
import { AppError } from '../errors.js';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;

/** True for a local time of day `HH:MM` (00:00–23:59), as windows and promises name them. */
export function isLocalTime(text: string): boolean {
  return HH_MM.test(text);
}

export interface LocalWindow {
  from: string;
  to: string;
}

/** The window of `asOf` in `timeZone` (IANA) as ISO local date-times with offsets. `to` must be after `from`. */
export function localWindow(asOf: IsoDate, timeZone: string, from: string, to: string): LocalWindow {
  const key = `${asOf}|${timeZone}|${from}|${to}`;
  const known = windowMemo.get(key);
  if (known) return known;
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `window date "${asOf}" is not a valid date (YYYY-MM-DD)`);
  if (!isTimeZone(timeZone)) throw new AppError('INVALID_INPUT', `"${timeZone}" is not an IANA time zone`);
  const fromMinute = minuteOfDay(from, 'from');
  const toMinute = minuteOfDay(to, 'to');
  if (toMinute <= fromMinute) {
    throw new AppError('INVALID_INPUT', `window ${from}–${to} ends before it starts (a window stays within one day)`);
  }
  const window = { from: localDateTime(asOf, timeZone, fromMinute), to: localDateTime(asOf, timeZone, toMinute) };
  // The queue asks for the same few windows and zones for every item of a day.
  if (windowMemo.size >= 10_000) windowMemo.clear();
  windowMemo.set(key, window);
  return window;
}

const windowMemo = new Map<string, LocalWindow>();

function minuteOfDay(text: string, which: string): number {
  const m = HH_MM.exec(text);
  if (!m) throw new AppError('INVALID_INPUT', `window ${which} "${text}" is not a time HH:MM (00:00–23:59)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The local date-time `minute` minutes into `date` in `zone`, with its offset. `wall` is that local time
 * read as if it were UTC; the instant is wall − offset, for whichever offset makes it read back as wall.
 */
function localDateTime(date: IsoDate, zone: string, minute: number): string {
  const wall = Date.parse(`${date}T00:00:00Z`) + minute * MS_PER_MINUTE;
  const found = resolve(wall, zone);
  if (found !== null) return format(wall, found);
  // Skipped by a clock change: walk forward to the first local minute that exists (gaps are an hour, in
  // rare zones half an hour or a whole day).
  for (let m = 1; m <= 48 * 60; m++) {
    const later = wall + m * MS_PER_MINUTE;
    const offset = resolve(later, zone);
    if (offset !== null) return format(later, offset);
  }
  throw new AppError('INTERNAL', `no valid local time in ${zone} within two days after ${date} ${minute} minutes`);
}

/** The offset (minutes) under which wall-clock `wall` exists in `zone`, the earlier instant if twice; null if never. */
function resolve(wall: number, zone: string): number | null {
  // The offsets in force a day either side cover both sides of any transition near this wall time.
  const candidates = new Set([
    offsetAt(wall - 86_400_000, zone),
    offsetAt(wall, zone),
    offsetAt(wall + 86_400_000, zone),
  ]);
  let best: number | null = null;
  for (const offset of candidates) {
    const instant = wall - offset * MS_PER_MINUTE;
    if (offsetAt(instant, zone) !== offset) continue;
    // A larger offset means an earlier instant for the same wall time.
    if (best === null || offset > best) best = offset;
  }
  return best;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that `zone` is at `instant` (ms). */
function offsetAt(instant: number, zone: string): number {
  let f = partFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(zone, f);
  }
  const p: Record<string, number> = {};
  // The literals (separators) land under 'literal' and are never read.
  for (const part of f.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  // Whole minutes: the instant's own seconds are not part of the offset.
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MS_PER_MINUTE);
}

function format(wall: number, offsetMinutes: number): string {
  const local = new Date(wall).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
