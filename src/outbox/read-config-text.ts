/**
 * Reads the text of a YAML or JSON file the outbox takes (templates, channels) the way every document is
 * read (src/document/parse-yaml-document.ts): YAML 1.2, so JSON reads too and `09:00` stays text. A
 * syntax error is UNREADABLE_INPUT with its line and column; the schema's problems are INVALID_INPUT, each
 * with its path, all listed at once.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { formatPath, readYaml } from '../document/parse-yaml-document.js';
import { schemaProblems } from '../document/schema-problems.js';
import { AppError } from '../domain/errors.js';

export function parseConfigText(text: string, source: string): unknown {
  const read = readYaml(text);
  if (read.ok) return read.value;
  const { line, column, message } = read.syntax;
  throw new AppError('UNREADABLE_INPUT', `${source}:${line}:${column}: ${message}`);
}

export async function readConfigFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new AppError('UNREADABLE_INPUT', `cannot read ${path}${code ? ` (${code})` : ''}`, { cause });
  }
}

/** Zod issues as `path: message` lines, said as every document's schema problems are. */
export function issueLines(issues: readonly z.core.$ZodIssue[]): string[] {
  return schemaProblems(issues).map((p) => `${formatPath(p.path) || '(document)'}: ${p.message}`);
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
