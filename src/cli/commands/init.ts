import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';
import { type Command, EXIT } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'create the database if missing and apply pending migrations',
  usage: 'dunwell init [--db <path|postgres-url>] [--json]',
  async run(ctx) {
    const store = openStore(ctx.dbLocation);
    try {
      const result = await migrate(store.db, store.engine, ctx.now());
      if (ctx.args.includes('--json')) {
        ctx.out(JSON.stringify({ engine: store.engine, location: store.location, ...result }));
      } else {
        const what = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'already up to date';
        ctx.out(`${store.engine} database at ${store.location}: schema version ${result.version}, ${what}`);
      }
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
