/**
 * The LPR table Dunwell ships (lpr-data.ts, equal to examples/lpr.yaml), parsed and checked once.
 */
import { checkedDocument, type ParsedDocument, parseYamlDocument } from '../document/parse-yaml-document.js';
import { type LprDocument, type LprTable, lprTableOf } from '../domain/legal/lpr.js';
import { LPR_YAML } from './lpr-data.js';
import { checkLprDocument } from './lpr-schema.js';

export function parseLprDocument(text: string): ParsedDocument<LprDocument> {
  return parseYamlDocument(text, checkLprDocument);
}

let table: LprTable | undefined;

/** The shipped table; a broken shipped table is a bug (INVALID_INPUT naming its problems). */
export function lprTable(): LprTable {
  table ??= lprTableOf(checkedDocument(LPR_YAML, 'the LPR table', 'LPR table', checkLprDocument));
  return table;
}
