/**
 * The cycle's restrictions step for day D, after the ledger pass (so D's payments are in the balances):
 * - every restriction still in force on an account whose debt is paid (nothing outstanding, or the ledger
 *   closed it as paid off or settled) is lifted, lifted_on D, reason `paid` — a bureau report still in
 *   its notice period was never reported and keeps no effective day;
 * - every credit-bureau report whose notice period has run out by D (effective_on ≤ D) becomes `reported`.
 * Each change is a `restriction.lift` or `restriction.report` event by the cycle, before and after.
 *
 * Set-based: one query finds each kind of change over the whole book (restrictions are few beside
 * accounts, and the accounts are reached by their key), then the rows are written with the bulk writer in
 * batches, each batch re-read and written with its events in one transaction (a restriction lifted at the
 * desk meanwhile is not lifted twice). Idempotent: a rerun of D finds nothing to do.
 */
import { type Kysely, sql } from 'kysely';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { effectiveAfterLift, PAID_REASON } from '../../domain/legal/restriction-rules.js';
import { type AppendEventOptions, appendEvents } from '../../event/append-event.js';
import { bulkWriter } from '../../store/bulk.js';
import { inList } from '../../store/in-list.js';
import type { Store } from '../../store/open-database.js';
import type { Schema } from '../../store/schema.js';

const BATCH = 2_000;

/** A type, not an interface, so it is a cycle step's Record<string, number>. */
export type RestrictionsStepCounts = { lifted: number; reported: number };

interface Change {
  key: number;
  restrictionId: string;
  accountId: number;
  type: string;
  status: string;
  effectiveOn: string | null;
}

export async function restrictionsStep(options: {
  store: Store;
  asOf: IsoDate;
  now: Date;
}): Promise<{ name: string; counts: RestrictionsStepCounts; ms: number }> {
  const started = performance.now();
  const { store, asOf, now } = options;
  const db = store.db;
  const outstanding = sql<number>`${sql.ref('a.out_principal')} + ${sql.ref('a.out_interest')} + ${sql.ref('a.out_fee')} + ${sql.ref('a.out_penalty')} + ${sql.ref('a.out_late_fee')}`;
  const paid = (
    await db
      .selectFrom('restrictions as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .select(['r.id', 'r.restriction_id', 'r.account_id', 'r.type', 'r.status', 'r.effective_on'])
      .where('r.status', '!=', 'lifted')
      .where((eb) => eb.or([eb('a.status', 'in', ['paid_off', 'settled']), eb(outstanding, '<=', 0)]))
      .orderBy('r.id')
      .execute()
  ).map(toChange);
  const lifted = await inBatches(paid, 'lifted', (trx, batch) => lift(trx, batch));

  const due = (
    await db
      .selectFrom('restrictions as r')
      .select(['r.id', 'r.restriction_id', 'r.account_id', 'r.type', 'r.status', 'r.effective_on'])
      .where('r.status', '=', 'noticed')
      .where('r.effective_on', '<=', asOf)
      .orderBy('r.id')
      .execute()
  ).map(toChange);
  const reported = await inBatches(due, 'noticed', (trx, batch) => report(trx, batch));

  return {
    name: 'restrictions',
    counts: { lifted, reported },
    ms: Math.round((performance.now() - started) * 10) / 10,
  };

  /**
   * Writes the changes batch by batch, each in a transaction that first re-reads its rows (locked on
   * PostgreSQL) in the status they were found in: one lifted at the desk meanwhile is left alone.
   */
  async function inBatches(
    changes: Change[],
    from: 'lifted' | 'noticed',
    write: (trx: Kysely<Schema>, batch: Change[]) => Promise<void>,
  ): Promise<number> {
    let written = 0;
    for (let i = 0; i < changes.length; i += BATCH) {
      const batch = changes.slice(i, i + BATCH);
      written += await db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('restrictions')
          .select(['id', 'status', 'effective_on'])
          .where(
            inList(
              store.engine,
              'id',
              batch.map((c) => c.key),
              'bigint',
            ),
          )
          .where('status', from === 'lifted' ? '!=' : '=', from);
        if (store.engine === 'postgres') query = query.forUpdate();
        const live = new Map((await query.execute()).map((r) => [Number(r.id), r]));
        const still = batch
          .filter((c) => live.has(c.key))
          .map((c) => ({
            ...c,
            status: live.get(c.key)?.status ?? c.status,
            effectiveOn: live.get(c.key)?.effective_on ?? null,
          }));
        if (still.length > 0) await write(trx, still);
        return still.length;
      });
    }
    return written;
  }

  async function lift(trx: Kysely<Schema>, batch: Change[]): Promise<void> {
    const stamp = now.toISOString();
    const rows = batch.map((c) => ['lifted', asOf, PAID_REASON, effectiveAfterLift(c), stamp, c.key]);
    await bulkWriter(store, trx).update(
      'restrictions',
      ['status', 'lifted_on', 'lifted_reason', 'effective_on', 'updated_at'],
      ['id'],
      rows,
    );
    await appendEvents(
      store,
      trx,
      batch.map(
        (c): AppendEventOptions => ({
          kind: 'restriction.lift',
          actor: 'cycle',
          now,
          accountId: c.accountId,
          payload: {
            restriction_id: c.restrictionId,
            type: c.type,
            status_before: c.status,
            status_after: 'lifted',
            lifted_on: asOf,
            reason: PAID_REASON,
            effective_on_before: c.effectiveOn,
            effective_on_after: effectiveAfterLift(c),
          },
        }),
      ),
    );
  }

  async function report(trx: Kysely<Schema>, batch: Change[]): Promise<void> {
    const stamp = now.toISOString();
    await bulkWriter(store, trx).update(
      'restrictions',
      ['status', 'updated_at'],
      ['id'],
      batch.map((c) => ['reported', stamp, c.key]),
    );
    await appendEvents(
      store,
      trx,
      batch.map(
        (c): AppendEventOptions => ({
          kind: 'restriction.report',
          actor: 'cycle',
          now,
          accountId: c.accountId,
          payload: {
            restriction_id: c.restrictionId,
            type: c.type,
            status_before: 'noticed',
            status_after: 'reported',
            as_of: asOf,
            effective_on: c.effectiveOn,
          },
        }),
      ),
    );
  }
}

function toChange(r: {
  id: number | string;
  restriction_id: string;
  account_id: number | string;
  type: string;
  status: string;
  effective_on: string | null;
}): Change {
  return {
    key: Number(r.id),
    restrictionId: r.restriction_id,
    accountId: Number(r.account_id),
    type: r.type,
    status: r.status,
    effectiveOn: r.effective_on,
  };
}
