/**
 * The compliance filter of the daily cycle, for one range of accounts: every outbound contact the strategy
 * planned for day D — the automatic messages and the calls and visits that become queue candidates — is
 * put to the contact gate (compliance/gate-contacts.ts, set-based for the range) at the start of its
 * window, in the party's zone, on the history known when the cycle runs.
 *
 * - Allowed: planned as it was.
 * - Blocked, with a next allowed instant before its window closes: kept, its window starting then (a call
 *   planned for 07:00–09:00 in Shanghai is offered from 08:00; after six unanswered calls today nothing is
 *   offered until tomorrow). The item or message says so: a work item's reason carries the gate's words and
 *   a block row names it (written with the day's queue, build-queue.ts).
 * - Blocked otherwise (until a later day, or until a person acts): dropped — no item, no message — and
 *   recorded in contact_blocks (source `queue`) with the rules, citations, reasons and next allowed instant.
 * - Let through by an override: kept, and recorded naming the override.
 *
 * A review (no contact) is not judged. At the queue nobody has been assigned yet and no number chosen: a
 * visit is judged as made by the pair the queue assigns (visits go to pairs, assign-work.ts) and a call as
 * to any of the party's numbers (every unanswered attempt to the party counts, the safer reading).
 */
import { attemptChannel, type GateAttempt, type GateOutcome, gateContacts } from '../../compliance/gate-contacts.js';
import type { ContactBlockInput } from '../../compliance/record-blocks.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { gateChannelOf } from '../../domain/compliance/activity-contact.js';
import { localDateTime } from '../../domain/compliance/local-time.js';
import type { Candidate } from '../../domain/queue/queue-types.js';
import type { PlannedAction } from '../../domain/strategy/decision.js';
import type { Store } from '../../store/open-database.js';
import type { DecidedRange, PendingCandidate, PlannedMessageRow } from './decide-range.js';
import { plannedMessageIds } from './write-decisions.js';

/** What the gate said of an item it kept: moved later in its window, or let through by an override. */
export interface GateNote {
  outcome: GateOutcome;
  /** The window's original start, the instant judged (UTC ISO). */
  attemptedAt: string;
}

export interface GateCounts {
  judged: number;
  allowed: number;
  moved: number;
  dropped: number;
  overridden: number;
}

export interface GatedRange {
  messages: PlannedMessageRow[];
  candidates: PendingCandidate[];
  /** The dropped items and the messages moved, dropped or let through by an override. */
  blocks: ContactBlockInput[];
  counts: GateCounts;
}

/** Staff standing for the pair the queue will assign to a visit. */
const QUEUE_PAIR = ['queue:assignee', 'queue:partner'];

function attemptOf(accountId: number, partyId: number, planned: PlannedAction, from: string): GateAttempt {
  return {
    accountId,
    partyId,
    channel: planned.channel,
    contactPoint: null,
    text: null,
    staff: planned.channel === 'visit' ? QUEUE_PAIR : [],
    // A third party is contacted to find the debtor, never told of the debt.
    disclosesDebt: planned.target !== 'third_party',
    at: new Date(from),
  };
}

type Verdict = { kind: 'keep' } | { kind: 'move'; from: string } | { kind: 'drop' };

function verdictOf(outcome: GateOutcome, window: { to: string }, zone: string): Verdict {
  const { decision } = outcome;
  if (decision.allowed) return { kind: 'keep' };
  const next = decision.next_allowed_at === null ? null : Date.parse(decision.next_allowed_at);
  if (next !== null && next < Date.parse(window.to)) return { kind: 'move', from: localDateTime(next, zone) };
  return { kind: 'drop' };
}

