/** `dunwell queue` and `dunwell queue assign`: read the day's work queue; give an item to someone else. */
import { reassignWorkItem } from '../../queue/reassign-work-item.js';
import { showQueue } from '../../queue/show-queue.js';
import { summariseQueue } from '../../queue/summarise-queue.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, noPositionals, parseOptions, wholeNumberOption } from '../parse-options.js';
import { formatQueueItems, formatQueueSummary } from '../queue-table.js';

/** Items a person reads in the terminal unless they ask for more (`--limit`); `--json` gives them all. */
const TEXT_ITEMS = 40;

export const runShow: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'as-of': { type: 'string' },
    collector: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  });
  noPositionals(positionals);
  const asOf = dateOption('as-of', values['as-of']);
  const given = wholeNumberOption('limit', values.limit, 1, 10_000_000);
  const collector = values.collector;
  if (values.json) {
    const view = await withStore(ctx, 'read', (store) => showQueue({ db: store.db, asOf, collector, limit: given }));
    ctx.out(JSON.stringify(view));
    return EXIT.ok;
  }
  const limit = given ?? TEXT_ITEMS;
  const [summary, view] = await withStore(ctx, 'read', (store) =>
    Promise.all([
      collector === undefined ? summariseQueue({ db: store.db, asOf }) : null,
      showQueue({ db: store.db, asOf, collector, limit: limit + 1 }),
    ]),
  );
  if (view.as_of === null) {
    ctx.out('No queue yet: the cycle builds one once a strategy is active.');
    return EXIT.ok;
  }
  if (summary) for (const line of formatQueueSummary(summary)) ctx.out(line);
  else ctx.out(`Queue for ${view.as_of} · ${collector}`);
  const shown = view.items.slice(0, limit);
  for (const line of formatQueueItems(shown)) ctx.out(line);
  if (view.items.length > limit) ctx.out(`… more: --limit N, or --json for every item`);
  else if (shown.length === 0) ctx.out('no items');
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
