/**
 * Each arrangement proposed, and the steps its row shows that no event told (approval, start, end), as
 * rows written by an import or a migration leave them.
 */
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, payloadOf, type TimelineEntry } from './timeline-entry.js';
import { ARRANGEMENT_LABELS, ARRANGEMENT_STEPS, label, stepKey } from './timeline-labels.js';

type ArrangementRow = TimelineRows['arrangements'][number];

export function arrangementEntries(
  arrangements: TimelineRows['arrangements'],
  told: ReadonlySet<string>,
): TimelineEntry[] {
  return arrangements.flatMap((r) => [proposal(r), ...untoldSteps(r, told)]);
}

/** The proposal, with its terms and answers as the person gave them. */
function proposal(r: ArrangementRow): TimelineEntry {
  const type = label(ARRANGEMENT_LABELS, r.type);
  const terms = payloadOf(r.terms);
  return entry(
    r.proposed_at,
    r.proposed_on,
    'arrangement.propose',
    `arrangement ${r.arrangement_id} proposed 提议: ${type}, by ${r.proposed_by}`,
    {
      arrangement_id: r.arrangement_id,
      type: r.type,
      status: r.status,
      terms,
      answers: r.answers === null ? null : payloadOf(r.answers),
      required_role: r.required_role,
      proposed_by: r.proposed_by,
      note: r.note,
    },
  );
}

/** Steps the row shows that no event told. */
function untoldSteps(r: ArrangementRow, told: ReadonlySet<string>): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const untold = (status: string) => !told.has(stepKey('arrangement', r.arrangement_id, status));
  const approved = ['approved', 'active', 'completed', 'breached'].includes(r.status);
  if (approved && r.decided_at !== null && r.decided_on !== null && untold('approved')) {
    entries.push(
      entry(
        r.decided_at,
        r.decided_on,
        'arrangement.approve',
        `arrangement ${r.arrangement_id} approved 已批准 by ${r.decided_by ?? '?'}`,
        {
          arrangement_id: r.arrangement_id,
          decided_by: r.decided_by,
        },
      ),
    );
  }
  const plan = r.type === 'plan' || r.type === 'principal_first';
  if (plan && r.effective_on !== null && r.status !== 'approved' && untold('active')) {
    entries.push(
      entry(null, r.effective_on, 'arrangement.started', `arrangement ${r.arrangement_id} started 已生效`, {
        arrangement_id: r.arrangement_id,
      }),
    );
  }
  const ended = ['rejected', 'cancelled', 'completed', 'breached'].includes(r.status);
  if (ended && r.closed_on !== null && untold(r.status)) {
    const kind = ({ rejected: 'reject', cancelled: 'cancel' } as Record<string, string>)[r.status] ?? r.status;
    const step = ARRANGEMENT_STEPS[`arrangement.${kind}`];
    entries.push(
      entry(null, r.closed_on, `arrangement.${kind}`, `arrangement ${r.arrangement_id} ${step?.label ?? r.status}`, {
        arrangement_id: r.arrangement_id,
        status: r.status,
        note: r.note,
      }),
    );
  }
  return entries;
}
