/** How the CLI prints the day's queue for people: the load per person, then the items in order. */
import { formatAmount } from '../domain/money/money.js';
import { GRADE_LABELS, type Grade, TIER_LABELS, type Tier } from '../domain/strategy/strategy-codes.js';
import type { QueueItemView } from '../queue/show-queue.js';
import type { QueueSummary } from '../queue/summarise-queue.js';
import { groupThousands as n } from './group-thousands.js';

const counts = (byKey: Readonly<Record<string, number>>) =>
  Object.entries(byKey)
    .sort(([, a], [, b]) => b - a)
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(', ') || 'none';

export function formatQueueSummary(summary: QueueSummary): string[] {
  if (summary.as_of === null) return ['No queue yet: the cycle builds one once a strategy is active.'];
  const lines = [
    `Queue for ${summary.as_of}: ${n(summary.items)} items (${counts(summary.actions)}); ` +
      `planned messages: ${counts(summary.planned_messages)}`,
    `  ${'team'.padEnd(8)} ${'person'.padEnd(22)} ${'role'.padEnd(12)} ${'items'.padStart(5)} ${'minutes'.padStart(8)} ${'capacity'.padStart(8)}`,
  ];
  for (const p of summary.people) {
    lines.push(
      `  ${(p.team_id ?? '-').padEnd(8)} ${`${p.user_id} ${p.name}`.padEnd(22)} ${p.role.padEnd(12)} ` +
        `${n(p.items).padStart(5)} ${n(p.minutes).padStart(8)} ${n(p.capacity).padStart(8)}`,
    );
  }
  return lines;
}

/** `09:00–12:00 +08:00` from a window's local date-times. */
function windowText(w: QueueItemView['window']): string {
  const time = (s: string) => s.slice(11, 16);
  return `${time(w.from)}–${time(w.to)} ${w.from.slice(19) || 'Z'}`;
}

/** `medium 中/intermediate 中级`: the grade and tier in both languages the floor works in. */
function gradeTier(item: QueueItemView): string {
  const grade = GRADE_LABELS[item.grade as Grade];
  const tier = TIER_LABELS[item.tier as Tier];
  return `${item.grade} ${grade?.zh ?? ''}/${item.tier} ${tier?.zh ?? ''}`;
}

/** Priority in major units per minute of work: `315.56/min`. */
const perMinute = (item: QueueItemView) => `${n(formatAmount(item.priority, item.currency))}/min`;

export function formatQueueItems(items: readonly QueueItemView[]): string[] {
  return items.map((i) => {
    const who = i.partner ? `${i.assignee}+${i.partner}` : i.assignee;
    return (
      `${String(i.rank).padStart(6)}  ${i.account_id.padEnd(11)} ${i.bucket.padEnd(4)} ${i.action.padEnd(18)} ` +
      `${windowText(i.window)}  ${perMinute(i).padStart(14)} ${i.currency}  ${who.padEnd(14)} ${gradeTier(i)}  ${i.reason}`
    );
  });
}
