/**
 * Helpers for the activity, timeline and features tests (no test framework in here): a small book with
 * its parties and a floor of users, an activities import row with every column, and promise and
 * arrangement rows as their use cases store them.
 */
import type { Insertable } from 'kysely';
import { account, party, runImport } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
import type { ArrangementTable, PromiseTable } from '../store/schema.js';
import { addUser } from '../user/add-user.js';

/**
 * A-1 (opened 2026-01-01, portfolio `consumer`, Asia/Shanghai): borrower P-1 王芳, guarantor G-1 李强,
 * emergency contact C-1 张伟. A-2: borrower G-1. A-3: no parties on file.
 * Users: li.na (collector), wang.wei and zhao.lei (field agents), old.hand (a collector who has left),
 * qian.audit (auditor).
 */
export async function seedWorkedBook(store: Store, now: Date): Promise<Map<string, number>> {
  await runImport(store, 'parties', [
    party(),
    party({ party_id: 'G-1', name: '李强', segment: 'small_business' }),
    party({ party_id: 'C-1', name: '张伟' }),
  ]);
  await runImport(store, 'accounts', [
    account(),
    account({ account_id: 'A-2', opened_on: '2026-03-01' }),
    account({ account_id: 'A-3' }),
  ]);
  await runImport(store, 'relations', [
    { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
    { account_id: 'A-1', party_id: 'G-1', role: 'guarantor' },
    { account_id: 'A-1', party_id: 'C-1', role: 'emergency_contact' },
    { account_id: 'A-2', party_id: 'G-1', role: 'borrower' },
  ]);
  const users: [string, string, string, boolean][] = [
    ['li.na', '李娜', 'collector', true],
    ['wang.wei', '王伟', 'field_agent', true],
    ['zhao.lei', '赵磊', 'field_agent', true],
    ['old.hand', '老张', 'collector', false],
    ['qian.audit', '钱审', 'auditor', true],
  ];
  for (const [userId, name, role, active] of users) {
    await addUser({ db: store.db, userId, name, role, active, actor: 'test', now });
  }
  const [accounts, parties] = await Promise.all([
    store.db.selectFrom('accounts').select(['id', 'account_id']).execute(),
    store.db.selectFrom('parties').select(['id', 'party_id']).execute(),
  ]);
  return new Map([
    ...accounts.map((r) => [r.account_id, Number(r.id)] as const),
    ...parties.map((r) => [r.party_id, Number(r.id)] as const),
  ]);
}

/** One row of an activities import file: a call to A-1's borrower that ended in a promise. */
export function activityRow(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    activity_id: 'CRM-1',
    account_id: 'A-1',
    party_id: 'P-1',
    channel: 'phone',
    direction: 'outbound',
    contact_point: '+86 138 0013 8000',
    staff: 'li.na',
    started_at: '2026-11-20T10:05:00+08:00',
    ended_at: '2026-11-20T10:12:30+08:00',
    outcome: 'promise',
    excuse: 'over_indebted',
    note: '答应月底前先还一期',
    evidence: 'rec-20261120-001',
    ...over,
  } as Record<string, string>;
}

/** A promises row as the promise use cases write it (the timeline and features tests seed them directly). */
export function promiseRow(accountKey: number, over: Partial<Insertable<PromiseTable>> = {}): Insertable<PromiseTable> {
  return {
    promise_id: 'prm-1',
    account_id: accountKey,
    party_id: null,
    amount: 104_500,
    currency: 'CNY',
    due_on: '2026-11-25',
    due_at: '18:00',
    taken_at: '2026-11-20T02:05:00.000Z',
    taken_on: '2026-11-20',
    taken_by: 'li.na',
    channel: 'phone',
    activity_id: null,
    status: 'pending',
    paid: 0,
    decided_on: null,
    created_at: '2026-11-20T02:06:00.000Z',
    updated_at: '2026-11-20T02:06:00.000Z',
    ...over,
  };
}

/** An arrangements row as the arrangement use cases write it (seeded directly by tests). */
export function arrangementRow(
  accountKey: number,
  over: Partial<Insertable<ArrangementTable>> = {},
): Insertable<ArrangementTable> {
  return {
    arrangement_id: 'arr-1',
    account_id: accountKey,
    type: 'plan',
    status: 'proposed',
    terms: JSON.stringify({ installments: 3, first_due: '2026-12-05', every: 'month' }),
    answers: null,
    discount_bp: 0,
    plan_installments: 3,
    outstanding: 313_500,
    required_role: null,
    proposed_by: 'li.na',
    proposed_at: '2026-11-21T03:00:00.000Z',
    proposed_on: '2026-11-21',
    decided_by: null,
    decided_at: null,
    decided_on: null,
    effective_on: null,
    closed_on: null,
    counted: 0,
    note: null,
    created_at: '2026-11-21T03:00:00.000Z',
    updated_at: '2026-11-21T03:00:00.000Z',
    ...over,
  };
}
