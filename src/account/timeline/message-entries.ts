/**
 * The automatic messages the cycle planned, and their sending when the outbox recorded no activity for
 * it (a delivery the outbox recorded as an activity is told by that activity).
 */
import type { ActivityView } from '../../activity/activity-view.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { maskActivityContactPoint } from '../../privacy/contact-values.js';
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function messageEntries(
  messages: TimelineRows['messages'],
  activities: readonly ActivityView[],
  dayOf: (instant: string) => IsoDate,
): TimelineEntry[] {
  const delivered = new Set(activities.flatMap((a) => (a.message_id === null ? [] : [a.message_id])));
  const entries: TimelineEntry[] = [];
  for (const m of messages) {
    // Personal data: the recipient is shown masked (src/privacy).
    const recipient = maskActivityContactPoint(m.channel, m.recipient);
    const what = `${m.channel}${m.template ? ` ${m.template}` : ''}${m.tone ? ` (${m.tone})` : ''}`;
    const details = {
      message_id: m.message_id,
      channel: m.channel,
      template: m.template,
      tone: m.tone,
      status: m.status,
      window_from: m.window_from,
      window_to: m.window_to,
    };
    entries.push(entry(null, m.as_of, 'message.planned', `message planned 计划发送: ${what} [${m.status}]`, details));
    if (m.sent_at !== null && !delivered.has(m.message_id)) {
      entries.push(
        entry(
          m.sent_at,
          dayOf(m.sent_at),
          'message.sent',
          `message sent 已发送: ${what}${recipient ? ` to ${recipient}` : ''}`,
          {
            ...details,
            recipient,
            delivery_id: m.delivery_id,
          },
        ),
      );
    }
  }
  return entries;
}
