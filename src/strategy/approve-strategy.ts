/**
 * Approving a pending strategy version (four eyes, 四眼原则): a manager other than the submitter checks it
 * and activates it. In one transaction the version becomes `active` and the version active until now
 * becomes `retired`, so the cycle always finds exactly one active version (or none before the first).
 *
 * Racing approvals: the transaction first writes to every pending and active row (a no-op update), which
 * takes their row locks on PostgreSQL — a second approval waits there until the first commits, then reads
 * what the first left (its version no longer pending, or a new active version to retire). SQLite
 * transactions start IMMEDIATE and so run one after the other anyway. Before committing, the transaction
 * checks that exactly one version is active and refuses (rolls back) otherwise.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { STRATEGY_APPROVER_ROLE } from '../domain/team/team-codes.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { checkStrategyText } from './strategy-text.js';
import { readVersion, type StrategyVersionView } from './strategy-version-view.js';

export interface ApproveStrategyOptions {
  db: Kysely<Schema>;
  version: number;
  /** The approving manager; never the submitter. */
  by: string;
  now: Date;
}

export async function approveStrategy(options: ApproveStrategyOptions): Promise<StrategyVersionView> {
  const { version, now } = options;
  return inTransaction(options.db, async (trx) => {
    await lockOpenVersions(trx);
    const user = await actingUser(trx, options.by);
    const row = await trx
      .selectFrom('strategy_versions')
      .select(['status', 'submitted_by', 'document'])
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no strategy version ${version}`);
    if (row.status !== 'pending') {
      throw new AppError('CONFLICT', `version ${version} is ${row.status}; only a pending version can be approved`);
    }
    if (row.submitted_by === user.userId) {
      throw new AppError(
        'FORBIDDEN',
        `four eyes: ${user.userId} submitted version ${version} and cannot approve it; another manager must`,
      );
    }
    mustHaveRole(user, [STRATEGY_APPROVER_ROLE], 'approve a strategy');
    // The schema or compiler may have tightened since submission: what becomes active must still compile.
    checkStrategyText(row.document, `version ${version}`);

    const at = now.toISOString();
    const retired = await trx
      .updateTable('strategy_versions')
      .set({ status: 'retired', retired_at: at })
      .where('status', '=', 'active')
      .returning('version')
      .execute();
    const activated = await trx
      .updateTable('strategy_versions')
      .set({ status: 'active', approved_by: user.userId, approved_at: at })
      .where('version', '=', version)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(activated.numUpdatedRows) !== 1) {
      throw new AppError('CONFLICT', `version ${version} stopped being pending while it was approved; try again`);
    }
    const active = await trx.selectFrom('strategy_versions').select('version').where('status', '=', 'active').execute();
    if (active.length !== 1) {
      throw new AppError(
        'CONFLICT',
        `approving version ${version} would leave versions ${active.map((a) => a.version).join(', ')} active; try again`,
      );
    }
    for (const r of retired) {
      await appendEvent(trx, {
        kind: 'strategy.retire',
        actor: user.userId,
        now,
        payload: { version: Number(r.version), replaced_by: version },
      });
    }
    await appendEvent(trx, {
      kind: 'strategy.approve',
      actor: user.userId,
      now,
      payload: { version, submitted_by: row.submitted_by, retired: retired.map((r) => Number(r.version)) },
    });
    return readVersion(trx, version);
  });
}

/**
 * Row locks on every version an approval could change, taken first and in one statement, so two
 * approvals serialise instead of each activating a version unseen by the other.
 */
async function lockOpenVersions(trx: Kysely<Schema>): Promise<void> {
  await trx
    .updateTable('strategy_versions')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('status', 'in', ['pending', 'active'])
    .execute();
}
