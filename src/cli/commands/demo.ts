import { DEFAULT_DEMO_ACCOUNTS } from '../../demo/generate-demo.js';
import { DemoLoadError, type LoadDemoProgress, loadDemo } from '../../demo/load-demo.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone, isIsoDate } from '../../domain/calendar/calendar.js';
import { agingReport, formatAgingTable } from '../../report/aging-report.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

const MAX_ACCOUNTS = 1_000_000;

function wholeNumber(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,10}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${flag} "${text}" must be a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

/** A one-line progress report on stderr, redrawn at most ten times a second. */
function progressLine(): (p: LoadDemoProgress) => void {
  let lastDrawn = 0;
  let lastStep = '';
  return (p) => {
    const now = Date.now();
    const finished = p.total !== null && p.done >= p.total;
    if (p.step === lastStep && now - lastDrawn < 100 && !finished) return;
    if (lastStep !== '' && p.step !== lastStep) process.stderr.write('\n');
    lastStep = p.step;
    lastDrawn = now;
    const what = p.total === null ? `${p.done} rows` : `${p.done}/${p.total} account ranges`;
    process.stderr.write(`\r${p.step}: ${what}\u001b[K`);
  };
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'load a seeded synthetic portfolio into an empty database and run the cycle on it',
  usage:
    'dunwell demo [--accounts N] [--seed S] [--as-of YYYY-MM-DD] [--json]   (defaults: 5000 accounts, seed 1, today in Asia/Shanghai)',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, {
      accounts: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
    const accounts = wholeNumber('accounts', values.accounts, DEFAULT_DEMO_ACCOUNTS, 1, MAX_ACCOUNTS);
    const seed = wholeNumber('seed', values.seed, 1, 0, 2 ** 32 - 1);
    const asOf = values['as-of'] ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);

    return withStore(ctx, async (store) => {
      const drawing = ctx.interactive ? progressLine() : undefined;
      let summary: Awaited<ReturnType<typeof loadDemo>>;
      try {
        summary = await loadDemo({ store, accounts, seed, asOf, now: ctx.now, onProgress: drawing });
      } catch (error) {
        if (drawing) process.stderr.write('\n');
        if (error instanceof DemoLoadError) {
          ctx.err(`dunwell demo: ${error.message}`);
          return EXIT.failure;
        }
        throw error;
      }
      if (drawing) process.stderr.write('\n');
      const aging = await agingReport({ store, asOf });
      if (values.json) {
        ctx.out(
          JSON.stringify({
            accounts: summary.accounts,
            seed: summary.seed,
            as_of: summary.asOf,
            imported: Object.fromEntries(summary.imports.map((i) => [i.kind, i.rows])),
            created_portfolios: summary.createdPortfolios,
            import_ms: summary.importMs,
            cycle: { steps: summary.cycle.steps, total_ms: summary.cycle.totalMs },
            aging,
          }),
        );
        return EXIT.ok;
      }
      ctx.out(
        `demo portfolio: ${accounts} accounts, seed ${seed}, as of ${asOf}, into ${store.engine} at ${store.location}`,
      );
      ctx.out(
        `imported ${summary.imports.map((i) => `${i.rows} ${i.kind}`).join(', ')} in ${(summary.importMs / 1000).toFixed(1)} s`,
      );
      if (summary.createdPortfolios.length > 0) ctx.out(`portfolios: ${summary.createdPortfolios.join(', ')}`);
      const ledger = summary.cycle.steps.find((s) => s.name === 'ledger')?.counts ?? {};
      const facts = ['payments_posted', 'penalty_entries', 'late_fees']
        .filter((k) => ledger[k] !== undefined)
        .map((k) => `${k.replaceAll('_', ' ')} ${ledger[k]}`);
      ctx.out(
        `cycle as of ${asOf} in ${(summary.cycle.totalMs / 1000).toFixed(1)} s${facts.length > 0 ? `: ${facts.join(', ')}` : ''}`,
      );
      ctx.out('');
      ctx.out(formatAgingTable(aging));
      return EXIT.ok;
    });
  },
};
