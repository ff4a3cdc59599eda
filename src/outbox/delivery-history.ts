/**
 * What the outbox knows about messages from earlier runs: claims whose lease ran out (their run stopped
 * before recording a result), and per message its claims (the `outbox.claim` events, which survive the
 * cycle rewriting a day's planned messages) and recorded results (its activities).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.js';
import type { PendingRow } from './outbox-run.js';

/** Claims past their lease: the run that held them stopped before recording a result. */
export async function endLapsedClaims(db: Kysely<Schema>, now: Date): Promise<number> {
  const lapsed = await db
    .updateTable('planned_messages')
    .set({
      status: 'unconfirmed',
      last_error:
        'unconfirmed: claimed by a run that stopped before recording the result; not sent again (ask the provider by the message id)',
    })
    .where('status', '=', 'sending')
    .where('next_attempt_at', '<=', now.toISOString())
    .returning('message_id')
    .execute();
  return lapsed.length;
}

export interface History {
  claims: number;
  results: number;
  delivered: boolean;
  delivery?: { recipient: string | null; sentAt: string | null; deliveryId: string | null };
}

/** Per message of the batch that was ever claimed: its claims (events) and recorded results (activities). */
export async function deliveryHistory(db: Kysely<Schema>, rows: readonly PendingRow[]): Promise<Map<string, History>> {
  const ids = new Set(rows.map((r) => r.message_id));
  const accounts = [...new Set(rows.map((r) => Number(r.account_id)))];
  const out = new Map<string, History>();
  const events = await db
    .selectFrom('events')
    .select(['payload'])
    .where('kind', '=', 'outbox.claim')
    .where('account_id', 'in', accounts)
    .execute();
  for (const e of events) {
    const id = (JSON.parse(e.payload) as { message_id?: string }).message_id;
    if (id === undefined || !ids.has(id)) continue;
    const h = out.get(id) ?? { claims: 0, results: 0, delivered: false };
    h.claims++;
    out.set(id, h);
  }
  if (out.size === 0) return out;
  const results = await db
    .selectFrom('activities')
    .select(['message_id', 'outcome', 'contact_point', 'ended_at', 'evidence'])
    .where('account_id', 'in', accounts)
    .where('source', '=', 'outbox')
    .where('message_id', 'in', [...out.keys()])
    .execute();
  for (const r of results) {
    const h = r.message_id === null ? undefined : out.get(r.message_id);
    if (!h) continue;
    h.results++;
    if (r.outcome === 'delivered') {
      h.delivered = true;
      h.delivery = { recipient: r.contact_point, sentAt: r.ended_at, deliveryId: r.evidence };
    }
  }
  return out;
}
