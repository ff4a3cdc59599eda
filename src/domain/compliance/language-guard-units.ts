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
 */

export interface TextUnit {
  /** The normalised unit: a lower-case word, a number or one Chinese character. */
  text: string;
  /** Where it stands in the original text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  clause: number;
  sentence: number;
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
const CLAUSE_END = new Set([',', '、', ':', '，', '：', '(', ')', '（', '）', '"', '“', '”', '「', '」', '【', '】']);

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
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  const flush = () => {
    for (const w of splitWord(word)) units.push({ text: w, start: wordStart, end: wordEnd, clause, sentence });
    word = '';
  };
  chars.forEach(({ c, start, end }, i) => {
    if (HAN.test(c)) {
      flush();
      units.push({ text: c, start, end, clause, sentence });
    } else if (WORD_CHAR.test(c) || (c === "'" && word !== '')) {
      if (word === '') wordStart = start;
      word += c;
      wordEnd = end;
    } else {
      flush();
      const next = chars[i + 1]?.c;
      if (SENTENCE_END.has(c) || (c === '.' && (next === undefined || /\s/u.test(next)))) {
        sentence += 1;
        clause += 1;
      } else if (CLAUSE_END.has(c)) {
        clause += 1;
      }
    }
  });
  flush();
  return units;
}
