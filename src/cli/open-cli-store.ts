import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-database.js';
import type { CommandContext } from './command.js';

/** Opens the database named on the command line, brings its schema up to date, runs `fn`, closes it. */
export async function withStore<T>(ctx: CommandContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(ctx.dbLocation);
  try {
    await migrate(store.db, store.engine, ctx.now());
    return await fn(store);
  } finally {
    await store.close();
  }
}
