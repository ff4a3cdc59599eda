/**
 * A playbook's YAML text into a checked document, or what is wrong with it: a syntax error with its line
 * and column, or schema problems each naming its path. `checkPlaybookText` is the one check every path
 * into the playbook table makes, so a stored version always parses.
 */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import { AppError } from '../domain/errors.js';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import { formatPath } from '../strategy/parse-strategy.js';
import { checkPlaybook } from './playbook-schema.js';

export interface PlaybookProblem {
  path: string;
  message: string;
}

export type ParsePlaybookResult =
  | { ok: true; document: PlaybookDocument }
  | { ok: false; syntax: { message: string; line: number; column: number } | null; errors: PlaybookProblem[] };

/** How many problems an error message lists before "… and N more". */
const LISTED_PROBLEMS = 5;

export function parsePlaybook(text: string): ParsePlaybookResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, version: '1.2', uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      ok: false,
      syntax: { message: error.message.split('\n')[0] ?? error.message, line: pos.line, column: pos.col },
      errors: [],
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    // Only an alias bomb (an alias expanded too many times) gets here: refuse it as unreadable YAML.
    return { ok: false, syntax: { message: (cause as Error).message, line: 1, column: 1 }, errors: [] };
  }
  const checked = checkPlaybook(value);
  if (!checked.ok) {
    return {
      ok: false,
      syntax: null,
      errors: checked.problems.map((p) => ({ path: formatPath(p.path), message: p.message })),
    };
  }
  return { ok: true, document: checked.document };
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The document in `text`, valid; `what` names it in messages ("the playbook file", "version 3"). A YAML
 * syntax error is UNREADABLE_INPUT with its line and column; a schema problem INVALID_INPUT listing the
 * first problems by path.
 */
export function checkPlaybookText(text: string, what: string): PlaybookDocument {
  const parsed = parsePlaybook(text);
  if (parsed.ok) return parsed.document;
  if (parsed.syntax) {
    const { line, column, message } = parsed.syntax;
    throw new AppError('UNREADABLE_INPUT', `${what} is not YAML: line ${line}, column ${column}: ${message}`);
  }
  const shown = parsed.errors.slice(0, LISTED_PROBLEMS).map((e) => `${e.path || '(document)'}: ${e.message}`);
  const more = parsed.errors.length > LISTED_PROBLEMS ? `; … and ${parsed.errors.length - LISTED_PROBLEMS} more` : '';
  throw new AppError('INVALID_INPUT', `${what} is not a valid playbook: ${shown.join('; ')}${more}`);
}
