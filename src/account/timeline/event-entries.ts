/**
 * The event log's entries: what people and the cycle decided (approvals, verdicts, holds, moves, grades).
 * Read before the rows, because they say which verdicts and steps the rows need not tell again.
 */
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { HOLD_WORDS, type HoldType } from '../../domain/compliance/compliance-codes.js';
import type { TimelineRows } from './load-timeline-rows.js';
import { entry, instantOf, isDay, payloadOf, type TimelineEntry, text } from './timeline-entry.js';
import { ARRANGEMENT_STEPS, label, PROMISE_LABELS, stepKey } from './timeline-labels.js';

/** Events that only announce a row the timeline shows from the row itself. */
const ROW_EVENTS = new Set(['activity.log', 'activity.record', 'promise.add', 'arrangement.propose']);

export interface EventEntries {
  entries: TimelineEntry[];
  /** The verdicts and steps (see stepKey) an event told. */
  told: ReadonlySet<string>;
  /** Whether a reassignment event tells the account's current assignment. */
  assignedByEvent: boolean;
}

export function eventEntries(
  rows: Pick<TimelineRows, 'events' | 'arrangements' | 'assignment'>,
  dayOf: (instant: string) => IsoDate,
): EventEntries {
  const { events, arrangements, assignment } = rows;
  const entries: TimelineEntry[] = [];
  const told = new Set<string>();
  const arrangementIds = new Map(arrangements.map((r) => [Number(r.id), r.arrangement_id]));
  let assignedByEvent = false;
  for (const e of events) {
    if (ROW_EVENTS.has(e.kind)) continue;
    const p = payloadOf(e.payload);
    // A person's decision carries the instant it was taken (--at); the cycle's the business day it is for.
    const at = instantOf(p.at) ?? (isDay(p.on) || isDay(p.as_of) ? null : e.occurred_at);
    const on = [p.decided_on, p.on, p.as_of].find(isDay) ?? dayOf(at ?? e.occurred_at);
    const details = { ...p, actor: e.actor, recorded_at: e.occurred_at };
    const step = ARRANGEMENT_STEPS[e.kind];
    if (step) {
      // The cycle names an arrangement by its key, people by its id.
      const id =
        typeof p.arrangement_id === 'number' ? (arrangementIds.get(p.arrangement_id) ?? '') : text(p.arrangement_id);
      told.add(stepKey('arrangement', id, step.status));
      const why = text(p.reason);
      const by = e.actor === 'cycle' ? '' : ` by ${e.actor}`;
      entries.push(
        entry(at, on, e.kind, `arrangement ${id} ${step.label}${by}${why ? `: ${why}` : ''}`, {
          ...details,
          arrangement_id: id,
        }),
      );
      continue;
    }
    if (e.kind === 'promise.judge' || e.kind === 'promise.cancel') {
      const id = text(p.promise_id) ?? '';
      const status = e.kind === 'promise.cancel' ? 'cancelled' : (text(p.status) ?? '');
      told.add(stepKey('promise', id, status));
      entries.push(entry(at, on, e.kind, promiseEventSummary(e.kind, e.actor, id, status, p), details));
      continue;
    }
    if (e.kind === 'account.reassign' && text(p.to) === assignment?.assigned_to && on === assignment?.assigned_on) {
      assignedByEvent = true;
    }
    entries.push(entry(at, on, e.kind, eventSummary(e.kind, e.actor, p), details));
  }
  return { entries, told, assignedByEvent };
}

/** The line for a promise's cancellation (who and why) or verdict (what was paid of what was promised). */
function promiseEventSummary(
  kind: 'promise.judge' | 'promise.cancel',
  actor: string,
  id: string,
  status: string,
  p: Record<string, unknown>,
): string {
  return kind === 'promise.cancel'
    ? `promise ${id} ${PROMISE_LABELS.cancelled} by ${text(p.by) ?? actor}${text(p.reason) ? `: ${text(p.reason)}` : ''}`
    : `promise ${id} ${label(PROMISE_LABELS, status)}: ${text(p.paid) ?? '?'} of ${text(p.amount) ?? '?'} ${text(p.currency) ?? ''} paid`.trimEnd();
}

/** The line for an event the timeline does not read from a row: holds, moves, grades, and any other kind. */
function eventSummary(kind: string, actor: string, p: Record<string, unknown>): string {
  switch (kind) {
    case 'account.hold':
      return `on ${holdWords(p.type)} hold 暂停 from ${text(p.from) ?? '?'}${text(p.to) ? ` to ${text(p.to)}` : ' until released'}: ${text(p.reason) ?? ''} (placed by ${text(p.placed_by) ?? actor})`;
    case 'account.release':
      return `hold ends 解除暂停${Array.isArray(p.types) ? ` (${p.types.map(holdWords).join(', ')})` : ''}: last held day ${text(p.last_held_day) ?? '?'} (lifted by ${text(p.lifted_by) ?? actor})`;
    case 'party.request':
      return `${text(p.party_id) ?? '?'} asked 当事人请求: ${text(p.type) ?? '?'}${text(p.channel) ? ` (${text(p.channel)})` : ''}, recorded by ${actor}`;
    case 'party.request.withdraw':
      return `${text(p.party_id) ?? '?'}'s ${text(p.type) ?? '?'} request withdrawn 请求撤回 (by ${text(p.withdrawn_by) ?? actor})`;
    case 'compliance.override':
      return `rule ${text(p.rule_id) ?? '?'} set aside 合规豁免 until ${text(p.expires_at) ?? '?'} by ${actor}: ${text(p.reason) ?? ''}`;
    case 'account.reassign':
      return `moved to another collector 调整催收员: ${text(p.from) ?? '?'} → ${text(p.to) ?? '?'}${text(p.why) ? ` (${text(p.why)})` : ''}`;
    case 'account.grade':
      return `grade 评级: ${text(p.from) ?? 'none'} → ${text(p.to) ?? '?'}`;
    case 'work_item.reassign':
      return `work item ${text(p.item_id) ?? ''} given to another 转派: ${text(p.from) ?? '?'} → ${text(p.to) ?? '?'} by ${actor}`;
    default:
      return `${kind} (${actor})`;
  }
}

/** A hold type in both languages (`dispute 异议核实`); holds placed before types were hardship holds. */
function holdWords(type: unknown): string {
  const words = HOLD_WORDS[(text(type) ?? 'hardship') as HoldType];
  return words ? `${words.en} ${words['zh-CN']}` : String(type);
}
