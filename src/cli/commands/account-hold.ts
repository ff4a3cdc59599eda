import { HoldError, placeHold } from '../../account/place-hold.js';
import { releaseHold } from '../../account/release-hold.js';
import { AccountNotFoundError } from '../../account/show-account.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

async function reportingDomainErrors(ctx: CommandContext, fn: () => Promise<string>): Promise<number> {
  try {
    ctx.out(await fn());
    return EXIT.ok;
  } catch (error) {
    if (error instanceof HoldError || error instanceof AccountNotFoundError) {
      ctx.err(error.message);
      return EXIT.failure;
    }
    throw error;
  }
}

export const accountHoldCommand: Command = {
  name: 'account hold',
  summary: 'put an account on hold (no penalty interest, no late fees) from a date',
  usage: 'dunwell account hold <account_id> --from YYYY-MM-DD [--to YYYY-MM-DD] --reason TEXT',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, {
      from: { type: 'string' },
      to: { type: 'string' },
      reason: { type: 'string' },
    });
    const [accountId, ...extra] = positionals;
    if (!accountId || extra.length > 0) throw new UsageError('give exactly one account_id');
    if (!values.from || !values.reason) throw new UsageError('--from and --reason are required');
    const { from, reason } = values;
    return withStore(ctx, (store) =>
      reportingDomainErrors(ctx, async () => {
        const hold = await placeHold({
          store,
          accountId,
          from,
          to: values.to ?? null,
          reason,
          actor: 'cli',
          now: ctx.now(),
        });
        return `${accountId} on hold from ${hold.from}${hold.to ? ` to ${hold.to}` : ' until released'}`;
      }),
    );
  },
};

export const accountReleaseCommand: Command = {
  name: 'account release',
  summary: 'end an account’s hold; --last-day is the last held day',
  usage: 'dunwell account release <account_id> --last-day YYYY-MM-DD',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, { 'last-day': { type: 'string' } });
    const [accountId, ...extra] = positionals;
    if (!accountId || extra.length > 0) throw new UsageError('give exactly one account_id');
    const lastHeldDay = values['last-day'];
    if (!lastHeldDay) throw new UsageError('--last-day is required');
    return withStore(ctx, (store) =>
      reportingDomainErrors(ctx, async () => {
        const { released } = await releaseHold({ store, accountId, lastHeldDay, actor: 'cli', now: ctx.now() });
        return `${accountId}: ${released} hold(s) end on ${lastHeldDay}`;
      }),
    );
  },
};
