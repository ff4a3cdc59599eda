/** PostgreSQL learns a large import's sizes at once, for the tables that import wrote. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import type { Store } from '../store/open-database.js';
import { runImport } from './import-fixtures.js';

// PostgreSQL only; without DUNWELL_TEST_PG the suite is reported as skipped, like the rest of the PostgreSQL half.
const postgres = testEngines.find((e) => e.name === 'postgres');

describe.skipIf(postgres === undefined)('statistics after an import on postgres', () => {
  let store: Store;
  beforeAll(async () => {
    if (postgres) store = await postgres.open();
  });
  afterAll(async () => store.close());

  const analyzed = async () => {
    const rows = await sql<{ relname: string; analyzed: boolean }>`
      SELECT relname, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables
      WHERE relname IN ('parties', 'payments')`.execute(store.db);
    return Object.fromEntries(rows.rows.map((r) => [r.relname, r.analyzed]));
  };

  it('refreshes the statistics of the tables a large import wrote, and only those', async () => {
    const party = (n: number) => ({ party_id: `P-${n}`, kind: 'person', name: `Party ${n}` });
    await runImport(
      store,
      'parties',
      Array.from({ length: 50 }, (_, n) => party(n)),
    );
    expect(await analyzed()).toEqual({ parties: false, payments: false });
    await runImport(
      store,
      'parties',
      Array.from({ length: 10_000 }, (_, n) => party(n + 100)),
    );
    expect(await analyzed()).toEqual({ parties: true, payments: false });
  });
});
