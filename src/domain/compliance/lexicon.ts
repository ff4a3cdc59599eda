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
 * third party or about a time-barred debt; `language` to a text in Chinese (it has a Chinese character) or
 * in English (it has none), for words such as "nc" that are an insult in one and a place in the other.
 *
 * Beyond the rules, the lexicon says what takes a match back wherever it stands, so a rule need not list
 * every way of saying "we will not":
 * - `scopes`: words that, standing shortly before a match in its clause (or inside a sequence's match,
 *   between its groups), say the sender is not doing it — a negation (不会, never), a question someone asked
 *   (客户问是否, asked whether), an offer rather than a demand (能一次性结清), or what someone else claims
 *   (有人自称, anyone claiming). Each applies to the categories or rule ids it names; a `breaker` between the
 *   cue and the match ends its reach (if you do not pay WE will…), and a cue inside one of its `except`
 *   phrases is none (not hesitate, 不排除).
 * - `quotation`: a stretch in quotation marks introduced by a reporting word (称, said, the phrase) or
 *   followed by one (一词) is someone else's words, not the sender's.
 * - `homophones`: for a Chinese character, the ways people write it to slip past a word list — its pinyin
 *   or a character that sounds alike (法: fa; 子: 纸) — each matched wherever the character is.
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
  // Asking for cash or for money into someone's own account (src/compliance/cash-wording.ts, the desk's notes
  // and the playbook): payments come only through traceable channels.
  'cash_collection',
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
  cash_collection: { 'zh-CN': '收取现金或私人收款', en: 'collecting cash or into a personal account' },
};

export interface LexiconSequence {
  /** At most this many words (a Chinese character is one) between one group's match and the next. */
  gap: number;
  /** Each a list of alternative phrases; the groups are found in this order. */
  groups: string[][];
  /** Where all the groups must stand: one sentence (the default) or one clause (inside 【…】). */
  within?: 'sentence' | 'clause' | undefined;
}

/** The language of a text: Chinese when it has a Chinese character. */
export const TEXT_LANGUAGES = ['zh', 'en'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export interface LexiconRule {
  id: string;
  category: LanguageCategory;
  reason: Readonly<Record<ReasonLanguage, string>>;
  when?: GuardCondition | undefined;
  /** Only for a text in this language. */
  language?: TextLanguage | undefined;
  phrases: string[];
  sequences: LexiconSequence[];
  except: string[];
}

/** Where a scope's cue reaches: the match's clause, or its whole sentence. */
export const SCOPE_REACHES = ['clause', 'sentence'] as const;

export interface LexiconScope {
  id: string;
  /** The categories and rule ids whose matches it takes back. */
  applies_to: string[];
  /** The words that take a match back. */
  cues: string[];
  /** At most this many words (a Chinese character is one) between a cue and the match. */
  window: number;
  reach: (typeof SCOPE_REACHES)[number];
  /** A word between the cue and the match ends the cue's reach. */
  breakers: string[];
  /** A cue inside one of these is none. */
  except: string[];
}

export interface LexiconQuotation {
  /** Words that, up to four words before an opening quotation mark in its sentence, report what someone said. */
  before: string[];
  /** Words that, up to two words after a closing quotation mark, say the quotation is a mention (一词). */
  after: string[];
}

export interface Lexicon {
  version: number;
  rules: LexiconRule[];
  scopes?: LexiconScope[] | undefined;
  quotation?: LexiconQuotation | undefined;
  /** A Chinese character and the ways it is also written. */
  homophones?: Readonly<Record<string, readonly string[]>> | undefined;
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
  const known = new Set<string>([...LANGUAGE_CATEGORIES, ...lexicon.rules.map((r) => r.id)]);
  const checkAll = (phrases: readonly string[], path: (string | number)[]) => {
    for (const [j, p] of phrases.entries()) {
      const problem = phraseProblem(p);
      if (problem !== null) problems.push({ path: [...path, j], message: problem });
    }
  };
  const scopeIds = new Set<string>();
  for (const [i, scope] of (lexicon.scopes ?? []).entries()) {
    if (scopeIds.has(scope.id))
      problems.push({ path: ['scopes', i, 'id'], message: `the id "${scope.id}" is given twice` });
    scopeIds.add(scope.id);
    for (const [j, name] of scope.applies_to.entries()) {
      if (!known.has(name)) {
        problems.push({
          path: ['scopes', i, 'applies_to', j],
          message: `"${name}" is neither a category nor a rule's id`,
        });
      }
    }
    checkAll(scope.cues, ['scopes', i, 'cues']);
    checkAll(scope.breakers, ['scopes', i, 'breakers']);
    checkAll(scope.except, ['scopes', i, 'except']);
  }
  checkAll(lexicon.quotation?.before ?? [], ['quotation', 'before']);
  checkAll(lexicon.quotation?.after ?? [], ['quotation', 'after']);
  for (const [han, ways] of Object.entries(lexicon.homophones ?? {})) {
    if (!/^\p{Script=Han}$/u.test(han)) {
      problems.push({ path: ['homophones', han], message: `"${han}" is not one Chinese character` });
    }
    for (const [j, way] of ways.entries()) {
      if (textUnits(way).length !== 1) {
        problems.push({ path: ['homophones', han, j], message: `"${way}" is not one syllable or one character` });
      }
    }
  }
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
