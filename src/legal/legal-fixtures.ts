/**
 * A small book for the legal tests (no test framework in here), in portfolio `consumer` (Asia/Shanghai):
 * - N-1, notarized with an enforcement clause on 2024-01-01: four instalments of 1,000.00 due 2024-06-30
 *   (its 2 years to apply for enforcement ran out on 2026-06-30), 2025-03-31, 2026-10-31 and 2027-01-31
 *   (not yet due on 2026-11-29);
 * - L-1, not notarized: two instalments past due (2026-08-31, 2026-09-30) and one not yet due;
 * - R-1, not notarized: one instalment of 500.00 due 2026-10-31, to be paid off;
 * each with borrower P-1 王芳, guarantor G-1 李强 and emergency contact C-1 张伟. Users: legal-1 (legal
 * officer), mgr-1 (manager), col-1 (collector). The cycle is run to 2026-11-28, so every balance is current.
 */
import { runCycle } from '../cycle/run-cycle.js';
import { account, instalment, party, payment, runImport } from '../import/import-fixtures.js';
import type { ImportKind } from '../import/import-kinds.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';

export const LEGAL_SEEDED_AT = new Date('2026-11-29T02:00:00Z');
/** The day the fixture's cycle has run to. */
export const LEGAL_CYCLE_DAY = '2026-11-28';

async function ok(store: Store, kind: ImportKind, rows: Record<string, string>[], now = LEGAL_SEEDED_AT) {
  const report = await runImport(store, kind, rows, { allOrNothing: true, now });
  if (report.rejected.length > 0) throw new Error(`fixture ${kind} refused: ${JSON.stringify(report.rejected)}`);
}

/** `beforeCycle` adds what must be in the book when the cycle runs (more accounts and their schedules). */
export async function seedLegalBook(store: Store, beforeCycle?: (store: Store) => Promise<void>): Promise<void> {
  await ok(store, 'parties', [
    party({ party_id: 'P-1' }),
    party({ party_id: 'G-1', name: '李强' }),
    party({ party_id: 'C-1', name: '张伟' }),
  ]);
  await ok(store, 'accounts', [
    account({
      account_id: 'N-1',
      opened_on: '2024-01-01',
      principal: '4000.00',
      notarized_on: '2024-01-01',
      cost_cap_rate: '',
    }),
    account({ account_id: 'L-1', cost_cap_rate: '' }),
    account({ account_id: 'R-1', principal: '500.00', cost_cap_rate: '' }),
  ]);
  const due = (id: string, no: number, on: string, principal = '1000.00') =>
    instalment({ account_id: id, installment_no: String(no), due_on: on, principal, interest: '0.00' });
  await ok(store, 'schedules', [
    due('N-1', 1, '2024-06-30'),
    due('N-1', 2, '2025-03-31'),
    due('N-1', 3, '2026-10-31'),
    due('N-1', 4, '2027-01-31'),
    due('L-1', 1, '2026-08-31'),
    due('L-1', 2, '2026-09-30'),
    due('L-1', 3, '2027-01-31'),
    due('R-1', 1, '2026-10-31', '500.00'),
  ]);
  await ok(
    store,
    'relations',
    ['N-1', 'L-1', 'R-1'].flatMap((id) => [
      { account_id: id, party_id: 'P-1', role: 'borrower' },
      { account_id: id, party_id: 'G-1', role: 'guarantor' },
      { account_id: id, party_id: 'C-1', role: 'emergency_contact' },
    ]),
  );
  for (const [userId, role] of [
    ['legal-1', 'legal'],
    ['mgr-1', 'manager'],
    ['col-1', 'collector'],
  ] as const) {
    await addUser({ db: store.db, userId, name: userId, role, actor: 'test', now: LEGAL_SEEDED_AT });
  }
  await beforeCycle?.(store);
  await runCycle({ store, asOf: LEGAL_CYCLE_DAY, now: () => LEGAL_SEEDED_AT });
}

/** A payment as the bank file brings it, the day after the money moved (imports refuse money from the future). */
export async function seedLegalPayment(store: Store, id: string, accountId: string, paidAt: string, amount: string) {
  await ok(
    store,
    'payments',
    [payment({ payment_id: id, account_id: accountId, paid_at: paidAt, amount })],
    new Date(Date.parse(paidAt) + 86_400_000),
  );
}
