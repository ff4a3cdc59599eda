/**
 * Helpers for the activity, timeline and features tests (no test framework in here): a small book with
 * its parties and a floor of users, and an activities import row with every column.
 */
import { account, party, runImport } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
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
