/** `dunwell account hold` and `dunwell account release`: start and end an account's hold. */
import { placeHold } from '../../account/place-hold.js';
import { releaseHold } from '../../account/release-hold.js';
import { HOLD_WORDS } from '../../domain/compliance/compliance-codes.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, parseOptions, requiredOption } from '../parse-options.js';
import { printResult } from '../print-result.js';

function oneAccountId(positionals: readonly string[]): string {
  const [accountId, ...extra] = positionals;
  if (!accountId || extra.length > 0) throw usageError('give exactly one account_id');
  return accountId;
}

export const runHold: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneAccountId(positionals);
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to) ?? null;
  const reason = values.reason?.trim();
  if (!from || !reason) throw usageError('--from and a non-blank --reason are required');
  const by = requiredOption('by USER', values.by, 'who places the hold (their role must allow the type)');
  const hold = await withStore(ctx, 'write', (store) =>
    placeHold({ db: store.db, accountId, type: values.type, from, to, reason, by, now: ctx.now() }),
  );
  const words = HOLD_WORDS[hold.type];
  printResult(
    ctx,
    values.json,
    { account_id: accountId, ...hold },
    () =>
      `${accountId} on ${words.en} hold 暂停（${words['zh-CN']}） from ${hold.from}${hold.to ? ` to ${hold.to}` : ' until lifted'}, placed by ${hold.placed_by}`,
  );
  return EXIT.ok;
};

export const runRelease: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'last-day': { type: 'string' },
    type: { type: 'string' },
    by: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneAccountId(positionals);
  const lastHeldDay = dateOption('last-day', values['last-day']);
  if (!lastHeldDay) throw usageError('--last-day is required');
  const by = requiredOption('by USER', values.by, 'who lifts the hold (their role must allow its type)');
  const lifted = await withStore(ctx, 'write', (store) =>
    releaseHold({ db: store.db, accountId, lastHeldDay, type: values.type, by, now: ctx.now() }),
  );
  printResult(
    ctx,
    values.json,
    { account_id: accountId, last_held_day: lastHeldDay, ...lifted },
    () =>
      `${accountId}: ${lifted.released} hold(s) (${lifted.types.join(', ')}) end on ${lastHeldDay}, lifted by ${lifted.lifted_by}`,
  );
  return EXIT.ok;
};
