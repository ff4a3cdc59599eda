import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/open-database.js';

const cli = runCli;

describe.each(testEngines)('dunwell CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedAccounts(store, [
      {
        account_id: 'LN-1',
        late_fee: 5_000,
        installments: [
          { no: 1, due_on: '2026-01-31', principal: 100_000, interest: 1_000 },
          { no: 2, due_on: '2026-02-28', principal: 100_000, interest: 1_000 },
        ],
        payments: [{ payment_id: 'P1', paid_at: '2026-01-30T09:00:00+08:00', amount: 101_000 }],
      },
      { account_id: 'LN-2', installments: [{ no: 1, due_on: '2026-01-31', principal: 50_000 }] },
    ]);
    await store.close();
  });
  afterAll(async () => drop());

  it('runs the cycle and prints each step with counts and time as JSON', async () => {
    const r = await cli(db, 'cycle', '--as-of', '2026-03-10', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.as_of).toBe('2026-03-10');
    expect(report.steps.map((s: { name: string }) => s.name)).toEqual(['payments', 'ledger', 'age', 'snapshot']);
    for (const s of report.steps) expect(typeof s.ms).toBe('number');
    expect(report.steps[1].counts).toMatchObject({ accounts: 2, payments_posted: 1 });
  });

  it('shows an account with balances by component, instalments and entries', async () => {
    const r = await cli(db, 'account', 'show', 'LN-1', '--json');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out);
    expect(Object.keys(view)).toEqual(
      expect.arrayContaining([
        'account_id',
        'status',
        'dpd',
        'bucket',
        'stage',
        'outstanding',
        'past_due',
        'unapplied_credit',
        'installments',
        'entries',
      ]),
    );
    expect(view).toMatchObject({ account_id: 'LN-1', dpd: 10, bucket: 'M1', stage: 'early', unapplied_credit: '0.00' });
    expect(view.installments[0]).toEqual({
      installment_no: 1,
      due_on: '2026-01-31',
      due: {
        principal: '1000.00',
        interest: '10.00',
        fee: '0.00',
        penalty: '0.00',
        late_fee: '0.00',
        total: '1010.00',
      },
      paid: {
        principal: '1000.00',
        interest: '10.00',
        fee: '0.00',
        penalty: '0.00',
        late_fee: '0.00',
        total: '1010.00',
      },
    });
    expect(view.outstanding.total).toBe(view.past_due.total);
    expect(view.entries.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['charge', 'payment', 'allocation', 'penalty', 'late_fee']),
    );
  });

  it('reports ageing per bucket as a table, JSON and CSV', async () => {
    const json = JSON.parse((await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--json')).out);
    expect(json.rows.map((r: { bucket: string; accounts: number }) => [r.bucket, r.accounts])).toEqual([
      ['M1', 1],
      ['M2', 1],
    ]);
    const csv = (await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--csv')).out.split('\n');
    expect(csv[0]).toBe('bucket,currency,accounts,outstanding,past_due');
    expect(csv).toHaveLength(3);
    const table = await cli(db, 'report', 'aging', '--as-of', '2026-03-10');
    expect(table.out).toMatch(/M2\s+1\s+/);
    const missing = await cli(db, 'report', 'aging', '--as-of', '2026-03-09');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/has not run for 2026-03-09/);
  });

  it('puts an account on hold only from the first open day, and the cycle accrues nothing while held', async () => {
    const early = await cli(db, 'account', 'hold', 'LN-2', '--from', '2026-03-01', '--reason', 'dispute');
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/closed through 2026-03-10/);
    expect((await cli(db, 'account', 'hold', 'LN-2', '--from', '2026-03-11', '--reason', 'dispute')).code).toBe(0);
    expect((await cli(db, 'cycle', '--as-of', '2026-03-15')).code).toBe(0);
    const view = JSON.parse((await cli(db, 'account', 'show', 'LN-2', '--json')).out);
    expect(view.entries.filter((e: { posted_on: string }) => e.posted_on > '2026-03-10')).toEqual([]);
    expect((await cli(db, 'account', 'release', 'LN-2', '--last-day', '2026-03-16')).code).toBe(0);
    await cli(db, 'cycle', '--as-of', '2026-03-18');
    const after = JSON.parse((await cli(db, 'account', 'show', 'LN-2', '--json')).out);
    expect(
      after.entries
        .filter((e: { posted_on: string }) => e.posted_on > '2026-03-10')
        .map((e: { posted_on: string }) => e.posted_on),
    ).toEqual(['2026-03-17', '2026-03-18']);
  });

  it('exits 2 with usage for unknown commands and options', async () => {
    expect((await cli(db, 'frobnicate')).code).toBe(2);
    const bad = await cli(db, 'cycle', '--as-off', '2026-01-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/as-off/);
    expect((await cli(db, 'account', 'show', 'NOPE')).code).toBe(1);
  });
});
