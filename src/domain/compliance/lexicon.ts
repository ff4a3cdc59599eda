/**
 * The language guard's lexicon: what wording it looks for, under which category, and why, in zh-CN and
 * English. The lexicon is data (examples/compliance-lexicon.yaml, shipped in src/compliance/default-lexicon.ts)
 * so compliance staff can read and tune it without touching the matcher (language-guard.ts).
 *
 * A rule has `phrases` (a word or a phrase; in English matched as whole words, a `*` at the end of a word
 * takes any ending: `idiot*` is idiot, idiots, idiotic), `sequences` (groups of phrases found in order, each
 * within `gap` words — a Chinese character counts as one — of the one before, inside one sentence: urgency
 * then a whole-balance demand), and `except` (lawful wording around a match: a match sharing a word with
 * one of them is no finding, so 不会起诉 is not a threat to sue). `when` limits a rule to a text addressed to a
 * third party or about a time-barred debt.
 */
import { textUnits } from './language-guard-units.js';

/** What a finding is about; the README's "The language guard" says what each covers. */
export const LANGUAGE_CATEGORIES = [
  'insult',
  'threat',
  'intimidation',
  'impersonation',
  'false_legal_threat',
  'third_party_disclosure',
  'pressure',
] as const;
export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];

/** When a rule applies beyond every text: only to a text addressed to a third party, or about a time-barred debt. */
export const GUARD_CONDITIONS = ['to_third_party', 'time_barred'] as const;
export type GuardCondition = (typeof GUARD_CONDITIONS)[number];

/** The languages a reason is given in. */
export const REASON_LANGUAGES = ['zh-CN', 'en'] as const;
export type ReasonLanguage = (typeof REASON_LANGUAGES)[number];

/** Each category's name in both languages, for people reading findings. */
export const CATEGORY_LABELS: Readonly<Record<LanguageCategory, Readonly<Record<ReasonLanguage, string>>>> = {
  insult: { 'zh-CN': '侮辱', en: 'insult' },
  threat: { 'zh-CN': '威胁', en: 'threat' },
  intimidation: { 'zh-CN': '恐吓', en: 'intimidation' },
  impersonation: { 'zh-CN': '冒充公检法或政府机关', en: 'posing as a court, police or government body' },
  false_legal_threat: { 'zh-CN': '虚假法律后果', en: 'false legal threat' },
  third_party_disclosure: { 'zh-CN': '向第三方透露债务', en: 'disclosing the debt to a third party' },
  pressure: { 'zh-CN': '不当施压', en: 'undue pressure' },
};

export interface LexiconSequence {
  /** At most this many words (a Chinese character is one) between one group's match and the next. */
  gap: number;
  /** Each a list of alternative phrases; the groups are found in this order. */
  groups: string[][];
}

export interface LexiconRule {
  id: string;
  category: LanguageCategory;
  reason: Readonly<Record<ReasonLanguage, string>>;
  when?: GuardCondition | undefined;
  phrases: string[];
  sequences: LexiconSequence[];
  except: string[];
}

export interface Lexicon {
  version: number;
  rules: LexiconRule[];
}

/**
 * What is wrong with a lexicon beyond its shape, each with its path: ids given twice, a rule that matches
 * nothing, a phrase with no words in it, a `*` anywhere but at the end of a Latin word.
 */
export function lexiconProblems(lexicon: Lexicon): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  lexicon.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) problems.push({ path: ['rules', i, 'id'], message: `the id "${rule.id}" is given twice` });
    ids.add(rule.id);
    if (rule.phrases.length === 0 && rule.sequences.length === 0) {
      problems.push({ path: ['rules', i], message: 'give phrases or sequences: this rule matches nothing' });
    }
    const check = (phrase: string, path: (string | number)[]) => {
      const problem = phraseProblem(phrase);
      if (problem !== null) problems.push({ path, message: problem });
    };
    for (const [j, p] of rule.phrases.entries()) check(p, ['rules', i, 'phrases', j]);
    for (const [j, p] of rule.except.entries()) check(p, ['rules', i, 'except', j]);
    for (const [j, s] of rule.sequences.entries()) {
      for (const [k, g] of s.groups.entries()) {
        for (const [m, p] of g.entries()) check(p, ['rules', i, 'sequences', j, 'groups', k, m]);
      }
    }
  });
  return problems;
}

function phraseProblem(phrase: string): string | null {
  const units = textUnits(phrase);
  if (units.length === 0) return `"${phrase}" has no words to match`;
  for (let at = phrase.indexOf('*'); at !== -1; at = phrase.indexOf('*', at + 1)) {
    const unit = units.find((u) => u.end === at);
    if (unit === undefined || /\p{Script=Han}/u.test(unit.text)) {
      return `"${phrase}": a * goes right after a Latin word, to take any ending`;
    }
  }
  if (new Set(units.map((u) => u.clause)).size > 1) {
    return `"${phrase}" spans a comma or a sentence end; a phrase is matched within one clause`;
  }
  return null;
}
