/** `dunwell report strategy`: champion/challenger results per segment and variant over a period. */
import { strategyReport } from '../../report/strategy-report.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions } from '../parse-options.js';

const percent = (rate: string | null) => (rate === null ? '—' : `${(Number(rate) * 100).toFixed(1)} %`);

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  const report = await withStore(ctx, 'read', (store) => strategyReport({ db: store.db, from, to }));
  if (values.json) {
    ctx.out(JSON.stringify(report));
    return EXIT.ok;
  }
  ctx.out(`Strategy results ${report.from} – ${report.to}`);
  if (report.variants.length === 0) ctx.out('no account was in a strategy segment in this period');
  for (const v of report.variants) {
    const recovered = Object.entries(v.recovered)
      .map(([currency, amount]) => `${currency} ${groupThousands(amount)}`)
      .join(', ');
    ctx.out(
      `${`${v.segment}/${v.variant}`.padEnd(28)} ${groupThousands(v.accounts).padStart(9)} accounts  ` +
        `cure ${percent(v.cure_rate).padStart(7)}  roll-forward ${percent(v.roll_forward_rate).padStart(7)}  ` +
        `recovered ${recovered || '0'}  promises kept ${v.promises_kept}`,
    );
  }
  return EXIT.ok;
};
