/**
 * The rule packs Dunwell ships, parsed and checked once: `compliancePack('cn')`. A pack's text lives in a
 * module of its own (cn-pack.ts, …), equal to examples/compliance-packs/<pack>.yaml.
 */
import { checkedDocument, type ParsedDocument, parseYamlDocument } from '../document/parse-yaml-document.js';
import type { PackId } from '../domain/compliance/compliance-codes.js';
import type { CompliancePack } from '../domain/compliance/compliance-pack.js';
import { CN_PACK_YAML } from './cn-pack.js';
import { checkCompliancePack } from './pack-schema.js';
import { UK_CONC_PACK_YAML } from './uk-conc-pack.js';
import { US_REGF_PACK_YAML } from './us-regf-pack.js';

export const PACK_TEXTS: Readonly<Record<PackId, string>> = {
  cn: CN_PACK_YAML,
  'us-regf': US_REGF_PACK_YAML,
  'uk-conc': UK_CONC_PACK_YAML,
};

/** A pack's YAML text into a checked pack, or what is wrong with it (a syntax error, problems by path). */
export function parseCompliancePack(text: string): ParsedDocument<CompliancePack> {
  return parseYamlDocument(text, checkCompliancePack);
}

const parsed = new Map<PackId, CompliancePack>();

/** The shipped pack, checked once; a broken shipped pack is a bug (INVALID_INPUT naming its problems). */
export function compliancePack(id: PackId): CompliancePack {
  let pack = parsed.get(id);
  if (!pack) {
    pack = checkedDocument(PACK_TEXTS[id], `the ${id} rule pack`, 'rule pack', checkCompliancePack);
    parsed.set(id, pack);
  }
  return pack;
}
