/**
 * An optional fast lane for record sources: besides being an AsyncIterable of records, a source may hand
 * out whole arrays of records, so the importer pays one `await` per batch instead of one per record, and
 * may announce its column names up front (a CSV header), so a file with no rows is still checked.
 * readRecords offers it; importRecords uses it when present and plain iteration otherwise.
 */
export type StringRecord = Record<string, string>;

export const RECORD_BATCHES: unique symbol = Symbol('dunwell.recordBatches');

export interface BatchedRecords extends AsyncIterable<StringRecord> {
  [RECORD_BATCHES](hooks?: BatchHooks): AsyncIterable<readonly StringRecord[]>;
}

export interface BatchHooks {
  /** Called once with the column names when the source has a header, before any record. */
  onHeader?: (columns: readonly string[]) => void;
}

export function hasBatches(source: object): source is BatchedRecords {
  return RECORD_BATCHES in source;
}

/** Wraps a batch source so it is also a plain record iterable. */
export function batchedRecords(
  batches: (hooks?: BatchHooks) => AsyncIterable<readonly StringRecord[]>,
): BatchedRecords {
  return {
    [RECORD_BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}
