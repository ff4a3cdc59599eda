/**
 * SQLite transactions that take the write lock when they begin (BEGIN IMMEDIATE), for writable stores.
 *
 * Kysely begins a plain (deferred) transaction, which takes the write lock only at its first write. If
 * another process is writing by then, SQLite cannot let this one wait — it already holds a read snapshot
 * that the other writer's commit would make stale, so waiting could deadlock — and fails at once with
 * SQLITE_BUSY, ignoring the busy timeout. Beginning immediately makes a second writer wait its turn
 * (up to the busy timeout) before it reads anything, and then read the latest committed state.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
