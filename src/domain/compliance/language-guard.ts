/**
 * The language guard: which words of a text are insults, threats, intimidation, false claims of
 * authority, false legal threats, disclosure of the debt to a third party, or pressure the rules forbid —
 * by the lexicon's rules (lexicon.ts), with each finding's words as written and its reason in the language
 * asked for. Pure: the lexicon is given, nothing is read.
 *
 * Texts and phrases are compared as units (language-guard-units.ts), so matching is whole-word in English,
 * insensitive to case and full-width forms, and robust to spaces or symbols put between Chinese
 * characters. A rule's `except` wording takes back a match it shares a word with (不会起诉, "will not sue",
 * "never ask you to borrow" before "borrow money to pay").
 */

import { type TextUnit, textUnits } from './language-guard-units.js';
import type { GuardCondition, LanguageCategory, Lexicon, LexiconRule, ReasonLanguage } from './lexicon.js';

export interface GuardFlags {
  /** The text is addressed to someone other than an obligor: any mention of the debt discloses it. */
  toThirdParty: boolean;
  /** The debt is past its limitation period: a threat to sue is a false legal threat. */
  timeBarred: boolean;
}

export interface LanguageFinding {
  /** The words found, as written in the text. */
  text: string;
  category: LanguageCategory;
  reason: string;
  /** The lexicon rule that found them. */
  rule: string;
  /** Where the words stand in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

/** One unit of a phrase: a word, or a word's beginning when the lexicon wrote `word*`. */
interface PhraseUnit {
  text: string;
  prefix: boolean;
}

/** A compiled phrase. */
type Phrase = readonly PhraseUnit[];

interface CompiledRule {
  rule: LexiconRule;
  phrases: Phrase[];
  sequences: { gap: number; groups: Phrase[][] }[];
  except: Phrase[];
}

/** A lexicon made ready to match many texts. */
export interface LanguageGuard {
  readonly rules: readonly CompiledRule[];
}

function compilePhrase(phrase: string): Phrase {
  return textUnits(phrase).map((u) => ({ text: u.text, prefix: phrase.charAt(u.end) === '*' }));
}

export function languageGuard(lexicon: Lexicon): LanguageGuard {
  return {
    rules: lexicon.rules.map((rule) => ({
      rule,
      phrases: rule.phrases.map(compilePhrase),
      sequences: rule.sequences.map((s) => ({ gap: s.gap, groups: s.groups.map((g) => g.map(compilePhrase)) })),
      except: rule.except.map(compilePhrase),
    })),
  };
}

/** A match: units [from, to) of the text. */
interface Span {
  from: number;
  to: number;
}

function unitMatches(p: PhraseUnit, u: TextUnit): boolean {
  return p.prefix ? u.text.startsWith(p.text) : u.text === p.text;
}

/** Whether the phrase stands at unit `at`, all within one clause. */
function phraseAt(phrase: Phrase, units: readonly TextUnit[], at: number): boolean {
  const first = units[at];
  if (first === undefined || phrase.length === 0) return false;
  for (let j = 0; j < phrase.length; j++) {
    const u = units[at + j];
    const p = phrase[j];
    if (u === undefined || p === undefined || u.clause !== first.clause || !unitMatches(p, u)) return false;
  }
  return true;
}

function phraseSpans(phrases: readonly Phrase[], units: readonly TextUnit[]): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < units.length; at++) {
    for (const phrase of phrases) if (phraseAt(phrase, units, at)) spans.push({ from: at, to: at + phrase.length });
  }
  return spans;
}

/**
 * Where the groups stand in order, each starting within `gap` units after the previous one ends, all in
 * one sentence: the span from the first group's match to the last's, the shortest first found.
 */
function sequenceSpans(gap: number, groups: readonly Phrase[][], units: readonly TextUnit[]): Span[] {
  const found = groups.map((g) => phraseSpans(g, units));
  const spans: Span[] = [];
  const extend = (k: number, from: number, prevTo: number): number | null => {
    const group = found[k];
    if (group === undefined) return prevTo;
    const sentence = units[from]?.sentence;
    for (const s of group) {
      if (s.from < prevTo || s.from - prevTo > gap || units[s.from]?.sentence !== sentence) continue;
      const end = extend(k + 1, from, s.to);
      if (end !== null) return end;
    }
    return null;
  };
  for (const first of found[0] ?? []) {
    const to = extend(1, first.from, first.to);
    if (to !== null) spans.push({ from: first.from, to });
  }
  return spans;
}

function applies(when: GuardCondition | undefined, flags: GuardFlags): boolean {
  if (when === 'to_third_party') return flags.toThirdParty;
  if (when === 'time_barred') return flags.timeBarred;
  return true;
}

/**
 * The findings in `text`, in the order the words stand; a stretch of text is found once per category
 * (the longest match where matches of one category overlap).
 */
export function guardText(
  guard: LanguageGuard,
  text: string,
  flags: GuardFlags,
  language: ReasonLanguage,
): LanguageFinding[] {
  const units = textUnits(text);
  const candidates: { span: Span; rule: LexiconRule }[] = [];
  for (const compiled of guard.rules) {
    if (!applies(compiled.rule.when, flags)) continue;
    const spans = [
      ...phraseSpans(compiled.phrases, units),
      ...compiled.sequences.flatMap((s) => sequenceSpans(s.gap, s.groups, units)),
    ];
    if (spans.length === 0) continue;
    const lawful = phraseSpans(compiled.except, units);
    for (const span of spans) {
      if (lawful.some((l) => l.from < span.to && span.from < l.to)) continue;
      candidates.push({ span, rule: compiled.rule });
    }
  }
  candidates.sort((a, b) => a.span.from - b.span.from || b.span.to - a.span.to);
  const kept: typeof candidates = [];
  for (const c of candidates) {
    const overlaps = kept.some(
      (k) => k.rule.category === c.rule.category && k.span.from < c.span.to && c.span.from < k.span.to,
    );
    if (!overlaps) kept.push(c);
  }
  return kept.map(({ span, rule }) => {
    const start = units[span.from]?.start ?? 0;
    const end = units[span.to - 1]?.end ?? start;
    return {
      text: text.slice(start, end),
      category: rule.category,
      reason: rule.reason[language],
      rule: rule.id,
      start,
      end,
    };
  });
}
