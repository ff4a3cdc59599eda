/**
 * How the desk's gate decisions print: `compliance precheck` and a blocked `activity log` alike, in the
 * language asked (--lang zh-CN|en; the rules' reasons come in that language, zh-CN by default as the
 * methodology's own).
 */
import type { DeskDecision } from '../../activity/desk-gate.js';
import { COMPLIANCE_LANGUAGES, type ComplianceLanguage } from '../../domain/compliance/compliance-codes.js';
import { usageError } from '../command.js';

export function deskLangOption(value: string | undefined): ComplianceLanguage {
  if (value === undefined) return 'zh-CN';
  const lang = COMPLIANCE_LANGUAGES.find((l) => l === value);
  if (!lang) throw usageError(`--lang takes ${COMPLIANCE_LANGUAGES.join(' or ')}, not "${value}"`);
  return lang;
}

/** The head line and the rules that blocked or warned. */
export function decisionLines(what: string, d: DeskDecision, lang: ComplianceLanguage): string[] {
  const zh = lang === 'zh-CN';
  const head = d.allowed
    ? `${what}: ${zh ? '允许' : 'allowed'}${d.override_id === null ? '' : ` (${zh ? '豁免' : 'override'} ${d.override_id})`}`
    : `${what}: ${zh ? '拦截' : 'blocked'} — ${
        d.next_allowed_at === null
          ? zh
            ? '须由有权限的人员处理'
            : 'a person must lift the block'
          : `${zh ? '最早可再联系' : 'next allowed at'} ${d.next_allowed_at}`
      }`;
  return [
    head,
    ...d.rules
      .filter((r) => r.verdict !== 'pass')
      .map((r) => `  ${r.verdict.padEnd(5)} ${r.id}  ${r.reason}  [${r.citation}]`),
  ];
}
