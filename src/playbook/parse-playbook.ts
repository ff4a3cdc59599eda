/**
 * A playbook's YAML text into a checked document, or what is wrong with it: a syntax error with its line
 * and column, or schema problems each naming its path (src/document/parse-yaml-document.ts reads every
 * such document). `checkPlaybookText` is the one check every path into the playbook table makes, so a
 * stored version always parses.
 */
import { checkedDocument, type ParsedDocument, parseYamlDocument } from '../document/parse-yaml-document.js';
import type { PlaybookDocument } from '../domain/playbook/playbook-document.js';
import { checkPlaybook } from './playbook-schema.js';

export function parsePlaybook(text: string): ParsedDocument<PlaybookDocument> {
  return parseYamlDocument(text, checkPlaybook);
}

/**
 * The document in `text`, valid; `what` names it in messages ("the playbook file", "version 3"). A YAML
 * syntax error is UNREADABLE_INPUT with its line and column; a schema problem INVALID_INPUT listing the
 * first problems by path.
 */
export function checkPlaybookText(text: string, what: string): PlaybookDocument {
  return checkedDocument(text, what, 'playbook', checkPlaybook);
}
