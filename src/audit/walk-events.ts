/**
 * Reads the events in id order, a page at a time, through the chain walker (src/domain/audit), hands the
 * evidence events to the evidence ledger and the activity events to the activity check, and checks the
 * head at the end.
 */
import type { Kysely } from 'kysely';
import type { AuditProblem } from '../domain/audit/audit-problems.js';
import { ChainWalker } from '../domain/audit/chain-walker.js';
import { EVENT_CHAIN } from '../domain/audit/event-chain.js';
import { EvidenceLedger } from '../domain/audit/evidence-ledger.js';
import { eventHash } from '../event/event-hash.js';
import type { Schema } from '../store/schema.js';

export interface WalkedEvents {
  events: number;
  problems: AuditProblem[];
  head: { last_id: number; last_hash: string } | null;
  ledger: EvidenceLedger;
}

export async function walkEvents(options: {
  db: Kysely<Schema>;
  pageSize: number;
  onActivity: (seq: number, payload: Readonly<Record<string, unknown>>) => void;
  onPage: (done: number) => void;
}): Promise<WalkedEvents> {
  const { db, pageSize } = options;
  const walker = new ChainWalker(eventHash);
  const ledger = new EvidenceLedger();
  for (;;) {
    const rows = await db
      .selectFrom('events')
      .select(['id', 'occurred_at', 'actor', 'kind', 'account_id', 'payload', 'prev_hash', 'hash'])
      .where('id', '>', walker.lastId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const event = { ...row, id: Number(row.id), account_id: row.account_id === null ? null : Number(row.account_id) };
      walker.take(event);
      if (event.kind === 'activity.record') options.onActivity(event.id, payloadOf(event.payload));
      else if (event.kind.startsWith('evidence.')) ledger.apply({ ...event, payload: payloadOf(event.payload) });
    }
    options.onPage(walker.count);
    if (rows.length < pageSize) break;
  }
  const headRow = await db
    .selectFrom('audit_head')
    .select(['last_id', 'last_hash'])
    .where('chain', '=', EVENT_CHAIN)
    .executeTakeFirst();
  const head = headRow ? { last_id: Number(headRow.last_id), last_hash: headRow.last_hash } : null;
  walker.checkHead(head ?? undefined);
  return { events: walker.count, problems: walker.problems, head, ledger };
}

/** A payload's fields; one that is not a JSON object (its event fails its hash anyway) has none. */
function payloadOf(text: string): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
