import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone, isIsoDate } from '../../domain/calendar/calendar.js';
import { agingReport, formatAgingCsv, formatAgingTable, NoSnapshotError } from '../../report/aging-report.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

export const reportAgingCommand: Command = {
  name: 'report aging',
  summary: 'accounts, outstanding and past-due totals per DPD bucket for a day the cycle has run',
  usage: 'dunwell report aging [--as-of YYYY-MM-DD] [--portfolio NAME] [--json|--csv]',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, {
      'as-of': { type: 'string' },
      portfolio: { type: 'string' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
    if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
    const asOf = values['as-of'] ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
    if (!isIsoDate(asOf)) throw new UsageError(`--as-of "${asOf}" is not a valid date`);
    return withStore(ctx, async (store) => {
      try {
        const report = await agingReport({ store, asOf, portfolio: values.portfolio });
        ctx.out(values.json ? JSON.stringify(report) : values.csv ? formatAgingCsv(report) : formatAgingTable(report));
        return EXIT.ok;
      } catch (error) {
        if (error instanceof NoSnapshotError) {
          ctx.err(error.message);
          return EXIT.failure;
        }
        throw error;
      }
    });
  },
};
