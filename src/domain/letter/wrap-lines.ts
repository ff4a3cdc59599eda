/**
 * Breaks a paragraph into lines no wider than a measure, as a letter is set: Chinese between any two
 * characters, English only at spaces (a word longer than a line is cut by characters as a last resort).
 * Chinese rules of 禁则 are kept: closing punctuation (，。、）” …) never starts a line and opening
 * punctuation (（“《 …) never ends one; each stays with the character it belongs to. Pure: the width of a
 * text is measured by the function given (the PDF font's, or a fixed width in tests).
 */

export type Measure = (text: string) => number;

export interface WrappedLine {
  text: string;
  /** The last line of its paragraph (a letter justifies every other line). */
  last: boolean;
}

/** Characters set one to a unit: Han, kana, Hangul, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
/** Never at the start of a line: they close what came before. */
const NO_START = new Set([...'，。、；：？！）」』”’》〉】〕…—·%,.;:?!)]}']);
/** Never at the end of a line: they open what follows. */
const NO_END = new Set([...'（「『“‘《〈【〔([{']);

/** A run that stays on one line, and whether a space stood before it. */
interface Chunk {
  text: string;
  spaceBefore: boolean;
}

/** Where a line may break: between CJK characters, at spaces, and where a Latin word meets CJK. */
function chunksOf(paragraph: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current = '';
  let spaceBefore = false;
  let glueNext = false;
  const flush = () => {
    if (current !== '') chunks.push({ text: current, spaceBefore });
    current = '';
    spaceBefore = false;
  };
  const chars = [...paragraph];
  chars.forEach((ch, i) => {
    if (/\s/u.test(ch)) {
      flush();
      spaceBefore = chunks.length > 0;
      glueNext = false;
      return;
    }
    const previous = chars[i - 1];
    const cjk = CJK.test(ch);
    // A break is allowed before a CJK character, and before a Latin character that follows a CJK one;
    // not before closing punctuation, nor after opening punctuation.
    const boundary = current !== '' && (cjk || (previous !== undefined && CJK.test(previous)));
    if (boundary && !NO_START.has(ch) && !glueNext) flush();
    current += ch;
    glueNext = NO_END.has(ch);
  });
  flush();
  return chunks;
}

/** A chunk wider than a whole line, cut by characters so that each piece fits (at least one character each). */
function cutToFit(text: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of text) {
    if (piece !== '' && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, width: number, measure: Measure): WrappedLine[] {
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunksOf(paragraph)) {
    const joined = line === '' ? chunk.text : `${line}${chunk.spaceBefore ? ' ' : ''}${chunk.text}`;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(chunk.text) <= width) {
      line = chunk.text;
      continue;
    }
    const pieces = cutToFit(chunk.text, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  lines.push(line);
  return lines.map((text, i) => ({ text, last: i === lines.length - 1 }));
}

/** The lines of `text` at `width`; a newline in the text starts a new paragraph. */
export function wrapLines(text: string, width: number, measure: Measure): WrappedLine[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph.trim(), width, measure));
}
