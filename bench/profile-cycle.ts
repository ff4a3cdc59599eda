/**
 * Runs the timed daily cycle once on a copy of a database saved by `npm run bench -- --snapshot DIR`, so a
 * change can be measured (or profiled with `node --cpu-prof`) without regenerating and importing the book.
 *
 *   node dist/bench/profile-cycle.js DIR/before-cycle-1000000.db 2026-11-29
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCycle } from '../src/cycle/run-cycle.js';
import { openStore } from '../src/store/open-database.js';

async function main(): Promise<void> {
  const [source, asOf] = process.argv.slice(2);
  if (!source || !asOf) throw new Error('usage: node dist/bench/profile-cycle.js SNAPSHOT.db YYYY-MM-DD');
  const dir = mkdtempSync(join(tmpdir(), 'dunwell-profile-'));
  const copy = join(dir, 'cycle.db');
  copyFileSync(source, copy);
  const store = openStore(copy);
  try {
    const report = await runCycle({ store, asOf, now: () => new Date(`${asOf}T16:00:00Z`), allowFuture: true });
    for (const step of report.steps) console.log(step.name.padEnd(9), `${(step.ms / 1000).toFixed(2)} s`, step.counts);
    console.log('total', `${(report.totalMs / 1000).toFixed(2)} s`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
