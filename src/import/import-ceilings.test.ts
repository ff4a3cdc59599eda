/**
 * Ceilings that keep every stored amount an exact integer: single amounts up to 10^13 minor units, an
 * account's outstanding charges up to 10^15, and rates at most 1 (100 %) unless the portfolio allows more,
 * and never above 10 (1,000 %).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { configurePortfolio } from '../portfolio/configure-portfolio.js';
import type { Store } from '../store/open-database.js';
import { account, FIXTURE_NOW, instalment, runImport } from './import-fixtures.js';

describe.each(testEngines)('import ceilings on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('puts a ceiling on amounts, so every stored amount stays an exact integer', async () => {
    const report = await runImport(store, 'accounts', [
      account({ account_id: 'H-1', principal: '25000000000000000000000000' }),
      account({ account_id: 'H-2', principal: '100000000000.01' }),
      account({ account_id: 'H-3', late_fee: '9007199254740993' }),
      account({ account_id: 'H-4', principal: '100000000000.00' }),
      account({ account_id: 'H-5', currency: 'JPY', principal: '10000000000000' }),
    ]);
    expect(report.rejected).toEqual([
      {
        row: 1,
        field: 'principal',
        reason: 'principal 25000000000000000000000000 is more than 100000000000.00, the largest amount taken',
      },
      {
        row: 2,
        field: 'principal',
        reason: 'principal 100000000000.01 is more than 100000000000.00, the largest amount taken',
      },
      {
        row: 3,
        field: 'late_fee',
        reason: 'late_fee 9007199254740993 is more than 100000000000.00, the largest amount taken',
      },
    ]);
    const stored = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'principal'])
      .orderBy('account_id')
      .execute();
    expect(stored).toEqual([
      { account_id: 'H-4', principal: 10_000_000_000_000 },
      { account_id: 'H-5', principal: 10_000_000_000_000 },
    ]);
    for (const a of stored) expect(Number.isSafeInteger(a.principal)).toBe(true);
  });

  it('refuses a rate above 1 (a percentage typed as a number) unless the portfolio allows such rates', async () => {
    const rows = [
      account({ account_id: 'R-1', annual_rate: '18' }),
      account({ account_id: 'R-2', penalty_uplift: '1.5' }),
      account({ account_id: 'R-3', cost_cap_rate: '24' }),
      account({ account_id: 'R-4', annual_rate: '1', penalty_uplift: '1', cost_cap_rate: '1' }),
      account({ account_id: 'R-5', annual_rate: '3.65' }),
      account({ account_id: 'R-6', annual_rate: '10.01' }),
    ];
    const strict = await runImport(store, 'accounts', rows);
    const notAllowed = 'portfolio consumer does not allow rates above 1 (allow_rates_above_one)';
    expect(strict.rejected).toEqual([
      {
        row: 1,
        field: 'annual_rate',
        reason: `annual_rate 18 is above 1 (100 %): rates are decimals, 0.18 is 18 %; ${notAllowed}`,
      },
      {
        row: 2,
        field: 'penalty_uplift',
        reason: `penalty_uplift 1.5 is above 1 (100 %): rates are decimals, 0.18 is 18 %; ${notAllowed}`,
      },
      {
        row: 3,
        field: 'cost_cap_rate',
        reason: `cost_cap_rate 24 is above 1 (100 %): rates are decimals, 0.18 is 18 %; ${notAllowed}`,
      },
      // Rates of exactly 1 pass the ceiling; an uplift of 100 % is outside the range a licensed lender's
      // penalty interest may take under the cn pack (the portfolio's default).
      {
        row: 4,
        field: 'penalty_uplift',
        reason: expect.stringMatching(/^penalty_uplift 1 is outside 0\.3–0\.5 .*银发〔2003〕251号/),
      },
      {
        row: 5,
        field: 'annual_rate',
        reason: `annual_rate 3.65 is above 1 (100 %): rates are decimals, 0.18 is 18 %; ${notAllowed}`,
      },
      {
        row: 6,
        field: 'annual_rate',
        reason: `annual_rate 10.01 is above 1 (100 %): rates are decimals, 0.18 is 18 %; ${notAllowed}`,
      },
    ]);
    // A portfolio that says its contracts go above 100 % a year takes them, up to 1,000 %. It is a private
    // lender's: the penalty uplift range of licensed lenders (银发〔2003〕251号) does not apply to it.
    await configurePortfolio({
      db: store.db,
      portfolioId: 'consumer',
      allowRatesAboveOne: true,
      lenderKind: 'private',
      actor: 'test',
      now: FIXTURE_NOW,
    });
    const allowed = await runImport(store, 'accounts', rows);
    expect(allowed.rejected).toEqual([
      {
        row: 1,
        field: 'annual_rate',
        reason: 'annual_rate 18 is above 10 (1,000 %), the highest rate taken; 0.18 is 18 %',
      },
      {
        row: 3,
        field: 'cost_cap_rate',
        reason: 'cost_cap_rate 24 is above 10 (1,000 %), the highest rate taken; 0.18 is 18 %',
      },
      {
        row: 6,
        field: 'annual_rate',
        reason: 'annual_rate 10.01 is above 10 (1,000 %), the highest rate taken; 0.18 is 18 %',
      },
    ]);
    const stored = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'annual_rate', 'penalty_uplift'])
      .orderBy('account_id')
      .execute();
    expect(stored).toEqual([
      { account_id: 'R-2', annual_rate: '0.18', penalty_uplift: '1.5' },
      { account_id: 'R-4', annual_rate: '1', penalty_uplift: '1' },
      { account_id: 'R-5', annual_rate: '3.65', penalty_uplift: '0.5' },
    ]);
  });

  it("keeps an account's outstanding charges below 10^15 minor units, so its totals stay exact integers", async () => {
    await runImport(store, 'accounts', [account({ account_id: 'BIG', principal: '100000000000.00' })]);
    const max = { account_id: 'BIG', due_on: '2026-02-01', principal: '100000000000.00', interest: '0', fee: '0' };
    const rows = Array.from({ length: 101 }, (_, n) => instalment({ ...max, installment_no: String(n + 1) }));
    const report = await runImport(store, 'schedules', rows);
    expect(report).toMatchObject({ inserted: 100 });
    expect(report.rejected).toEqual([
      {
        row: 101,
        field: 'principal',
        reason:
          "instalment 101 would bring account BIG's outstanding charges to 10100000000000.00, more than 10000000000000.00, the most one account may carry",
      },
    ]);
    // Re-importing the booked ones is unchanged, not a new charge over the ceiling.
    expect(await runImport(store, 'schedules', rows.slice(0, 100))).toMatchObject({ unchanged: 100, rejected: [] });
    const big = await store.db
      .selectFrom('accounts')
      .select(['out_principal', 'out_interest', 'out_fee'])
      .where('account_id', '=', 'BIG')
      .executeTakeFirstOrThrow();
    expect(big).toEqual({ out_principal: 10 ** 15, out_interest: 0, out_fee: 0 });
  });
});
