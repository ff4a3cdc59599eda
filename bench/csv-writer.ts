/**
 * Buffered CSV output for the dataset generator: lines are collected and written in large blocks, waiting for
 * the stream to drain, so generating millions of rows stays fast and in bounded memory.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export interface CsvWriter {
  readonly path: string;
  rows: number;
  /** Adds one row; values must not contain commas, quotes or newlines (the generator never makes any). */
  row(values: readonly (string | number)[]): void;
  /** Writes the buffered rows out once enough have gathered, waiting for the stream when it is full. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

const BLOCK_LINES = 20_000;

export function csvWriter(path: string, header: readonly string[]): CsvWriter {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let pending: string[] = [`${header.join(',')}\n`];
  const flush = async () => {
    if (pending.length === 0) return;
    const block = pending.join('');
    pending = [];
    if (!stream.write(block)) await once(stream, 'drain');
  };
  const writer: CsvWriter = {
    path,
    rows: 0,
    row(values) {
      pending.push(`${values.join(',')}\n`);
      writer.rows += 1;
    },
    async drain() {
      if (pending.length >= BLOCK_LINES) await flush();
    },
    async close() {
      await flush();
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
  };
  return writer;
}
