/** The account's current collector, from the account row, unless a reassignment event already told it. */
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';

export function assignmentEntries(assignment: TimelineRows['assignment'], assignedByEvent: boolean): TimelineEntry[] {
  if (!assignment?.assigned_to || !assignment.assigned_on || assignedByEvent) return [];
  return [
    entry(null, assignment.assigned_on, 'account.assign', `assigned to 分配给 ${assignment.assigned_to}`, {
      assigned_to: assignment.assigned_to,
    }),
  ];
}
