/**
 * The rule pack a portfolio's contacts are judged by: its chosen pack (`portfolios.compliance_pack`) with
 * its tightening (`portfolios.compliance_params`, JSON keyed by rule id, '' for none) applied — stricter
 * only (domain/compliance/tighten-pack.ts), and the result checked by the pack's schema (types, ranges, a
 * window that still opens before it closes). Each pair of pack and tightening is worked out once.
 */
import { formatPath } from '../document/parse-yaml-document.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import type { CompliancePack } from '../domain/compliance/compliance-pack.js';
import { tightenPack } from '../domain/compliance/tighten-pack.js';
import { AppError } from '../domain/errors.js';
import { compliancePack } from './compliance-packs.js';
import { checkCompliancePack } from './pack-schema.js';

export function isPackId(value: string): value is PackId {
  return (PACK_IDS as readonly string[]).includes(value);
}

/** The tightening as text: '' for none, else JSON, checked and applied to the pack. */
export function tightenedPack(packId: string, params: string): CompliancePack {
  if (!isPackId(packId)) {
    throw new AppError('INVALID_INPUT', `compliance pack "${packId}" is not one of ${PACK_IDS.join(', ')}`);
  }
  const pack = compliancePack(packId);
  if (params.trim() === '') return pack;
  let value: unknown;
  try {
    value = JSON.parse(params);
  } catch (cause) {
    throw new AppError('INVALID_INPUT', `compliance params are not JSON: ${(cause as Error).message}`);
  }
  const tightened = tightenPack(pack, value);
  const checked = checkCompliancePack(tightened);
  if (!checked.ok) {
    // A problem is named by the rule's id rather than its place in the pack: rules[1].params.max → cn.daily_attempts.max.
    const named = (path: readonly (string | number)[]) => {
      const [head, index, , ...rest] = path;
      const rule = head === 'rules' && typeof index === 'number' ? tightened.rules[index] : undefined;
      return rule ? [rule.id, ...rest].join('.') : formatPath(path);
    };
    const shown = checked.problems.slice(0, 5).map((p) => `${named(p.path)}: ${p.message}`);
    throw new AppError('INVALID_INPUT', `compliance params: ${shown.join('; ')}`);
  }
  return checked.document;
}

const cache = new Map<string, CompliancePack>();

/** The portfolio's pack, cached by pack and tightening text (a bad stored tightening is an error each time). */
export function portfolioPack(packId: string, params: string): CompliancePack {
  const key = `${packId}\u0000${params}`;
  let pack = cache.get(key);
  if (!pack) {
    pack = tightenedPack(packId, params);
    if (cache.size > 100) cache.clear();
    cache.set(key, pack);
  }
  return pack;
}
