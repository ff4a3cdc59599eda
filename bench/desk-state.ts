/**
 * Where the desk's work stands after a cycle, read straight from the tables: what the features counted of
 * the activities (accounts with contact attempts and right-party contacts in the last 30 days, and the
 * sums), accounts with kept or broken promises on record, promises by status, arrangements by type and
 * status, accounts a settlement closed, and the plan instalments the plans wrote.
 */
import { sql } from 'kysely';
import type { Store } from '../src/store/open-database.js';
import type { DeskState } from './bench-result.js';

export async function readDeskState(store: Store): Promise<DeskState> {
  const db = store.db;
  const positive = (column: string) => sql<number>`sum(case when ${sql.ref(column)} > 0 then 1 else 0 end)`;
  const [features, promises, arrangements, settled, installments, activities] = await Promise.all([
    db
      .selectFrom('account_features')
      .select((eb) => [
        positive('attempts_30').as('with_attempts'),
        eb.fn.sum<number>('attempts_30').as('attempts'),
        positive('rpc_30').as('with_rpc'),
        eb.fn.sum<number>('rpc_30').as('rpc'),
        positive('promises_kept').as('kept'),
        positive('promises_broken').as('broken'),
      ])
      .executeTakeFirst(),
    db
      .selectFrom('promises')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .orderBy('status')
      .execute(),
    db
      .selectFrom('arrangements')
      .select((eb) => ['type', 'status', eb.fn.countAll<number>().as('n')])
      .groupBy(['type', 'status'])
      .orderBy('type')
      .orderBy('status')
      .execute(),
    db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'settled')
      .executeTakeFirst(),
    db
      .selectFrom('installments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('arrangement_id', 'is not', null)
      .executeTakeFirst(),
    db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return {
    activities: Number(activities?.n ?? 0),
    accountsWithAttempts: Number(features?.with_attempts ?? 0),
    attempts30: Number(features?.attempts ?? 0),
    accountsWithRpc: Number(features?.with_rpc ?? 0),
    rpc30: Number(features?.rpc ?? 0),
    accountsWithKeptPromises: Number(features?.kept ?? 0),
    accountsWithBrokenPromises: Number(features?.broken ?? 0),
    promises: Object.fromEntries(promises.map((r) => [r.status, Number(r.n)])),
    arrangements: Object.fromEntries(arrangements.map((r) => [`${r.type} ${r.status}`, Number(r.n)])),
    settledAccounts: Number(settled?.n ?? 0),
    planInstallments: Number(installments?.n ?? 0),
  };
}
