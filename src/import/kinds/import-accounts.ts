/**
 * accounts: one debt each, keyed by account_id. Terms may change (they only steer what the cycle charges
 * from now on); the currency and opening date may not once instalments are booked, because the charges
 * already in the ledger were made in that currency and on that date.
 */

import { contractCaps, DEFAULT_LENDER, portfolioLenders } from '../../legal/contract-caps.js';
import { inList } from '../../store/in-list.js';
import { ACCOUNT_TERMS_COLUMNS } from '../../store/shapes/account-terms.js';
import { type RateCeiling, RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { ensurePortfolios } from '../ensure-portfolios.js';
import { ALLOCATIONS, DAY_COUNTS, PRODUCTS } from '../import-codes.js';
import { portfoliosAllowingHighRates } from '../lookup-references.js';
import { ChangePlan } from '../plan-changes.js';
import { recordChangedTerms, recordOpeningTerms } from './account-terms-history.js';

/**
 * Everything an account row sets: where it belongs, the contract terms the ledger reads, and what the
 * contract says beyond them (notarized with an enforcement clause, insured).
 */
const TERMS = [
  'portfolio_id',
  'product',
  'currency',
  'opened_on',
  ...ACCOUNT_TERMS_COLUMNS,
  'notarized_on',
  'insured',
] as const;
/** Columns whose change starts a new period in the terms history. */
const LEDGER_TERMS: readonly string[] = ['opened_on', ...ACCOUNT_TERMS_COLUMNS];

interface Account {
  id: number | null;
  account_id: string;
  portfolio_id: string;
  product: string;
  currency: string;
  opened_on: string;
  principal: number;
  annual_rate: string;
  penalty_uplift: string;
  late_fee: number;
  grace_days: number;
  allocation: string;
  day_count: string;
  cost_cap_rate: string | null;
  notarized_on: string | null;
  insured: 0 | 1 | null;
  hasInstallments: boolean;
}

/** Columns whose change would rewrite money already booked, once the account has instalments. */
const BOOKED = ['currency', 'opened_on'] as const;

export const importAccounts: ChunkImporter = async (ctx, rows, tally) => {
  const ids = distinctValues(rows, 'account_id');
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('accounts')
          .select(['id', 'account_id', ...TERMS])
          .where(inList(ctx.store.engine, 'account_id', ids, 'text'))
          .execute();
  // Which of them already have instalments: a separate probe of the instalments key, never a join.
  const booked = new Set<number>();
  if (stored.length > 0) {
    const withInstalments = await ctx.trx
      .selectFrom('installments')
      .select('account_id')
      .distinct()
      .where(
        inList(
          ctx.store.engine,
          'account_id',
          stored.map((a) => Number(a.id)),
          'bigint',
        ),
      )
      .execute();
    for (const r of withInstalments) booked.add(Number(r.account_id));
  }
  const plan = new ChangePlan<Account>(
    stored.map((a) => [
      a.account_id,
      {
        ...a,
        id: Number(a.id),
        principal: Number(a.principal),
        late_fee: Number(a.late_fee),
        grace_days: Number(a.grace_days),
        notarized_on: a.notarized_on === null ? null : String(a.notarized_on),
        insured: a.insured === null ? null : Number(a.insured) === 1 ? 1 : 0,
        hasInstallments: booked.has(Number(a.id)),
      },
    ]),
  );
  const termsChanged = new Map<number, { openedOnChanged: boolean }>();
  const highRates = await portfoliosAllowingHighRates(ctx, distinctValues(rows, 'portfolio'));
  const lenders = await portfolioLenders(ctx.trx, distinctValues(rows, 'portfolio'));
  for (const source of rows) {
    const c = new RowCheck(source);
    const accountId = c.required('account_id');
    const portfolio = c.required('portfolio');
    const product = c.code('product', PRODUCTS);
    const currency = c.currency('currency');
    const ceiling: RateCeiling = { allowAboveOne: highRates.has(portfolio), portfolio };
    const account: Account = {
      id: null,
      account_id: accountId,
      portfolio_id: portfolio,
      product,
      currency,
      opened_on: c.date('opened_on'),
      principal: c.amount('principal', currency),
      annual_rate: c.rate('annual_rate', ceiling),
      penalty_uplift: c.rate('penalty_uplift', ceiling, '0'),
      late_fee: c.amount('late_fee', currency, 0),
      grace_days: c.integer('grace_days', 0, 0),
      allocation: c.code('allocation', ALLOCATIONS, 'standard'),
      day_count: c.code('day_count', DAY_COUNTS, 'act360'),
      cost_cap_rate: c.optionalRate('cost_cap_rate', ceiling),
      notarized_on: c.optionalDate('notarized_on'),
      insured: c.raw('insured') === '' ? null : c.flag('insured'),
      hasInstallments: false,
    };
    if (c.ok) {
      // The law's cap for this contract and lender (the lower of it and the contract's is stored, and the
      // ledger's cost cap enforces it), and the pack's range for the penalty uplift.
      const caps = contractCaps(lenders.get(portfolio) ?? DEFAULT_LENDER, {
        product,
        openedOn: account.opened_on,
        costCapRate: account.cost_cap_rate,
        penaltyUplift: account.penalty_uplift,
      });
      if (caps.upliftProblem) {
        c.fail('penalty_uplift', `penalty_uplift ${account.penalty_uplift} ${caps.upliftProblem}`);
      }
      account.cost_cap_rate = caps.costCapRate;
    }
    if (c.problem) {
      tally.reject(c.problem);
      continue;
    }
    tally.add(
      plan.decide(source.row, accountId, account, (current) => {
        const changed = TERMS.filter((t) => current[t] !== account[t]);
        if (changed.length === 0) return { kind: 'same' };
        if (current.id !== null && changed.some((c) => LEDGER_TERMS.includes(c))) {
          termsChanged.set(current.id, { openedOnChanged: changed.includes('opened_on') });
        }
        const booked = BOOKED.find((f) => changed.includes(f));
        if (booked && current.hasInstallments) {
          return {
            kind: 'refuse',
            field: booked,
            reason: `account ${accountId} already has instalments, so its ${booked} ${current[booked]} cannot change to ${account[booked]}`,
          };
        }
        return { kind: 'update', value: { ...account, id: current.id, hasInstallments: current.hasInstallments } };
      }),
    );
  }
  const inserts = plan.inserts();
  const updates = plan.updates();
  for (const id of termsChanged.keys()) if (!updates.some((a) => a.id === id)) termsChanged.delete(id);
  await ensurePortfolios(
    ctx,
    [...inserts, ...updates].map((a) => a.portfolio_id),
  );
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'accounts',
      ['account_id', ...TERMS, 'created_at', 'updated_at'],
      inserts.map((a) => [a.account_id, ...TERMS.map((t) => a[t]), ctx.nowIso, ctx.nowIso]),
    );
    await recordOpeningTerms(
      ctx,
      inserts.map((a) => a.account_id),
    );
  }
  if (updates.length > 0) {
    await ctx.bulk.update(
      'accounts',
      [...TERMS, 'updated_at'],
      ['id'],
      updates.map((a) => [...TERMS.map((t) => a[t]), ctx.nowIso, a.id]),
    );
    await recordChangedTerms(ctx, termsChanged);
  }
};
