/**
 * Wall-clock times in a party's time zone, written as ISO instants with that zone's offset
 * ("2026-10-05T20:14:00+08:00", "2026-03-09T08:05:00-04:00"), the way a payment file from a bank or a
 * wallet carries them. Offsets come from Intl, so daylight saving in New York or London is right.
 */
import { type IsoDate, toDay } from '../domain/calendar/calendar.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClocks.set(timeZone, f);
  }
  return f;
}

const MS_PER_HOUR = 3_600_000;
/**
 * Offsets change at most once a day (at a daylight-saving transition, on the hour), so each zone keeps the
 * offset of each UTC day on which it did not change, and looks up the hour only on transition days.
 * Intl is slow enough that the demo's tens of thousands of payments would otherwise spend seconds here.
 */
const MIXED = Number.NaN;
const dayOffsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC, in minutes, at the instant `utcMs`. */
export function offsetMinutes(timeZone: string, utcMs: number): number {
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(utcMs / MS_PER_DAY);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = lookUpOffset(timeZone, day * MS_PER_DAY);
    const end = lookUpOffset(timeZone, day * MS_PER_DAY + 23 * MS_PER_HOUR);
    offset = start === end ? start : MIXED;
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? lookUpOffset(timeZone, Math.floor(utcMs / MS_PER_HOUR) * MS_PER_HOUR) : offset;
}

function lookUpOffset(timeZone: string, utcMs: number): number {
  const parts = wallClock(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(utcMs / MS_PER_MINUTE) * MS_PER_MINUTE) / MS_PER_MINUTE);
}

/** The calendar day (day number) of the instant `utcMs` on a wall clock in `timeZone`. */
export function dayInZone(utcMs: number, timeZone: string): number {
  return Math.floor((utcMs + offsetMinutes(timeZone, utcMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

export interface ZonedInstant {
  utcMs: number;
  offset: number;
  /** ISO 8601 with the zone's offset, seconds included. */
  text: string;
}

function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The instant at `minuteOfDay` on `date` on a wall clock in `timeZone`. Callers keep to 06:00–23:59, so
 * the hour skipped or repeated by a daylight-saving change (always at night) never arises.
 */
export function zonedInstant(date: IsoDate, minuteOfDay: number, timeZone: string): ZonedInstant {
  const wallMs = toDay(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  let offset = offsetMinutes(timeZone, wallMs);
  offset = offsetMinutes(timeZone, wallMs - offset * MS_PER_MINUTE);
  const utcMs = wallMs - offset * MS_PER_MINUTE;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return { utcMs, offset, text: `${date}T${hh}:${mm}:00${formatOffset(offset)}` };
}

/** The instant `utcMs` as a wall-clock time in `timeZone`, with that zone's offset. */
export function instantIn(utcMs: number, timeZone: string): ZonedInstant {
  const offset = offsetMinutes(timeZone, utcMs);
  const wall = new Date(utcMs + offset * MS_PER_MINUTE).toISOString().slice(0, 19);
  return { utcMs, offset, text: `${wall}${formatOffset(offset)}` };
}
