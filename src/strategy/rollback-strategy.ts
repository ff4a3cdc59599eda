/**
 * Rolling back to an earlier strategy: the earlier version's YAML is submitted again as a NEW pending
 * version (rollback_of names it), by the user asking. It is a change like any other, so it needs another
 * manager's approval (four eyes) before the cycle uses it; history is never rewritten.
 *
 * Only a version that was once active (now retired) can be rolled back to: a rejected version was never
 * approved, and a pending one has not run. Rolling back to the active version, or to a text already
 * active or waiting, is CONFLICT.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustBeSubmitter } from '../user/acting-user.js';
import { checkStrategyText } from './strategy-text.js';
import type { StrategyVersionView } from './strategy-version-view.js';
import { storeNewVersion } from './submit-strategy.js';

export interface RollbackStrategyOptions {
  db: Kysely<Schema>;
  /** The earlier version to return to. */
  version: number;
  by: string;
  note?: string;
  now: Date;
}

export async function rollbackStrategy(options: RollbackStrategyOptions): Promise<StrategyVersionView> {
  const { version } = options;
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustBeSubmitter(user, 'roll a strategy back');
    const row = await trx
      .selectFrom('strategy_versions')
      .select(['status', 'document'])
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no strategy version ${version}`);
    if (row.status === 'active') {
      throw new AppError('CONFLICT', `version ${version} is the active version; there is nothing to roll back to`);
    }
    if (row.status !== 'retired') {
      throw new AppError(
        'CONFLICT',
        `version ${version} is ${row.status} and was never active; only a retired version can be rolled back to`,
      );
    }
    const { document } = checkStrategyText(row.document, `version ${version}`);
    return storeNewVersion(trx, {
      text: row.document,
      name: document.name,
      by: user.userId,
      note: options.note ?? `rollback to version ${version}`,
      rollbackOf: version,
      now: options.now,
    });
  });
}
