/**
 * `dunwell start`, what `npm start` runs: opens (or creates) the embedded database, loads the demo
 * portfolio into an empty one or brings the cycle up to today, prints the ageing and what to try next.
 */
import { startDemo } from '../../demo/start-demo.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { type PreparedKey, preparePersonalDataKey } from '../../privacy/prepare-key.js';
import { formatAgingTable } from '../aging-table.js';
import type { RunCommand } from '../command.js';
import { deskWorkLine } from '../desk-work-text.js';
import { EXIT } from '../exit-status.js';
import { groupThousands as n } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { stepProgress } from '../progress.js';
import { formatQueueSummary } from '../queue-table.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { accounts: { type: 'string' }, seed: { type: 'string' } });
  noPositionals(positionals);
  const accounts = wholeNumberOption('accounts', values.accounts, 1, 1_000_000) ?? 5_000;
  const seed = wholeNumberOption('seed', values.seed, 0, 2 ** 32 - 1) ?? 1;
  const today = dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  const progress = stepProgress({ enabled: ctx.interactive });
  const started = await withStore(ctx, 'write', async (store) => {
    ctx.out(`Dunwell — ${store.engine} database at ${store.location}, today is ${today} (${DEFAULT_TIME_ZONE})`);
    ctx.out(keyLine(await preparePersonalDataKey({ store, now: ctx.now(), env: ctx.env })));
    return startDemo({
      store,
      accounts,
      seed,
      today,
      now: ctx.now,
      actor: ctx.actor,
      onProgress: (p) => progress.update(p),
      sendMessages: true,
    }).finally(() => progress.done());
  });
  const { loaded, cycle } = started;
  if (loaded) {
    ctx.out(`The database was empty: loaded the demo portfolio (${n(accounts)} accounts, seed ${seed})`);
    for (const i of loaded.imports) ctx.out(`  ${i.kind.padEnd(11)} ${n(i.rows).padStart(9)} rows`);
    ctx.out(
      `  imported in ${n(Math.round(loaded.importMs))} ms; cycle to ${today} in ${n(Math.round(loaded.cycle.totalMs))} ms`,
    );
    ctx.out(`  ${deskWorkLine(loaded.desk)}`);
  } else if (cycle) {
    ctx.out(`${n(started.accountsBefore)} accounts; cycle to ${today} in ${n(Math.round(cycle.totalMs))} ms`);
  } else {
    ctx.out(`${n(started.accountsBefore)} accounts; ${started.cycleSkipped}`);
  }
  if (started.floorAdded) ctx.out('Added the demo collection floor and strategy (this database had neither).');
  ctx.out('');
  ctx.out(formatAgingTable(started.aging));
  ctx.out('');
  for (const line of formatQueueSummary(started.queue)) ctx.out(line);
  ctx.out('');
  ctx.out('Next: npx dunwell queue');
  ctx.out('      npx dunwell report aging --json');
  ctx.out('      npx dunwell arrangement list');
  ctx.out('      npx dunwell promise list --status broken');
  if (started.exampleAccountId) ctx.out(`      npx dunwell account show ${started.exampleAccountId}`);
  ctx.out('      npx dunwell help');
  return EXIT.ok;
};

/** Where personal data's key is; a key made now must be backed up, or the personal data is lost with it. */
function keyLine(key: PreparedKey): string {
  return key.created
    ? `Personal data is encrypted: created its key ${key.id} at ${key.source} (mode 0600) — back it up / 个人信息已加密，已新建密钥，请备份`
    : `Personal data is encrypted with key ${key.id} from ${key.source} 个人信息已加密`;
}
