import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshStores, TEST_NOW, testEngines } from '../../test/support/engines.js';
import { addPayment, ledgerFingerprint, type SeedAccount, seedAccounts } from '../../test/support/seed-accounts.js';
import { showAccount } from '../account/show-account.js';
import { addDays } from '../domain/calendar/calendar.js';
import { agingReport } from '../report/aging-report.js';
import { migrate } from '../store/migrate.js';
import type { Store } from '../store/open-database.js';
import { openStore } from '../store/open-database.js';
import { runCycle } from './run-cycle.js';

const now = () => new Date('2026-11-29T00:00:00Z');

/** A reproducible little book: random schedules, payments (some on the same day, some overpaying) and holds. */
function randomBook(seed: number, size: number): SeedAccount[] {
  const account = fc.record({
    allocation: fc.constantFrom('standard' as const, 'principal_first' as const),
    rate: fc.constantFrom('0', '0.12', '0.18', '0.24'),
    cap: fc.constantFrom(null, '0.24', '0.36'),
    grace: fc.integer({ min: 0, max: 5 }),
    lateFee: fc.integer({ min: 0, max: 8_000 }),
    installments: fc.array(
      fc.record({ principal: fc.integer({ min: 0, max: 300_000 }), interest: fc.integer({ min: 0, max: 9_000 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    payments: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 130 }),
        amount: fc.integer({ min: 1, max: 350_000 }),
        hour: fc.nat(23),
      }),
      { maxLength: 5 },
    ),
    hold: fc.option(fc.record({ start: fc.integer({ min: 20, max: 100 }), length: fc.integer({ min: 0, max: 20 }) })),
  });
  return fc.sample(account, { seed, numRuns: size }).map((a, n) => ({
    account_id: `A-${seed}-${n}`,
    opened_on: '2026-01-01',
    allocation: a.allocation,
    annual_rate: a.rate,
    cost_cap_rate: a.cap,
    grace_days: a.grace,
    late_fee: a.lateFee,
    installments: a.installments.map((i, k) => ({ no: k + 1, due_on: addDays('2026-01-31', 30 * k), ...i })),
    payments: a.payments.map((p, k) => ({
      payment_id: `P-${seed}-${n}-${k}`,
      paid_at: `${addDays('2026-01-20', p.day)}T${String(p.hour).padStart(2, '0')}:15:00+08:00`,
      amount: p.amount,
    })),
    holds: a.hold
      ? [{ from_on: addDays('2026-01-20', a.hold.start), to_on: addDays('2026-01-20', a.hold.start + a.hold.length) }]
      : [],
  }));
}

/** Entries plus open accruals equal the cached balances of every account, in SQL independent of the code. */
async function expectLedgerReconciles(store: Store) {
  const rows = await sql<{ account_id: string }>`
    SELECT a.account_id
    FROM accounts a
    LEFT JOIN (SELECT account_id, SUM(principal) AS p, SUM(interest) AS i, SUM(fee) AS f, SUM(penalty) AS pen,
                 SUM(late_fee) AS lf, SUM(credit) AS c FROM ledger_entries GROUP BY account_id) e ON e.account_id = a.id
    LEFT JOIN (SELECT account_id, SUM(accrued_penalty) AS acc FROM installments GROUP BY account_id) i
      ON i.account_id = a.id
    WHERE a.out_principal <> COALESCE(e.p, 0) OR a.out_interest <> COALESCE(e.i, 0) OR a.out_fee <> COALESCE(e.f, 0)
      OR a.out_penalty <> COALESCE(e.pen, 0) + COALESCE(i.acc, 0) OR a.out_late_fee <> COALESCE(e.lf, 0)
      OR a.unapplied_credit <> COALESCE(e.c, 0)`.execute(store.db);
  expect(rows.rows).toEqual([]);
  const negatives = await store.db
    .selectFrom('installments')
    .select('account_id')
    .where((eb) =>
      eb.or([
        eb('paid_principal', '>', eb.ref('principal')),
        eb('paid_interest', '>', eb.ref('interest')),
        eb('paid_penalty', '>', eb.ref('penalty')),
        eb('paid_late_fee', '>', eb.ref('late_fee')),
        eb('paid_fee', '>', eb.ref('fee')),
      ]),
    )
    .execute();
  expect(negatives).toEqual([]);
}

