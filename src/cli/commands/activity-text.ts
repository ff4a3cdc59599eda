/** One activity as one line a person reads in the terminal; the labels in English and Chinese. */
import { bilingual, CHANNEL_LABELS, DIRECTION_LABELS, OUTCOME_LABELS } from '../../activity/activity-labels.js';
import type { ActivityView } from '../../activity/activity-view.js';

export function formatActivity(a: ActivityView): string {
  const parts = [
    `${a.occurred_on} ${a.local_time}`,
    `${bilingual(CHANNEL_LABELS, a.channel)}, ${bilingual(DIRECTION_LABELS, a.direction)}`,
  ];
  const party = [a.party_id, a.contact_point === null ? null : `(${a.contact_point})`].filter((p) => p !== null);
  if (party.length > 0) parts.push(`with ${party.join(' ')}`);
  parts.push(bilingual(OUTCOME_LABELS, a.outcome));
  parts.push(`by ${a.staff.join(', ')}`);
  if (a.excuse !== null) parts.push(`excuse ${a.excuse}`);
  if (a.note !== null) parts.push(`“${a.note}”`);
  if (a.evidence.length > 0) parts.push(`evidence ${a.evidence.join(', ')}`);
  if (a.work_item_id !== null) parts.push(`item ${a.work_item_id}`);
  return `${a.activity_id} · ${parts.join(' · ')}`;
}
