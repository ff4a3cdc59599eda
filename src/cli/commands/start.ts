/**
 * What `npm start` runs. Today it brings up the embedded database, loads the demo portfolio into an empty
 * one, runs the cycle up to today and prints the ageing; later capabilities add the web app here.
 */

import { CycleError, runCycle } from '../../cycle/run-cycle.js';
import { loadDemo } from '../../demo/load-demo.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { agingReport, formatAgingTable } from '../../report/aging-report.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

function positiveInteger(text: string | undefined, fallback: number, flag: string): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive whole number`);
  return n;
}

export const startCommand: Command = {
  name: 'start',
  summary:
    'set up the embedded database, load the demo portfolio if it is empty, run the cycle to today, print the ageing',
  usage: 'dunwell start [--accounts N] [--seed S]',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, { accounts: { type: 'string' }, seed: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
    const accounts = positiveInteger(values.accounts, 5_000, '--accounts');
    const seed = positiveInteger(values.seed, 1, '--seed');
    const today = dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
    return withStore(ctx, async (store) => {
      ctx.out(`Dunwell — ${store.engine} database at ${store.location}, today is ${today} (${DEFAULT_TIME_ZONE})`);
      const count = await store.db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(count.n) === 0) {
        ctx.out(`The database is empty: loading the demo portfolio (${accounts} accounts, seed ${seed})…`);
        const summary = await loadDemo({ store, accounts, seed, asOf: today, now: ctx.now });
        for (const i of summary.imports) ctx.out(`  ${i.kind.padEnd(11)} ${String(i.rows).padStart(8)} rows`);
        ctx.out(
          `  imported in ${Math.round(summary.importMs)} ms; cycle to ${today} in ${Math.round(summary.cycle.totalMs)} ms`,
        );
      } else {
        try {
          const report = await runCycle({ store, asOf: today, now: ctx.now });
          ctx.out(`${count.n} accounts; cycle to ${today} in ${Math.round(report.totalMs)} ms`);
        } catch (error) {
          // The cycle owns the rule that it only moves forward; a ledger already past today is not an error here.
          if (!(error instanceof CycleError)) throw error;
          ctx.out(`${count.n} accounts; ${error.message}`);
        }
      }
      ctx.out('');
      ctx.out(formatAgingTable(await agingReport({ store, asOf: today })));
      const example = await store.db
        .selectFrom('accounts')
        .select('account_id')
        .where('dpd', '>', 60)
        .orderBy('dpd')
        .limit(1)
        .executeTakeFirst();
      ctx.out('');
      ctx.out('Next: npx dunwell report aging --json');
      if (example) ctx.out(`      npx dunwell account show ${example.account_id}`);
      ctx.out('      npx dunwell help');
      return EXIT.ok;
    });
  },
};
