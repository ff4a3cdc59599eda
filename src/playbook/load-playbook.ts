/**
 * The playbook in force: the latest version stored with `playbook set`, or the default compiled into the
 * build while none is. Every reader (show, suggest, the desk) takes it from here.
 */
import type { Kysely } from 'kysely';
import { sha256Of } from '../document/sha256-of.js';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import type { Schema } from '../store/schema.js';
import { DEFAULT_PLAYBOOK_YAML } from './default-playbook.js';
import { checkPlaybookText } from './parse-playbook.js';

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

/**
 * Parsed documents by the SHA-256 of their text. Parsing and checking the playbook takes tens of
 * milliseconds and the text only changes when someone stores a version, so a desk asking for suggestions
 * account after account parses it once. A text is immutable, so its document is too; a few are kept.
 */
const PARSED = new Map<string, PlaybookDocument>();
const KEPT = 4;

/** Keyed by the hash of the text itself (not the stored column), so a cached document is always its text's. */
function parsedOnce(text: string, what: string): PlaybookDocument {
  const sha256 = sha256Of(text);
  const known = PARSED.get(sha256);
  if (known) return known;
  const document = checkPlaybookText(text, what);
  if (PARSED.size >= KEPT) PARSED.delete(PARSED.keys().next().value as string);
  PARSED.set(sha256, document);
  return document;
}

export async function loadPlaybook(db: Kysely<Schema>): Promise<LoadedPlaybook> {
  const row = await db
    .selectFrom('playbook_versions')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) {
    const sha256 = sha256Of(DEFAULT_PLAYBOOK_YAML);
    return {
      view: { source: 'default', version: null, sha256, created_by: null, created_at: null },
      text: DEFAULT_PLAYBOOK_YAML,
      document: parsedOnce(DEFAULT_PLAYBOOK_YAML, 'the default playbook'),
    };
  }
  const version = Number(row.version);
  return {
    view: { source: 'stored', version, sha256: row.sha256, created_by: row.created_by, created_at: row.created_at },
    text: row.document,
    document: parsedOnce(row.document, `playbook version ${version}`),
  };
}
