/** Activities (calls, visits, messages delivered) are the heart of the story; read newest first, told oldest first. */
import { describeActivity } from '../../activity/activity-labels.js';
import type { ActivityView } from '../../activity/activity-view.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function activityEntries(activities: readonly ActivityView[]): TimelineEntry[] {
  return [...activities].reverse().map((a) => {
    const { account_id: _account, ...details } = a;
    return entry(a.started_at, a.occurred_on, 'activity', describeActivity(a), details);
  });
}
