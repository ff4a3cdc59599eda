/** `dunwell promise add|list|cancel`: promises to pay, taken at the desk and judged by the cycle. */
import { PROMISE_STATUS_LABELS } from '../../domain/promise/promise-codes.js';
import { addPromise } from '../../promise/add-promise.js';
import { cancelPromise } from '../../promise/cancel-promise.js';
import { type ListedPromise, listPromises } from '../../promise/list-promises.js';
import type { RunCommand } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, oneArgument, optionalArgument, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

/** `prm_… CL-1 CNY 1,500.00 due 2026-12-05 15:00, taken 2026-12-01 by li.na: pending 待兑现 (paid 0.00)`. */
function promiseLine(p: ListedPromise): string {
  const v = p.view;
  const label = PROMISE_STATUS_LABELS[v.status];
  const due = v.due_at === null ? v.due_on : `${v.due_on} ${v.due_at}`;
  const decided = p.decidedOn === null ? '' : `, judged ${p.decidedOn}`;
  return (
    `${v.id} ${v.account_id} ${p.currency} ${groupThousands(v.amount)} due ${due}, taken ${v.taken_on} by ${v.taken_by}: ` +
    `${label.en} ${label.zh} (paid ${groupThousands(v.paid)}${decided})`
  );
}

export const runAdd: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    amount: { type: 'string' },
    on: { type: 'string' },
    time: { type: 'string' },
    by: { type: 'string' },
    channel: { type: 'string' },
    party: { type: 'string' },
    activity: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const amount = requiredOption('amount', values.amount);
  const dueOn = dateOption('on', requiredOption('on', values.on)) as string;
  const by = requiredOption('by', values.by);
  const promise = await withStore(ctx, 'write', (store) =>
    addPromise({
      store,
      accountId,
      amount,
      dueOn,
      dueAt: values.time ?? null,
      by,
      channel: values.channel ?? null,
      partyId: values.party ?? null,
      activityId: values.activity ?? null,
      at: values.at ?? null,
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, promise.view, () => promiseLine(promise));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { status: { type: 'string' }, json: { type: 'boolean' } });
  const accountId = optionalArgument(positionals);
  const promises = await withStore(ctx, 'read', (store) =>
    listPromises({ db: store.db, accountId, status: values.status }),
  );
  printResult(ctx, values.json, { promises: promises.map((p) => p.view) }, () =>
    promises.length === 0 ? 'no promises' : promises.map(promiseLine),
  );
  return EXIT.ok;
};

export const runCancel: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    by: { type: 'string' },
    reason: { type: 'string' },
    json: { type: 'boolean' },
  });
  const promiseId = oneArgument(positionals, 'the promise_id');
  const by = requiredOption('by', values.by);
  const reason = requiredOption('reason', values.reason);
  const promise = await withStore(ctx, 'write', (store) =>
    cancelPromise({ db: store.db, promiseId, by, reason, actor: ctx.actor, now: ctx.now() }),
  );
  printResult(ctx, values.json, promise.view, () => promiseLine(promise));
  return EXIT.ok;
};
