/** `dunwell report promises`: the promise-kept rate per collector, per team and per strategy variant. */
import { type PromiseFigures, type PromiseReport, promiseReport } from '../../report/promise-report.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { periodReportOptions } from '../period-options.js';
import { printResult } from '../print-result.js';
import { amountsByCurrency, percent } from '../report-figures.js';

/** `li.na  12 taken  kept 7  partly 2  broken 2  pending 1  kept rate 63.6 %  promised … paid …`. */
function line(label: string, f: PromiseFigures): string {
  return (
    `${label.padEnd(28)} ${groupThousands(f.taken).padStart(7)} taken  kept ${f.kept}  partly ${f.partly_kept}  ` +
    `broken ${f.broken}  pending ${f.pending}  kept rate ${percent(f.kept_rate)}  ` +
    `promised ${amountsByCurrency(f.promised)}  paid ${amountsByCurrency(f.paid)}`
  );
}

function reportText(report: PromiseReport): string[] {
  const lines = [
    `Promises to pay taken ${report.from} – ${report.to} 承诺还款兑现情况`,
    line('all 全部', report.totals),
  ];
  if (report.totals.taken === 0) return lines;
  lines.push('per collector 按催收员', ...report.collectors.map((c) => line(`  ${c.collector}`, c)));
  lines.push('per team 按团队', ...report.teams.map((t) => line(`  ${t.team_id ?? '(no team 无团队)'}`, t)));
  lines.push('per strategy variant 按策略分组');
  if (report.variants.length === 0) lines.push('  no promise was taken on an account in a strategy segment');
  lines.push(...report.variants.map((v) => line(`  ${v.segment}/${v.variant}`, v)));
  return lines;
}

export const run: RunCommand = async (ctx) => {
  const { from, to, json } = periodReportOptions(ctx.args);
  const report = await withStore(ctx, 'read', (store) => promiseReport({ db: store.db, from, to }));
  printResult(ctx, json, report, () => reportText(report));
  return EXIT.ok;
};
