/**
 * Streams an import file as records: CSV (UTF-8, header row, optional BOM; every value text) or JSON lines
 * (one object per line, see read-json-lines). The format comes from the extension (.csv,
 * .jsonl/.ndjson/.json) or else from the first non-blank character (`{` = JSON lines). The file is read in
 * pieces and never held whole, and no field is held longer than the importer takes; anything malformed is
 * refused as UNREADABLE_INPUT, naming the file and line. A file with nothing in it (0 bytes, or only blank
 * lines) has no header: the `onEmpty` hook says so, and the importer refuses it like a missing header.
 */

import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { isAppError } from '../domain/errors.js';
import { unreadableFile } from './import-file-error.js';
import { jsonLineBatches } from './read-json-lines.js';
import { type BatchedRecords, type BatchHooks, batchedRecords, type StringRecord } from './record-batches.js';
import { CsvSplitter, CsvSyntaxError } from './split-csv.js';

export interface ReadRecordsOptions {
  /** Called as the file is read, with the bytes read so far and the file's size. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
  /** Called with every piece of the file's bytes as read, in order (the import's event carries their SHA-256). */
  onPiece?: (piece: Buffer) => void;
}

type Format = 'csv' | 'jsonl';

const READ_CHUNK = 1 << 16;

/** How much blank space may come before a file's first character when its format is told by that character. */
const MAX_LEADING_BLANK = 1 << 20;

function formatFromExtension(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return undefined;
}

/** Decoded text pieces of the file, refusing bytes that are not UTF-8 (a GBK export would be garbled). */
async function* readText(path: string, options: ReadRecordsOptions): AsyncGenerator<string> {
  let total: number;
  try {
    total = (await stat(path)).size;
  } catch (error) {
    throw unreadableFile(`cannot read ${path}: ${describe(error)}`);
  }
  // StringDecoder is much faster than a fatal TextDecoder; bad bytes show up as U+FFFD, and only then is
  // the piece checked strictly (a file may contain a genuine U+FFFD).
  const decoder = new StringDecoder('utf8');
  let bytes = 0;
  let carried: Buffer = Buffer.alloc(0);
  let started = false;
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      const text = decoder.write(piece);
      if (text.includes('\uFFFD') && !isUtf8Piece(piece, carried)) {
        throw unreadableFile(
          `${path} is not UTF-8 text (bad bytes within bytes ${bytes + 1}–${bytes + piece.length}); save it as UTF-8 (e.g. Excel's "CSV UTF-8")`,
        );
      }
      carried = trailingPartial(piece.length >= 4 ? piece : Buffer.concat([carried, piece]));
      bytes += piece.length;
      options.onPiece?.(piece);
      options.onBytes?.(bytes, total);
      if (text.length === 0) continue;
      // A byte-order mark (Excel writes one) is not part of the first column's name.
      yield started ? text : text.replace(/^\uFEFF/, '');
      started = true;
    }
    const tail = decoder.end();
    if (tail.includes('\uFFFD')) throw unreadableFile(`${path} is not UTF-8 text (it ends inside a character)`);
    if (tail.length > 0) yield started ? tail : tail.replace(/^\uFEFF/, '');
  } catch (error) {
    if (isAppError(error, 'UNREADABLE_INPUT')) throw error;
    throw unreadableFile(`cannot read ${path}: ${describe(error)}`);
  } finally {
    stream.destroy();
  }
}

/** The bytes of an incomplete UTF-8 sequence at the end of `piece` (carried into the next piece). */
function trailingPartial(piece: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, piece.length); back++) {
    const byte = piece[piece.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? piece.subarray(piece.length - back) : Buffer.alloc(0);
  }
  return Buffer.alloc(0);
}

/** Strict check of one piece, with the partial character carried from the previous piece. */
function isUtf8Piece(piece: Buffer, carried: Buffer): boolean {
  const whole = Buffer.concat([carried, piece]);
  return isUtf8(whole.subarray(0, whole.length - trailingPartial(whole).length));
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'no such file';
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

export function readRecords(path: string, options: ReadRecordsOptions = {}): BatchedRecords {
  return batchedRecords(async function* (hooks: BatchHooks = {}) {
    let format = formatFromExtension(path);
    const pieces = readText(path, options);
    const parser = {
      csv: (text: AsyncIterable<string>) => csvBatches(path, text, hooks),
      jsonl: (text: AsyncIterable<string>) => jsonLineBatches(path, text, hooks.onEmpty),
    };
    if (format) {
      yield* parser[format](pieces);
      return;
    }
    // No telling extension: look at the first non-blank character (searching each piece once). A file that
    // starts with more blank space than any import file would is read as CSV, which refuses it.
    const pending: string[] = [];
    let blank = 0;
    for await (const piece of pieces) {
      pending.push(piece);
      const first = /\S/.exec(piece);
      if (first) {
        format = first[0] === '{' ? 'jsonl' : 'csv';
        break;
      }
      blank += piece.length;
      if (blank > MAX_LEADING_BLANK) {
        format = 'csv';
        break;
      }
    }
    if (!format) {
      hooks.onEmpty?.();
      return;
    }
    yield* parser[format](prepend(pending, pieces));
  });
}

async function* prepend(first: readonly string[], rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield* first;
  yield* rest;
}

/** One array of records per piece of text read. */
async function* csvBatches(
  path: string,
  pieces: AsyncIterable<string>,
  hooks: BatchHooks,
): AsyncGenerator<StringRecord[]> {
  const splitter = new CsvSplitter();
  let header: string[] | undefined;
  const toRecords = (fieldsList: Iterable<string[]>): StringRecord[] => {
    const batch: StringRecord[] = [];
    for (const fields of fieldsList) {
      if (!header) {
        header = checkedHeader(path, fields);
        // A record with more fields than the header is refused as soon as it has one too many.
        splitter.fieldLimit = { max: header.length, why: `the header has ${header.length}` };
        hooks.onHeader?.(header);
        continue;
      }
      if (fields.length !== header.length) {
        throw unreadableFile(
          `${path}: line ${splitter.recordLine} has ${fields.length} field${fields.length === 1 ? '' : 's'}, but the header has ${header.length}`,
        );
      }
      const record: StringRecord = {};
      for (let i = 0; i < fields.length; i++) record[header[i] as string] = fields[i] as string;
      batch.push(record);
    }
    return batch;
  };
  try {
    for await (const piece of pieces) yield toRecords(splitter.feed(piece, false));
    yield toRecords(splitter.feed('', true));
    if (!header) hooks.onEmpty?.();
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw unreadableFile(`${path}: line ${error.line}: ${error.message}`);
    throw error;
  }
}

function checkedHeader(path: string, fields: string[]): string[] {
  const names = fields.map((f) => f.trim());
  const blank = names.indexOf('');
  if (blank !== -1) throw unreadableFile(`${path}: line 1: column ${blank + 1} of the header has no name`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw unreadableFile(`${path}: line 1: the header names column ${name} twice`);
    seen.add(name);
  }
  return names;
}
