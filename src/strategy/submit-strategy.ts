/**
 * Submitting a strategy: the YAML becomes the next version, `pending` until another manager approves it
 * (approve-strategy.ts). Nothing the cycle does changes on submission. The text is stored exactly as
 * written, with its SHA-256, so what was approved is provably what runs.
 *
 * Refused: an unknown or inactive user (NOT_FOUND), a role that does not design strategies (FORBIDDEN),
 * an invalid document (INVALID_INPUT with the problems' paths), and a text identical to the active
 * version or to one already waiting (CONFLICT): approving it would change nothing, or approve twice.
 */
import type { Kysely } from 'kysely';
import { sha256Of } from '../document/sha256-of.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustBeSubmitter } from '../user/acting-user.js';
import { checkStrategyText } from './strategy-text.js';
import { readVersion, type StrategyVersionView } from './strategy-version-view.js';

export interface SubmitStrategyOptions {
  db: Kysely<Schema>;
  /** The YAML as the manager wrote it. */
  text: string;
  /** The submitting user (a manager, team lead or admin). */
  by: string;
  note?: string;
  now: Date;
}

export async function submitStrategy(options: SubmitStrategyOptions): Promise<StrategyVersionView> {
  const { document } = checkStrategyText(options.text, 'the submitted strategy');
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustBeSubmitter(user, 'submit a strategy');
    return storeNewVersion(trx, {
      text: options.text,
      name: document.name,
      by: user.userId,
      note: options.note ?? null,
      rollbackOf: null,
      now: options.now,
    });
  });
}

/** Also used by rollback, which submits an earlier version's text again. */
export async function storeNewVersion(
  trx: Kysely<Schema>,
  v: { text: string; name: string; by: string; note: string | null; rollbackOf: number | null; now: Date },
): Promise<StrategyVersionView> {
  const sha256 = sha256Of(v.text);
  const same = await trx
    .selectFrom('strategy_versions')
    .select(['version', 'status'])
    .where('sha256', '=', sha256)
    .where('status', 'in', ['active', 'pending'])
    .orderBy('version')
    .executeTakeFirst();
  if (same) {
    throw new AppError('CONFLICT', `this strategy text is already ${same.status} as version ${same.version}`);
  }
  // Two submissions at once both see the same highest version; the loser of the insert takes the next
  // number instead of failing (ON CONFLICT DO NOTHING waits for the winner, then yields nothing).
  for (let attempt = 0; attempt < 5; attempt++) {
    const top = await trx
      .selectFrom('strategy_versions')
      .select((eb) => eb.fn.max('version').as('top'))
      .executeTakeFirst();
    const version = Number(top?.top ?? 0) + 1;
    const inserted = await trx
      .insertInto('strategy_versions')
      .values({
        version,
        name: v.name,
        document: v.text,
        sha256,
        status: 'pending',
        rollback_of: v.rollbackOf,
        submitted_by: v.by,
        submitted_at: v.now.toISOString(),
        note: v.note,
      })
      .onConflict((oc) => oc.column('version').doNothing())
      .returning('version')
      .executeTakeFirst();
    if (!inserted) continue;
    await appendEvent(trx, {
      kind: 'strategy.submit',
      actor: v.by,
      now: v.now,
      payload: { version, name: v.name, sha256, rollback_of: v.rollbackOf, note: v.note },
    });
    return readVersion(trx, version);
  }
  throw new AppError('CONFLICT', 'other submissions kept taking the next version number; submit again');
}
