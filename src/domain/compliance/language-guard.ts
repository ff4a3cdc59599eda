/**
 * The language guard: which words of a text are insults, threats, intimidation, false claims of
 * authority, false legal threats, disclosure of the debt to a third party, or pressure the rules forbid —
 * by the lexicon's rules (lexicon.ts), with each finding's words as written and its reason in the language
 * asked for. Pure: the lexicon is given, nothing is read.
 *
 * Texts and phrases are compared as units (language-guard-units.ts), so matching is whole-word in English,
 * insensitive to case and full-width forms, and robust to spaces or symbols put between Chinese
 * characters, letters spelled out one by one and masked letters (f***). A Chinese character also matches
 * the homophones the lexicon gives for it (fa院 is 法院).
 *
 * A match is taken back — no finding — when
 * - a rule's `except` wording shares a word with it (不会起诉, "never ask you to borrow");
 * - a scope's cue stands shortly before it in its clause, or inside a sequence's match between its groups,
 *   with no breaker between ("we will not contact your employer", 客户问是否会坐牢) — a negation written
 *   in the rule's own phrase (不会放过你) is part of what is looked for, not a cue;
 * - it stands inside a quotation that a reporting word introduces (客户称“…”, the phrase "…").
 */

import { type TextUnit, textUnits } from './language-guard-units.js';
import type {
  GuardCondition,
  LanguageCategory,
  Lexicon,
  LexiconRule,
  LexiconScope,
  ReasonLanguage,
  TextLanguage,
} from './lexicon.js';

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

/** One unit of a phrase: a word, a word's beginning when the lexicon wrote `word*`, or a character and its homophones. */
interface PhraseUnit {
  text: string;
  prefix: boolean;
  /** Other ways of writing the same character. */
  also: readonly string[];
}

/** A compiled phrase. */
type Phrase = readonly PhraseUnit[];

/**
 * A list of phrases indexed by the word each begins with (and that word's homophones), so a text is read
 * once per list rather than once per phrase; phrases beginning with `word*` are tried everywhere.
 */
interface PhraseList {
  byFirst: ReadonlyMap<string, readonly Phrase[]>;
  anywhere: readonly Phrase[];
  all: readonly Phrase[];
}

interface CompiledRule {
  rule: LexiconRule;
  phrases: PhraseList;
  sequences: { gap: number; groups: PhraseList[]; within: 'sentence' | 'clause' }[];
  except: PhraseList;
}

interface CompiledScope {
  scope: LexiconScope;
  cues: PhraseList;
  breakers: PhraseList;
  except: PhraseList;
}

/** A lexicon made ready to match many texts. */
export interface LanguageGuard {
  readonly rules: readonly CompiledRule[];
  readonly scopes: readonly CompiledScope[];
  readonly quotation: { before: PhraseList; after: PhraseList };
}

type Homophones = Readonly<Record<string, readonly string[]>>;

function compilePhrase(phrase: string, homophones: Homophones): Phrase {
  return textUnits(phrase).map((u) => ({
    text: u.text,
    prefix: phrase.charAt(u.end) === '*',
    also: (homophones[u.text] ?? []).map((h) => textUnits(h)[0]?.text ?? h),
  }));
}

function phraseList(phrases: readonly Phrase[]): PhraseList {
  const byFirst = new Map<string, Phrase[]>();
  const anywhere: Phrase[] = [];
  for (const phrase of phrases) {
    const first = phrase[0];
    if (first === undefined) continue;
    if (first.prefix) {
      anywhere.push(phrase);
      continue;
    }
    for (const key of new Set([first.text, ...first.also])) byFirst.set(key, [...(byFirst.get(key) ?? []), phrase]);
  }
  return { byFirst, anywhere, all: phrases };
}

export function languageGuard(lexicon: Lexicon): LanguageGuard {
  const homophones = lexicon.homophones ?? {};
  const compile = (phrases: readonly string[]) => phraseList(phrases.map((p) => compilePhrase(p, homophones)));
  return {
    rules: lexicon.rules.map((rule) => ({
      rule,
      phrases: compile(rule.phrases),
      sequences: rule.sequences.map((s) => ({
        gap: s.gap,
        groups: s.groups.map(compile),
        within: s.within ?? 'sentence',
      })),
      except: compile(rule.except),
    })),
    scopes: (lexicon.scopes ?? []).map((scope) => ({
      scope,
      cues: compile(scope.cues),
      breakers: compile(scope.breakers),
      except: compile(scope.except),
    })),
    quotation: { before: compile(lexicon.quotation?.before ?? []), after: compile(lexicon.quotation?.after ?? []) },
  };
}

