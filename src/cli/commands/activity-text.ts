/** One activity as one line a person reads in the terminal; the labels in English and Chinese. */
import { describeActivity } from '../../activity/activity-labels.js';
import type { ActivityView } from '../../activity/activity-view.js';

export function formatActivity(a: ActivityView): string {
  return `${a.activity_id} · ${a.occurred_on} ${a.local_time} · ${describeActivity(a)}`;
}
