/**
 * The entries within [from, to], in order of `on`, then `at` (day-only entries first), then as read, so
 * entries of one moment keep the order their sources gave them.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import type { TimelineEntry } from './timeline-entry.js';

export function inTimeOrder(entries: readonly TimelineEntry[], from?: IsoDate, to?: IsoDate): TimelineEntry[] {
  const order = new Map(entries.map((e, i) => [e, i]));
  return entries
    .filter((e) => (from === undefined || e.on >= from) && (to === undefined || e.on <= to))
    .sort((a, b) => {
      if (a.on !== b.on) return a.on < b.on ? -1 : 1;
      if (a.at !== b.at) return a.at === null ? -1 : b.at === null ? 1 : a.at < b.at ? -1 : 1;
      return (order.get(a) ?? 0) - (order.get(b) ?? 0);
    });
}
