/**
 * An optional fast lane for record sources: besides being an AsyncIterable of records, a source may hand
 * out whole arrays of records, so the importer pays one `await` per batch instead of one per record, and
 * may announce its column names up front (a CSV header), so a file with no rows is still checked, or say
 * that it is empty. readRecords offers it; importRecords uses it when present and plain iteration otherwise.
 */
export type StringRecord = Record<string, string>;

/**
 * A value as a source gives it: text, or a JSON number or boolean as the JSON-lines file wrote it, so the
 * importer can refuse a number where digits may already be lost (an id, an amount) and take one elsewhere.
 */
export type SourceValue = string | number | boolean;

/** Why the reader could not read a record whole (a JSON line longer than any record can be): a row rejection. */
export interface RecordProblem {
  readonly field: string;
  readonly reason: string;
}

export const RECORD_PROBLEM: unique symbol = Symbol('dunwell.recordProblem');

/** A record from a source; a record the reader could not read carries only its RECORD_PROBLEM. */
export type SourceRecord = Record<string, SourceValue> & { [RECORD_PROBLEM]?: RecordProblem };

export const RECORD_BATCHES: unique symbol = Symbol('dunwell.recordBatches');

export interface BatchedRecords extends AsyncIterable<SourceRecord> {
  [RECORD_BATCHES](hooks?: BatchHooks): AsyncIterable<readonly SourceRecord[]>;
}

export interface BatchHooks {
  /** Called once with the column names when the source has a header, before any record. */
  onHeader?: (columns: readonly string[]) => void;
  /** Called when the source holds nothing at all: no header, no record (a 0-byte or blank file). */
  onEmpty?: () => void;
}

export function hasBatches(source: object): source is BatchedRecords {
  return RECORD_BATCHES in source;
}

/** Wraps a batch source so it is also a plain record iterable. */
export function batchedRecords(
  batches: (hooks?: BatchHooks) => AsyncIterable<readonly SourceRecord[]>,
): BatchedRecords {
  return {
    [RECORD_BATCHES]: batches,
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
  };
}
