/**
 * Turns what a run found about an account's arrangements — the ledger's outcomes (a plan started, was
 * breached or completed; a settlement's waiver) and the verdicts outside the ledger (an agreed payment
 * reached without waiver, or breached) — into the rows and events the ledger pass writes in its
 * transaction. Statuses only move forward: a closed arrangement never reopens.
 */
import { CLOSED_ARRANGEMENT_STATUSES } from '../../domain/arrangement/arrangement-codes.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { totalOf } from '../../domain/ledger/amounts.js';
import type { ArrangementOutcome } from '../../domain/ledger/arrangement-effects.js';
import type { LedgerState } from '../../domain/ledger/ledger-types.js';
import type { AppendEventOptions } from '../../event/append-event.js';
import type { Row } from '../../store/bulk.js';
import type { AccountArrangements, StoredArrangement } from './ledger-arrangements.js';

export const ARRANGEMENT_UPDATE_COLUMNS = ['status', 'effective_on', 'closed_on', 'counted', 'updated_at'] as const;

interface Current {
  status: string;
  effectiveOn: IsoDate | null;
  closedOn: IsoDate | null;
  counted: number;
}

/** Money paid on a plan's own instalments. */
function paidOnPlan(state: LedgerState, planId: number): number {
  return state.installments.filter((i) => i.arrangementId === planId).reduce((sum, i) => sum + totalOf(i.paid), 0);
}

export function arrangementUpdates(options: {
  accountId: number;
  stored: readonly StoredArrangement[];
  found: AccountArrangements;
  outcomes: readonly ArrangementOutcome[];
  state: LedgerState;
  now: Date;
}): { rows: Row[]; events: AppendEventOptions[] } {
  const { stored, found, state, now } = options;
  const rows: Row[] = [];
  const events: AppendEventOptions[] = [];
  const all = [...options.outcomes, ...found.statusOutcomes].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const a of stored) {
    // Closed ones are loaded only so that replays repeat their ledger effects; they never change again.
    if (CLOSED_ARRANGEMENT_STATUSES.includes(a.status as never)) continue;
    const current: Current = {
      status: a.status,
      effectiveOn: a.effectiveOn,
      closedOn: a.closedOn,
      counted: a.terms.family === 'plan' ? paidOnPlan(state, a.id) : (found.counted.get(a.id) ?? 0),
    };
    const before = { ...current };
    for (const o of all) {
      if (o.arrangementId !== a.id || CLOSED_ARRANGEMENT_STATUSES.includes(current.status as never)) continue;
      if (o.kind === 'started') {
        current.status = 'active';
        current.effectiveOn = o.on;
      } else {
        current.status = o.kind;
        current.closedOn = o.on;
        // A settlement's waiver is its ledger effect: its day is the one replays must repeat.
        if (o.kind === 'completed' && a.terms.family === 'payment' && a.terms.waive_rest) current.effectiveOn = o.on;
      }
      events.push({
        kind: `arrangement.${o.kind}`,
        actor: 'cycle',
        now,
        accountId: options.accountId,
        payload: { arrangement_id: a.id, type: a.type, on: o.on },
      });
    }
    const changed =
      current.status !== before.status ||
      current.effectiveOn !== before.effectiveOn ||
      current.closedOn !== before.closedOn ||
      current.counted !== a.counted;
    if (!changed) continue;
    rows.push([current.status, current.effectiveOn, current.closedOn, current.counted, now.toISOString(), a.id]);
  }
  return { rows, events };
}
