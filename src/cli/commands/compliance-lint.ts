/**
 * `dunwell compliance lint`: the language guard on a text from standard input — insults, threats,
 * intimidation, posing as a court, police or government body, false legal threats, disclosure of the debt
 * to a third party, undue pressure. Prints `{"ok", "findings": [{"text", "category", "reason"}]}` with
 * --json, else one line per finding. Exit 0 whether the text passes or not; 2 for a usage error.
 */
import { lintText, textLanguage } from '../../compliance/lint-text.js';
import { CATEGORY_LABELS, type ReasonLanguage } from '../../domain/compliance/lexicon.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { noPositionals, parseOptions } from '../parse-options.js';
import { printResult } from '../print-result.js';

const LANGS: ReadonlyMap<string, ReasonLanguage> = new Map([
  ['zh', 'zh-CN'],
  ['zh-CN', 'zh-CN'],
  ['en', 'en'],
]);

/** The reasons' language: --lang zh|en (zh-CN also), else the text's own. */
function langOption(value: string | undefined): ReasonLanguage | undefined {
  if (value === undefined) return undefined;
  const lang = LANGS.get(value);
  if (lang === undefined) throw usageError(`--lang takes zh or en, not "${value}"`);
  return lang;
}

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    lang: { type: 'string' },
    'to-third-party': { type: 'boolean' },
    'time-barred': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const language = langOption(values.lang);
  const text = await ctx.stdin();
  if (text.trim() === '') throw usageError('give the text to check on standard input');
  const result = lintText({
    text,
    language,
    toThirdParty: values['to-third-party'],
    timeBarred: values['time-barred'],
  });
  printResult(ctx, values.json, result, () => {
    const lang = language ?? textLanguage(text);
    if (result.ok) return lang === 'en' ? 'ok: nothing found' : '通过：未发现问题';
    return result.findings.map((f) => `${CATEGORY_LABELS[f.category][lang]}: “${f.text}” — ${f.reason}`);
  });
  return EXIT.ok;
};
