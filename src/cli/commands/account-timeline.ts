/** `dunwell account timeline`: one account's story in time order, as text or JSON. */
import { accountTimeline } from '../../account/account-timeline.js';
import { wallTime } from '../../activity/activity-view.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { oneArgument } from '../parse-options.js';
import { periodOptions } from '../period-options.js';
import { printResult } from '../print-result.js';

/** Width of the kind column: the longest kind the timeline writes (`arrangement.completed`). */
const KIND_WIDTH = 21;

export const run: RunCommand = async (ctx) => {
  const { from, to, json, positionals } = periodOptions(ctx.args);
  const accountId = oneArgument(positionals, 'the account_id');
  const timeline = await withStore(ctx, 'read', (store) => accountTimeline({ db: store.db, accountId, from, to }));
  const n = timeline.entries.length;
  printResult(ctx, json, timeline, () => [
    `${timeline.account_id} timeline 时间线 · ${timeline.time_zone} · ${n} entr${n === 1 ? 'y' : 'ies'} 条`,
    ...timeline.entries.map((e) => {
      const time = e.at === null ? '     ' : wallTime(e.at, timeline.time_zone);
      return `${e.on} ${time}  ${e.kind.padEnd(KIND_WIDTH)} ${e.summary}`;
    }),
  ]);
  return EXIT.ok;
};
