/**
 * Late arrivals through the real importer and the real cycle, on both engines: a payment or an instalment
 * that arrives after its day was closed is value-dated, the terms a replay uses are the ones that applied
 * on each day, and daily runs and one catch-up run stay identical even when a late payment follows them.
 */
import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { ledgerFingerprint } from '../../test/support/seed-accounts.js';
import { showAccount } from '../account/show-account.js';
import { addDays } from '../domain/calendar/calendar.js';
import { account, runImport } from '../import/import-fixtures.js';
import type { Store } from '../store/open-database.js';
import { runCycle } from './run-cycle.js';

const now = () => new Date('2026-11-29T00:00:00Z');

const LOAN = account({
  account_id: 'L-1',
  principal: '3000.00',
  annual_rate: '0.18',
  late_fee: '50.00',
  grace_days: '3',
});
const instalment = (no: number, dueOn: string) => ({
  account_id: 'L-1',
  installment_no: String(no),
  due_on: dueOn,
  principal: '1000.00',
  interest: '30.00',
  fee: '0.00',
});
const payment = (id: string, paidAt: string, amount: string) => ({
  payment_id: id,
  account_id: 'L-1',
  paid_at: paidAt,
  amount,
  currency: 'CNY',
  channel: 'bank_transfer',
});

async function expectImported(store: Store, kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) {
  const report = await runImport(store, kind, rows);
  expect(report.rejected).toEqual([]);
}

