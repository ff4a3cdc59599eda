/** `dunwell demo`: loads the seeded demo portfolio into an empty database, runs the cycle, prints both. */

import { DEFAULT_DEMO_ACCOUNTS } from '../../demo/generate-demo.js';
import { loadDemo } from '../../demo/load-demo.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { agingReport } from '../../report/aging-report.js';
import { formatAgingTable } from '../aging-table.js';
import type { RunCommand } from '../command.js';
import { deskWorkLine } from '../desk-work-text.js';
import { EXIT } from '../exit-status.js';
import { groupThousands as n } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { stepProgress } from '../progress.js';

const MAX_ACCOUNTS = 1_000_000;

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    accounts: { type: 'string' },
    seed: { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const accounts = wholeNumberOption('accounts', values.accounts, 1, MAX_ACCOUNTS) ?? DEFAULT_DEMO_ACCOUNTS;
  const seed = wholeNumberOption('seed', values.seed, 0, 2 ** 32 - 1) ?? 1;
  const asOf = dateOption('as-of', values['as-of']) ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);

  const progress = stepProgress({ enabled: ctx.interactive });
  const { summary, aging, where } = await withStore(ctx, 'write', async (store) => {
    const loaded = await loadDemo({
      store,
      accounts,
      seed,
      asOf,
      now: ctx.now,
      actor: ctx.actor,
      onProgress: (p) => progress.update(p),
      sendMessages: true,
    }).finally(() => progress.done());
    return {
      summary: loaded,
      aging: await agingReport({ store, asOf }),
      where: `${store.engine} at ${store.location}`,
    };
  });
  if (values.json) {
    ctx.out(
      JSON.stringify({
        accounts: summary.accounts,
        seed: summary.seed,
        as_of: summary.asOf,
        imported: Object.fromEntries(summary.imports.map((i) => [i.kind, i.rows])),
        created_portfolios: summary.createdPortfolios,
        import_ms: summary.importMs,
        desk: {
          activities: summary.desk.activities,
          promises: summary.desk.promises,
          arrangements: summary.desk.arrangements,
          payments: summary.desk.payments,
          messages_sent: summary.desk.messagesSent,
          messages_folder: summary.desk.messagesFolder,
        },
        cycle: { steps: summary.cycle.steps, total_ms: summary.cycle.totalMs },
        aging,
      }),
    );
    return EXIT.ok;
  }
  ctx.out(`demo portfolio: ${n(accounts)} accounts, seed ${seed}, as of ${asOf}, into ${where}`);
  ctx.out(
    `imported ${summary.imports.map((i) => `${n(i.rows)} ${i.kind}`).join(', ')} in ${(summary.importMs / 1000).toFixed(1)} s`,
  );
  if (summary.createdPortfolios.length > 0) ctx.out(`portfolios: ${summary.createdPortfolios.join(', ')}`);
  ctx.out(deskWorkLine(summary.desk));
  const ledger = summary.cycle.steps.find((s) => s.name === 'ledger')?.counts ?? {};
  const facts = ['payments_posted', 'penalty_entries', 'late_fees'].flatMap((k) => {
    const count = ledger[k];
    return count === undefined ? [] : [`${k.replaceAll('_', ' ')} ${n(count)}`];
  });
  ctx.out(
    `cycle as of ${asOf} in ${(summary.cycle.totalMs / 1000).toFixed(1)} s${facts.length > 0 ? `: ${facts.join(', ')}` : ''}`,
  );
  ctx.out('');
  ctx.out(formatAgingTable(aging));
  return EXIT.ok;
};
