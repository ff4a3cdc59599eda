/** `dunwell init`: creates the database if missing and applies pending migrations, and says which. */
import { initStore } from '../../store/init-store.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { noPositionals, parseOptions } from '../parse-options.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const result = await initStore(ctx.dbLocation, ctx.now());
  if (values.json) {
    ctx.out(JSON.stringify(result));
  } else {
    const what = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'already up to date';
    ctx.out(`${result.engine} database at ${result.location}: schema version ${result.version}, ${what}`);
  }
  return EXIT.ok;
};
