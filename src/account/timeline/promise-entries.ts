/** Each promise taken, and its verdict or cancellation when the event log does not tell it (rows from an import). */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { formatAmount } from '../../domain/money/money.js';
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, type TimelineEntry } from './timeline-entry.js';
import { label, PROMISE_LABELS, stepKey } from './timeline-labels.js';

export function promiseEntries(
  promises: TimelineRows['promises'],
  told: ReadonlySet<string>,
  dayOf: (instant: string) => IsoDate,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of promises) {
    const amount = formatAmount(Number(r.amount), r.currency);
    const paid = formatAmount(Number(r.paid), r.currency);
    entries.push(
      entry(
        r.taken_at,
        r.taken_on,
        'promise.add',
        `promise to pay 承诺还款 ${amount} ${r.currency} by ${r.due_on}${r.due_at ? ` ${r.due_at}` : ''}, taken by ${r.taken_by}${r.channel ? ` (${r.channel})` : ''}`,
        {
          promise_id: r.promise_id,
          amount,
          currency: r.currency,
          due_on: r.due_on,
          due_at: r.due_at,
          taken_by: r.taken_by,
          channel: r.channel,
          activity_id: r.activity_id,
          status: r.status,
          paid,
          decided_on: r.decided_on,
        },
      ),
    );
    if (r.status === 'pending' || told.has(stepKey('promise', r.promise_id, r.status))) continue;
    // A verdict (or a cancellation) the event log does not tell: from the row.
    const day = r.decided_on ?? dayOf(r.updated_at);
    entries.push(
      entry(
        r.decided_on === null ? r.updated_at : null,
        day,
        r.status === 'cancelled' ? 'promise.cancel' : 'promise.judge',
        `promise ${r.promise_id} ${label(PROMISE_LABELS, r.status)}: ${paid} of ${amount} ${r.currency} paid`,
        { promise_id: r.promise_id, status: r.status, paid, amount, currency: r.currency },
      ),
    );
  }
  return entries;
}
