/**
 * Streams an import file as string records: CSV (UTF-8, header row, optional BOM) or JSON lines (one
 * object per line; numbers and booleans become their text, null becomes blank). The format comes from the
 * extension (.csv, .jsonl/.ndjson/.json) or else from the first non-blank character (`{` = JSON lines).
 * The file is read in pieces and never held whole; anything malformed is refused as UNREADABLE_INPUT,
 * naming the file and line.
 */

import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { isAppError } from '../domain/errors.js';
import { unreadableFile } from './import-file-error.js';
import { type BatchHooks, batchedRecords, type StringRecord } from './record-batches.js';
import { CsvSplitter, CsvSyntaxError } from './split-csv.js';

export interface ReadRecordsOptions {
  /** Called as the file is read, with the bytes read so far and the file's size. */
  onBytes?: (bytesRead: number, totalBytes: number) => void;
}

type Format = 'csv' | 'jsonl';

const READ_CHUNK = 1 << 16;

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

export function readRecords(path: string, options: ReadRecordsOptions = {}): AsyncIterable<StringRecord> {
  return batchedRecords(async function* (hooks: BatchHooks = {}) {
    let format = formatFromExtension(path);
    const pieces = readText(path, options);
    const parser = { csv: csvBatches, jsonl: jsonBatches };
    if (format) {
      yield* parser[format](path, pieces, hooks);
      return;
    }
    // No telling extension: look at the first non-blank character.
    let pending = '';
    for await (const piece of pieces) {
      pending += piece;
      const first = /\S/.exec(pending);
      if (first) {
        format = first[0] === '{' ? 'jsonl' : 'csv';
        break;
      }
    }
    if (!format) return;
    yield* parser[format](path, prepend(pending, pieces), hooks);
  });
}

async function* prepend(first: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield first;
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

async function* jsonBatches(
  path: string,
  pieces: AsyncIterable<string>,
  _hooks: BatchHooks,
): AsyncGenerator<StringRecord[]> {
  let rest = '';
  let line = 0;
  const parseLine = (text: string): StringRecord | undefined => {
    line++;
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw unreadableFile(`${path}: line ${line}: not valid JSON (${error instanceof Error ? error.message : ''})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw unreadableFile(`${path}: line ${line}: expected one JSON object per line (JSON lines)`);
    }
    const record: StringRecord = {};
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string') record[key] = v;
      else if (typeof v === 'number' || typeof v === 'boolean') record[key] = String(v);
      else if (v === null) record[key] = '';
      else throw unreadableFile(`${path}: line ${line}: ${key} must be a string, number, boolean or null`);
    }
    return record;
  };
  for await (const piece of pieces) {
    const text = rest + piece;
    const batch: StringRecord[] = [];
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      const record = parseLine(text.slice(start, nl));
      start = nl + 1;
      if (record) batch.push(record);
    }
    rest = text.slice(start);
    yield batch;
  }
  const last = parseLine(rest);
  if (last) yield [last];
}
