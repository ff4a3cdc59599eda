/** `dunwell account timeline`: one account's story in time order, as text or JSON. */
import { accountTimeline } from '../../account/account-timeline.js';
import { wallTime } from '../../activity/activity-view.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, parseOptions } from '../parse-options.js';

/** Width of the kind column: the longest kind the timeline writes (`arrangement.completed`). */
const KIND_WIDTH = 21;

export const run: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [accountId, ...extra] = positionals;
  if (!accountId || extra.length > 0) throw usageError('give exactly one account_id');
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  const timeline = await withStore(ctx, 'read', (store) => accountTimeline({ db: store.db, accountId, from, to }));
  if (values.json) {
    ctx.out(JSON.stringify(timeline));
    return EXIT.ok;
  }
  const n = timeline.entries.length;
  ctx.out(`${timeline.account_id} timeline 时间线 · ${timeline.time_zone} · ${n} entr${n === 1 ? 'y' : 'ies'} 条`);
  for (const e of timeline.entries) {
    const time = e.at === null ? '     ' : wallTime(e.at, timeline.time_zone);
    ctx.out(`${e.on} ${time}  ${e.kind.padEnd(KIND_WIDTH)} ${e.summary}`);
  }
  return EXIT.ok;
};
