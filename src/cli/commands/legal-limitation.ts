/**
 * `dunwell legal limitation`: what-if for legal staff and tests. Reads one limitation request (JSON,
 * issue 8's format) from standard input and prints when the period runs out and what restarted it, every
 * event with its effect, citation and reason (in --lang, zh-CN by default). Exit 0; 2 for a request that
 * is not JSON or not valid.
 */
import { COMPLIANCE_LANGUAGES, type ComplianceLanguage } from '../../domain/compliance/compliance-codes.js';
import { checkLimitation } from '../../legal/check-limitation.js';
import { limitationLines } from '../../legal/limitation-response.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { noPositionals, parseOptions } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** --lang zh-CN|zh|en, zh-CN when left out. */
export function limitationLang(value: string | undefined): ComplianceLanguage {
  if (value === undefined || value === 'zh') return 'zh-CN';
  const lang = COMPLIANCE_LANGUAGES.find((l) => l === value);
  if (!lang) throw usageError(`--lang takes zh-CN (or zh) or en, not "${value}"`);
  return lang;
}

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' }, lang: { type: 'string' } });
  noPositionals(positionals);
  const lang = limitationLang(values.lang);
  const response = checkLimitation({ requestText: await ctx.stdin(), lang });
  printResult(ctx, values.json, response, () => limitationLines(response));
  return EXIT.ok;
};
