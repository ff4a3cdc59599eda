/**
 * An optional fast lane for record sources: besides being an AsyncIterable of records, a source may hand
 * out whole arrays of records, so the importer pays one `await` per batch instead of one per record.
 * readRecords offers it; importRecords uses it when present and plain iteration otherwise.
 */
export type StringRecord = Record<string, string>;

export const RECORD_BATCHES: unique symbol = Symbol('dunwell.recordBatches');

export interface BatchedRecords extends AsyncIterable<StringRecord> {
  [RECORD_BATCHES](): AsyncIterable<readonly StringRecord[]>;
}

export function hasBatches(source: object): source is BatchedRecords {
  return RECORD_BATCHES in source;
}

/** Wraps a batch source so it is also a plain record iterable. */
export function batchedRecords(batches: () => AsyncIterable<readonly StringRecord[]>): BatchedRecords {
  return {
    [RECORD_BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}
