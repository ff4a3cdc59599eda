import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { addPayment, seedAccounts } from '../../test/support/seed-accounts.js';
import { runCycle } from '../cycle/run-cycle.js';
import type { Store } from '../store/open-database.js';
import { configurePortfolio, listPortfolios, PortfolioSettingsError, parseLadder } from './configure-portfolio.js';

describe('ladder specs', () => {
  it('parses NAME=MIN_DPD lists and refuses bad ones with the reason', () => {
    expect(parseLadder('M0=0, M1=1,M2=31', 'buckets')).toEqual([
      { name: 'M0', minDpd: 0 },
      { name: 'M1', minDpd: 1 },
      { name: 'M2', minDpd: 31 },
    ]);
    expect(() => parseLadder('M1=1,M2=31', 'buckets')).toThrow(/start at 0/);
    expect(() => parseLadder('M0=0,M1', 'buckets')).toThrow(/rung 2/);
    expect(() => parseLadder('current=0,soon=10', 'stages')).toThrow(/"soon" is not one of/);
  });
});

describe.each(testEngines)('portfolio settings on $name', (engine) => {
  let store: Store;
  afterEach(async () => store.close());

  it('re-buckets accounts at once when the ladder changes', async () => {
    store = await engine.open();
    await seedAccounts(store, [
      { account_id: 'L', portfolio: 'p', installments: [{ no: 1, due_on: '2026-01-31', principal: 1_000 }] },
    ]);
    await runCycle({ store, asOf: '2026-03-17', now: () => TEST_NOW }); // DPD 45 → M2
    await configurePortfolio({
      store,
      portfolioId: 'p',
      buckets: parseLadder('C=0,X1=1,X2=40,X3=100', 'buckets'),
      stages: parseLadder('current=0,early=1,late=40', 'stages'),
      now: TEST_NOW,
    });
    const row = await store.db.selectFrom('accounts').select(['dpd', 'bucket', 'stage']).executeTakeFirstOrThrow();
    expect(row).toEqual({ dpd: 45, bucket: 'X2', stage: 'late' });
    const [view] = await listPortfolios(store, 'p');
    expect(view).toMatchObject({ portfolio_id: 'p', time_zone: 'Asia/Shanghai', accounts: 1 });
  });

  it('dates waiting payments by the new time zone and leaves posted ones alone', async () => {
    store = await engine.open();
    await seedAccounts(store, [
      { account_id: 'L', portfolio: 'us', installments: [{ no: 1, due_on: '2026-12-31', principal: 100_000 }] },
    ]);
    // 02:00 on 1 March in Shanghai is still 28 February in New York.
    await addPayment(store, 'L', { payment_id: 'P', paid_at: '2026-03-01T02:00:00+08:00', amount: 100 });
    await configurePortfolio({ store, portfolioId: 'us', timeZone: 'America/New_York', now: TEST_NOW });
    const p = await store.db.selectFrom('payments').select('value_on').executeTakeFirstOrThrow();
    expect(p.value_on).toBe('2026-02-28');
    await expect(
      configurePortfolio({ store, portfolioId: 'us', timeZone: 'Mars/Olympus', now: TEST_NOW }),
    ).rejects.toThrow(PortfolioSettingsError);
  });
});
