/**
 * Imports a stream of records of one kind: checks the columns, then validates and applies the rows chunk
 * by chunk inside ONE transaction, so a crash leaves nothing half-written and rows written by earlier
 * chunks are visible to later chunks' lookups. Memory stays bounded by the chunk size (plus the list of
 * rejections the report must carry). Before a kind sees a row, values that no column takes are rejected
 * here, the same for every kind and engine: a NUL character, a field over 64 KiB, a JSON number where the
 * column must be text (ids, amounts, rates), a record the reader could not read whole.
 *
 * A caller may hand in its own transaction (`trx`) to make the import part of a larger unit of work; the
 * import then runs inside a savepoint, so --all-or-nothing still undoes exactly the import's own writes.
 */
import { type Kysely, sql } from 'kysely';
import { appendEvent } from '../event/append-event.js';
import { bulkWriter } from '../store/bulk.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import type { SourceRow } from './check-fields.js';
import type { ChunkContext, ChunkImporter } from './chunk-context.js';
import { fieldProblem, MAX_FIELD_BYTES } from './field-limits.js';
import { unreadableFile } from './import-file-error.js';
import { type ImportKind, KIND_COLUMNS } from './import-kinds.js';
import { importAccounts } from './kinds/import-accounts.js';
import { importActivities } from './kinds/import-activities.js';
import { importCollateral } from './kinds/import-collateral.js';
import { importContacts } from './kinds/import-contacts.js';
import { importEvents } from './kinds/import-events.js';
import { importParties } from './kinds/import-parties.js';
import { importPayments } from './kinds/import-payments.js';
import { importRelations } from './kinds/import-relations.js';
import { importSchedules } from './kinds/import-schedules.js';
import { Tally } from './plan-changes.js';
import { hasBatches, RECORD_BATCHES, RECORD_PROBLEM, type RecordProblem, type SourceRecord } from './record-batches.js';

export interface ImportRejection {
  row: number;
  field: string;
  reason: string;
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  createdPortfolios: string[];
}

export interface ImportRecordsOptions {
  store: Store;
  /** The caller's transaction on `store`, to import as part of it; a transaction of its own when left out. */
  trx?: Kysely<Schema>;
  kind: ImportKind;
  /** Records of text values, or of JSON values as a JSON-lines file gives them (see SourceRecord). */
  records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>;
  /** Apply nothing at all when any row is rejected. */
  allOrNothing?: boolean;
  /** Who imported, for the event; `import` when left out. */
  actor?: string;
  now: Date;
  /** Called after each chunk with the number of records read so far. */
  onProgress?: (rowsDone: number) => void;
  /** Where the records came from (a file name), kept in the import's event. */
  source?: string;
  /** The SHA-256 of the source's bytes once read, kept in the import's event (the audit chain's word on the file). */
  sourceSha256?: () => string;
}

/** Rows per chunk: one lookup query per table and one batched write per table for each chunk. */
export const CHUNK_ROWS = 2000;

const IMPORTERS: Readonly<Record<ImportKind, ChunkImporter>> = {
  parties: importParties,
  accounts: importAccounts,
  schedules: importSchedules,
  relations: importRelations,
  contacts: importContacts,
  payments: importPayments,
  collateral: importCollateral,
  events: importEvents,
  activities: importActivities,
};

/** The tables each kind writes: what ANALYZE refreshes after a large import on PostgreSQL. */
const WRITES: Readonly<Record<ImportKind, readonly (keyof Schema)[]>> = {
  parties: ['parties'],
  accounts: ['accounts', 'account_terms', 'portfolios'],
  schedules: ['installments', 'ledger_entries', 'accounts'],
  relations: ['relations'],
  contacts: ['contact_points'],
  payments: ['payments'],
  collateral: ['collateral'],
  events: ['watch_events'],
  activities: ['activities'],
};

/** Thrown inside the transaction to roll an all-or-nothing import back. */
class RollBack extends Error {}

function isSpace(code: number): boolean {
  return code <= 32 || (code >= 0x80 && /\s/.test(String.fromCharCode(code)));
}

function needsTrim(v: string): boolean {
  return v.length > 0 && (isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)));
}

