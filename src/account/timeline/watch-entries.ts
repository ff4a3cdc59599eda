/** Watch events (a death, a lawsuit, a move) are day-only news about the parties, shown on the day they happened. */
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function watchEntries(watch: TimelineRows['watch']): TimelineEntry[] {
  return watch.map((w) =>
    entry(
      null,
      w.occurred_on,
      'watch',
      `watch 动态: ${w.type}${w.details ? ` — ${w.details}` : ''}${w.source ? ` (${w.source})` : ''}`,
      {
        event_id: w.event_id,
        type: w.type,
        details: w.details,
        source: w.source,
      },
    ),
  );
}