describe.each(testEngines)('daily cycle on $name', (engine) => {
  const fresh = freshStores(engine);

  it('posts payments, accrues penalty and late fees, ages the account, and the ledger reconciles', async () => {
    const store = await fresh();
    await seedAccounts(store, [
      {
        account_id: 'LOAN-1',
        annual_rate: '0.18',
        penalty_uplift: '0.5',
        late_fee: 5_000,
        grace_days: 3,
        installments: [
          { no: 1, due_on: '2026-01-31', principal: 100_000, interest: 1_500 },
          { no: 2, due_on: '2026-02-28', principal: 100_000, interest: 1_500 },
        ],
        // 23:30 in Shanghai on 2 Feb is still 2 Feb there although it is 15:30 UTC.
        payments: [{ payment_id: 'PAY-1', paid_at: '2026-02-02T23:30:00+08:00', amount: 50_000 }],
      },
      { account_id: 'LOAN-2', installments: [{ no: 1, due_on: '2026-12-31', principal: 100_000 }] },
    ]);
    const report = await runCycle({ store, asOf: '2026-03-05', now });
    const ledger = report.steps.find((s) => s.name === 'ledger');
    expect(ledger?.counts).toMatchObject({ accounts: 1, payments_posted: 1, late_fees: 2 });

    const view = await showAccount({ store, accountId: 'LOAN-1', today: '2026-03-05' });
    // Feb 1–2 penalty on 1,000.00: 0.75 a day. The 500.00 on Feb 2 pays penalty 1.50, interest 15.00, then 483.50
    // principal; from Feb 3 the penalty runs on 516.50 (0.387375 → 0.39). Late fee for no. 1 on Feb 4.
    const first = view.installments[0];
    expect(first?.paid).toEqual({
      principal: '483.50',
      interest: '15.00',
      fee: '0.00',
      penalty: '1.50',
      late_fee: '0.00',
      total: '500.00',
    });
    // Penalty on no. 1: 2 × 0.75 + 31 days (Feb 3 – Mar 5) × 0.39; on no. 2: 5 days (Mar 1–5) × 0.75
    expect(view.outstanding.penalty).toBe(((150 + 31 * 39 - 150 + 5 * 75) / 100).toFixed(2));
    expect(view.outstanding.late_fee).toBe('100.00');
    expect(view).toMatchObject({ dpd: 33, bucket: 'M2', stage: 'mid', status: 'active', reconciled: true });
    expect(view.past_due.total).toBe(view.outstanding.total);
    await expectLedgerReconciles(store);

    const aging = await agingReport({ store, asOf: '2026-03-05' });
    expect(aging.rows.map((r) => [r.bucket, r.accounts])).toEqual([
      ['M0', 1],
      ['M2', 1],
    ]);
    expect(aging.rows[0]?.past_due).toBe('0.00');
    expect(aging.rows[1]?.outstanding).toBe(view.outstanding.total);
  });

  it('changes nothing when run twice for the same day', async () => {
    const store = await fresh();
    await seedAccounts(store, randomBook(7, 25));
    await runCycle({ store, asOf: '2026-05-15', now });
    const first = await ledgerFingerprint(store);
    const again = await runCycle({ store, asOf: '2026-05-15', now });
    expect(again.steps.find((s) => s.name === 'ledger')?.counts.accounts).toBe(0);
    expect(await ledgerFingerprint(store)).toEqual(first);
  });

  it('gives the same ledger run daily as run once for the whole period', async () => {
    const book = randomBook(11, 30);
    const daily = await fresh();
    const once = await fresh();
    await seedAccounts(daily, book);
    await seedAccounts(once, book);
    for (let d = 0; d <= 40; d++) await runCycle({ store: daily, asOf: addDays('2026-02-20', d * 3), now });
    await runCycle({ store: once, asOf: '2026-06-20', now });
    const a = await ledgerFingerprint(daily);
    expect(a.entries.length).toBeGreaterThan(100);
    expect(a).toEqual(await ledgerFingerprint(once));
    await expectLedgerReconciles(once);
  });

  it('resumes after a crash mid-run and ends exactly where an uninterrupted run ends', async () => {
    const book = randomBook(23, 40);
    const crashed = await fresh();
    const clean = await fresh();
    await seedAccounts(crashed, book);
    await seedAccounts(clean, book);
    await expect(
      runCycle({
        store: crashed,
        asOf: '2026-04-30',
        now,
        rangeSize: 7,
        afterRange: (i) => {
          if (i === 2) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    // The failed run says so; it is not left looking as if it were still running.
    const runs = await crashed.db.selectFrom('cycle_runs').select(['status', 'finished_at', 'steps']).execute();
    expect(runs).toEqual([
      { status: 'failed', finished_at: expect.any(String), steps: expect.stringContaining('simulated crash') },
    ]);
    const partial = await crashed.db
      .selectFrom('accounts')
      .select('id')
      .where('processed_through', '=', '2026-04-30')
      .execute();
    expect(partial.length).toBeGreaterThan(0);
    await runCycle({ store: crashed, asOf: '2026-04-30', now, rangeSize: 7 });
    await runCycle({ store: clean, asOf: '2026-04-30', now });
    expect(await ledgerFingerprint(crashed)).toEqual(await ledgerFingerprint(clean));
  });

  /**
   * Two stores on one database (as two processes would have), and a clean database with the same book to
   * compare against: `race` runs whatever the test wants on the two, then both databases are brought to the
   * day and must hold the same ledger.
   */
  async function racing(seed: number, race: (first: Store, second: Store) => Promise<void>) {
    const book = randomBook(seed, 30);
    const { location, drop } = await engine.location();
    const first = openStore(location);
    await migrate(first.db, first.engine, TEST_NOW);
    await seedAccounts(first, book);
    const second = openStore(location);
    const clean = await fresh();
    await seedAccounts(clean, book);
    try {
      await race(first, second);
      // Whichever run lost stopped without writing; running again finishes the job.
      await runCycle({ store: first, asOf: '2026-05-31', now });
      await runCycle({ store: clean, asOf: '2026-05-31', now });
      expect(await ledgerFingerprint(first)).toEqual(await ledgerFingerprint(clean));
    } finally {
      await second.close();
      await first.close();
      await drop();
    }
  }

  it('never posts twice when another run writes the same accounts between this run’s load and its write', async () => {
    // The first run loads and computes its first range, then the second run does the whole day and commits,
    // and only then does the first run try to write what it computed from the stale state.
    await racing(31, async (first, second) => {
      const raced = runCycle({
        store: first,
        asOf: '2026-05-31',
        now,
        rangeSize: 10,
        beforeWrite: async (index) => {
          if (index === 0) await runCycle({ store: second, asOf: '2026-05-31', now, rangeSize: 10 });
        },
      });
      await expect(raced).rejects.toThrow(/another cycle run/);
    });
  });

  it('never posts twice when two cycle runs start at once', async () => {
    await racing(37, async (first, second) => {
      const results = await Promise.allSettled([
        runCycle({ store: first, asOf: '2026-05-31', now, rangeSize: 3 }),
        runCycle({ store: second, asOf: '2026-05-31', now, rangeSize: 3 }),
      ]);
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    });
  });

  it('value-dates a payment that arrives after its day was closed: corrections on the next run, on-time balances', async () => {
    const store = await fresh();
    const loan = { account_id: 'L', late_fee: 0, installments: [{ no: 1, due_on: '2026-01-31', principal: 100_000 }] };
    await seedAccounts(store, [loan]);
    await runCycle({ store, asOf: '2026-02-10', now });
    const closedEntries = (await showAccount({ store, accountId: 'L', today: '2026-02-10' })).entries;
    await addPayment(store, 'L', { payment_id: 'LATE', paid_at: '2026-02-05T10:00:00+08:00', amount: 100_000 });
    // A rerun of the closed day leaves the late payment waiting: closed days are never written again.
    await runCycle({ store, asOf: '2026-02-10', now });
    expect((await showAccount({ store, accountId: 'L', today: '2026-02-10' })).entries).toEqual(closedEntries);
    await runCycle({ store, asOf: '2026-02-11', now });
    const view = await showAccount({ store, accountId: 'L', today: '2026-02-11' });
    // Nothing dated on a closed day was added: the days up to Feb 10 read as they did.
    expect(view.entries.filter((e) => e.posted_on <= '2026-02-10')).toEqual(closedEntries);
    const late = view.entries.filter((e) => e.posted_on === '2026-02-11');
    expect(late.map((e) => e.kind)).toContain('payment');
    expect(late.every((e) => e.payment_id === 'LATE')).toBe(true);
    // On time, the payment paid the penalty of Feb 1–5 (5 × 0.75) and 996.25 of principal; what is left,
    // 3.75, earns 0.0028 a day, which rounds to nothing.
    expect(view.outstanding).toMatchObject({ principal: '3.75', penalty: '0.00', total: '3.75' });
    expect(view.reconciled).toBe(true);

    // The same payment on time gives the same balances.
    const onTime = await fresh();
    await seedAccounts(onTime, [loan]);
    await addPayment(onTime, 'L', { payment_id: 'LATE', paid_at: '2026-02-05T10:00:00+08:00', amount: 100_000 });
    await runCycle({ store: onTime, asOf: '2026-02-11', now });
    const expected = await showAccount({ store: onTime, accountId: 'L', today: '2026-02-11' });
    expect(view.outstanding).toEqual(expected.outstanding);
    expect(view.installments).toEqual(expected.installments);
  });

  it('refuses to run for a day before the ledger’s last processed day', async () => {
    const store = await fresh();
    await seedAccounts(store, [
      { account_id: 'L', installments: [{ no: 1, due_on: '2026-01-31', principal: 100_000 }] },
    ]);
    await runCycle({ store, asOf: '2026-03-01', now });
    await expect(runCycle({ store, asOf: '2026-02-01', now })).rejects.toMatchObject({
      code: 'CLOSED_PERIOD',
      message: expect.stringMatching(/only moves forward/),
    });
    // The closed day itself may be run again (it finds nothing to do).
    await expect(runCycle({ store, asOf: '2026-03-01', now })).resolves.toMatchObject({ asOf: '2026-03-01' });
  });

  it('refuses an impossible day, and a day more than one day ahead unless the future is allowed', async () => {
    const store = await fresh();
    await seedAccounts(store, [
      { account_id: 'L', installments: [{ no: 1, due_on: '2026-01-31', principal: 100_000 }] },
    ]);
    await expect(runCycle({ store, asOf: '2026-02-30', now })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    // now is 2026-11-29T00:00Z: 08:00 on 29 November in Shanghai, so 30 November is tomorrow there.
    await expect(runCycle({ store, asOf: '2026-12-01', now })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/--allow-future/),
    });
    const runs = await store.db.selectFrom('cycle_runs').select('id').execute();
    expect(runs).toEqual([]);
    await expect(runCycle({ store, asOf: '2026-11-30', now })).resolves.toMatchObject({ asOf: '2026-11-30' });
    await expect(runCycle({ store, asOf: '2027-01-31', now, allowFuture: true })).resolves.toMatchObject({
      asOf: '2027-01-31',
    });
    const closed = await store.db.selectFrom('portfolios').select('closed_through').execute();
    expect(closed).toEqual([{ closed_through: '2027-01-31' }]);
  });
});
