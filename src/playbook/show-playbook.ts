/** `dunwell playbook show [--lang zh-CN|en]`: the playbook in force, in one language, with its version. */
import type { Kysely } from 'kysely';
import { type LocalizedPlaybook, localizePlaybook } from '../domain/playbook/localize-playbook.js';
import type { PlaybookLanguage } from '../domain/playbook/playbook-codes.js';
import type { Schema } from '../store/schema.js';
import { loadPlaybook, type PlaybookVersionView } from './load-playbook.js';

export interface PlaybookView extends PlaybookVersionView {
  playbook: LocalizedPlaybook;
}

export async function showPlaybook(options: { db: Kysely<Schema>; lang: PlaybookLanguage }): Promise<PlaybookView> {
  const loaded = await loadPlaybook(options.db);
  return { ...loaded.view, playbook: localizePlaybook(loaded.document, options.lang) };
}
