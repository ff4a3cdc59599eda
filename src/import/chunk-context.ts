/** What every kind's chunk importer gets: the open transaction, a bulk writer on it, and the clock. */
import type { Kysely } from 'kysely';
import type { BulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import type { SourceRow } from './check-fields.js';
import type { Tally } from './plan-changes.js';

export interface ChunkContext {
  readonly store: Store;
  /** The import's transaction: every read and write of the run goes through it. */
  readonly trx: Kysely<Schema>;
  readonly bulk: BulkWriter;
  /** `now` as an ISO instant, for created_at/updated_at. */
  readonly nowIso: string;
  /** `now`'s UTC calendar date, e.g. for "birth date not in the future". */
  readonly today: string;
  /** Portfolios created by this run, in order (accounts only). */
  readonly createdPortfolios: string[];
  /** Portfolio ids known to exist, so a chunk asks the database only about new names. */
  readonly knownPortfolios: Set<string>;
  /** Portfolio id → IANA time zone, filled as accounts of each portfolio are looked up. */
  readonly portfolioZones: Map<string, string>;
}

/** Validates and applies one chunk of rows, in file order, adding each row's outcome to `tally`. */
export type ChunkImporter = (ctx: ChunkContext, rows: readonly SourceRow[], tally: Tally) => Promise<void>;

/** The distinct non-blank values of `field` over `rows`. */
export function distinctValues(rows: readonly SourceRow[], field: string): string[] {
  const seen = new Set<string>();
  for (const r of rows) {
    const v = r.values[field];
    if (v) seen.add(v);
  }
  return [...seen];
}
