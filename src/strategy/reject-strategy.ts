/**
 * Rejecting a pending strategy version: it never becomes active, and stays in the history with who
 * rejected it and why (the note).
 *
 * Who may reject: a manager other than the submitter (the four-eyes reviewer saying no), or the submitter
 * themselves withdrawing their own version before anyone approves it (any role that may submit). Anyone
 * else is FORBIDDEN: a team lead cannot block another person's version, and a manager's refusal of their
 * own version is a withdrawal, recorded as such in the event.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { STRATEGY_APPROVER_ROLE } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser } from '../user/acting-user.js';
import { readVersion, type StrategyVersionView } from './strategy-version-view.js';

export interface RejectStrategyOptions {
  db: Kysely<Schema>;
  version: number;
  by: string;
  /** Why: kept on the version, replacing the submitter's note, and in the event. */
  note?: string;
  now: Date;
}

export async function rejectStrategy(options: RejectStrategyOptions): Promise<StrategyVersionView> {
  const { version, now } = options;
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    const row = await trx
      .selectFrom('strategy_versions')
      .select(['status', 'submitted_by', 'note'])
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no strategy version ${version}`);
    if (row.status !== 'pending') {
      throw new AppError('CONFLICT', `version ${version} is ${row.status}; only a pending version can be rejected`);
    }
    const withdrawn = row.submitted_by === user.userId;
    if (!withdrawn && user.role !== STRATEGY_APPROVER_ROLE) {
      throw new AppError(
        'FORBIDDEN',
        `${user.userId} is a ${user.role}; only a ${STRATEGY_APPROVER_ROLE} or the submitter (${row.submitted_by}) may reject version ${version}`,
      );
    }
    const note = options.note ?? row.note;
    // Conditional on still pending: an approval that won a race has already made it active.
    const done = await trx
      .updateTable('strategy_versions')
      .set({ status: 'rejected', rejected_by: user.userId, rejected_at: now.toISOString(), note })
      .where('version', '=', version)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) {
      throw new AppError('CONFLICT', `version ${version} stopped being pending while it was rejected`);
    }
    await appendEvent(trx, {
      kind: 'strategy.reject',
      actor: user.userId,
      now,
      payload: { version, submitted_by: row.submitted_by, withdrawn, note: options.note ?? null },
    });
    return readVersion(trx, version);
  });
}
