/**
 * `dunwell outbox send`: renders and sends the planned automatic messages whose window is open now, each
 * exactly once, through the adapters of the channels config (`--channels F`, else DUNWELL_CHANNELS);
 * `--dry-run` says what would happen and changes nothing.
 */
import { DEFAULT_TIME_ZONE } from '../../domain/ageing/ageing.js';
import { dateInZone } from '../../domain/calendar/calendar.js';
import { channelsFromOptionOrEnv } from '../../outbox/channels-config.js';
import { sendOutbox } from '../../outbox/send-outbox.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { printResult } from '../print-result.js';
import { stepProgress } from '../progress.js';

/** Message lines printed unless --limit asks for more; --json gives them all. */
const TEXT_LINES = 40;

export const runSend: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'as-of': { type: 'string' },
    'dry-run': { type: 'boolean' },
    channels: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const asOf = dateOption('as-of', values['as-of']) ?? dateInZone(ctx.now().toISOString(), DEFAULT_TIME_ZONE);
  const limit = wholeNumberOption('limit', values.limit, 0, 10_000_000) ?? TEXT_LINES;
  const channels = await channelsFromOptionOrEnv(values.channels, ctx.env);
  const dryRun = values['dry-run'] === true;
  const progress = stepProgress({ enabled: ctx.interactive });
  const report = await withStore(ctx, dryRun ? 'read' : 'write', (store) =>
    sendOutbox({ store, asOf, now: ctx.now, channels, dryRun, onProgress: (p) => progress.update(p) }),
  ).finally(() => progress.done());
  printResult(ctx, values.json, report, () => {
    const counts = Object.entries(report.counts)
      .filter(([k, v]) => v > 0 || k === 'considered' || k === 'sent')
      .map(([k, v]) => `${k}=${groupThousands(v)}`)
      .join(' ');
    return [
      `outbox as of ${report.as_of}${dryRun ? ' (dry run: nothing sent or written)' : ''}: ${counts}`,
      ...report.messages
        .slice(0, limit)
        .map(
          (m) =>
            `  ${m.message_id}  ${m.channel.padEnd(6)} ${m.template.padEnd(22)} ${(m.language ?? '-').padEnd(5)} ${m.result.padEnd(11)} ${m.recipient ?? '-'}${m.reason ? `  ${m.reason}` : ''}`,
        ),
      ...(report.messages.length > limit ? [`  … ${report.messages.length - limit} more (--limit N, or --json)`] : []),
    ];
  });
  return EXIT.ok;
};
