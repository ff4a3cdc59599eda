/** Portfolios with their settings and account counts, as `portfolio list` and `portfolio set` show them. */
import type { Kysely } from 'kysely';
import type { BucketRung, StageRung } from '../domain/ageing/ageing.js';
import { type AuthorityRung, formatAuthority } from '../domain/arrangement/authority-ladder.js';
import type { Schema } from '../store/schema.js';
import { PORTFOLIO_SETTINGS_COLUMNS, portfolioSettingsFromRow } from '../store/shapes/portfolio-settings.js';

export interface PortfolioView {
  portfolio_id: string;
  time_zone: string;
  buckets: BucketRung[];
  stages: StageRung[];
  /** Whether contracts in it may carry annual rates above 1 (100 %). */
  allow_rates_above_one: boolean;
  /** Days of the month its debtors are paid, ascending. */
  paydays: number[];
  /** Days after a promise's due day that payments still count towards it. */
  promise_grace_days: number;
  /** Days a plan instalment may stay unpaid past its due date before the plan is breached. */
  plan_breach_days: number;
  /** The authority ladder, and the same as `portfolio set --authority` takes it. */
  authority: AuthorityRung[];
  authority_text: string;
  /** The compliance rule pack its contacts are judged by, and its tightening by rule id (null for none). */
  compliance_pack: string;
  compliance_params: Record<string, Record<string, unknown>> | null;
  /** Who lent: licensed (the 24 % line) or private (4 × the one-year LPR at the contract date). */
  lender_kind: string;
  accounts: number;
}

/** Every portfolio (or only `only`), by name. `db` may be a transaction. */
export async function listPortfolios(db: Kysely<Schema>, only?: string): Promise<PortfolioView[]> {
  let q = db
    .selectFrom('portfolios')
    .select([...PORTFOLIO_SETTINGS_COLUMNS, 'compliance_pack', 'compliance_params', 'lender_kind'])
    .orderBy('portfolio_id');
  if (only !== undefined) q = q.where('portfolio_id', '=', only);
  const rows = await q.execute();
  // Counted apart (one index-only pass) rather than by joining every account to its portfolio.
  const counts = await db
    .selectFrom('accounts')
    .select((eb) => ['portfolio_id', eb.fn.countAll<number>().as('n')])
    .$if(only !== undefined, (c) => c.where('portfolio_id', '=', only as string))
    .groupBy('portfolio_id')
    .execute();
  const accounts = new Map(counts.map((c) => [c.portfolio_id, Number(c.n)]));
  return rows.map((r) => {
    const settings = portfolioSettingsFromRow(r);
    return {
      portfolio_id: settings.portfolioId,
      time_zone: settings.timeZone,
      buckets: [...settings.buckets],
      stages: [...settings.stages],
      allow_rates_above_one: settings.allowRatesAboveOne,
      paydays: [...settings.paydays],
      promise_grace_days: settings.promiseGraceDays,
      plan_breach_days: settings.planBreachDays,
      authority: settings.authority.map((r) => ({ ...r })),
      authority_text: formatAuthority(settings.authority),
      compliance_pack: r.compliance_pack,
      compliance_params: r.compliance_params === '' ? null : JSON.parse(r.compliance_params),
      lender_kind: r.lender_kind,
      accounts: accounts.get(settings.portfolioId) ?? 0,
    };
  });
}
