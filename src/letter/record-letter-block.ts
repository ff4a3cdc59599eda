/**
 * A letter the contact gate refused is recorded as a block (issue 8: blocked actions never leave the
 * system, and the block is recorded): the rules that fired with their citations and reasons, and when the
 * letter would next be allowed, with an event, in its own transaction since nothing of the letter was
 * written.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';

export async function recordLetterBlock(options: {
  db: Kysely<Schema>;
  accountKey: number;
  partyKey: number;
  /** The business day of the attempt in the portfolio's zone. */
  businessDay: IsoDate;
  decision: ContactDecision;
  actor: string;
  now: Date;
}): Promise<void> {
  const { decision, now } = options;
  const rules = decision.rules.filter((r) => r.verdict !== 'pass');
  await inTransaction(options.db, async (trx) => {
    await trx
      .insertInto('contact_blocks')
      .values({
        account_id: options.accountKey,
        party_id: options.partyKey,
        channel: 'post',
        source: 'desk',
        attempted_at: now.toISOString(),
        business_day: options.businessDay,
        rules: JSON.stringify(rules),
        next_allowed_at: decision.next_allowed_at,
        work_item_id: null,
        message_id: null,
        override_id: null,
        actor: options.actor,
        created_at: now.toISOString(),
      })
      .execute();
    await appendEvent(trx, {
      kind: 'compliance.block',
      actor: options.actor,
      now,
      accountId: options.accountKey,
      payload: {
        channel: 'post',
        source: 'desk',
        rules: rules.map((r) => r.id),
        next_allowed_at: decision.next_allowed_at,
      },
    });
  });
}
