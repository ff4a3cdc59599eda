/**
 * The cycle killed for real (SIGKILL on the `dunwell` process, mid-run) and run again ends exactly where an
 * uninterrupted run ends, on both engines. Needs the compiled CLI (`npm test` builds it first).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCycle } from '../src/cycle/run-cycle.js';
import { DEMO_KINDS, demoRecords } from '../src/demo/generate-demo.js';
import { importRecords } from '../src/import/import-records.js';
import { migrate } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/open-database.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { ledgerFingerprint } from './support/seed-accounts.js';

const AS_OF = '2026-11-29';
const BOOK = { accounts: 600, seed: 5, asOf: AS_OF };
const now = () => TEST_NOW;

async function loadBook(location: string): Promise<Store> {
  const store = openStore(location);
  await migrate(store.db, store.engine, TEST_NOW);
  for (const kind of DEMO_KINDS) {
    const report = await importRecords({ store, kind, records: demoRecords(BOOK, kind), now: TEST_NOW });
    expect(report.rejected).toEqual([]);
  }
  return store;
}

async function processedCount(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('processed_through', '=', AS_OF)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testEngines)('cycle killed mid-run on $name', (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('resumes to exactly the ledger of an uninterrupted run', async () => {
    expect(existsSync('bin/dunwell.js') && existsSync('dist/src/cli/main.js'), 'run `npm run build` first').toBe(true);
    const killed = await engine.location();
    const clean = await engine.location();
    cleanups.push(killed.drop, clean.drop);
    const a = await loadBook(killed.location);
    const b = await loadBook(clean.location);
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );

    const child: ChildProcess = spawn(
      process.execPath,
      ['bin/dunwell.js', 'cycle', '--as-of', AS_OF, '--range-size', '5', '--db', killed.location],
      { stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    let seen = 0;
    while (seen === 0) {
      seen = await processedCount(a);
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atKill = await processedCount(a);

    await runCycle({ store: a, asOf: AS_OF, now });
    await runCycle({ store: b, asOf: AS_OF, now });
    const total = await processedCount(b);
    // The kill landed after some ranges were committed and before the last one.
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(total);
    expect(await ledgerFingerprint(a)).toEqual(await ledgerFingerprint(b));
  });
});
