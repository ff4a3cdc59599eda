/**
 * A small book for the arrangement tests (no test framework in here): one borrower, accounts each with two
 * instalments past due and one not yet due, a collector, a team lead and a manager.
 */
import { account, instalment, party, payment, runImport } from '../import/import-fixtures.js';
import type { ImportKind } from '../import/import-kinds.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';

const SEEDED_AT = new Date('2026-11-29T02:00:00Z');

async function ok(store: Store, kind: ImportKind, rows: Record<string, string>[], now = SEEDED_AT) {
  const report = await runImport(store, kind, rows, { allOrNothing: true, now });
  if (report.rejected.length > 0) throw new Error(`fixture ${kind} refused: ${JSON.stringify(report.rejected)}`);
}

export async function seedArrangementBook(store: Store, ids: readonly string[]): Promise<void> {
  await ok(store, 'parties', [party({ party_id: 'P-1' })]);
  await ok(
    store,
    'accounts',
    ids.map((id) => account({ account_id: id, cost_cap_rate: '' })),
  );
  await ok(
    store,
    'schedules',
    ids.flatMap((id) => [
      instalment({ account_id: id, installment_no: '1', due_on: '2026-08-31' }),
      instalment({ account_id: id, installment_no: '2', due_on: '2026-09-30' }),
      instalment({ account_id: id, installment_no: '3', due_on: '2027-01-31' }),
    ]),
  );
  await ok(
    store,
    'relations',
    ids.map((id) => ({ account_id: id, party_id: 'P-1', role: 'borrower' })),
  );
  for (const [userId, role] of [
    ['col-1', 'collector'],
    ['lead-1', 'team_lead'],
    ['mgr-1', 'manager'],
    ['mgr-2', 'manager'],
  ] as const) {
    await addUser({ db: store.db, userId, name: userId, role, actor: 'test', now: SEEDED_AT });
  }
}

/** A payment as the bank file brings it, the day after the money moved (imports refuse money from the future). */
export async function seedPayment(store: Store, id: string, accountId: string, paidAt: string, amount: string) {
  await ok(
    store,
    'payments',
    [payment({ payment_id: id, account_id: accountId, paid_at: paidAt, amount })],
    new Date(Date.parse(paidAt) + 86_400_000),
  );
}
