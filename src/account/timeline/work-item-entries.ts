/** The work the queue gave out for the account each day: who, what, in which window and why. */
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function workItemEntries(items: TimelineRows['items']): TimelineEntry[] {
  return items.map((i) => {
    const window = `${i.window_from.slice(11, 16)}–${i.window_to.slice(11, 16)}`;
    const partner = i.partner ? ` with ${i.partner}` : '';
    return entry(
      null,
      i.as_of,
      'work_item',
      `work item 工作任务: ${i.action} by ${i.assignee}${partner}, ${window}, rank ${i.rank} [${i.status}] — ${i.reason}`,
      {
        item_id: i.item_id,
        action: i.action,
        channel: i.channel,
        assignee: i.assignee,
        partner: i.partner,
        window_from: i.window_from,
        window_to: i.window_to,
        rank: Number(i.rank),
        tier: i.tier,
        grade: i.grade,
        segment: i.segment,
        variant: i.variant,
        status: i.status,
        reason: i.reason,
      },
    );
  });
}