function normalised(record: SourceRecord): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key in record) {
    const v = record[key];
    values[key] = typeof v === 'string' ? v.trim() : v === null || v === undefined ? '' : String(v);
  }
  return values;
}

/** Values shorter than this are within MAX_FIELD_BYTES whatever their characters (at most 3 bytes each). */
const SURELY_SHORT = Math.floor(MAX_FIELD_BYTES / 3);

/**
 * Why one of the record's values cannot be taken whatever the kind's rules say, or undefined: a JSON
 * number or boolean in a column that must be text, a value over the length limit, a NUL character.
 */
function valueProblem(record: SourceRecord, text: ReadonlySet<string>): RecordProblem | undefined {
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'string') {
      if (v.length <= SURELY_SHORT && !v.includes('\u0000')) continue;
      const reason = fieldProblem(key, v);
      if (reason !== null) return { field: key, reason };
    } else if (text.has(key)) {
      return {
        field: key,
        reason: `${key} is the JSON ${typeof v} ${String(v)}; ids, amounts and rates must be JSON strings, so quote it ("${key}": "…") — as a number it may already have lost digits`,
      };
    }
  }
  return undefined;
}

/** Names for a message; a name cut from an over-long header field is shortened so the message stays readable. */
function listed(names: readonly string[]): string {
  return names.map((n) => (n.length > 60 ? `${n.slice(0, 60)}…` : n)).join(', ');
}

export async function importRecords(options: ImportRecordsOptions): Promise<ImportReport> {
  const { store, kind } = options;
  const spec = KIND_COLUMNS[kind];
  const allowed = new Set(spec.columns);
  const importer = IMPORTERS[kind];
  const nowIso = options.now.toISOString();
  const total = new Tally();
  const createdPortfolios: string[] = [];
  let rows = 0;

  const textColumns = new Set(spec.text);
  const unknownColumns = (record: Record<string, unknown>, where: string) => {
    const unknown = Object.keys(record).filter((k) => !allowed.has(k));
    if (unknown.length > 0) {
      throw unreadableFile(
        `${where}unknown column${unknown.length > 1 ? 's' : ''} ${listed(unknown)} for ${kind}; the columns are ${listed(spec.columns)}`,
      );
    }
  };
  const checkHeader = (record: Record<string, unknown>) => {
    unknownColumns(record, '');
    const missing = spec.required.filter((c) => !(c in record));
    if (missing.length > 0) {
      throw unreadableFile(
        `missing required column${missing.length > 1 ? 's' : ''} ${listed(missing)} for ${kind}; the columns are ${listed(spec.columns)}`,
      );
    }
  };

  const run = async (trx: Kysely<Schema>) => {
    const ctx: ChunkContext = {
      store,
      trx,
      bulk: bulkWriter(store, trx),
      nowIso,
      today: nowIso.slice(0, 10),
      createdPortfolios,
      knownPortfolios: new Set(),
      portfolioZones: new Map(),
    };
    let chunk: SourceRow[] = [];
    // Rows refused before the kind's checks (a value no kind takes), reported with the chunk they fall in.
    let refused: ImportRejection[] = [];
    const flush = async () => {
      if (chunk.length === 0 && refused.length === 0) return;
      const tally = new Tally();
      if (chunk.length > 0) await importer(ctx, chunk, tally);
      total.inserted += tally.inserted;
      total.updated += tally.updated;
      total.unchanged += tally.unchanged;
      for (const r of refused) tally.rejected.push(r);
      // A chunk finds problems in several passes; the report lists them in file order.
      tally.rejected.sort((a, b) => a.row - b.row);
      for (const r of tally.rejected) total.rejected.push(r);
      chunk = [];
      refused = [];
      options.onProgress?.(rows);
    };
    let headerChecked = false;
    const accept = (record: SourceRecord): boolean => {
      rows++;
      const unread = record[RECORD_PROBLEM];
      if (unread) {
        refused.push({ row: rows, field: unread.field, reason: unread.reason });
        return false;
      }
      // Sources without a header (JSON lines, records in memory) show their columns in the first record.
      if (!headerChecked) {
        checkHeader(record);
        headerChecked = true;
      }
      let clean = true;
      for (const key in record) {
        if (!allowed.has(key)) unknownColumns(record, `record ${rows}: `);
        const v = record[key];
        if (typeof v !== 'string' || needsTrim(v) || v.length > SURELY_SHORT || v.includes('\u0000')) clean = false;
      }
      if (!clean) {
        const problem = valueProblem(record, textColumns);
        if (problem) {
          refused.push({ row: rows, ...problem });
          return false;
        }
      }
      // Records are used as they come unless a value needs trimming or is not a string.
      chunk.push({ row: rows, values: clean ? (record as Record<string, string>) : normalised(record) });
      return chunk.length >= CHUNK_ROWS;
    };
    const records = options.records;
    if (hasBatches(records)) {
      const onHeader = (columns: readonly string[]) => {
        checkHeader(Object.fromEntries(columns.map((c) => [c, ''])));
        headerChecked = true;
      };
      const onEmpty = () => {
        throw unreadableFile(
          `the file is empty: missing required column${spec.required.length > 1 ? 's' : ''} ${listed(spec.required)} for ${kind}; the columns are ${listed(spec.columns)}`,
        );
      };
      for await (const batch of records[RECORD_BATCHES]({ onHeader, onEmpty })) {
        for (const record of batch) if (accept(record)) await flush();
      }
    } else {
      for await (const record of records) if (accept(record)) await flush();
    }
    await flush();
    if (options.allOrNothing && total.rejected.length > 0) throw new RollBack();
    await recordEvent(trx, false);
  };

  const report = (): ImportReport => ({
    kind,
    rows,
    inserted: total.inserted,
    updated: total.updated,
    unchanged: total.unchanged,
    rejected: total.rejected,
    createdPortfolios,
  });
  const recordEvent = async (executor: Kysely<Schema>, rolledBack: boolean) => {
    const r = report();
    const payload = {
      ...(options.source === undefined ? {} : { file: options.source }),
      ...(options.sourceSha256 === undefined ? {} : { sha256: options.sourceSha256() }),
      rows: r.rows,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      rejected: r.rejected.length,
      ...(r.createdPortfolios.length > 0 ? { created_portfolios: r.createdPortfolios } : {}),
      ...(rolledBack ? { rolled_back: true } : {}),
    };
    await appendEvent(executor, {
      kind: `import.${kind}`,
      actor: options.actor ?? 'import',
      now: options.now,
      payload,
    });
  };

  try {
    if (options.trx) await inSavepoint(options.trx, run);
    else {
      await store.db.transaction().execute(run);
      await refreshStatistics(store, WRITES[kind], total.inserted + total.updated);
    }
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    // Nothing was applied: say so in the counts, and still leave a trace of the attempt.
    total.inserted = 0;
    total.updated = 0;
    createdPortfolios.length = 0;
    await recordEvent(options.trx ?? store.db, true);
  }
  return report();
}

