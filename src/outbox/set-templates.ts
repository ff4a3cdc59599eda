/**
 * `dunwell template set --file F --by USER`: stores the file's templates (the format of
 * examples/templates.yaml) as new versions. A text equal to the one in force (stored or default) is left
 * alone; any other becomes version n+1 of its template, channel and language (a default counts as
 * version 0), with who set it and when, and a `template.set` event in the same transaction. The whole file
 * is checked first and applied all or nothing.
 *
 * Who may: a manager, team lead or administrator, like those who write strategies.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustBeSubmitter } from '../user/acting-user.js';
import { loadTemplateCatalogue } from './template-catalogue.js';
import { parseTemplateFile } from './template-file.js';

export interface SetTemplatesOptions {
  db: Kysely<Schema>;
  /** The file's text, and its name for messages. */
  text: string;
  source: string;
  by: string;
  now: Date;
}

export interface SetTemplatesResult {
  changed: { template_id: string; channel: string; language: string; version: number }[];
  unchanged: number;
}

export async function setTemplates(options: SetTemplatesOptions): Promise<SetTemplatesResult> {
  const texts = parseTemplateFile(options.text, options.source);
  return inTransaction(options.db, async (trx) => {
    const user = await actingUser(trx, options.by);
    mustBeSubmitter(user, 'change message templates');
    const catalogue = await loadTemplateCatalogue(trx);
    const at = options.now.toISOString();
    const result: SetTemplatesResult = { changed: [], unchanged: 0 };
    for (const t of texts) {
      const current = catalogue.text(t.templateId, t.channel, t.language);
      if (
        current &&
        current.subject === t.subject &&
        current.body === t.body &&
        current.tier === t.tier &&
        current.tone === t.tone
      ) {
        result.unchanged++;
        continue;
      }
      const version = (current?.version ?? 0) + 1;
      const values = {
        tier: t.tier,
        tone: t.tone,
        subject: t.subject,
        body: t.body,
        version,
        updated_by: user.userId,
        updated_at: at,
      };
      // Written only over the version read: a concurrent change makes this one a conflict, not a lost update.
      const written =
        current?.source === 'stored'
          ? await trx
              .updateTable('message_templates')
              .set(values)
              .where('template_id', '=', t.templateId)
              .where('channel', '=', t.channel)
              .where('language', '=', current.language)
              .where('version', '=', current.version)
              .executeTakeFirst()
              .then((r) => Number(r.numUpdatedRows))
          : await trx
              .insertInto('message_templates')
              .values({ template_id: t.templateId, channel: t.channel, language: t.language, ...values })
              .onConflict((oc) => oc.columns(['template_id', 'channel', 'language']).doNothing())
              .returning('template_id')
              .executeTakeFirst()
              .then((r) => (r ? 1 : 0));
      if (written !== 1) {
        throw new AppError(
          'CONFLICT',
          `${t.templateId} (${t.channel}, ${t.language}) was changed by someone else meanwhile; run the command again`,
        );
      }
      await appendEvent(trx, {
        kind: 'template.set',
        actor: user.userId,
        now: options.now,
        payload: {
          template_id: t.templateId,
          channel: t.channel,
          language: t.language,
          version,
          previous_version: current?.version ?? null,
        },
      });
      result.changed.push({ template_id: t.templateId, channel: t.channel, language: t.language, version });
    }
    return result;
  });
}
