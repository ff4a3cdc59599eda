import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import type { Store } from '../store/open-database.js';
import { startDemo } from './start-demo.js';

describe.each(testEngines)('start on $name', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => store.close());
  const start = (today: string) =>
    startDemo({ store, accounts: 30, seed: 4, today, now: () => TEST_NOW, actor: 'test' });

  it('loads the demo into an empty database, then brings the cycle up to today, never back', async () => {
    const first = await start('2026-11-28');
    expect(first).toMatchObject({ accountsBefore: 0, cycle: null, cycleSkipped: null });
    expect(first.loaded?.accounts).toBe(30);
    expect(first.aging.as_of).toBe('2026-11-28');
    expect(first.aging.totals.reduce((n, t) => n + t.accounts, 0)).toBe(30);

    const next = await start('2026-11-29');
    expect(next).toMatchObject({ accountsBefore: 30, loaded: null, cycleSkipped: null });
    expect(next.cycle?.asOf).toBe('2026-11-29');

    // A ledger already past "today" is reported, not an error.
    const back = await start('2026-11-20');
    expect(back).toMatchObject({ accountsBefore: 30, loaded: null, cycle: null });
    expect(back.cycleSkipped).toMatch(/only moves forward/);
    expect(back.aging.as_of).toBe('2026-11-29');
  });

  it('gives a demo database made before the collection engine the floor and the strategy, once', async () => {
    const engine = testEngines[0];
    if (!engine) return;
    const store = await engine.open();
    try {
      const at = (today: string) =>
        startDemo({ store, accounts: 40, seed: 2, today, now: () => TEST_NOW, actor: 'test' });
      await at('2026-11-28');
      // As an old database would be: no people, no strategy, no queue.
      for (const table of [
        'work_items',
        'planned_messages',
        'variant_members',
        'strategy_versions',
        'users',
        'teams',
      ] as const) {
        await store.db.deleteFrom(table).execute();
      }
      const upgraded = await at('2026-11-29');
      expect(upgraded.floorAdded).toBe(true);
      expect(upgraded.queue.as_of).toBe('2026-11-29');
      expect(upgraded.queue.items).toBeGreaterThan(0);
      const again = await at('2026-11-29');
      expect(again.floorAdded).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('dunwell start', () => {
  it('says what it loaded, prints the ageing and what to try next', async () => {
    const engine = testEngines[0];
    if (!engine) return;
    const { location, drop } = await engine.location();
    try {
      const r = await runCli(location, 'start', '--accounts', '25');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('The database was empty: loaded the demo portfolio (25 accounts, seed 1)');
      expect(r.out).toMatch(/Ageing as of 2026-11-29 \(CNY\)/);
      expect(r.out).toMatch(/^Queue for 2026-11-29: \d+ items \(call \d+/m);
      expect(r.out).toContain('Next: npx dunwell queue');
      const again = await runCli(location, 'start');
      expect(again.out).toMatch(/25 accounts; cycle to 2026-11-29 in [\d,]+ ms/);
    } finally {
      await drop();
    }
  });
});
