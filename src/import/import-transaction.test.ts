import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { account, dumpDatabase, instalment, runImport } from './import-fixtures.js';
import { CHUNK_ROWS, importRecords } from './import-records.js';

describe.each(testEngines)('import transaction on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  const events = () => store.db.selectFrom('events').selectAll().orderBy('id').execute();

  it('records one event per import run with the counts', async () => {
    await runImport(store, 'accounts', [account(), account({ account_id: 'A-2', currency: 'cny' })]);
    await importRecords({
      store,
      kind: 'schedules',
      records: [instalment()],
      now: new Date('2026-11-30T08:00:00Z'),
      source: 'schedules.csv',
    });
    const log = await events();
    expect(log.map((e) => [e.actor, e.kind, e.occurred_at, e.account_id])).toEqual([
      ['import', 'import.accounts', '2026-11-29T00:00:00.000Z', null],
      ['import', 'import.schedules', '2026-11-30T08:00:00.000Z', null],
    ]);
    // In the audit chain: the first event chains onto the genesis hash, the second onto the first.
    expect(log[0]?.prev_hash).toBe('0'.repeat(64));
    expect(log[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(log[1]?.prev_hash).toBe(log[0]?.hash);
    expect(JSON.parse(log[0]?.payload ?? '')).toEqual({
      rows: 2,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      created_portfolios: ['consumer'],
    });
    expect(JSON.parse(log[1]?.payload ?? '')).toEqual({
      file: 'schedules.csv',
      rows: 1,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
  });

  it('with all-or-nothing applies nothing when any row is bad, and still reports every rejection', async () => {
    await runImport(store, 'accounts', [account({ account_id: 'KEEP' })]);
    const before = await dumpDatabase(store);
    const rows = Array.from({ length: CHUNK_ROWS + 10 }, (_, i) => account({ account_id: `N-${i}`, portfolio: 'new' }));
    rows[5] = account({ account_id: 'BAD-1', principal: '-1' });
    rows.push(account({ account_id: 'KEEP', annual_rate: '0.3' }));
    rows.push(account({ account_id: 'BAD-2', opened_on: '2026-13-01' }));
    const report = await runImport(store, 'accounts', rows, { allOrNothing: true });
    expect(report).toMatchObject({ rows: CHUNK_ROWS + 12, inserted: 0, updated: 0, createdPortfolios: [] });
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([
      [6, 'principal'],
      [CHUNK_ROWS + 12, 'opened_on'],
    ]);
    expect(await dumpDatabase(store)).toEqual(before);
    const log = await events();
    expect(JSON.parse(log.at(-1)?.payload ?? '')).toMatchObject({ inserted: 0, rejected: 2, rolled_back: true });
  });

  it('with all-or-nothing applies everything when every row is good', async () => {
    const report = await runImport(store, 'accounts', [account(), account({ account_id: 'A-2' })], {
      allOrNothing: true,
    });
    expect(report).toMatchObject({ inserted: 2, rejected: [], createdPortfolios: ['consumer'] });
    expect(await store.db.selectFrom('accounts').select('id').execute()).toHaveLength(2);
  });

  it('leaves nothing half-written when the source fails midway (a crash), even after chunks were written', async () => {
    await runImport(store, 'accounts', [account()]);
    const before = await dumpDatabase(store);
    async function* failing() {
      for (let n = 1; n <= CHUNK_ROWS * 2 + 5; n++) {
        yield instalment({ installment_no: String(n), due_on: '2026-02-01' });
      }
      throw new Error('disk unplugged');
    }
    await expect(importRecords({ store, kind: 'schedules', records: failing(), now: new Date() })).rejects.toThrow(
      'disk unplugged',
    );
    expect(await dumpDatabase(store)).toEqual(before);
    expect(await events()).toHaveLength(1);
  });

  it('sees rows written by earlier chunks of the same run', async () => {
    const rows = Array.from({ length: CHUNK_ROWS }, (_, i) => account({ account_id: `C-${i}` }));
    rows.push(account({ account_id: 'C-7' }), account({ account_id: 'C-8', principal: '1.00' }));
    const report = await runImport(store, 'accounts', rows);
    expect(report).toMatchObject({ inserted: CHUNK_ROWS, unchanged: 1, updated: 1, rejected: [] });
    const c8 = await store.db
      .selectFrom('accounts')
      .select('principal')
      .where('account_id', '=', 'C-8')
      .executeTakeFirst();
    expect(c8?.principal).toBe(100);
  });

  it('reports progress after each chunk', async () => {
    const seen: number[] = [];
    const rows = Array.from({ length: CHUNK_ROWS + 1 }, (_, i) => account({ account_id: `G-${i}` }));
    await importRecords({ store, kind: 'accounts', records: rows, now: new Date(), onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([CHUNK_ROWS, CHUNK_ROWS + 1]);
  });
});
