/**
 * Applies pending migrations, each in its own transaction, and records them in `schema_migrations`.
 * An older database upgrades in place; a database newer than this build is refused rather than guessed at.
 *
 * Finding out whether anything is pending only reads, so a database that is current is never written
 * on open: a read-only database stays usable for commands that only read.
 */
import { type Kysely, sql } from 'kysely';
import { AppError } from '../domain/errors.js';
import type { Engine } from './engine.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Migration } from './migrations/migration.js';
import type { Schema } from './schema.js';

export interface MigrateResult {
  applied: string[];
  version: number;
}

export interface SchemaStatus {
  /** The highest version applied (0 for a new database). */
  version: number;
  /** The version this build expects. */
  latest: number;
  /** Migrations this build would apply. */
  pending: Migration[];
}

interface MigrationsTable {
  schema_migrations: { version: number; name: string; applied_at: string };
}

async function hasMigrationsTable(db: Kysely<Schema>, engine: Engine): Promise<boolean> {
  const query =
    engine === 'postgres'
      ? sql<{ found: number }>`SELECT 1 AS found FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`
      : sql<{
          found: number;
        }>`SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`;
  const { rows } = await query.execute(db);
  return rows.length > 0;
}

/** Where the database's schema stands against this build, by reading only. Refuses a newer schema. */
export async function schemaStatus(db: Kysely<Schema>, engine: Engine): Promise<SchemaStatus> {
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  const done = (await hasMigrationsTable(db, engine))
    ? await (db as unknown as Kysely<MigrationsTable>).selectFrom('schema_migrations').select(['version']).execute()
    : [];
  const doneVersions = new Set(done.map((r) => Number(r.version)));
  const version = Math.max(0, ...doneVersions);
  if (version > latest) {
    throw new AppError(
      'SCHEMA_MISMATCH',
      `the database is at schema version ${version}, newer than this Dunwell (${latest}); upgrade Dunwell`,
    );
  }
  return { version, latest, pending: MIGRATIONS.filter((m) => !doneVersions.has(m.version)) };
}

export async function migrate(db: Kysely<Schema>, engine: Engine, now: Date): Promise<MigrateResult> {
  const mdb = db as unknown as Kysely<MigrationsTable>;
  const { pending, latest } = await schemaStatus(db, engine);
  if (pending.length === 0) return { applied: [], version: latest };
  await mdb.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied: string[] = [];
  for (const m of pending) {
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
