/** `dunwell queue` and `dunwell queue assign`: read the day's work queue; give an item to someone else. */
import { reassignWorkItem } from '../../queue/reassign-work-item.js';
import { type QueueItemView, showQueue } from '../../queue/show-queue.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';

/** `2026-12-01T09:00:00+08:00` → `09:00–12:00 +08:00` */
function windowText(w: QueueItemView['window']): string {
  const time = (s: string) => s.slice(11, 16);
  return `${time(w.from)}–${time(w.to)} ${w.from.slice(19) || 'Z'}`;
}

function printItems(ctx: CommandContext, asOf: string, items: readonly QueueItemView[], collector?: string) {
  const people = new Set(items.map((i) => i.assignee));
  ctx.out(
    `Queue for ${asOf}${collector ? ` · ${collector}` : ''}: ${groupThousands(items.length)} items` +
      (collector ? '' : `, ${groupThousands(people.size)} people`),
  );
  for (const i of items) {
    const who = i.partner ? `${i.assignee}+${i.partner}` : i.assignee;
    ctx.out(
      `${String(i.rank).padStart(6)}  ${i.id}  ${i.account_id.padEnd(12)} ${i.bucket.padEnd(4)} ${i.action.padEnd(18)} ` +
        `${windowText(i.window)}  ${String(i.priority).padStart(7)}/min  ${who.padEnd(12)} ${i.grade}/${i.tier}  ${i.reason}`,
    );
  }
}

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'as-of': { type: 'string' },
    collector: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const asOf = dateOption('as-of', values['as-of']);
  const limit = wholeNumberOption('limit', values.limit, 1, 10_000_000);
  const view = await withStore(ctx, 'read', (store) =>
    showQueue({ db: store.db, asOf, collector: values.collector, limit }),
  );
  if (values.json) ctx.out(JSON.stringify(view));
  else if (view.as_of === null) ctx.out('no queue yet: run the cycle with an active strategy');
  else printItems(ctx, view.as_of, view.items, values.collector);
  return EXIT.ok;
};

export const runAssign: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    to: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [itemId, ...extra] = positionals;
  if (!itemId || extra.length > 0) throw usageError('give exactly one work item id');
  if (!values.to) throw usageError('--to USER is required');
  if (!values.by) throw usageError('--by USER is required');
  const { to, by } = values;
  const moved = await withStore(ctx, 'write', (store) =>
    reassignWorkItem({ db: store.db, itemId, to, by, now: ctx.now() }),
  );
  if (values.json) ctx.out(JSON.stringify(moved));
  else ctx.out(`${moved.id}: ${moved.from} → ${moved.to} (by ${moved.by})`);
  return EXIT.ok;
};
