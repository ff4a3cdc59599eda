/**
 * The queue step: gives the day's manual candidates their chance of payment from the odds table, hands
 * them to the pure assignment (domain/queue/assign-work.ts) with the floor, and writes the day's work
 * items with each account's collector, in one transaction.
 *
 * A day's queue is built once: when work items for D exist, the step leaves them (a manager's
 * reassignments included), so rerunning D changes nothing.
 */

import { type ContactBlockInput, recordBlocks } from '../../compliance/record-blocks.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { assignWork } from '../../domain/queue/assign-work.js';
import type { Candidate } from '../../domain/queue/queue-types.js';
import { appendEvents } from '../../event/append-event.js';
import { bulkWriter } from '../../store/bulk.js';
import type { Store } from '../../store/open-database.js';
import { loadFloor } from '../../team/load-floor.js';
import { loadPaymentOdds } from '../features/recompute-payment-odds.js';
import type { ActiveStrategy, PendingCandidate } from './decide-range.js';
import { type GateNote, gateWords, queueItemBlock } from './gate-range.js';

export const WORK_ITEM_COLUMNS = [
  'item_id',
  'as_of',
  'account_id',
  'party_id',
  'action',
  'channel',
  'window_from',
  'window_to',
  'priority',
  'rank',
  'assignee',
  'partner',
  'reason',
  'segment',
  'variant',
  'tier',
  'grade',
  'customer_type',
  'template',
  'tone',
  'minutes',
  'strategy_version',
  'status',
  'created_at',
  'updated_at',
] as const;

/** A readable, sortable id: the day and the item's place in the day's queue. */
export const workItemId = (asOf: IsoDate, rank: number) =>
  `wi_${asOf.replaceAll('-', '')}_${String(rank).padStart(6, '0')}`;

export interface QueueCounts {
  candidates: number;
  items: number;
  deferred: number;
  assignees: number;
  moved: number;
  kept_existing: number;
}

export async function buildQueue(options: {
  store: Store;
  asOf: IsoDate;
  strategy: ActiveStrategy;
  pending: readonly PendingCandidate[];
  now: Date;
}): Promise<QueueCounts> {
  const { store, asOf, strategy, pending, now } = options;
  const db = store.db;
  const existing = await db
    .selectFrom('work_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('as_of', '=', asOf)
    .executeTakeFirst();
  const counts: QueueCounts = {
    candidates: pending.length,
    items: 0,
    deferred: 0,
    assignees: 0,
    moved: 0,
    kept_existing: Number(existing?.n ?? 0),
  };
  if (counts.kept_existing > 0) return counts;

  const odds = await loadPaymentOdds(db);
  const windows = new Map<Candidate, { from: string; to: string }>();
  const gates = new Map<Candidate, GateNote>();
  const candidates = pending.map((p) => {
    const candidate = { ...p.candidate, pPay: odds.get(p.oddsKey) ?? 0.5 };
    windows.set(candidate, p.window);
    if (p.gate) gates.set(candidate, p.gate);
    return candidate;
  });
  const floor = await loadFloor(db);
  const compiled = strategy.compiled;
  const result = assignWork({
    candidates,
    workers: floor.workers,
    teams: floor.teams,
    rules: {
      asOf,
      tieBreaks: compiled.tieBreaks,
      rotateAfterDays: compiled.escalation.rotateAfterDays,
      concertedCollectors: compiled.escalation.concertedCollectors,
    },
  });
  const stamp = now.toISOString();
  // An item the gate moved later in its window (or an override let through) says so, and its block names it.
  const blocks: ContactBlockInput[] = [];
  const rows = result.items.map((item) => {
    const c = item.candidate;
    const window = windows.get(c) ?? { from: '', to: '' };
    const gate = gates.get(c);
    if (gate) blocks.push(queueItemBlock(c, gate, asOf, workItemId(asOf, item.rank)));
    const reason = gate ? `${item.reason} · ${gateWords(gate, window.from)}` : item.reason;
    return [
      workItemId(asOf, item.rank),
      asOf,
      c.accountId,
      c.partyId,
      c.planned.action,
      c.planned.channel,
      window.from,
      window.to,
      item.priority,
      item.rank,
      item.assignee,
      item.partner,
      reason,
      c.segment,
      c.variant,
      c.tier,
      c.grade,
      c.customerType,
      c.planned.template,
      c.planned.tone,
      c.planned.minutes,
      strategy.version,
      'open',
      stamp,
      stamp,
    ];
  });
  const moves = result.assignments.map((a) => [a.assignee, a.assignedOn, a.accountId]);
  // Why an account moved is said in the reason of its item for the new collector (rotation, or the old one
  // no longer qualifying or no longer on the floor).
  const reasonOf = new Map<string, string>();
  for (const item of result.items) reasonOf.set(`${item.candidate.accountId}|${item.assignee}`, item.reason);
  await db.transaction().execute(async (trx) => {
    const bulk = bulkWriter(store, trx);
    await bulk.insert('work_items', WORK_ITEM_COLUMNS, rows);
    await recordBlocks(store, trx, blocks, now);
    await bulk.update('accounts', ['assigned_to', 'assigned_on'], ['id'], moves);
    // The first assignment of an account is part of the day's queue; a move from one collector to another
    // is a decision someone may ask about, so it is recorded.
    await appendEvents(
      store,
      trx,
      result.assignments
        .filter((a) => a.from !== null)
        .map((a) => ({
          kind: 'account.reassign',
          actor: 'cycle',
          now,
          accountId: a.accountId,
          payload: {
            as_of: asOf,
            from: a.from,
            to: a.assignee,
            why: reasonOf.get(`${a.accountId}|${a.assignee}`) ?? null,
          },
        })),
    );
  });
  counts.items = rows.length;
  counts.deferred = result.deferred.length;
  counts.assignees = new Set(result.items.map((i) => i.assignee)).size;
  counts.moved = result.assignments.filter((a) => a.from !== null).length;
  return counts;
}
