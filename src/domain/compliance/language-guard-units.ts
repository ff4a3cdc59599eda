/**
 * A text as the language guard reads it: a list of units — a Latin word, a number, or one Chinese
 * character — normalised (full-width forms to half-width and the like by NFKC, lower case, ’ as '), each
 * with where it stands in the original text so a finding can quote the words as written.
 *
 * Matching on units is what makes English whole-word ("sue" is not in "issue") and Chinese robust to
 * characters pulled apart ("法 院", "法-院", "法*院" are one word): spaces and symbols only separate units.
 * A comma-like mark ends a clause (a phrase never spans two) and a sentence end ends a sentence (a
 * sequence never spans two), so "特此通告。你…" never reads as 告你. A line break is only a space: a
 * phrase wrapped onto the next line is still that phrase.
 *
 * Three ways people write around a word list are undone here: letters spelled out one by one ("i d i o t",
 * "s.u.e") are one word; a word masked with * or # inside or after its letters ("f***ing", "sh#t") is kept
 * whole so the matcher can read each mask as any letter; and an opening square bracket — 【…】, the
 * sender's name at the head of a Chinese SMS — is a unit of its own, "【", so a lexicon can ask what a text
 * signs itself as (【…法院…】). Each unit also says which quotation it stands in, if any, so words someone
 * is quoted as saying can be told from the sender's own.
 */

export interface TextUnit {
  /** The normalised unit: a lower-case word, a number or one Chinese character. */
  text: string;
  /** Where it stands in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  clause: number;
  sentence: number;
  /** The quotation (“…”, "…", 「…」) the unit stands in, numbered from 1; 0 outside any. */
  quote: number;
}

interface NormalChar {
  c: string;
  start: number;
  end: number;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Marks that end a sentence; `.` only when a space or the end follows (so 3.5 and s.u.e do not). */
const SENTENCE_END = new Set(['。', '!', '?', ';', '…', '！', '？', '；']);
/** Marks that end a clause within a sentence. */
const CLAUSE_END = new Set([
  ',',
  '、',
  ':',
  '，',
  '：',
  '(',
  ')',
  '（',
  '）',
  '"',
  '“',
  '”',
  '「',
  '」',
  '】',
  ']',
  '〗',
]);
/** Opening square brackets (after NFKC): each ends a clause and is the unit BRACKET, so a phrase can begin with it. */
const OPEN_BRACKETS = new Set(['【', '[', '〖']);
/** How the lexicon writes an opening square bracket. */
export const BRACKET = '【';
/** Marks that open and close a quotation; the straight double quote does both, in turn. */
const QUOTE_OPEN = new Set(['“', '「', '『']);
const QUOTE_CLOSE = new Set(['”', '」', '』']);
/** What masks a letter inside or at the end of a word: f***ing, sh#t. */
const MASK = new Set(['*', '#']);
/** Between letters spelled out one by one: a space, a dot, a dash. */
const SPELLED_GAP = /^[\s.\-_·]{1,2}$/u;

/** Contractions undone, so a lexicon writes "we will" once and catches "we'll" too. */
const WHOLE_CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
};
const SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ["n't", ['not']],
  ["'ll", ['will']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'m", ['am']],
  ["'d", ['would']],
  ["'s", []],
];

function normalChars(text: string): NormalChar[] {
  const out: NormalChar[] = [];
  let at = 0;
  for (const cp of text) {
    const normal = cp
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'");
    for (const c of normal) out.push({ c, start: at, end: at + cp.length });
    at += cp.length;
  }
  return out;
}

function splitWord(word: string): string[] {
  const whole = WHOLE_CONTRACTIONS[word];
  if (whole) return [...whole];
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      return [word.slice(0, -suffix.length).replaceAll("'", ''), ...replacement].filter((w) => w !== '');
    }
  }
  const plain = word.replaceAll("'", '');
  return plain === '' ? [] : [plain];
}

export function textUnits(text: string): TextUnit[] {
  const chars = normalChars(text);
  const units: TextUnit[] = [];
  let clause = 0;
  let sentence = 0;
  let quote = 0;
  let quotes = 0;
  let word: NormalChar[] = [];
  const push = (t: string, start: number, end: number) => units.push({ text: t, start, end, clause, sentence, quote });
  const flush = () => {
    // A mask at the end is kept only when there are two or more (f***, not a footnote's fee* nor idiot*).
    const last = word.length - 1;
    if (MASK.has(word[last]?.c ?? '') && !MASK.has(word[last - 1]?.c ?? '')) word.pop();
    const first = word[0];
    const end = word[word.length - 1]?.end;
    if (first !== undefined && end !== undefined) {
      const written = word.map((w) => (MASK.has(w.c) ? '*' : w.c)).join('');
      for (const w of splitWord(written)) push(w, first.start, end);
    }
    word = [];
  };
  chars.forEach(({ c, start, end }, i) => {
    if (HAN.test(c)) {
      flush();
      push(c, start, end);
    } else if (WORD_CHAR.test(c) || (c === "'" && word.length > 0) || (MASK.has(c) && maskable(word))) {
      word.push({ c, start, end });
    } else {
      flush();
      const next = chars[i + 1]?.c;
      if (SENTENCE_END.has(c) || (c === '.' && (next === undefined || /\s/u.test(next)))) {
        sentence += 1;
        clause += 1;
      } else if (OPEN_BRACKETS.has(c)) {
        clause += 1;
        push(BRACKET, start, end);
      } else if (CLAUSE_END.has(c)) {
        clause += 1;
      }
      if (QUOTE_OPEN.has(c) || (c === '"' && quote === 0)) {
        quotes += 1;
        quote = quotes;
      } else if (QUOTE_CLOSE.has(c) || c === '"') {
        quote = 0;
      }
    }
  });
  flush();
  return joinSpelledLetters(text, units);
}

/** A mask continues a word that so far ends in a letter or a mask. */
function maskable(word: readonly NormalChar[]): boolean {
  const last = word[word.length - 1]?.c;
  return last !== undefined && (MASK.has(last) || /\p{L}/u.test(last));
}

/** Runs of three or more single Latin letters with only a space, dot or dash between them, as one word. */
function joinSpelledLetters(text: string, units: TextUnit[]): TextUnit[] {
  const single = (u: TextUnit | undefined) => u !== undefined && /^[a-z]$/u.test(u.text);
  const out: TextUnit[] = [];
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (
      single(units[j]) &&
      single(units[j + 1]) &&
      units[j + 1]?.clause === units[i]?.clause &&
      SPELLED_GAP.test(text.slice(units[j]?.end, units[j + 1]?.start))
    ) {
      j += 1;
    }
    const first = units[i];
    const last = units[j];
    if (first !== undefined && last !== undefined && j - i >= 2) {
      out.push({
        ...first,
        text: units
          .slice(i, j + 1)
          .map((u) => u.text)
          .join(''),
        end: last.end,
      });
      i = j + 1;
    } else {
      if (first !== undefined) out.push(first);
      i += 1;
    }
  }
  return out;
}
