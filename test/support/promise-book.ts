/**
 * A small book for the promise tests: Shanghai borrowers with instalments past due, a guarantor and an
 * emergency contact on one account, an account already paid off, and a floor of two teams (collectors, a
 * lead, a manager pair for the strategy's four eyes, an auditor).
 */
import { expect } from 'vitest';
import { runCycle } from '../../src/cycle/run-cycle.js';
import { account, instalment, party, payment, runImport } from '../../src/import/import-fixtures.js';
import type { Store } from '../../src/store/open-database.js';
import { addTeam } from '../../src/team/add-team.js';
import { setTeam } from '../../src/team/set-team.js';
import { addUser } from '../../src/user/add-user.js';

export const BOOK_NOW = new Date('2026-11-01T01:00:00Z');

/** The instant the cycle for `day` runs: early morning in Shanghai. */
export const morningOf = (day: string) => new Date(`${day}T00:30:00+08:00`);

export async function importOk(
  store: Store,
  kind: Parameters<typeof runImport>[1],
  rows: Record<string, string>[],
  now = BOOK_NOW,
) {
  const report = await runImport(store, kind, rows, { allOrNothing: true, now });
  expect(report.rejected).toEqual([]);
}

/** Five borrowers, each with one instalment of 1,045.00 due 2026-10-15 (past due on 1 November). */
export const BOOK_ACCOUNTS = ['A-1', 'A-2', 'A-3', 'A-4', 'A-5'] as const;

export async function promiseBook(store: Store): Promise<void> {
  await importOk(store, 'parties', [
    ...BOOK_ACCOUNTS.map((id, i) => party({ party_id: `P-${id}`, name: `借款人${i + 1}` })),
    party({ party_id: 'P-GU', name: '李娜' }),
    party({ party_id: 'P-EC', name: '赵敏' }),
    party({ party_id: 'P-OK', name: '钱多多' }),
  ]);
  await importOk(store, 'accounts', [
    ...BOOK_ACCOUNTS.map((id) => account({ account_id: id, opened_on: '2026-01-01', principal: '1000.00' })),
    account({ account_id: 'A-PAID', opened_on: '2026-01-01', principal: '1000.00' }),
  ]);
  await importOk(store, 'schedules', [
    ...BOOK_ACCOUNTS.map((id) => instalment({ account_id: id, installment_no: '1', due_on: '2026-10-15' })),
    instalment({ account_id: 'A-PAID', installment_no: '1', due_on: '2026-03-15' }),
  ]);
  await importOk(store, 'relations', [
    ...BOOK_ACCOUNTS.map((id) => ({ account_id: id, party_id: `P-${id}`, role: 'borrower' })),
    { account_id: 'A-1', party_id: 'P-GU', role: 'guarantor' },
    { account_id: 'A-1', party_id: 'P-EC', role: 'emergency_contact' },
    { account_id: 'A-PAID', party_id: 'P-OK', role: 'borrower' },
  ]);
  await importOk(store, 'payments', [
    payment({ payment_id: 'PAY-OK', account_id: 'A-PAID', paid_at: '2026-03-10T10:00:00+08:00', amount: '1045.00' }),
  ]);
  await floor(store);
  await runCycle({ store, asOf: '2026-11-01', now: () => morningOf('2026-11-01') });
}

async function floor(store: Store): Promise<void> {
  const db = store.db;
  const actor = 'test';
  const now = BOOK_NOW;
  const user = (userId: string, role: string, fields: Partial<Parameters<typeof addUser>[0]> = {}) =>
    addUser({ db, userId, name: userId, role, actor, now, ...fields });
  await user('mgr-a', 'manager');
  await user('mgr-b', 'manager');
  await user('audit', 'auditor');
  for (const team of ['early', 'mid'] as const) {
    await addTeam({ db, teamId: team, name: `${team} team`, stages: [team], actor, now });
    await user(`lead-${team}`, 'team_lead', { teamId: team, languages: ['zh-CN'], regions: ['上海'] });
    await setTeam({ db, teamId: team, leadUserId: `lead-${team}`, actor, now });
    await user(`${team}-1`, 'collector', { teamId: team, languages: ['zh-CN'], regions: ['上海'] });
    await user(`${team}-2`, 'collector', { teamId: team, languages: ['zh-CN'], regions: ['上海'] });
  }
  await user('left', 'collector', { teamId: 'early', active: false });
}

/** Imports one payment made at `paidAt` (an instant with its offset), as the core system sends it soon after. */
export async function pay(store: Store, paymentId: string, accountId: string, paidAt: string, amount: string) {
  const row = payment({ payment_id: paymentId, account_id: accountId, paid_at: paidAt, amount });
  await importOk(store, 'payments', [row], new Date(Date.parse(paidAt) + 60_000));
}

/** Runs the cycle for each day from `from` through `to`, each at its own morning. */
export async function runDays(store: Store, from: string, to: string) {
  const reports = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    reports.push(await runCycle({ store, asOf: day, now: () => morningOf(day) }));
  }
  return reports;
}
