/**
 * `dunwell compliance check`: what-if for compliance staff and tests. Reads one contact request (JSON,
 * issue 8's format) from standard input and prints the gate's decision: allowed or not, every rule of the
 * pack with its verdict, citation and reason (in --lang, zh-CN by default), and when the same attempt
 * would next be allowed. Exit 0 whether allowed or blocked; 2 for a request that is not JSON or not valid.
 */
import { checkContact, contactResponse } from '../../compliance/check-contact.js';
import { COMPLIANCE_LANGUAGES, type ComplianceLanguage } from '../../domain/compliance/compliance-codes.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { noPositionals, parseOptions } from '../parse-options.js';
import { printResult } from '../print-result.js';

function langOption(value: string | undefined): ComplianceLanguage {
  if (value === undefined) return 'zh-CN';
  const lang = COMPLIANCE_LANGUAGES.find((l) => l === value);
  if (!lang) throw usageError(`--lang takes ${COMPLIANCE_LANGUAGES.join(' or ')}, not "${value}"`);
  return lang;
}

export const runCheck: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  noPositionals(positionals);
  const lang = langOption(values.lang);
  const response = contactResponse(checkContact({ requestText: await ctx.stdin() }), lang);
  printResult(ctx, values.json, response, () => {
    const head = response.allowed
      ? 'allowed'
      : `blocked — ${response.next_allowed_at ? `next allowed at ${response.next_allowed_at}` : 'a person must lift the block'}`;
    const width = Math.max(...response.rules.map((r) => r.id.length));
    return [
      head,
      ...response.rules.map((r) => `  ${r.verdict.padEnd(5)} ${r.id.padEnd(width)}  ${r.reason}  [${r.citation}]`),
    ];
  });
  return EXIT.ok;
};
