/**
 * JSON lines: one object per line, read from text pieces into records. Strings stay strings, null is a
 * blank, and numbers and booleans are kept as JSON gave them, so the importer can refuse a number where
 * digits may already be lost (an id, an amount: JSON.parse turns 12345678901234567890 into
 * 12345678901234567000) and take one where that cannot happen (an instalment number).
 *
 * Each line is searched for once (time linear in the file) and held at most MAX_JSON_LINE_CHARS long: a
 * longer line cannot be a record (every field holds at most 64 KiB), so it is skipped to its end without
 * being kept and reported as a row rejection naming the key whose value was being read when it got too long.
 * A string that is not text (an unpaired surrogate escape such as "\ud800") is a row rejection too: no
 * database stores it as written.
 */
import { unreadableFile } from './import-file-error.js';
import { RECORD_PROBLEM, type RecordProblem, type SourceRecord } from './record-batches.js';

/** The longest JSON line read: far above any record whose fields fit the 64 KiB limit. */
export const MAX_JSON_LINE_CHARS = 4 * 1024 * 1024;

/** One array of records per piece of text read; `onEmpty` when the text holds no non-blank line at all. */
export async function* jsonLineBatches(
  path: string,
  pieces: AsyncIterable<string>,
  onEmpty?: () => void,
): AsyncGenerator<SourceRecord[]> {
  let line = 0;
  let seen = false;
  // The line in progress, as the pieces it spans (at most MAX_JSON_LINE_CHARS of it kept).
  let parts: string[] = [];
  let kept = 0;
  let tooLong = false;

  const endLine = (): SourceRecord | undefined => {
    line++;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    const over = tooLong;
    parts = [];
    kept = 0;
    tooLong = false;
    if (over) {
      seen = true;
      return problemRecord(overlongLine(line, text));
    }
    if (text.trim() === '') return undefined;
    seen = true;
    return parseLine(path, line, text);
  };
  const add = (piece: string, from: number, to: number) => {
    if (to <= from) return;
    if (tooLong) return;
    if (kept + (to - from) > MAX_JSON_LINE_CHARS) {
      parts.push(piece.slice(from, from + (MAX_JSON_LINE_CHARS - kept)));
      kept = MAX_JSON_LINE_CHARS;
      tooLong = true;
      return;
    }
    parts.push(from === 0 && to === piece.length ? piece : piece.slice(from, to));
    kept += to - from;
  };

  for await (const piece of pieces) {
    const batch: SourceRecord[] = [];
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', start)) {
      add(piece, start, nl);
      start = nl + 1;
      const record = endLine();
      if (record) batch.push(record);
    }
    add(piece, start, piece.length);
    yield batch;
  }
  const last = endLine();
  if (last) yield [last];
  if (!seen) onEmpty?.();
}

function parseLine(path: string, line: number, text: string): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw unreadableFile(`${path}: line ${line}: not valid JSON (${error instanceof Error ? error.message : ''})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw unreadableFile(`${path}: line ${line}: expected one JSON object per line (JSON lines)`);
  }
  // A surrogate can only come from an escape; only a line that has one needs the strict look.
  const mayHaveSurrogates = /\\u[dD][89a-fA-F]/.test(text);
  const record: SourceRecord = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') {
      if (mayHaveSurrogates && UNPAIRED_SURROGATE.test(v)) {
        return problemRecord({
          field: key,
          reason: `${key} contains an unpaired surrogate escape (such as \\ud800), which is not a character; write the text itself or its full pair`,
        });
      }
      record[key] = v;
    } else if (typeof v === 'number' || typeof v === 'boolean') record[key] = v;
    else if (v === null) record[key] = '';
    else throw unreadableFile(`${path}: line ${line}: ${key} must be a string, number, boolean or null`);
  }
  return record;
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemRecord(problem: RecordProblem): SourceRecord {
  return { [RECORD_PROBLEM]: problem };
}

/** The rejection of a line too long to be a record, naming the key being read where it got too long. */
function overlongLine(line: number, kept: string): RecordProblem {
  const field = keyAtEnd(kept) ?? '(line)';
  return {
    field,
    reason: `line ${line} is longer than ${MAX_JSON_LINE_CHARS / 1024 / 1024} MiB, more than any record can be (a field holds at most 64 KiB); the record was skipped`,
  };
}

/** The last key of an object whose value starts before the end of `text` (a JSON prefix), if any. */
function keyAtEnd(text: string): string | undefined {
  let key: string | undefined;
  let lastString: string | undefined;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its end, skipping escapes.
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= n) return key;
      lastString = text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    // A string followed by a colon is a key; any other character after a string makes it a value.
    if (c === 58 && lastString !== undefined) key = parsedString(lastString) ?? key;
    if (c > 32) lastString = undefined;
    i++;
  }
  return key;
}

function parsedString(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
