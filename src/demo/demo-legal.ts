/**
 * The legal officer's part of the demo's four weeks, through the use cases `dunwell legal case` and
 * `dunwell restriction` call:
 * - a notarized loan (赋予强制执行效力的公证债权文书) goes to enforcement without a suit: the certificate is
 *   applied for, issued (a document stored as evidence), the application filed and accepted, and the
 *   court recovers part of the debt;
 * - a lawsuit is prepared, filed (the claim fixed from the ledger, suit_filed restarting the limitation
 *   clock), accepted, heard and judged; its enforcement deadline is two years out;
 * - a debtor is blacklisted, stopped from new credit and, after a notice, reported to the credit bureau;
 *   the debt is then paid in full, and the cycle that closes the demo lifts all three (the bureau record
 *   kept 5 years), while another debtor's blacklist stays.
 * Accounts come from those the desk story picked and did not use, so their money is this story's alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { addRestriction } from '../legal/add-restriction.js';
import { openLegalCase } from '../legal/open-legal-case.js';
import { updateLegalCase } from '../legal/update-legal-case.js';
import type { Store } from '../store/open-database.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';
import type { DemoDesk, Picked } from './demo-desk.js';

export interface LegalStoryOptions {
  store: Store;
  now: () => Date;
  actor: string;
  desk: DemoDesk;
  /** Accounts picked for the desk story and not yet used. */
  picked: Picked[];
}

export async function workLegalDesk(options: LegalStoryOptions): Promise<void> {
  const { store, picked } = options;
  const officer = await legalOfficer(store);
  if (officer === null || picked.length < 3) return;
  const notarized = await firstNotarized(store, picked);
  if (notarized) {
    picked.splice(picked.indexOf(notarized), 1);
    await notarizedEnforcement(options, officer, notarized);
  }
  const sued = picked.shift();
  const paying = picked.shift();
  if (!sued || !paying) return;
  await lawsuit(options, officer, sued);
  await restrictions(options, officer, sued, paying);
}

function common(options: LegalStoryOptions) {
  return { store: options.store, actor: options.actor, now: options.now() };
}

async function notarizedEnforcement(options: LegalStoryOptions, by: string, p: Picked): Promise<void> {
  const { desk } = options;
  const c = await openLegalCase({
    ...common(options),
    accountId: p.accountId,
    kind: 'notarized_enforcement',
    by,
    forum: '上海市东方公证处 / Shanghai Oriental Notary Office',
    on: desk.day(3),
  });
  const step = (status: string, on: IsoDate, more: Partial<Parameters<typeof updateLegalCase>[0]> = {}) =>
    updateLegalCase({ ...common(options), caseId: c.id, by, status, on, ...more });
  await step('certificate_applied', desk.day(4));
  const folder = mkdtempSync(join(tmpdir(), 'dunwell-demo-legal-'));
  try {
    const certificate = join(folder, `执行证书-${p.accountId}.txt`);
    writeFileSync(
      certificate,
      `执行证书 / Enforcement certificate\n债权人 Creditor: Dunwell Demo Lending\n账户 Account: ${p.accountId}\n签发 Issued: ${desk.day(9)}\n`,
    );
    await step('certificate_issued', desk.day(9), { documents: [certificate], costs: '800.00' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await step('filed', desk.day(11));
  await step('accepted', desk.day(15));
  await step('enforcement', desk.day(18));
  await updateLegalCase({
    ...common(options),
    caseId: c.id,
    by,
    on: desk.day(25),
    recovered: desk.amount(p, p.outstanding * 0.4),
    costs: '1300.00',
  });
}

async function lawsuit(options: LegalStoryOptions, by: string, p: Picked): Promise<void> {
  const { desk } = options;
  const c = await openLegalCase({
    ...common(options),
    accountId: p.accountId,
    kind: 'lawsuit',
    by,
    forum: '上海市浦东新区人民法院 / Pudong New Area People’s Court',
    on: desk.day(2),
  });
  const step = (status: string, on: IsoDate, more: Partial<Parameters<typeof updateLegalCase>[0]> = {}) =>
    updateLegalCase({ ...common(options), caseId: c.id, by, status, on, ...more });
  await step('filed', desk.day(6), { costs: '650.00' });
  await step('accepted', desk.day(8));
  await step('hearing', desk.day(16));
  await step('judgment', desk.day(23), { judgmentAmount: desk.amount(p, p.outstanding), costs: '3650.00' });
}

async function restrictions(options: LegalStoryOptions, by: string, stays: Picked, paying: Picked): Promise<void> {
  const { desk } = options;
  const place = (p: Picked, type: string, more: { noticeSentOn?: string } = {}) =>
    addRestriction({ ...common(options), accountId: p.accountId, type, by, on: desk.day(20), ...more });
  await place(stays, 'blacklist');
  await place(paying, 'blacklist');
  await place(paying, 'stop_new_credit');
  await place(paying, 'credit_bureau', { noticeSentOn: desk.day(8) });
  // The debtor pays everything (and a little over, for the penalty still accruing) four days later.
  const owed = await owedNow(options.store, paying.accountId);
  desk.pay(paying, desk.day(24), Math.ceil(owed * 1.03));
}

async function legalOfficer(store: Store): Promise<string | null> {
  const row = await store.db
    .selectFrom('users')
    .select('user_id')
    .where('role', '=', 'legal')
    .where('active', '=', 1)
    .orderBy('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

async function firstNotarized(store: Store, picked: readonly Picked[]): Promise<Picked | undefined> {
  if (picked.length === 0) return undefined;
  const rows = await store.db
    .selectFrom('accounts')
    .select('account_id')
    .where(
      'account_id',
      'in',
      picked.map((p) => p.accountId),
    )
    .where('notarized_on', 'is not', null)
    .execute();
  const notarized = new Set(rows.map((r) => r.account_id));
  return picked.find((p) => notarized.has(p.accountId));
}

async function owedNow(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('accounts')
    .select(OUTSTANDING_COLUMNS)
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return outstandingTotal(row);
}
