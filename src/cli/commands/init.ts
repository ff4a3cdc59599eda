/**
 * `dunwell init`: creates the database if missing and applies pending migrations, and says which; then
 * makes sure personal data has its key (DUNWELL_KEY, else the key file, created here when missing).
 */
import { preparePersonalDataKey } from '../../privacy/prepare-key.js';
import { initStore } from '../../store/init-store.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions } from '../parse-options.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const result = await initStore(ctx.dbLocation, ctx.now());
  const key = await withStore(ctx, 'write', (store) => preparePersonalDataKey({ store, now: ctx.now(), env: ctx.env }));
  if (values.json) {
    ctx.out(JSON.stringify({ ...result, personal_data_key: key }));
  } else {
    const what = result.applied.length > 0 ? `applied ${result.applied.join(', ')}` : 'already up to date';
    ctx.out(`${result.engine} database at ${result.location}: schema version ${result.version}, ${what}`);
    ctx.out(
      key.created
        ? `personal-data key ${key.id} created at ${key.source} (mode 0600); back it up — without it the personal data cannot be read / 已新建个人信息密钥，请妥善备份`
        : `personal-data key ${key.id} from ${key.source} 个人信息密钥已就绪`,
    );
  }
  return EXIT.ok;
};
