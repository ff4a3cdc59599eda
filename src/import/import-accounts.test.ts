import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { DEFAULT_BUCKETS, DEFAULT_STAGES } from '../domain/ageing/ageing.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, instalment, runImport } from './import-fixtures.js';

describe.each(testEngines)('import accounts on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('inserts accounts with normalised rates and defaults for blank optional fields, creating the portfolio', async () => {
    const report = await runImport(store, 'accounts', [
      account({ annual_rate: '0.180', penalty_uplift: '0.50' }),
      account({
        account_id: 'A-2',
        portfolio: 'sme-invoices',
        product: 'invoice',
        currency: 'JPY',
        principal: '120000',
        annual_rate: '0',
        penalty_uplift: '',
        late_fee: '',
        grace_days: '',
        allocation: '',
        day_count: '',
        cost_cap_rate: '',
      }),
    ]);
    expect(report).toEqual({
      kind: 'accounts',
      rows: 2,
      inserted: 2,
      updated: 0,
      unchanged: 0,
      rejected: [],
      createdPortfolios: ['consumer', 'sme-invoices'],
    });
    const rows = await store.db.selectFrom('accounts').selectAll().orderBy('account_id').execute();
    expect(rows[0]).toMatchObject({
      account_id: 'A-1',
      portfolio_id: 'consumer',
      currency: 'CNY',
      opened_on: '2026-01-01',
      principal: 300_000,
      annual_rate: '0.18',
      penalty_uplift: '0.5',
      late_fee: 5_000,
      grace_days: 3,
      cost_cap_rate: '0.24',
      status: 'active',
      processed_through: null,
      out_principal: 0,
      bucket: 'M0',
    });
    expect(rows[1]).toMatchObject({
      account_id: 'A-2',
      principal: 120_000,
      penalty_uplift: '0',
      late_fee: 0,
      grace_days: 0,
      allocation: 'standard',
      day_count: 'act360',
      cost_cap_rate: null,
    });
    const portfolio = await store.db
      .selectFrom('portfolios')
      .selectAll()
      .where('portfolio_id', '=', 'consumer')
      .executeTakeFirstOrThrow();
    expect(portfolio.time_zone).toBe('Asia/Shanghai');
    expect(JSON.parse(portfolio.buckets)).toEqual(DEFAULT_BUCKETS);
    expect(JSON.parse(portfolio.stages)).toEqual(DEFAULT_STAGES);
  });

  it('keeps what the contract says beyond its terms: notarized with an enforcement clause, insured', async () => {
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'A-N', notarized_on: '2026-01-05', insured: 'yes' }),
      account({ account_id: 'A-U' }),
      account({ account_id: 'A-BAD', notarized_on: '2026-02-30', insured: 'maybe' }),
    ]);
    expect(report.rejected).toEqual([{ row: 3, field: 'notarized_on', reason: expect.stringMatching(/2026-02-30/) }]);
    const rows = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'notarized_on', 'insured'])
      .orderBy('account_id')
      .execute();
    expect(rows).toEqual([
      { account_id: 'A-N', notarized_on: '2026-01-05', insured: 1 },
      { account_id: 'A-U', notarized_on: null, insured: null },
    ]);
    const again = await runImport(store, 'accounts', [account({ account_id: 'A-U', insured: 'no' })]);
    expect(again.updated).toBe(1);
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = [account(), account({ account_id: 'A-2', cost_cap_rate: '' })];
    await runImport(store, 'accounts', file);
    const before = await dumpDatabase(store);
    const again = await runImport(store, 'accounts', file, { now: new Date('2026-12-01T00:00:00Z') });
    expect(again).toMatchObject({
      rows: 2,
      inserted: 0,
      updated: 0,
      unchanged: 2,
      rejected: [],
      createdPortfolios: [],
    });
    expect(await dumpDatabase(store)).toEqual(before);
  });

  it('rejects each kind of bad field with the row, the field and a reason naming the value', async () => {
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'B-1', product: 'mortgage' }),
      account({ account_id: 'B-2', currency: 'cny' }),
      account({ account_id: 'B-3', opened_on: '2026-02-30' }),
      account({ account_id: 'B-4', principal: '-5.00' }),
      account({ account_id: 'B-5', principal: '10.001' }),
      account({ account_id: 'B-6', currency: 'JPY', principal: '100.5' }),
      account({ account_id: 'B-7', annual_rate: '18%' }),
      account({ account_id: 'B-8', grace_days: '-1' }),
      account({ account_id: 'B-9', grace_days: '1.5' }),
      account({ account_id: 'B-10', allocation: 'interest_first' }),
      account({ account_id: 'B-11', day_count: '30/360' }),
      account({ account_id: 'B-12', portfolio: '' }),
      account({ account_id: 'B-13', late_fee: 'fifty' }),
      account({ account_id: 'B-14', cost_cap_rate: '-0.1' }),
      account({ account_id: '' }),
      account({ account_id: 'OK-1' }),
    ]);
    expect(report.inserted).toBe(1);
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [1, 'product'],
      [2, 'currency'],
      [3, 'opened_on'],
      [4, 'principal'],
      [5, 'principal'],
      [6, 'principal'],
      [7, 'annual_rate'],
      [8, 'grace_days'],
      [9, 'grace_days'],
      [10, 'allocation'],
      [11, 'day_count'],
      [12, 'portfolio'],
      [13, 'late_fee'],
      [14, 'cost_cap_rate'],
      [15, 'account_id'],
    ]);
    const reasons = report.rejected.map((r) => r.reason);
    expect(reasons[0]).toContain('"mortgage" is not one of installment_loan, credit_card, invoice');
    expect(reasons[1]).toContain('"cny"');
    expect(reasons[2]).toBe('opened_on 2026-02-30 is not a date that exists (YYYY-MM-DD)');
    expect(reasons[3]).toBe('principal -5.00 is negative');
    expect(reasons[4]).toBe('principal 10.001 has more than 2 decimal places for CNY');
    expect(reasons[5]).toBe('principal 100.5 has more than 0 decimal places for JPY');
    expect(reasons[11]).toBe('portfolio is required');
    const stored = await store.db.selectFrom('accounts').select('account_id').execute();
    expect(stored.map((a) => a.account_id)).toEqual(['OK-1']);
  });

  it('takes only ISO 4217 currencies, not any three capital letters', async () => {
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'C-1', currency: 'ABC' }),
      account({ account_id: 'C-2', currency: 'XAU' }),
      account({ account_id: 'C-3', currency: 'HRK' }),
      account({ account_id: 'C-4', currency: 'KWD', principal: '1.234' }),
    ]);
    expect(report.rejected).toEqual([
      { row: 1, field: 'currency', reason: 'currency "ABC" is not an ISO 4217 currency code such as CNY or USD' },
      { row: 2, field: 'currency', reason: 'currency "XAU" is not an ISO 4217 currency code such as CNY or USD' },
      { row: 3, field: 'currency', reason: 'currency "HRK" is not an ISO 4217 currency code such as CNY or USD' },
    ]);
    const stored = await store.db.selectFrom('accounts').select(['account_id', 'principal']).execute();
    expect(stored).toEqual([{ account_id: 'C-4', principal: 1_234 }]);
  });

  it('updates changed terms, and refuses a new currency or opening date once instalments are booked', async () => {
    await runImport(store, 'accounts', [account(), account({ account_id: 'A-2' })]);
    await runImport(store, 'schedules', [instalment()]);
    const report = await runImport(store, 'accounts', [
      account({
        annual_rate: '0.2',
        late_fee: '60',
        grace_days: '5',
        allocation: 'principal_first',
        cost_cap_rate: '',
      }),
      account({ currency: 'USD' }),
      account({ opened_on: '2025-12-01' }),
      account({ account_id: 'A-2', currency: 'USD', opened_on: '2025-12-01' }),
    ]);
    expect(report).toMatchObject({ inserted: 0, updated: 2, unchanged: 0 });
    expect(report.rejected).toEqual([
      {
        row: 2,
        field: 'currency',
        reason: 'account A-1 already has instalments, so its currency CNY cannot change to USD',
      },
      {
        row: 3,
        field: 'opened_on',
        reason: 'account A-1 already has instalments, so its opened_on 2026-01-01 cannot change to 2025-12-01',
      },
    ]);
    const rows = await store.db.selectFrom('accounts').selectAll().orderBy('account_id').execute();
    expect(rows[0]).toMatchObject({
      currency: 'CNY',
      annual_rate: '0.2',
      late_fee: 6_000,
      grace_days: 5,
      allocation: 'principal_first',
      // The contract names no cap now: the cn pack's 24 % line for a licensed lender is its cap.
      cost_cap_rate: '0.24',
      updated_at: '2026-11-29T00:00:00.000Z',
    });
    // No instalments yet: the currency and opening date of A-2 may still be corrected.
    expect(rows[1]).toMatchObject({ currency: 'USD', opened_on: '2025-12-01' });
  });

  it('applies duplicate keys in file order: an identical repeat is unchanged, a different one updates', async () => {
    const report = await runImport(store, 'accounts', [
      account(),
      account(),
      account({ principal: '4000.00' }),
      account({ principal: '4000.00' }),
    ]);
    expect(report).toMatchObject({ rows: 4, inserted: 1, updated: 1, unchanged: 2, rejected: [] });
    const row = await store.db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
    expect(row.principal).toBe(400_000);
    expect(await store.db.selectFrom('accounts').select('id').execute()).toHaveLength(1);
  });

  it('refuses a file with unknown or missing columns, applying nothing', async () => {
    const extra = { ...account(), colour: 'red', size: 'L' };
    await expect(runImport(store, 'accounts', [extra])).rejects.toMatchObject({ code: 'UNREADABLE_INPUT' });
    await expect(runImport(store, 'accounts', [extra])).rejects.toThrow(/unknown columns colour, size for accounts/);
    const { currency: _c, ...missing } = account();
    await expect(runImport(store, 'accounts', [missing])).rejects.toThrow(/missing required column currency/);
    // A later record with an unknown key refuses the whole file even after earlier chunks were applied.
    const many = Array.from({ length: 2500 }, (_, i) => account({ account_id: `M-${i}` }));
    many.push({ ...account({ account_id: 'M-last' }), colour: 'red' });
    await expect(runImport(store, 'accounts', many)).rejects.toThrow(/record 2501: unknown column colour/);
    expect(await store.db.selectFrom('accounts').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('portfolios').select('portfolio_id').execute()).toEqual([]);
  });

  it('treats a key missing from a later JSON-lines record as a blank value', async () => {
    const { currency: _c, ...missing } = account({ account_id: 'A-2' });
    const report = await runImport(store, 'accounts', [account(), missing]);
    expect(report.rejected).toEqual([{ row: 2, field: 'currency', reason: 'currency is required' }]);
  });
});
