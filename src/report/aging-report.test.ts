/**
 * The ageing report on a book moved by the real cycle, on every test engine: its rows and totals are the
 * sums of the accounts' own balances (as `account show` reads them), per currency, for every portfolio or
 * one; a portfolio or a day it does not know is an error, never an empty report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { type SeedAccount, seedAccounts } from '../../test/support/seed-accounts.js';
import { type AccountView, showAccount } from '../account/show-account.js';
import { runCycle } from '../cycle/run-cycle.js';
import { isAppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { type AgingReport, agingReport } from './aging-report.js';

const AS_OF = '2026-04-20';
/** A decimal amount in minor units. */
const cents = (amount: string) => Math.round(Number(amount) * 100);

/** Accounts in two portfolios and two currencies, at several ages: current, 1–30, 31–60, 61–90 days. */
function book(): SeedAccount[] {
  const loan = (accountId: string, portfolio: string, currency: string, dueOn: string, principal: number) => ({
    account_id: accountId,
    portfolio,
    currency,
    installments: [
      { no: 1, due_on: dueOn, principal, interest: 1_000 },
      { no: 2, due_on: '2026-06-30', principal, interest: 1_000 },
    ],
  });
  return [
    loan('A-CUR', 'retail', 'CNY', '2026-05-31', 100_000),
    loan('A-M1', 'retail', 'CNY', '2026-04-10', 120_000),
    loan('A-M2', 'retail', 'CNY', '2026-03-10', 90_000),
    { ...loan('A-M2B', 'retail', 'CNY', '2026-03-15', 50_000), payments: [pay('A-M2B', '2026-03-20', 20_000)] },
    loan('B-M3', 'sme', 'CNY', '2026-02-05', 300_000),
    loan('B-USD', 'sme', 'USD', '2026-03-31', 80_000),
  ];
}
const pay = (accountId: string, day: string, amount: number) => ({
  payment_id: `${accountId}-${day}`,
  paid_at: `${day}T10:00:00+08:00`,
  amount,
});

/** The report worked out from the accounts one by one: per currency and bucket, count and sums in minor units. */
function fromAccounts(views: readonly AccountView[]) {
  const rows = new Map<string, { accounts: number; outstanding: number; past_due: number }>();
  for (const v of views) {
    for (const key of [`${v.currency} ${v.bucket}`, `${v.currency} total`]) {
      const r = rows.get(key) ?? { accounts: 0, outstanding: 0, past_due: 0 };
      r.accounts += 1;
      r.outstanding += cents(v.outstanding.total);
      r.past_due += cents(v.past_due.total);
      rows.set(key, r);
    }
  }
  return Object.fromEntries(rows);
}

function inMinorUnits(report: AgingReport) {
  const rows = [
    ...report.rows.map((r) => [`${r.currency} ${r.bucket}`, r] as const),
    ...report.totals.map((t) => [`${t.currency} total`, t] as const),
  ];
  return Object.fromEntries(
    rows.map(([key, r]) => [
      key,
      { accounts: r.accounts, outstanding: cents(r.outstanding), past_due: cents(r.past_due) },
    ]),
  );
}

describe.each(testEngines)('agingReport on $name', (engine) => {
  let store: Store;
  const views = async (prefix = '') =>
    Promise.all(
      book()
        .filter((a) => a.account_id.startsWith(prefix))
        .map((a) => showAccount({ store, accountId: a.account_id, today: AS_OF })),
    );

  beforeAll(async () => {
    store = await engine.open();
    await seedAccounts(store, book());
    await runCycle({ store, asOf: AS_OF, now: () => new Date('2026-11-29T00:00:00Z') });
  });
  afterAll(async () => store.close());

  it('adds up to the balances of the accounts, per currency and bucket, in ladder order', async () => {
    const report = await agingReport({ store, asOf: AS_OF });
    const accounts = await views();
    expect(accounts.every((v) => v.reconciled && v.as_of === AS_OF)).toBe(true);
    expect(inMinorUnits(report)).toEqual(fromAccounts(accounts));
    expect(report).toMatchObject({ as_of: AS_OF, portfolio: null });
    expect(report.rows.map((r) => `${r.currency} ${r.bucket}`)).toEqual([
      'CNY M0',
      'CNY M1',
      'CNY M2',
      'CNY M3',
      'USD M1',
    ]);
    // Penalty, late fees and a part payment are in the sums: not just the scheduled amounts.
    const scheduled = book().reduce((s, a) => s + a.installments.reduce((t, i) => t + i.principal + 1_000, 0), 0);
    expect(inMinorUnits(report)['CNY total']?.outstanding).not.toBe(scheduled);
  });

  it('keeps to one portfolio when asked', async () => {
    const retail = await agingReport({ store, asOf: AS_OF, portfolio: 'retail' });
    expect(retail.portfolio).toBe('retail');
    expect(inMinorUnits(retail)).toEqual(fromAccounts(await views('A-')));
    const sme = await agingReport({ store, asOf: AS_OF, portfolio: 'sme' });
    expect(inMinorUnits(sme)).toEqual(fromAccounts(await views('B-')));
    expect(sme.totals.map((t) => t.currency)).toEqual(['CNY', 'USD']);
  });

  it('is NOT_FOUND for a portfolio that does not exist, and for a day the cycle has not run', async () => {
    await expect(agingReport({ store, asOf: AS_OF, portfolio: 'nosuch' })).rejects.toSatisfy(
      (e) => isAppError(e, 'NOT_FOUND') && e.message.includes('"nosuch"'),
    );
    await expect(agingReport({ store, asOf: '2026-04-19' })).rejects.toSatisfy(
      (e) => isAppError(e, 'NOT_FOUND') && e.message.includes('2026-04-19'),
    );
  });
});
