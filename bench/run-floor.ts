/**
 * The "floor": the least work any daily run over this portfolio must do, as one bare set-based SQL pass on
 * the same engine and data — every account row updated (its DPD recomputed from the cached oldest unpaid due
 * date, and updated_at) and one row per past-due account inserted into a scratch table, in one transaction.
 * The cycle's time is reported as a multiple of this. It runs after the timed cycle, so it cannot warm or
 * shrink the cycle's work, and it writes the DPD the cycle already wrote (only updated_at moves).
 */
import { sql } from 'kysely';
import type { IsoDate } from '../src/domain/calendar/calendar.js';
import type { Store } from '../src/store/open-database.js';

export interface FloorResult {
  ms: number;
  updated: number;
  inserted: number;
}

export interface RunFloorOptions {
  store: Store;
  asOf: IsoDate;
  now: Date;
}

export async function runFloor({ store, asOf, now }: RunFloorOptions): Promise<FloorResult> {
  const { db } = store;
  const pg = store.engine === 'postgres';
  const scratch = sql.table('bench_floor_scratch');
  await sql`DROP TABLE IF EXISTS ${scratch}`.execute(db);
  await sql`CREATE TABLE ${scratch} (account_id bigint NOT NULL, as_of text NOT NULL, dpd integer NOT NULL, past_due bigint NOT NULL)`.execute(
    db,
  );
  // D − oldest unpaid due date, in whole days, when that date is before D.
  const dpd = pg
    ? sql`CASE WHEN oldest_unpaid_due_on < ${asOf}::date THEN ${asOf}::date - oldest_unpaid_due_on ELSE 0 END`
    : sql`CASE WHEN oldest_unpaid_due_on < ${asOf} THEN CAST(julianday(${asOf}) - julianday(oldest_unpaid_due_on) AS INTEGER) ELSE 0 END`;

  const started = performance.now();
  const { updated, inserted } = await db.transaction().execute(async (trx) => {
    const update = await sql`UPDATE accounts SET dpd = ${dpd}, updated_at = ${now.toISOString()}`.execute(trx);
    const insert = await sql`INSERT INTO ${scratch} (account_id, as_of, dpd, past_due)
      SELECT id, ${asOf}, dpd, past_due_total FROM accounts WHERE dpd > 0`.execute(trx);
    return { updated: Number(update.numAffectedRows ?? 0), inserted: Number(insert.numAffectedRows ?? 0) };
  });
  const ms = Math.round((performance.now() - started) * 10) / 10;

  await sql`DROP TABLE ${scratch}`.execute(db);
  return { ms, updated, inserted };
}
