/**
 * The documents people write in YAML — a strategy, the playbook, the outbox's templates and channels — are
 * read one way: YAML 1.2 (so `on:` is a key, `09:00` a text, and JSON reads too), a key given twice refused,
 * an alias expanded without end stopped. What is wrong is said so whoever edits the file can find it: a
 * syntax error with its line and column, a schema problem with its path (`segments[2].treatment[0].on.dpd`).
 */
import { LineCounter, parseDocument } from 'yaml';
import { AppError } from '../domain/errors.js';

export interface YamlSyntaxError {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

/** A problem a schema finds, at its path in the document (`[]` for the document itself). */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

/** A problem as reported: its path written out (`methods[22].when[0]`, '' for the document). */
export interface DocumentProblem {
  path: string;
  message: string;
}

export type SchemaCheck<T> = (value: unknown) => { ok: true; document: T } | { ok: false; problems: SchemaProblem[] };

export type ParsedDocument<T> =
  | { ok: true; document: T }
  | { ok: false; syntax: YamlSyntaxError | null; errors: DocumentProblem[] };

/** How many problems an error message lists before "… and N more". */
const LISTED_PROBLEMS = 5;

/** `['segments', 2, 'treatment', 0, 'on', 'dpd']` → `segments[2].treatment[0].on.dpd`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** The value a YAML (or JSON) text holds, or its first syntax error. */
export function readYaml(text: string): { ok: true; value: unknown } | { ok: false; syntax: YamlSyntaxError } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, version: '1.2', uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    return { ok: false, syntax: { message, line: pos.line, column: pos.col } };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (cause) {
    // Only an alias bomb (an alias expanded too many times) gets here: refuse it as unreadable YAML.
    return { ok: false, syntax: { message: (cause as Error).message, line: 1, column: 1 } };
  }
}

/** A YAML text read and checked by `check`: the document, or what is wrong with it. */
export function parseYamlDocument<T>(text: string, check: SchemaCheck<T>): ParsedDocument<T> {
  const read = readYaml(text);
  if (!read.ok) return { ok: false, syntax: read.syntax, errors: [] };
  const checked = check(read.value);
  if (!checked.ok) {
    return {
      ok: false,
      syntax: null,
      errors: checked.problems.map((p) => ({ path: formatPath(p.path), message: p.message })),
    };
  }
  return { ok: true, document: checked.document };
}

/** The first problems as one line: `path: reason; path: reason; … and N more`. */
export function problemsText(errors: readonly DocumentProblem[]): string {
  const shown = errors.slice(0, LISTED_PROBLEMS).map((e) => `${e.path || '(document)'}: ${e.message}`);
  const more = errors.length > LISTED_PROBLEMS ? `; … and ${errors.length - LISTED_PROBLEMS} more` : '';
  return `${shown.join('; ')}${more}`;
}

/** UNREADABLE_INPUT for a text that is not YAML: `the playbook file is not YAML: line 3, column 5: …`. */
export function notYaml(what: string, syntax: YamlSyntaxError): AppError {
  return new AppError(
    'UNREADABLE_INPUT',
    `${what} is not YAML: line ${syntax.line}, column ${syntax.column}: ${syntax.message}`,
  );
}

/**
 * The document in `text`, valid, or an AppError: a YAML syntax error is UNREADABLE_INPUT with its line and
 * column; a schema problem INVALID_INPUT listing the first problems by path. `what` names the text
 * ("the submitted strategy", "version 3"), `kind` the document ("strategy", "playbook").
 */
export function checkedDocument<T>(text: string, what: string, kind: string, check: SchemaCheck<T>): T {
  const parsed = parseYamlDocument(text, check);
  if (parsed.ok) return parsed.document;
  if (parsed.syntax) throw notYaml(what, parsed.syntax);
  throw new AppError('INVALID_INPUT', `${what} is not a valid ${kind}: ${problemsText(parsed.errors)}`);
}
