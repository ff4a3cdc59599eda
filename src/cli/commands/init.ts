/** `dunwell init`: creates the database if missing and applies pending migrations, and says which. */
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';
import { storeError } from '../../store/store-error.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { noPositionals, parseOptions } from '../parse-options.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const store = openStore(ctx.dbLocation);
  try {
    const result = await migrate(store.db, store.engine, ctx.now());
    if (values.json) {
      ctx.out(JSON.stringify({ engine: store.engine, location: store.location, ...result }));
    } else {
      const what = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'already up to date';
      ctx.out(`${store.engine} database at ${store.location}: schema version ${result.version}, ${what}`);
    }
    return EXIT.ok;
  } catch (error) {
    throw storeError(error, store) ?? error;
  } finally {
    await store.close();
  }
};
