/** `dunwell account hold` and `dunwell account release`: start and end an account's hold. */
import { placeHold } from '../../account/place-hold.js';
import { releaseHold } from '../../account/release-hold.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import { dateOption, parseOptions } from '../parse-options.js';

function oneAccountId(positionals: readonly string[]): string {
  const [accountId, ...extra] = positionals;
  if (!accountId || extra.length > 0) throw usageError('give exactly one account_id');
  return accountId;
}

export const runHold: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    from: { type: 'string' },
    to: { type: 'string' },
    reason: { type: 'string' },
  });
  const accountId = oneAccountId(positionals);
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to) ?? null;
  const reason = values.reason?.trim();
  if (!from || !reason) throw usageError('--from and a non-blank --reason are required');
  const hold = await withStore(ctx, 'write', (store) =>
    placeHold({ db: store.db, accountId, from, to, reason, actor: ctx.actor, now: ctx.now() }),
  );
  ctx.out(`${accountId} on hold from ${hold.from}${hold.to ? ` to ${hold.to}` : ' until released'}`);
  return EXIT.ok;
};

export const runRelease: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { 'last-day': { type: 'string' } });
  const accountId = oneAccountId(positionals);
  const lastHeldDay = dateOption('last-day', values['last-day']);
  if (!lastHeldDay) throw usageError('--last-day is required');
  const { released } = await withStore(ctx, 'write', (store) =>
    releaseHold({ db: store.db, accountId, lastHeldDay, actor: ctx.actor, now: ctx.now() }),
  );
  ctx.out(`${accountId}: ${released} hold(s) end on ${lastHeldDay}`);
  return EXIT.ok;
};
