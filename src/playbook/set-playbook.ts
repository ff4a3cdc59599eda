/**
 * `dunwell playbook set --file F --by USER`: the YAML becomes the next playbook version and is in force at
 * once (the playbook guides people; it changes no money and plans no contact, so it takes no second
 * approver). The text is stored exactly as written with its SHA-256, and a `playbook.set` event records who
 * changed it, in the same transaction.
 *
 * Refused: an invalid document (INVALID_INPUT, the problems by path; UNREADABLE_INPUT for broken YAML), an
 * a text that tells collectors to take cash or money into a personal account (INVALID_INPUT), an
 * unknown or inactive user (NOT_FOUND), a role that does not design collection work (FORBIDDEN), and a
 * text identical to the version in force (CONFLICT: storing it would change nothing).
 */
import type { Kysely } from 'kysely';
import { refuseCashWording } from '../compliance/cash-wording.js';
import { sha256Of } from '../document/sha256-of.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustBeSubmitter } from '../user/acting-user.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import type { PlaybookVersionView } from './load-playbook.js';
import { checkPlaybookText } from './parse-playbook.js';

export interface SetPlaybookOptions {
  db: Kysely<Schema>;
  /** The YAML as the manager wrote it. */
  text: string;
  /** Names the text in messages (the file's path). */
  source?: string;
  by: string;
  now: Date;
}

export async function setPlaybook(options: SetPlaybookOptions): Promise<PlaybookVersionView> {
  checkPlaybookText(options.text, options.source ?? 'the playbook');
  // The playbook guides every collector: it never tells them to collect cash (cash-wording.ts).
  refuseCashWording(options.source ?? 'the playbook', options.text);
  const sha256 = sha256Of(options.text);
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustBeSubmitter(user, 'change the playbook');
    // Compared by hash only: a stored version that no longer validates (an older format) can still be replaced.
    const latest = await trx
      .selectFrom('playbook_versions')
      .select(['version', 'sha256'])
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    const current = latest
      ? { version: Number(latest.version), sha256: latest.sha256 }
      : { version: null, sha256: sha256Of(DEFAULT_PLAYBOOK_YAML) };
    if (current.sha256 === sha256) {
      const which = current.version === null ? 'the default playbook' : `playbook version ${current.version}`;
      throw new AppError('CONFLICT', `this text is already in force as ${which}; nothing to store`);
    }
    // Two edits at once both see the same highest version; the loser of the insert takes the next number.
    for (let attempt = 0; attempt < 5; attempt++) {
      const top = await trx
        .selectFrom('playbook_versions')
        .select((eb) => eb.fn.max('version').as('top'))
        .executeTakeFirst();
      const version = Number(top?.top ?? 0) + 1;
      const createdAt = options.now.toISOString();
      const inserted = await trx
        .insertInto('playbook_versions')
        .values({ version, document: options.text, sha256, created_by: user.userId, created_at: createdAt })
        .onConflict((oc) => oc.column('version').doNothing())
        .returning('version')
        .executeTakeFirst();
      if (!inserted) continue;
      await appendEvent(trx, {
        kind: 'playbook.set',
        actor: user.userId,
        now: options.now,
        payload: { version, sha256, previous_version: current.version, previous_sha256: current.sha256 },
      });
      return { source: 'stored', version, sha256, created_by: user.userId, created_at: createdAt };
    }
    throw new AppError('CONFLICT', 'other edits kept taking the next version number; set the playbook again');
  });
}
