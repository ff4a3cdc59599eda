import { runCycle } from '../../cycle/run-cycle.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

export const cycleCommand: Command = {
  name: 'cycle',
  summary: 'run the daily cycle up to a date: post and allocate payments, accrue, age, snapshot',
  usage: 'dunwell cycle [--as-of YYYY-MM-DD] [--json] [--range-size N]   (as-of default: today in Asia/Shanghai)',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, {
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      'range-size': { type: 'string' },
    });
    const rangeText = values['range-size'];
    const rangeSize = rangeText === undefined ? undefined : Number(rangeText);
    if (rangeSize !== undefined && (!Number.isSafeInteger(rangeSize) || rangeSize <= 0)) {
      throw new UsageError('--range-size must be a positive whole number (account ids per unit of work and commit)');
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
    const asOf = values['as-of'] ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
    return withStore(ctx, async (store) => {
      let lastDrawn = 0;
      const report = await runCycle({
        store,
        asOf,
        now: ctx.now,
        rangeSize,
        onProgress: ctx.interactive
          ? (p) => {
              const t = Date.now();
              if (t - lastDrawn < 100 && p.done < p.total) return;
              lastDrawn = t;
              process.stderr.write(`\r${p.step}: ${p.done}/${p.total} account ranges${p.done === p.total ? '\n' : ''}`);
            }
          : undefined,
      });
      if (values.json) {
        ctx.out(JSON.stringify({ as_of: report.asOf, steps: report.steps, total_ms: report.totalMs }));
      } else {
        ctx.out(`cycle as of ${report.asOf}: ${report.totalMs} ms`);
        for (const s of report.steps) {
          const counts = Object.entries(s.counts)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ');
          ctx.out(`  ${s.name.padEnd(9)} ${String(s.ms).padStart(10)} ms  ${counts}`);
        }
      }
      return EXIT.ok;
    });
  },
};
