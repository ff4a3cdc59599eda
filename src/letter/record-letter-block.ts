/**
 * A letter the contact gate refused, or let through only by an override, is recorded (issue 8: blocked
 * actions never leave the system, and the block is recorded) through recordBlocks, the one writer of
 * contact_blocks, with an event. A refusal is written in its own transaction, since nothing of the letter
 * was; a letter an override let through is recorded in the letter's own.
 */
import type { Kysely } from 'kysely';
import { recordBlocks } from '../compliance/record-blocks.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { ContactDecision } from '../domain/compliance/contact-request.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';

export async function recordLetterBlock(options: {
  store: Store;
  /** The letter's transaction, or the store's database for a refusal. */
  db: Kysely<Schema>;
  accountKey: number;
  partyKey: number;
  /** The business day of the attempt in the portfolio's zone. */
  businessDay: IsoDate;
  decision: ContactDecision;
  overrideId: string | null;
  actor: string;
  now: Date;
}): Promise<void> {
  const { decision, now } = options;
  await inTransaction(options.db, async (trx) => {
    await recordBlocks(
      options.store,
      trx,
      [
        {
          accountId: options.accountKey,
          partyId: options.partyKey,
          channel: 'letter',
          source: 'desk',
          attemptedAt: now.toISOString(),
          businessDay: options.businessDay,
          decision,
          overrideId: options.overrideId,
          actor: options.actor,
        },
      ],
      now,
    );
    await appendEvent(trx, {
      kind: decision.allowed ? 'compliance.override_used' : 'compliance.block',
      actor: options.actor,
      now,
      accountId: options.accountKey,
      payload: {
        channel: 'letter',
        source: 'desk',
        rules: decision.rules.filter((r) => r.verdict !== 'pass').map((r) => r.id),
        override_id: options.overrideId,
        next_allowed_at: decision.next_allowed_at,
      },
    });
  });
}
