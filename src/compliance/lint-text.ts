/**
 * `compliance lint`: a text checked by the language guard with the shipped lexicon — ok when nothing is
 * found — each finding with the words as written, its category and its reason in the language asked for
 * (else the text's own: Chinese when it has Chinese characters, English otherwise).
 */
import { guardText } from '../domain/compliance/language-guard.js';
import type { LanguageCategory, ReasonLanguage } from '../domain/compliance/lexicon.js';
import { defaultLanguageGuard } from './default-lexicon.js';

export interface LintTextOptions {
  text: string;
  /** The language of the reasons; by default the text's. */
  language?: ReasonLanguage | undefined;
  /** The text goes to someone who does not owe the debt. */
  toThirdParty?: boolean | undefined;
  /** The debt is past its limitation period. */
  timeBarred?: boolean | undefined;
}

export interface LintFinding {
  text: string;
  category: LanguageCategory;
  reason: string;
}

export interface LintResult {
  ok: boolean;
  findings: LintFinding[];
}

/** Chinese when the text has a Chinese character, English otherwise. */
export function textLanguage(text: string): ReasonLanguage {
  return /\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en';
}

export function lintText(options: LintTextOptions): LintResult {
  const language = options.language ?? textLanguage(options.text);
  const found = guardText(
    defaultLanguageGuard(),
    options.text,
    { toThirdParty: options.toThirdParty ?? false, timeBarred: options.timeBarred ?? false },
    language,
  );
  const findings = found.map(({ text, category, reason }) => ({ text, category, reason }));
  return { ok: findings.length === 0, findings };
}
