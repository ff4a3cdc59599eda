/**
 * Opens the database named on the command line for one command, runs it, closes it. A command that only
 * reads asks for `read` and gets a read-only store when the schema is current, so it works on a read-only
 * database; driver errors a user can act on (another process holding the database, a read-only file)
 * come out as AppErrors with a plain message.
 */
import { openCurrentStore } from '../store/open-current-store.js';
import type { Store } from '../store/open-database.js';
import { storeError } from '../store/store-error.js';
import type { CommandContext } from './command.js';

export async function withStore<T>(
  ctx: CommandContext,
  access: 'read' | 'write',
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openCurrentStore(ctx.dbLocation, { access, now: ctx.now() });
  try {
    return await fn(store);
  } catch (error) {
    throw storeError(error, store) ?? error;
  } finally {
    await store.close();
  }
}
