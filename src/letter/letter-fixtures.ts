/**
 * The book the letter tests work on (no test framework in here): the activity tests' book (A-1 of 王芳,
 * guarantor 李强, emergency contact 张伟; li.na a collector, qian.audit an auditor) with A-1's schedule —
 * two instalments overdue on 2026-11-29, one not yet due — postal addresses, a manager and a team lead,
 * the cycle run to 2026-11-29, and the example letterhead on portfolio `consumer`.
 */
import { seedWorkedBook } from '../activity/activity-fixtures.js';
import { runCycle } from '../cycle/run-cycle.js';
import { runImport } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
import { addUser } from '../user/add-user.js';
import { setLetterhead } from './set-letterhead.js';

export const LETTER_DAY = '2026-11-29';
export const EXAMPLE_LETTERHEAD = 'examples/letterhead.yaml';
export const ADDRESS = '上海市徐汇区漕溪北路88号3号楼1202室';

export async function seedLetterBook(store: Store, now: Date, options: { letterhead?: boolean } = {}): Promise<void> {
  await seedWorkedBook(store, now);
  await runImport(store, 'schedules', [
    {
      account_id: 'A-1',
      installment_no: '1',
      due_on: '2026-09-30',
      principal: '1000.00',
      interest: '45.00',
      fee: '0.00',
    },
    {
      account_id: 'A-1',
      installment_no: '2',
      due_on: '2026-10-31',
      principal: '1000.00',
      interest: '45.00',
      fee: '0.00',
    },
    {
      account_id: 'A-1',
      installment_no: '3',
      due_on: '2026-12-31',
      principal: '1000.00',
      interest: '45.00',
      fee: '0.00',
    },
  ]);
  await runImport(store, 'contacts', [
    { party_id: 'P-1', type: 'address', value: ADDRESS, verified: '1', do_not_contact: '0' },
    { party_id: 'G-1', type: 'address', value: '上海市闵行区七莘路1000号', verified: '1', do_not_contact: '0' },
    { party_id: 'C-1', type: 'address', value: '上海市黄浦区南京东路1号', verified: '1', do_not_contact: '0' },
  ]);
  await addUser({
    db: store.db,
    userId: 'mei.manager',
    name: '梅经理',
    role: 'manager',
    active: true,
    actor: 'test',
    now,
  });
  await addUser({
    db: store.db,
    userId: 'tang.lead',
    name: '唐组长',
    role: 'team_lead',
    active: true,
    actor: 'test',
    now,
  });
  await runCycle({ store, asOf: LETTER_DAY, now: () => now });
  if (options.letterhead !== false) {
    await setLetterhead({ db: store.db, portfolioId: 'consumer', file: EXAMPLE_LETTERHEAD, by: 'mei.manager', now });
  }
}
