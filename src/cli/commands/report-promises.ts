/** `dunwell report promises`: the promise-kept rate per collector, per team and per strategy variant. */
import { type PromiseFigures, promiseReport } from '../../report/promise-report.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions } from '../parse-options.js';

const percent = (rate: string | null) => (rate === null ? '—' : `${(Number(rate) * 100).toFixed(1)} %`);

const money = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([currency, amount]) => `${currency} ${groupThousands(amount)}`)
    .join(', ') || '0';

/** `li.na  12 taken  kept 7  partly 2  broken 2  pending 1  kept rate 63.6 %  promised … paid …`. */
function line(label: string, f: PromiseFigures): string {
  return (
    `${label.padEnd(28)} ${groupThousands(f.taken).padStart(7)} taken  kept ${f.kept}  partly ${f.partly_kept}  ` +
    `broken ${f.broken}  pending ${f.pending}  kept rate ${percent(f.kept_rate)}  ` +
    `promised ${money(f.promised)}  paid ${money(f.paid)}`
  );
}

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  const report = await withStore(ctx, 'read', (store) => promiseReport({ db: store.db, from, to }));
  if (values.json) {
    ctx.out(JSON.stringify(report));
    return EXIT.ok;
  }
  ctx.out(`Promises to pay taken ${report.from} – ${report.to} 承诺还款兑现情况`);
  ctx.out(line('all 全部', report.totals));
  if (report.totals.taken === 0) return EXIT.ok;
  ctx.out('per collector 按催收员');
  for (const c of report.collectors) ctx.out(line(`  ${c.collector}`, c));
  ctx.out('per team 按团队');
  for (const t of report.teams) ctx.out(line(`  ${t.team_id ?? '(no team 无团队)'}`, t));
  ctx.out('per strategy variant 按策略分组');
  if (report.variants.length === 0) ctx.out('  no promise was taken on an account in a strategy segment');
  for (const v of report.variants) ctx.out(line(`  ${v.segment}/${v.variant}`, v));
  return EXIT.ok;
};
