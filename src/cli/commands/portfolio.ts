import {
  configurePortfolio,
  listPortfolios,
  PortfolioSettingsError,
  type PortfolioView,
  parseLadder,
} from '../../portfolio/configure-portfolio.js';
import { type Command, type CommandContext, EXIT, UsageError } from '../command.js';
import { withStore } from '../open-cli-store.js';
import { parseOptions } from '../parse-options.js';

const ladderText = (ladder: readonly { name: string; minDpd: number }[]) =>
  ladder.map((r) => `${r.name}=${r.minDpd}`).join(',');

function printPortfolio(ctx: CommandContext, p: PortfolioView): void {
  ctx.out(`${p.portfolio_id}: ${p.accounts} accounts, time zone ${p.time_zone}`);
  ctx.out(`  buckets ${ladderText(p.buckets)}`);
  ctx.out(`  stages  ${ladderText(p.stages)}`);
}

export const portfolioListCommand: Command = {
  name: 'portfolio list',
  summary: 'list portfolios with their time zone, bucket and stage ladders',
  usage: 'dunwell portfolio list [--json]',
  async run(ctx) {
    const { values } = parseOptions(ctx.args, { json: { type: 'boolean' } });
    return withStore(ctx, async (store) => {
      const all = await listPortfolios(store);
      if (values.json) ctx.out(JSON.stringify(all));
      else if (all.length === 0) ctx.out('no portfolios yet');
      else for (const p of all) printPortfolio(ctx, p);
      return EXIT.ok;
    });
  },
};

export const portfolioSetCommand: Command = {
  name: 'portfolio set',
  summary: 'create a portfolio or change its time zone and DPD ladders',
  usage:
    'dunwell portfolio set <portfolio> [--time-zone IANA] [--buckets M0=0,M1=1,M2=31,…] [--stages current=0,early=1,mid=31,late=91,terminal=181] [--json]',
  async run(ctx) {
    const { values, positionals } = parseOptions(ctx.args, {
      'time-zone': { type: 'string' },
      buckets: { type: 'string' },
      stages: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [portfolioId, ...extra] = positionals;
    if (!portfolioId || extra.length > 0) throw new UsageError('give exactly one portfolio name');
    return withStore(ctx, async (store) => {
      try {
        const view = await configurePortfolio({
          store,
          portfolioId,
          timeZone: values['time-zone'],
          buckets: values.buckets === undefined ? undefined : parseLadder(values.buckets, 'buckets'),
          stages: values.stages === undefined ? undefined : parseLadder(values.stages, 'stages'),
          now: ctx.now(),
        });
        if (values.json) ctx.out(JSON.stringify(view));
        else printPortfolio(ctx, view);
        return EXIT.ok;
      } catch (error) {
        if (error instanceof PortfolioSettingsError) {
          ctx.err(error.message);
          return EXIT.failure;
        }
        throw error;
      }
    });
  },
};
