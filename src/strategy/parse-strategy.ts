/**
 * A strategy's YAML text into a checked `StrategyDocument`, or what is wrong with it: a syntax error with
 * its line and column (the file could not be read as YAML), or schema problems each naming its path.
 * YAML 1.2 is used, so `on:` is a key and `09:00` a text, never a boolean or a number of minutes
 * (src/document/parse-yaml-document.ts reads every such document).
 */
import { type ParsedDocument, parseYamlDocument } from '../document/parse-yaml-document.js';
import type { StrategyDocument } from '../domain/strategy/strategy-document.js';
import { checkStrategy } from './strategy-schema.js';

export function parseStrategy(text: string): ParsedDocument<StrategyDocument> {
  return parseYamlDocument(text, checkStrategy);
}
