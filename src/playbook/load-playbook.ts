/**
 * The playbook in force: the latest version stored with `playbook set`, or the default compiled into the
 * build while none is. Every reader (show, suggest, the desk) takes it from here.
 */
import type { Kysely } from 'kysely';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import type { Schema } from '../store/schema.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { checkPlaybookText, sha256Of } from './parse-playbook.js';

/** Which playbook a reader got: a stored version, or the default (version null). */
export interface PlaybookVersionView {
  source: 'stored' | 'default';
  version: number | null;
  sha256: string;
  created_by: string | null;
  created_at: string | null;
}

export interface LoadedPlaybook {
  view: PlaybookVersionView;
  /** The YAML exactly as stored (or the default's). */
  text: string;
  document: PlaybookDocument;
}

export async function loadPlaybook(db: Kysely<Schema>): Promise<LoadedPlaybook> {
  const row = await db
    .selectFrom('playbook_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) {
    return {
      view: {
        source: 'default',
        version: null,
        sha256: sha256Of(DEFAULT_PLAYBOOK_YAML),
        created_by: null,
        created_at: null,
      },
      text: DEFAULT_PLAYBOOK_YAML,
      document: checkPlaybookText(DEFAULT_PLAYBOOK_YAML, 'the default playbook'),
    };
  }
  const version = Number(row.version);
  return {
    view: { source: 'stored', version, sha256: row.sha256, created_by: row.created_by, created_at: row.created_at },
    text: row.document,
    document: checkPlaybookText(row.document, `playbook version ${version}`),
  };
}
