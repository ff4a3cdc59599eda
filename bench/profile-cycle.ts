/**
 * Runs the timed daily cycle once on a copy of a database saved by `npm run bench -- --snapshot DIR`, so a
 * change can be measured (or profiled with `node --cpu-prof`) without regenerating and importing the book.
 *
 *   node dist/bench/profile-cycle.js DIR/before-cycle-1000000.db 2026-11-29
 *   node dist/bench/profile-cycle.js postgres://…/dunwell_snapshot_1000000 2026-11-29   (cloned, then dropped)
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runCycle } from '../src/cycle/run-cycle.js';
import { isPostgresUrl } from '../src/store/engine.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';

async function main(): Promise<void> {
  const [source, asOf] = process.argv.slice(2);
  if (!source || !asOf) throw new Error('usage: node dist/bench/profile-cycle.js SNAPSHOT.db YYYY-MM-DD');
  const { location, drop } = await copyOf(source);
  const store = openStore(location);
  try {
    // A snapshot from an older build is upgraded first, as any database is when the product opens it.
    await migrate(store.db, store.engine, new Date(`${asOf}T16:00:00Z`));
    const report = await runCycle({ store, asOf, now: () => new Date(`${asOf}T16:00:00Z`), allowFuture: true });
    for (const step of report.steps) console.log(step.name.padEnd(9), `${(step.ms / 1000).toFixed(2)} s`, step.counts);
    console.log('total', `${(report.totalMs / 1000).toFixed(2)} s`);
  } finally {
    await store.close();
    await drop();
  }
}

/** A throwaway copy of the snapshot: a file copy, or a PostgreSQL database cloned from the template. */
async function copyOf(source: string): Promise<{ location: string; drop: () => Promise<void> }> {
  if (!isPostgresUrl(source)) {
    const dir = mkdtempSync(join(tmpdir(), 'dunwell-profile-'));
    const copy = join(dir, 'cycle.db');
    copyFileSync(source, copy);
    return { location: copy, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = new URL(source);
  const template = url.pathname.slice(1);
  url.pathname = '/postgres';
  const adminUrl = url.toString();
  const name = `${template}_run`;
  const admin = openStore(adminUrl);
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(template)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const again = openStore(adminUrl);
      try {
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}

await main();
