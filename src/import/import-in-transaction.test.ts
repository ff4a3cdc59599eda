import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { configurePortfolio } from '../portfolio/configure-portfolio.js';
import type { Store } from '../store/open-database.js';
import { account, FIXTURE_NOW as now } from './import-fixtures.js';
import { importRecords } from './import-records.js';

describe.each(testEngines)("an import inside its caller's transaction on $name", (engine) => {
  let store: Store;
  afterEach(async () => store.close());

  const names = async () => ({
    portfolios: (await store.db.selectFrom('portfolios').select('portfolio_id').execute()).map((r) => r.portfolio_id),
    accounts: (await store.db.selectFrom('accounts').select('account_id').execute()).map((r) => r.account_id),
    events: await store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute(),
  });

  it('is committed and rolled back with the caller', async () => {
    store = await engine.open();
    await expect(
      store.db.transaction().execute(async (trx) => {
        await configurePortfolio({ db: trx, portfolioId: 'uk', timeZone: 'Europe/London', actor: 'ops', now });
        const report = await importRecords({
          store,
          trx,
          kind: 'accounts',
          records: [account({ portfolio: 'uk' })],
          actor: 'ops',
          now,
        });
        expect(report.inserted).toBe(1);
        throw new Error('the caller gives up');
      }),
    ).rejects.toThrow('the caller gives up');
    expect(await names()).toEqual({ portfolios: [], accounts: [], events: [] });

    await store.db.transaction().execute(async (trx) => {
      await configurePortfolio({ db: trx, portfolioId: 'uk', timeZone: 'Europe/London', actor: 'ops', now });
      await importRecords({ store, trx, kind: 'accounts', records: [account({ portfolio: 'uk' })], actor: 'ops', now });
    });
    const after = await names();
    expect(after.accounts).toEqual(['A-1']);
    expect(after.events.map((e) => [e.kind, e.actor])).toEqual([
      ['portfolio.create', 'ops'],
      ['import.accounts', 'ops'],
    ]);
  });

  it('all-or-nothing, undoes only its own rows, keeping what the caller wrote before it', async () => {
    store = await engine.open();
    await store.db.transaction().execute(async (trx) => {
      await configurePortfolio({ db: trx, portfolioId: 'uk', actor: 'cli:bob', now });
      const report = await importRecords({
        store,
        trx,
        kind: 'accounts',
        records: [account({ portfolio: 'uk' }), account({ account_id: 'A-2', portfolio: 'uk', principal: '-5.00' })],
        allOrNothing: true,
        actor: 'cli:bob',
        now,
      });
      expect(report).toMatchObject({ inserted: 0, rejected: [{ row: 2, field: 'principal' }] });
    });
    const after = await names();
    expect(after.portfolios).toEqual(['uk']);
    expect(after.accounts).toEqual([]);
    expect(after.events.map((e) => [e.kind, e.actor])).toEqual([
      ['portfolio.create', 'cli:bob'],
      ['import.accounts', 'cli:bob'],
    ]);
    expect(JSON.parse(after.events[1]?.payload ?? '{}')).toMatchObject({ rows: 2, rejected: 1, rolled_back: true });
  });
});
