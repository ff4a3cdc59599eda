/**
 * A strategy's YAML text into a checked `StrategyDocument`, or what is wrong with it: a syntax error with
 * its line and column (the file could not be read as YAML), or schema problems each naming its path.
 * YAML 1.2 is used, so `on:` is a key and `09:00` a text, never a boolean or a number of minutes.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { checkStrategy } from './strategy-schema.js';

export interface StrategyProblem {
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; document: StrategyDocument; errors: [] }
  | { ok: false; syntax: { message: string; line: number; column: number } | null; errors: StrategyProblem[] };

/** `['segments', 2, 'treatment', 0, 'on', 'dpd']` → `segments[2].treatment[0].on.dpd`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function parseStrategy(text: string): ParseResult {
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
  const checked = checkStrategy(value);
  if (!checked.ok) {
    return {
      ok: false,
      syntax: null,
      errors: checked.problems.map((p) => ({ path: formatPath(p.path), message: p.message })),
    };
  }
  return { ok: true, document: checked.document, errors: [] };
}
