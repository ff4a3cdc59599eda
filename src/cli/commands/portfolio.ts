/**
 * `dunwell portfolio list` and `dunwell portfolio set`: a portfolio's time zone, ladders, rate limit,
 * paydays, and the compliance pack its contacts are judged by with its tightening.
 */
import { readFile } from 'node:fs/promises';
import { parseAuthority } from '../../domain/arrangement/authority-ladder.js';
import { configurePortfolio, parseLadder, parsePaydays } from '../../portfolio/configure-portfolio.js';
import { listPortfolios, type PortfolioView } from '../../portfolio/list-portfolios.js';
import { type CommandContext, type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { groupThousands } from '../group-thousands.js';
import { withStore } from '../open-cli-store.js';
import { noPositionals, parseOptions, wholeNumberOption, yesNoOption } from '../parse-options.js';

const ladderText = (ladder: readonly { name: string; minDpd: number }[]) =>
  ladder.map((r) => `${r.name}=${r.minDpd}`).join(',');

function printPortfolio(ctx: CommandContext, p: PortfolioView): void {
  ctx.out(`${p.portfolio_id}: ${groupThousands(p.accounts)} accounts, time zone ${p.time_zone}`);
  ctx.out(`  buckets ${ladderText(p.buckets)}`);
  ctx.out(`  stages  ${ladderText(p.stages)}`);
  ctx.out(`  annual rates above 100 %: ${p.allow_rates_above_one ? 'allowed' : 'refused'}`);
  ctx.out(`  paydays ${p.paydays.join(',')}`);
  ctx.out(
    `  promise grace ${p.promise_grace_days} days, plan breached ${p.plan_breach_days} days after a missed instalment`,
  );
  ctx.out(`  authority ${p.authority_text}`);
  const params = p.compliance_params === null ? 'as shipped' : `tightened ${JSON.stringify(p.compliance_params)}`;
  ctx.out(`  compliance pack ${p.compliance_pack}, ${params}`);
  ctx.out(`  lender kind ${p.lender_kind}`);
}

/** `--compliance-params`: a JSON file, or `-` for standard input. */
async function complianceParamsText(ctx: CommandContext, value: string | undefined): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (value === '-') return ctx.stdin();
  try {
    return await readFile(value, 'utf8');
  } catch (cause) {
    throw usageError(`--compliance-params: cannot read ${value} (${(cause as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: 'boolean' } });
  noPositionals(positionals);
  const all = await withStore(ctx, 'read', (store) => listPortfolios(store.db));
  if (values.json) ctx.out(JSON.stringify(all));
  else if (all.length === 0) ctx.out('no portfolios yet');
  else for (const p of all) printPortfolio(ctx, p);
  return EXIT.ok;
};

export const runSet: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    'time-zone': { type: 'string' },
    buckets: { type: 'string' },
    stages: { type: 'string' },
    'allow-rates-above-one': { type: 'string' },
    paydays: { type: 'string' },
    'promise-grace-days': { type: 'string' },
    'plan-breach-days': { type: 'string' },
    authority: { type: 'string' },
    'compliance-pack': { type: 'string' },
    'compliance-params': { type: 'string' },
    'lender-kind': { type: 'string' },
    json: { type: 'boolean' },
  });
  const [portfolioId, ...extra] = positionals;
  if (!portfolioId || extra.length > 0) throw usageError('give exactly one portfolio name');
  const buckets = values.buckets === undefined ? undefined : parseLadder(values.buckets, 'buckets');
  const stages = values.stages === undefined ? undefined : parseLadder(values.stages, 'stages');
  const allowRatesAboveOne = yesNoOption('allow-rates-above-one', values['allow-rates-above-one']);
  const paydays = values.paydays === undefined ? undefined : parsePaydays(values.paydays);
  const promiseGraceDays = wholeNumberOption('promise-grace-days', values['promise-grace-days'], 0, 60);
  const planBreachDays = wholeNumberOption('plan-breach-days', values['plan-breach-days'], 1, 180);
  const authority = values.authority === undefined ? undefined : parseAuthority(values.authority);
  const complianceParams = await complianceParamsText(ctx, values['compliance-params']);
  const view = await withStore(ctx, 'write', (store) =>
    configurePortfolio({
      db: store.db,
      portfolioId,
      timeZone: values['time-zone'],
      buckets,
      stages,
      allowRatesAboveOne,
      paydays,
      promiseGraceDays,
      planBreachDays,
      authority,
      compliancePack: values['compliance-pack'],
      complianceParams,
      lenderKind: values['lender-kind'],
      actor: ctx.actor,
      now: ctx.now(),
    }),
  );
  if (values.json) ctx.out(JSON.stringify(view));
  else printPortfolio(ctx, view);
  return EXIT.ok;
};
