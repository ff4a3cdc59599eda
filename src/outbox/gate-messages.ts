/**
 * Step 1b of an outbox run (send-outbox.ts), after each message of a batch was decided and rendered
 * (decide-message.ts): the messages about to be claimed are put to the contact gate together — one
 * gateContacts call, set-based for the batch — each to its recipient, with its rendered text, at this
 * instant. The gate's decision goes through the one check every message passes (checkGate in
 * domain/outbox/check-message.ts):
 *
 * - allowed: claimed and sent as decided;
 * - blocked until later in its window: left waiting for a later run, untouched;
 * - blocked otherwise: never sent — settled `blocked` with the gate's reason, and a contact_blocks row
 *   (source `outbox`, written with the claim, recordBlocks);
 * - let through by an override: sent, and the override recorded in contact_blocks.
 *
 * Text is judged in full: a message whose words the language guard refuses is blocked like any other.
 */
import { attemptChannel, gateContacts } from '../compliance/gate-contacts.js';
import type { ContactBlockInput } from '../compliance/record-blocks.js';
import { dateInZone } from '../domain/calendar/calendar.js';
import { checkGate } from '../domain/outbox/check-message.js';
import type { Store } from '../store/open-database.js';
import type { OutboxTally } from './decide-message.js';
import type { Settle } from './outbox-run.js';

export interface GatedBatch {
  /** What to claim or settle: the blocked now settled, the waiting left out. */
  settles: Settle[];
  /** The blocks to record with the claim (blocked messages, and those an override let through). */
  blocks: ContactBlockInput[];
}

export async function gateMessages(options: {
  store: Store;
  settles: readonly Settle[];
  tally: OutboxTally;
  now: Date;
  /** The business-day zone of a message's account. */
  zoneOf: (accountId: number) => string;
}): Promise<GatedBatch> {
  const { store, settles, tally, now } = options;
  const outgoing = settles.filter((s) => s.outgoing !== undefined && s.row.party_id !== null);
  const outcomes = await gateContacts({
    db: store.db,
    store,
    now,
    attempts: outgoing.map((s) => ({
      accountId: Number(s.row.account_id),
      partyId: Number(s.row.party_id),
      channel: s.row.channel,
      contactPoint: s.outgoing?.to ?? null,
      text: [s.outgoing?.subject, s.outgoing?.body].filter((t) => t !== undefined && t !== null).join('\n'),
      staff: ['system'],
      disclosesDebt: true,
      at: now,
    })),
  });
  const judged = new Map(outgoing.map((s, i) => [s, outcomes[i]]));
  const out: GatedBatch = { settles: [], blocks: [] };
  for (const s of settles) {
    const outcome = judged.get(s);
    if (outcome === undefined) {
      out.settles.push(s);
      continue;
    }
    const accountId = Number(s.row.account_id);
    const block = (): ContactBlockInput => ({
      accountId,
      partyId: Number(s.row.party_id),
      channel: attemptChannel(s.row.channel),
      source: 'outbox',
      attemptedAt: now.toISOString(),
      businessDay: dateInZone(now.toISOString(), options.zoneOf(accountId)),
      decision: outcome.decision,
      overrideId: outcome.overrideId,
      messageId: s.row.message_id,
      actor: 'outbox',
    });
    const check = checkGate(outcome.decision, s.row.window_to);
    if (check === null) {
      if (outcome.overrideId !== null) out.blocks.push(block());
      out.settles.push(s);
      continue;
    }
    // The line was listed as about to be sent; it now says what the gate decided instead.
    if (check.verdict === 'wait') {
      tally.counts.waiting++;
      s.view.result = 'waiting';
      s.view.reason = `compliance: not before ${check.until}`;
      continue;
    }
    tally.counts.blocked++;
    s.view.result = 'blocked';
    s.view.reason = check.reason;
    out.blocks.push(block());
    const { outgoing: _sent, ...rest } = s;
    out.settles.push({ ...rest, status: 'blocked', attempts: Number(s.row.attempts), reason: check.reason });
  }
  return out;
}
