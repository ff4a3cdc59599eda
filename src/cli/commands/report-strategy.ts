/** `dunwell report strategy`: champion/challenger results per segment and variant over a period. */
import { strategyReport } from '../../report/strategy-report.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { periodReportOptions } from '../period-options.js';
import { printResult } from '../print-result.js';
import { amountsByCurrency, percent } from '../report-figures.js';

export const run: RunCommand = async (ctx) => {
  const { from, to, json } = periodReportOptions(ctx.args);
  const report = await withStore(ctx, 'read', (store) => strategyReport({ db: store.db, from, to }));
  printResult(ctx, json, report, () => [
    `Strategy results ${report.from} – ${report.to}`,
    ...(report.variants.length === 0 ? ['no account was in a strategy segment in this period'] : []),
    ...report.variants.map(
      (v) =>
        `${`${v.segment}/${v.variant}`.padEnd(28)} ${groupThousands(v.accounts).padStart(9)} accounts  ` +
        `cure ${percent(v.cure_rate).padStart(7)}  roll-forward ${percent(v.roll_forward_rate).padStart(7)}  ` +
        `recovered ${amountsByCurrency(v.recovered)}  promises kept ${v.promises_kept}`,
    ),
  ]);
  return EXIT.ok;
};