describe.each(testEngines)('value-dating on $name', (engine) => {
  const fresh = freshStores(engine);

  it('value-dates an instalment booked after its due date was closed', async () => {
    const late = await fresh();
    await expectImported(late, 'accounts', [LOAN]);
    await expectImported(late, 'schedules', [instalment(1, '2026-01-31')]);
    await runCycle({ store: late, asOf: '2026-03-10', now });
    await expectImported(late, 'schedules', [instalment(2, '2026-02-28')]);
    await runCycle({ store: late, asOf: '2026-03-11', now });

    const onTime = await fresh();
    await expectImported(onTime, 'accounts', [LOAN]);
    await expectImported(onTime, 'schedules', [instalment(1, '2026-01-31'), instalment(2, '2026-02-28')]);
    await runCycle({ store: onTime, asOf: '2026-03-11', now });

    const view = await showAccount({ store: late, accountId: 'L-1', today: '2026-03-11' });
    const expected = await showAccount({ store: onTime, accountId: 'L-1', today: '2026-03-11' });
    expect(view.installments).toEqual(expected.installments);
    expect(view.outstanding).toEqual(expected.outstanding);
    expect(view.dpd).toBe(expected.dpd);
    expect(view.reconciled).toBe(true);
    // The late instalment's penalty and late fee for the closed days came as corrections on Mar 11.
    const corrections = view.entries.filter((e) => e.kind === 'correction');
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrections.every((e) => e.posted_on === '2026-03-11' && e.installment_no === 2)).toBe(true);
    // Its charge is dated the first open day, not back in closed days.
    expect(view.entries.find((e) => e.kind === 'charge' && e.installment_no === 2)?.posted_on).toBe('2026-03-11');
  });

  it('replays with the terms that applied on each day when a late payment follows a change of terms', async () => {
    const run = async (store: Store, paymentLate: boolean) => {
      await expectImported(store, 'accounts', [LOAN]);
      await expectImported(store, 'schedules', [instalment(1, '2026-01-31'), instalment(2, '2026-02-28')]);
      const pay = payment('P-1', '2026-02-15T10:00:00+08:00', '600.00');
      if (!paymentLate) await expectImported(store, 'payments', [pay]);
      await runCycle({ store, asOf: '2026-03-10', now });
      // The rate doubles from Mar 11: the days before keep 0.18.
      await expectImported(store, 'accounts', [{ ...LOAN, annual_rate: '0.36' }]);
      await runCycle({ store, asOf: '2026-03-20', now });
      if (paymentLate) await expectImported(store, 'payments', [pay]);
      await runCycle({ store, asOf: '2026-03-21', now });
      return showAccount({ store, accountId: 'L-1', today: '2026-03-21' });
    };
    const late = await run(await fresh(), true);
    const onTime = await run(await fresh(), false);
    expect(late.installments).toEqual(onTime.installments);
    expect(late.outstanding).toEqual(onTime.outstanding);
    expect(late.reconciled).toBe(true);
    expect(late.entries.filter((e) => e.payment_id === 'P-1').every((e) => e.posted_on === '2026-03-21')).toBe(true);
  });

  it('charges no late fee to a customer who pays twice each instalment five days early (principal_first)', async () => {
    const store = await fresh();
    await expectImported(store, 'accounts', [
      { ...LOAN, allocation: 'principal_first', principal: '7000.00', cost_cap_rate: '0.15' },
    ]);
    const dues = Array.from({ length: 7 }, (_, k) => addDays('2026-01-31', 30 * k));
    await expectImported(
      store,
      'schedules',
      dues.map((due, k) => ({ ...instalment(k + 1, due), interest: `${(70 - 10 * k).toFixed(2)}` })),
    );
    await expectImported(
      store,
      'payments',
      dues.map((due, k) =>
        payment(`P-${k + 1}`, `${addDays(due, -5)}T10:00:00+08:00`, (2 * (1000 + 70 - 10 * k)).toFixed(2)),
      ),
    );
    await runCycle({ store, asOf: '2026-09-30', now });
    const view = await showAccount({ store, accountId: 'L-1', today: '2026-09-30' });
    expect(view.entries.filter((e) => e.kind === 'late_fee' || e.kind === 'penalty')).toEqual([]);
    expect(view.outstanding.total).toBe('0.00');
    // Paid twice what was due: the other half is held as credit, to the cent.
    const scheduled = dues.reduce((sum, _, k) => sum + 100_000 + 7_000 - 1_000 * k, 0);
    expect(view.unapplied_credit).toBe((scheduled / 100).toFixed(2));
    expect(view.reconciled).toBe(true);
  });

  it('ends with the on-time balances whatever the delays of a random book’s payments', async () => {
    const delays = [0, 0, 1, 3, 9, 20, 40];
    const loans = Array.from({ length: 12 }, (_, n) => ({
      ...LOAN,
      account_id: `R-${n}`,
      allocation: n % 3 === 0 ? 'principal_first' : 'standard',
      cost_cap_rate: n % 4 === 0 ? '0.24' : '',
    }));
    const schedules = loans.flatMap((l, n) =>
      [1, 2, 3].map((k) => ({ ...instalment(k, addDays('2026-01-31', 30 * (k - 1) + n)), account_id: l.account_id })),
    );
    const payments = loans.flatMap((l, n) =>
      [0, 1, 2, 3].map((k) => ({
        ...payment(
          `R-${n}-${k}`,
          `${addDays('2026-01-20', 17 * k + 3 * n)}T11:00:00+08:00`,
          `${300 + 97 * ((n + k) % 7)}.00`,
        ),
        account_id: l.account_id,
        delay: delays[(n * 4 + k) % delays.length] as number,
      })),
    );
    const book = async (late: boolean) => {
      const store = await fresh();
      await expectImported(store, 'accounts', loans);
      await expectImported(store, 'schedules', schedules);
      for (let d = '2026-01-20'; d <= '2026-05-31'; d = addDays(d, 2)) {
        const arriving = payments.filter((p) => {
          const arrives = addDays(p.paid_at.slice(0, 10), late ? p.delay : 0);
          return arrives > addDays(d, -2) && arrives <= d;
        });
        if (arriving.length > 0)
          await expectImported(
            store,
            'payments',
            arriving.map(({ delay: _, ...p }) => p),
          );
        await runCycle({ store, asOf: d, now });
      }
      return store;
    };
    const late = await book(true);
    const onTime = await book(false);
    const balances = async (store: Store) =>
      (await ledgerFingerprint(store)).installments.map(({ account, installment_no, accrued_from, ...rest }) => ({
        account,
        installment_no,
        accrued_from,
        ...rest,
      }));
    expect(await balances(late)).toEqual(await balances(onTime));
    const lateEntries = (await ledgerFingerprint(late)).entries;
    expect(lateEntries.some((e) => e.kind === 'reallocation')).toBe(true);
    for (const id of loans.map((l) => l.account_id)) {
      expect((await showAccount({ store: late, accountId: id, today: '2026-05-31' })).reconciled).toBe(true);
    }
  });

  it('leaves daily runs and one catch-up run identical, every column, also after a late payment', async () => {
    const daily = await fresh();
    const once = await fresh();
    for (const store of [daily, once]) {
      await expectImported(store, 'accounts', [
        LOAN,
        { ...LOAN, account_id: 'L-2', allocation: 'principal_first' },
        { ...LOAN, account_id: 'L-3' },
      ]);
      await expectImported(store, 'schedules', [
        instalment(1, '2026-01-31'),
        instalment(2, '2026-02-28'),
        { ...instalment(1, '2026-01-31'), account_id: 'L-2' },
        { ...instalment(2, '2026-02-28'), account_id: 'L-2' },
        { ...instalment(1, '2026-02-10'), account_id: 'L-3' },
      ]);
      await expectImported(store, 'payments', [
        payment('P-A', '2026-02-02T09:00:00+08:00', '1500.00'),
        { ...payment('P-B', '2026-01-25T09:00:00+08:00', '2100.00'), account_id: 'L-2' },
        { ...payment('P-C', '2026-02-08T09:00:00+08:00', '1030.00'), account_id: 'L-3' },
      ]);
    }
    for (let d = '2026-01-20'; d <= '2026-03-31'; d = addDays(d, 1)) await runCycle({ store: daily, asOf: d, now });
    await runCycle({ store: once, asOf: '2026-03-31', now });
    expect(await ledgerFingerprint(daily)).toEqual(await ledgerFingerprint(once));

    for (const store of [daily, once]) {
      await expectImported(store, 'payments', [payment('P-LATE', '2026-03-03T09:00:00+08:00', '400.00')]);
      await runCycle({ store, asOf: '2026-04-01', now });
    }
    const after = await ledgerFingerprint(daily);
    expect(after).toEqual(await ledgerFingerprint(once));
    expect(after.entries.some((e) => e.kind === 'reallocation')).toBe(true);
  });
});
