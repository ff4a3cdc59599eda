/**
 * Alerts before expiry drive the strategy, on both engines: the cycle's features step finds each account's
 * limitation clock (set-based), the demo strategy's `limitation-near` segment sends an account whose period
 * runs out within 120 days to legal review on Mondays, and an acknowledgement recorded at the desk
 * restarts the clock and takes it out of that segment on the next run.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { runCycle } from '../src/cycle/run-cycle.js';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { account, instalment, party, runImport } from '../src/import/import-fixtures.js';
import { addLegalEvent } from '../src/legal/add-legal-event.js';
import type { Store } from '../src/store/open-database.js';
import { addUser } from '../src/user/add-user.js';
import { freshStores, testEngines } from './support/engines.js';

const MONDAY = '2026-11-23';
const NOW = new Date('2026-11-23T02:00:00Z');

async function book(store: Store) {
  const ok = async (kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) => {
    const report = await runImport(store, kind, rows, { allOrNothing: true });
    expect(report.rejected).toEqual([]);
  };
  await ok('parties', [party({ party_id: 'P-1' }), party({ party_id: 'P-2', name: '刘洋' })]);
  // NEAR: its last instalment fell due on 2024-01-15, so the period ends on Friday 2027-01-15, 53 days
  // after Monday 2026-11-23. FAR: last due 2025-12-15, ending in December 2028.
  await ok('accounts', [
    account({ account_id: 'NEAR', opened_on: '2023-01-15', principal: '2000.00' }),
    account({ account_id: 'FAR', opened_on: '2024-12-15', principal: '2000.00' }),
  ]);
  await ok('schedules', [
    instalment({ account_id: 'NEAR', installment_no: '1', due_on: '2023-12-15', principal: '1000.00' }),
    instalment({ account_id: 'NEAR', installment_no: '2', due_on: '2024-01-15', principal: '1000.00' }),
    instalment({ account_id: 'FAR', installment_no: '1', due_on: '2025-11-15', principal: '1000.00' }),
    instalment({ account_id: 'FAR', installment_no: '2', due_on: '2025-12-15', principal: '1000.00' }),
  ]);
  await ok('relations', [
    { account_id: 'NEAR', party_id: 'P-1', role: 'borrower' },
    { account_id: 'FAR', party_id: 'P-2', role: 'borrower' },
  ]);
  const user = (userId: string, role: string, skills: string[] = []) =>
    addUser({ db: store.db, userId, name: userId, role, skills, languages: ['zh-CN'], actor: 'test', now: NOW });
  await user('mgr-a', 'manager');
  await user('mgr-b', 'manager');
  await user('lee', 'legal', ['legal']);
  await user('ann', 'collector');
  await activateDemoStrategy({ db: store.db, now: NOW });
}

async function workOf(store: Store, accountId: string, asOf: string) {
  return store.db
    .selectFrom('work_items')
    .innerJoin('accounts', 'accounts.id', 'work_items.account_id')
    .select(['work_items.action', 'work_items.segment', 'work_items.assignee', 'work_items.reason'])
    .where('accounts.account_id', '=', accountId)
    .where('work_items.as_of', '=', asOf)
    .orderBy('work_items.action')
    .execute();
}

describe.each(testEngines)('limitation alerts on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await book(store);
  });

  it('sends an account whose period runs out within 120 days to legal review, and a restart takes it out', async () => {
    await runCycle({ store, asOf: MONDAY, now: () => NOW });
    const features = await store.db
      .selectFrom('account_features')
      .innerJoin('accounts', 'accounts.id', 'account_features.account_id')
      .select(['accounts.account_id', 'account_features.limitation_expires_on'])
      .orderBy('accounts.account_id')
      .execute();
    expect(features.map((f) => [f.account_id, String(f.limitation_expires_on).slice(0, 10)])).toEqual([
      ['FAR', '2028-12-15'],
      ['NEAR', '2027-01-15'],
    ]);
    const near = await workOf(store, 'NEAR', MONDAY);
    // The weekly call falls on other days (every 7 days past due); Monday is the legal review's day.
    expect(near.map((w) => [w.action, w.segment])).toEqual([['legal_review', 'limitation-near']]);
    expect(near.find((w) => w.action === 'legal_review')?.assignee).toBe('lee');
    expect((await workOf(store, 'FAR', MONDAY)).map((w) => w.segment)).not.toContain('limitation-near');

    // The debtor signs an acknowledgement: a new 3-year period from 2026-11-24.
    const { clock } = await addLegalEvent({
      db: store.db,
      accountId: 'NEAR',
      type: 'acknowledgement',
      on: '2026-11-24',
      method: 'signed_slip',
      by: 'ann',
      now: new Date('2026-11-24T03:00:00Z'),
    });
    expect(clock?.expiresOn).toBe('2029-11-26'); // 24 November 2029 is a Saturday
    const nextMonday = '2026-11-30';
    await runCycle({ store, asOf: nextMonday, now: () => new Date('2026-11-30T02:00:00Z') });
    const after = await store.db
      .selectFrom('account_features')
      .innerJoin('accounts', 'accounts.id', 'account_features.account_id')
      .select(['account_features.limitation_expires_on'])
      .where('accounts.account_id', '=', 'NEAR')
      .executeTakeFirstOrThrow();
    expect(String(after.limitation_expires_on).slice(0, 10)).toBe('2029-11-26');
    expect((await workOf(store, 'NEAR', nextMonday)).map((w) => w.segment)).not.toContain('limitation-near');
  });
});
