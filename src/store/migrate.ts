/**
 * Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
 * An older database upgrades in place; a database newer than this build is refused rather than guessed at.
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from './engine.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Schema } from './schema.js';

export interface MigrateResult {
  applied: string[];
  version: number;
}

interface MigrationsTable {
  schema_migrations: { version: number; name: string; applied_at: string };
}

export async function migrate(db: Kysely<Schema>, engine: Engine, now: Date): Promise<MigrateResult> {
  const mdb = db as unknown as Kysely<MigrationsTable>;
  await mdb.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = await mdb.selectFrom('schema_migrations').select(['version']).execute();
  const doneVersions = new Set(done.map((r) => Number(r.version)));
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...doneVersions);
  if (newest > latest) {
    throw new Error(
      `the database is at schema version ${newest}, newer than this Dunwell (${latest}); upgrade Dunwell`,
    );
  }
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (doneVersions.has(m.version)) continue;
    await mdb.transaction().execute(async (trx) => {
      if (engine === 'postgres') {
        // Two processes starting at once must not both apply the same step.
        await sql`SELECT pg_advisory_xact_lock(4242001)`.execute(trx);
        const again = await trx
          .selectFrom('schema_migrations')
          .select('version')
          .where('version', '=', m.version)
          .executeTakeFirst();
        if (again) return;
      }
      await m.up(trx as unknown as Kysely<unknown>, engine);
      await trx
        .insertInto('schema_migrations')
        .values({ version: m.version, name: m.name, applied_at: now.toISOString() })
        .execute();
      applied.push(`${String(m.version).padStart(3, '0')}-${m.name}`);
    });
  }
  return { applied, version: latest };
}
