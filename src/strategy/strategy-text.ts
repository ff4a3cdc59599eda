/**
 * The checks every path into the strategy table makes on a YAML text: it parses, it is valid against the
 * schema (the parser's errors name the path), and it compiles. Keeping them in one place means a version
 * can only be stored, approved or loaded for the cycle if the same checks pass.
 */
import { checkedDocument } from '../document/parse-yaml-document.js';
import { compileStrategy } from '../domain/strategy/compile-strategy.js';
import type { CompiledStrategy } from '../domain/strategy/decision.js';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { checkStrategy } from './strategy-schema.js';

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
  const document = checkedDocument(text, what, 'strategy', checkStrategy);
  return { document, compiled: compileStrategy(document) };
}
