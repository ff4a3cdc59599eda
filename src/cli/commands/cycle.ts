/** `dunwell cycle`: runs the daily cycle up to a day and prints each step's counts and time. */
import { runCycle } from '../../cycle/run-cycle.js';
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { channelsFromOptionOrEnv } from '../../outbox/channels-config.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { stepProgress } from '../progress.js';

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    'range-size': { type: 'string' },
    'allow-future': { type: 'boolean' },
    channels: { type: 'string' },
  });
  noPositionals(positionals);
  // Account ids per unit of work and commit.
  const rangeSize = wholeNumberOption('range-size', values['range-size'], 1, 10_000_000);
  const asOf = dateOption('as-of', values['as-of']) ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  // The outbox step's adapters: --channels, else DUNWELL_CHANNELS; without either its messages wait.
  const channels = await channelsFromOptionOrEnv(values.channels, ctx.env);
  const progress = stepProgress({ enabled: ctx.interactive });
  const report = await withStore(ctx, 'write', (store) =>
    runCycle({
      store,
      asOf,
      now: ctx.now,
      rangeSize,
      allowFuture: values['allow-future'] === true,
      channels,
      onProgress: (p) => progress.update(p),
    }),
  ).finally(() => progress.done());
  if (values.json) {
    ctx.out(JSON.stringify({ as_of: report.asOf, steps: report.steps, total_ms: report.totalMs }));
    return EXIT.ok;
  }
  ctx.out(`cycle as of ${report.asOf}: ${groupThousands(report.totalMs)} ms`);
  for (const s of report.steps) {
    const counts = Object.entries(s.counts)
      .map(([k, v]) => `${k}=${groupThousands(v)}`)
      .join(' ');
    ctx.out(`  ${s.name.padEnd(9)} ${groupThousands(s.ms).padStart(10)} ms  ${counts}`);
  }
  return EXIT.ok;
};
