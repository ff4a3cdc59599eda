/**
 * Reads the text of a YAML or JSON file the outbox takes (templates, channels): YAML 1.2, so JSON reads
 * too and `09:00` stays text. A syntax error is UNREADABLE_INPUT with its line and column; the schema's
 * problems are INVALID_INPUT, each with its path, all listed at once.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { formatPath } from '../strategy/parse-strategy.js';

export function parseConfigText(text: string, source: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, version: '1.2', uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const pos = lineCounter.linePos(error.pos[0]);
    const message = error.message.split('\n')[0] ?? error.message;
    throw new AppError('UNREADABLE_INPUT', `${source}:${pos.line}:${pos.col}: ${message}`);
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new AppError('UNREADABLE_INPUT', `${source}: ${(cause as Error).message}`);
  }
}

export async function readConfigFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError('UNREADABLE_INPUT', `cannot read ${path}${code ? ` (${code})` : ''}`, { cause });
  }
}

/** Zod issues as `path: message` lines. */
export function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map(
    (i) =>
      `${formatPath(i.path.filter((p): p is string | number => typeof p !== 'symbol')) || '(document)'}: ${i.message}`,
  );
}

/** Refuses with every problem listed, under a heading naming the source. */
export function refuse(source: string, problems: readonly string[]): never {
  const shown = problems.slice(0, 30);
  const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
  throw new AppError(
    'INVALID_INPUT',
    `${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${shown.join('\n  ')}${more}`,
  );
}
