/** `dunwell report aging`: the ageing of a day the cycle has run, as a table, JSON or CSV. */
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { agingReport } from '../../report/aging-report.js';
import { formatAgingCsv, formatAgingTable } from '../aging-table.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions } from '../parse-options.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'as-of': { type: 'string' },
    portfolio: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
  });
  noPositionals(positionals);
  if (values.json && values.csv) throw usageError('choose one of --json and --csv');
  const asOf = dateOption('as-of', values['as-of']) ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  const report = await withStore(ctx, 'read', (store) => agingReport({ store, asOf, portfolio: values.portfolio }));
  ctx.out(values.json ? JSON.stringify(report) : values.csv ? formatAgingCsv(report) : formatAgingTable(report));
  return EXIT.ok;
};