/** Rows written by one import that make PostgreSQL's statistics worth refreshing at once. */
const STATISTICS_AFTER_ROWS = 10_000;

/**
 * After a large import, PostgreSQL's planner must learn the new sizes now, not when autovacuum gets round
 * to it: a table it still believes empty is read by a sequential scan of every row for each range of the
 * next cycle (a 1M-account book went from seconds to minutes). Only the tables the kind wrote: ANALYZE
 * samples each table, but a whole large database still takes seconds. SQLite plans these queries from its
 * indexes alone.
 */
async function refreshStatistics(store: Store, tables: readonly (keyof Schema)[], written: number): Promise<void> {
  if (store.engine !== 'postgres' || written < STATISTICS_AFTER_ROWS) return;
  await sql`ANALYZE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(store.db);
}

/** Runs `fn` in a savepoint of the caller's transaction: undone alone if it throws, kept otherwise. */
async function inSavepoint(trx: Kysely<Schema>, fn: (trx: Kysely<Schema>) => Promise<void>): Promise<void> {
  await sql`SAVEPOINT dunwell_import`.execute(trx);
  try {
    await fn(trx);
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT dunwell_import`.execute(trx);
    await sql`RELEASE SAVEPOINT dunwell_import`.execute(trx);
    throw error;
  }
  await sql`RELEASE SAVEPOINT dunwell_import`.execute(trx);
}