/** A match: units [from, to) of the text. */
interface Span {
  from: number;
  to: number;
}

/** A rule's match and the matches of the phrases it is made of (one for a phrase, one per group for a sequence). */
interface Match extends Span {
  parts: readonly Span[];
}

/** A text unit with a mask (f***ing) matches a word of the same letters wherever it is not masked. */
function sameLetters(written: string, word: string, prefix: boolean): boolean {
  if (prefix ? written.length < word.length : written.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (written[i] !== '*' && written[i] !== word[i]) return false;
  return true;
}

function unitMatches(p: PhraseUnit, u: TextUnit): boolean {
  if (p.prefix ? u.text.startsWith(p.text) : u.text === p.text) return true;
  if (p.also.includes(u.text)) return true;
  return u.text.includes('*') && sameLetters(u.text, p.text, p.prefix);
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

/**
 * Where each unit text stands in one text, and which units are masked: built once per text, so a phrase
 * list looks only at the units its phrases can begin on instead of walking the whole text (the guard
 * holds hundreds of lists; this is most of its cost on every message the outbox sends).
 */
interface UnitIndex {
  at: ReadonlyMap<string, readonly number[]>;
  masked: readonly number[];
  /** Each distinct unit text with where it stands, for the `word*` phrases. */
  distinct: readonly [string, readonly number[]][];
}

function unitIndex(units: readonly TextUnit[]): UnitIndex {
  const at = new Map<string, number[]>();
  const masked: number[] = [];
  units.forEach((u, i) => {
    if (u.text.includes('*')) masked.push(i);
    const list = at.get(u.text);
    if (list === undefined) at.set(u.text, [i]);
    else list.push(i);
  });
  return { at, masked, distinct: [...at.entries()] };
}

/** The units a phrase of the list may begin on, in text order; the same spans as walking every unit. */
function startsOf(list: PhraseList, index: UnitIndex): number[] {
  const starts = new Set<number>(index.masked);
  for (const key of list.byFirst.keys()) for (const i of index.at.get(key) ?? []) starts.add(i);
  for (const phrase of list.anywhere) {
    const first = phrase[0];
    if (first === undefined) continue;
    for (const [text, positions] of index.distinct) {
      if (text.startsWith(first.text) || first.also.includes(text)) for (const i of positions) starts.add(i);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

function phraseSpans(list: PhraseList, units: readonly TextUnit[], index: UnitIndex): Span[] {
  const spans: Span[] = [];
  const tryAll = (phrases: readonly Phrase[], at: number) => {
    for (const phrase of phrases) if (phraseAt(phrase, units, at)) spans.push({ from: at, to: at + phrase.length });
  };
  for (const at of startsOf(list, index)) {
    const text = units[at]?.text ?? '';
    // A masked word (f***) may be any word its letters fit: try every phrase there.
    if (text.includes('*')) {
      tryAll(list.all, at);
      continue;
    }
    // Otherwise only the phrases beginning with its word (or a homophone of it), and the `word*` ones.
    tryAll(list.byFirst.get(text) ?? [], at);
    tryAll(list.anywhere, at);
  }
  return spans;
}

/** Each list's matches in one text, found once however often they are asked for. */
type SpansIn = (list: PhraseList) => Span[];

function spansIn(units: readonly TextUnit[]): SpansIn {
  const found = new Map<PhraseList, Span[]>();
  const index = unitIndex(units);
  return (list) => {
    let spans = found.get(list);
    if (spans === undefined) {
      spans = phraseSpans(list, units, index);
      found.set(list, spans);
    }
    return spans;
  };
}

/**
 * Where the groups stand in order, each starting within `gap` units after the previous one ends, all in
 * one sentence (or one clause): the span from the first group's match to the last's, the shortest first found.
 */
function sequenceMatches(
  sequence: { gap: number; groups: readonly PhraseList[]; within: 'sentence' | 'clause' },
  units: readonly TextUnit[],
  spans: SpansIn,
): Match[] {
  const { gap, within } = sequence;
  const found = sequence.groups.map(spans);
  const matches: Match[] = [];
  const extend = (k: number, where: number | undefined, prev: Span): Span[] | null => {
    const group = found[k];
    if (group === undefined) return [];
    for (const s of group) {
      if (s.from < prev.to || s.from - prev.to > gap || units[s.from]?.[within] !== where) continue;
      const rest = extend(k + 1, where, s);
      if (rest !== null) return [s, ...rest];
    }
    return null;
  };
  for (const first of found[0] ?? []) {
    const rest = extend(1, units[first.from]?.[within], first);
    const last = rest?.[rest.length - 1] ?? first;
    if (rest !== null) matches.push({ from: first.from, to: last.to, parts: [first, ...rest] });
  }
  return matches;
}

/**
 * Whether a scope takes the match back: one of its cues, not inside an `except` phrase nor inside the
 * rule's own phrases, stands before the match (or before one of a sequence's later groups) within the
 * window, in reach, with no breaker between (nor starting the part it reaches for).
 */
function takenBack(scope: CompiledScope, match: Match, units: readonly TextUnit[], spans: SpansIn): boolean {
  const excepted = spans(scope.except);
  const cues = spans(scope.cues).filter(
    (c) =>
      !excepted.some((e) => e.from <= c.from && c.to <= e.to) &&
      !match.parts.some((p) => p.from < c.to && c.from < p.to),
  );
  if (cues.length === 0) return false;
  const breakers = spans(scope.breakers);
  const field = scope.scope.reach === 'clause' ? 'clause' : 'sentence';
  return match.parts.some((part) => {
    const target = units[part.from];
    if (target === undefined) return false;
    return cues.some((c) => {
      const cue = units[c.from];
      if (cue === undefined || c.to > part.from || part.from - c.to > scope.scope.window) return false;
      if (cue[field] !== target[field]) return false;
      // A breaker may be the match's own first word: "if you do not pay WE will tell your employer".
      return !breakers.some((b) => c.to <= b.from && b.from <= part.from);
    });
  });
}

/**
 * The quotations that are someone else's words: each a range of units [from, to) inside quotation marks,
 * with a reporting word up to four units before it in its sentence, or a mention word up to two after.
 */
function reportedQuotations(guard: LanguageGuard, units: readonly TextUnit[], spans: SpansIn): Span[] {
  if (!units.some((u) => u.quote !== 0)) return [];
  const before = spans(guard.quotation.before);
  const after = spans(guard.quotation.after);
  const quotes: Span[] = [];
  for (let i = 0; i < units.length; ) {
    const q = units[i]?.quote ?? 0;
    let j = i;
    while (q !== 0 && units[j]?.quote === q) j += 1;
    if (j === i) {
      i += 1;
      continue;
    }
    const sentence = units[i]?.sentence;
    const introduced = before.some((b) => b.to <= i && i - b.to <= 4 && units[b.from]?.sentence === sentence);
    const mentioned = after.some(
      (a) => a.from >= j && a.from - j <= 2 && units[a.from]?.sentence === units[j - 1]?.sentence,
    );
    if (introduced || mentioned) quotes.push({ from: i, to: j });
    i = j;
  }
  return quotes;
}

function applies(rule: LexiconRule, flags: GuardFlags, language: TextLanguage): boolean {
  const when: GuardCondition | undefined = rule.when;
  if (rule.language !== undefined && rule.language !== language) return false;
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
  const textLanguage: TextLanguage = units.some((u) => /\p{Script=Han}/u.test(u.text)) ? 'zh' : 'en';
  const spans = spansIn(units);
  const quoted = reportedQuotations(guard, units, spans);
  const candidates: { span: Span; rule: LexiconRule }[] = [];
  for (const compiled of guard.rules) {
    const rule = compiled.rule;
    if (!applies(rule, flags, textLanguage)) continue;
    const matches: Match[] = [
      ...spans(compiled.phrases).map((s) => ({ ...s, parts: [s] })),
      ...compiled.sequences.flatMap((s) => sequenceMatches(s, units, spans)),
    ];
    if (matches.length === 0) continue;
    const lawful = spans(compiled.except);
    const scopes = guard.scopes.filter(
      (s) => s.scope.applies_to.includes(rule.category) || s.scope.applies_to.includes(rule.id),
    );
    for (const match of matches) {
      if (lawful.some((l) => l.from < match.to && match.from < l.to)) continue;
      if (quoted.some((q) => q.from <= match.from && match.to <= q.to)) continue;
      if (scopes.some((s) => takenBack(s, match, units, spans))) continue;
      candidates.push({ span: { from: match.from, to: match.to }, rule });
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