export async function gateRange(options: {
  store: Store;
  decided: DecidedRange;
  asOf: IsoDate;
  now: Date;
}): Promise<GatedRange> {
  const { store, decided, asOf, now } = options;
  const counts: GateCounts = { judged: 0, allowed: 0, moved: 0, dropped: 0, overridden: 0 };
  const ids = plannedMessageIds(decided.messages, asOf);
  const messages = decided.messages.map((m, i) => ({ ...m, messageId: ids[i] as string }));
  const judged = decided.candidates.filter((c) => gateChannelOf(c.candidate.planned.channel) !== null);
  const attempts = [
    ...messages.map((m) => attemptOf(m.accountId, m.partyId, m.planned, m.window.from)),
    ...judged.map((c) =>
      attemptOf(c.candidate.accountId, c.candidate.partyId as number, c.candidate.planned, c.window.from),
    ),
  ];
  const outcomes = await gateContacts({ db: store.db, store, attempts, now });
  counts.judged = attempts.length;
  const out: GatedRange = { messages: [], candidates: [], blocks: [], counts };
  const block = (
    accountId: number,
    partyId: number,
    planned: PlannedAction,
    attemptedAt: string,
    outcome: GateOutcome,
    messageId: string | null,
  ) =>
    out.blocks.push({
      accountId,
      partyId,
      channel: attemptChannel(planned.channel),
      source: 'queue',
      attemptedAt,
      businessDay: asOf,
      decision: outcome.decision,
      overrideId: outcome.overrideId,
      messageId,
      actor: 'cycle',
    });
  const tally = (outcome: GateOutcome, verdict: Verdict) => {
    if (outcome.overrideId !== null) counts.overridden++;
    if (verdict.kind === 'keep') counts.allowed++;
    else if (verdict.kind === 'move') counts.moved++;
    else counts.dropped++;
  };
  messages.forEach((m, i) => {
    const outcome = outcomes[i] as GateOutcome;
    const verdict = verdictOf(outcome, m.window, m.zone);
    tally(outcome, verdict);
    const attemptedAt = (attempts[i] as GateAttempt).at.toISOString();
    if (verdict.kind !== 'keep' || outcome.overrideId !== null) {
      block(m.accountId, m.partyId, m.planned, attemptedAt, outcome, m.messageId);
    }
    if (verdict.kind === 'keep') out.messages.push(m);
    else if (verdict.kind === 'move') out.messages.push({ ...m, window: { ...m.window, from: verdict.from } });
  });
  const gated = new Map<PendingCandidate, { outcome: GateOutcome; attempt: GateAttempt }>();
  judged.forEach((c, i) => {
    const k = messages.length + i;
    gated.set(c, { outcome: outcomes[k] as GateOutcome, attempt: attempts[k] as GateAttempt });
  });
  for (const c of decided.candidates) {
    const judgement = gated.get(c);
    if (judgement === undefined) {
      out.candidates.push(c);
      continue;
    }
    const { outcome } = judgement;
    const verdict = verdictOf(outcome, c.window, c.zone);
    tally(outcome, verdict);
    const attemptedAt = judgement.attempt.at.toISOString();
    const note = { outcome, attemptedAt };
    if (verdict.kind === 'drop') {
      block(c.candidate.accountId, c.candidate.partyId as number, c.candidate.planned, attemptedAt, outcome, null);
    } else if (verdict.kind === 'move') {
      out.candidates.push({ ...c, window: { ...c.window, from: verdict.from }, gate: note });
    } else {
      out.candidates.push(outcome.overrideId === null ? c : { ...c, gate: note });
    }
  }
  return out;
}

/** The block row of a queue item the gate moved or an override let through, naming the item. */
export function queueItemBlock(c: Candidate, gate: GateNote, asOf: IsoDate, itemId: string): ContactBlockInput {
  return {
    accountId: c.accountId,
    partyId: c.partyId,
    channel: attemptChannel(c.planned.channel),
    source: 'queue',
    attemptedAt: gate.attemptedAt,
    businessDay: asOf,
    decision: gate.outcome.decision,
    overrideId: gate.outcome.overrideId,
    workItemId: itemId,
    actor: 'cycle',
  };
}

/** What an item's reason adds about the gate, in both languages: from when it is offered and why, or the override. */
export function gateWords(gate: GateNote, from: string): string {
  const { decision, overrideId } = gate.outcome;
  if (decision.allowed) return `合规豁免 ${overrideId} / compliance override ${overrideId}`;
  const rules = decision.rules.filter((r) => r.verdict === 'block').map((r) => r.id);
  return `合规：${from} 起方可联系 / compliance: not before ${from} (${rules.join(', ')})`;
}
