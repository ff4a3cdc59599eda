/** `dunwell legal clock <account_id>`: the account's limitation clock with every event that restarted it. */
import { limitationLines } from '../../legal/limitation-response.js';
import { showLimitationClock } from '../../legal/show-limitation-clock.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, parseOptions } from '../parse-options.js';
import { printResult } from '../print-result.js';
import { limitationLang } from './legal-limitation.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    json: { type: 'boolean' },
    lang: { type: 'string' },
    'as-of': { type: 'string' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const lang = limitationLang(values.lang);
  const asOf = dateOption('as-of', values['as-of']);
  const view = await withStore(ctx, 'read', (store) =>
    showLimitationClock({ db: store.db, accountId, asOf, lang, now: ctx.now() }),
  );
  printResult(ctx, values.json, view, () =>
    view.expires_on === null
      ? [`${view.account_id}: ${view.summary}`]
      : [`${view.account_id} (${view.pack})`, ...limitationLines(view)],
  );
  return EXIT.ok;
};
