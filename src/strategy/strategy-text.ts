/**
 * The checks every path into the strategy table makes on a YAML text: it parses, it is valid against the
 * schema (the parser's errors name the path), and it compiles. Keeping them in one place means a version
 * can only be stored, approved or loaded for the cycle if the same checks pass.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import { compileStrategy } from '../domain/strategy/compile-strategy.js';
import type { CompiledStrategy } from '../domain/strategy/decision.js';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { parseStrategy, type StrategyProblem } from './parse-strategy.js';

/** How many problems an error message lists before "… and N more". */
const LISTED_PROBLEMS = 5;

export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function problemsText(errors: readonly StrategyProblem[]): string {
  const shown = errors.slice(0, LISTED_PROBLEMS).map((e) => `${e.path || '(document)'}: ${e.message}`);
  const more = errors.length > LISTED_PROBLEMS ? `; … and ${errors.length - LISTED_PROBLEMS} more` : '';
  return `${shown.join('; ')}${more}`;
}

export interface CheckedStrategy {
  document: StrategyDocument;
  compiled: CompiledStrategy;
}

/**
 * The document in `text`, valid and compiled. `what` names the text in messages ("the submitted strategy",
 * "version 3"). A YAML syntax error is UNREADABLE_INPUT with its line and column; a schema problem
 * INVALID_INPUT listing the first problems by path.
 */
export function checkStrategyText(text: string, what: string): CheckedStrategy {
  const parsed = parseStrategy(text);
  if (!parsed.ok) {
    if (parsed.syntax) {
      const { line, column, message } = parsed.syntax;
      throw new AppError('UNREADABLE_INPUT', `${what} is not YAML: line ${line}, column ${column}: ${message}`);
    }
    throw new AppError('INVALID_INPUT', `${what} is not a valid strategy: ${problemsText(parsed.errors)}`);
  }
  return { document: parsed.document, compiled: compileStrategy(parsed.document) };
}
