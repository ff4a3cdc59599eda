/**
 * A fresh database for one benchmark case: a SQLite file in the work dir, or a new database on the
 * PostgreSQL server (created and dropped through the admin URL), with the means to drop it afterwards.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Engine } from '../src/store/engine.js';
import { openStore } from '../src/store/open-database.js';

export async function createCaseDatabase(
  engine: Engine,
  workDir: string,
  accounts: number,
  pgAdminUrl: string | null,
): Promise<{ location: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = join(workDir, `sqlite-${accounts}`);
    mkdirSync(dir, { recursive: true });
    return { location: join(dir, 'bench.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!pgAdminUrl) throw new Error('no PostgreSQL server');
  const name = `dunwell_bench_${accounts}_${process.pid}`;
  const admin = openStore(pgAdminUrl);
  try {
    await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => {
      const again = openStore(pgAdminUrl);
      try {
        await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(again.db);
      } finally {
        await again.close();
      }
    },
  };
}
