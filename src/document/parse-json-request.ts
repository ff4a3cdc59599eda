/**
 * One JSON request read from standard input (`compliance check`, `legal limitation`): checked against
 * its zod schema and then against the rules that span fields, every problem named by its path.
 * UNREADABLE_INPUT when the text is empty or not JSON (exit 2), INVALID_INPUT listing the first few
 * problems otherwise.
 */
import type { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { formatPath, type SchemaProblem } from './parse-yaml-document.js';
import { schemaProblems } from './schema-problems.js';

/** At most this many problems are listed in the message. */
const LISTED = 5;

export interface JsonRequestShape<S extends z.ZodType> {
  schema: S;
  /** Problems the schema cannot see (a range that ends before it starts, a field another one needs). */
  crossProblems(request: z.output<S>): SchemaProblem[];
  /** The request's first keys, for the message when the text is not an object: `pack, now, attempt`. */
  keys: string;
}

export function parseJsonRequest<S extends z.ZodType>(text: string, shape: JsonRequestShape<S>): z.output<S> {
  if (text.trim() === '') throw new AppError('UNREADABLE_INPUT', 'no request: give one JSON object on standard input');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AppError('UNREADABLE_INPUT', `the request is not JSON: ${(cause as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('INVALID_INPUT', `the request is a JSON object (${shape.keys}, …)`);
  }
  const parsed = shape.schema.safeParse(value);
  const problems = parsed.success ? shape.crossProblems(parsed.data) : schemaProblems(parsed.error.issues);
  if (problems.length > 0 || !parsed.success) {
    const shown = problems.slice(0, LISTED).map((p) => `${formatPath(p.path) || '(request)'}: ${p.message}`);
    const more = problems.length > LISTED ? `; … and ${problems.length - LISTED} more` : '';
    throw new AppError('INVALID_INPUT', `the request is not valid: ${shown.join('; ')}${more}`);
  }
  return parsed.data;
}
