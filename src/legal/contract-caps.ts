/**
 * Where the interest caps meet a contract: at import, each account's cost cap becomes the lower of the
 * contract's own and the cap its portfolio's pack sets for its lender kind (domain/legal/interest-cap.ts:
 * 24 % for a licensed lender, 4 × the one-year LPR at the contract date for private lending), and the
 * ledger's cost cap (domain/ledger/cost-cap.ts) enforces it every day from then on. A penalty uplift
 * outside the pack's range is refused.
 *
 * Why at import, into the stored cap: the cap depends on the contract date and who lent, both fixed when
 * the contract is made, so the day-to-day ledger needs no second cap; `account show` shows the cap in
 * force; and re-importing the same file resolves it the same way, so it changes nothing.
 */
import type { Kysely } from 'kysely';
import { compliancePack } from '../compliance/compliance-packs.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import { effectiveCostCap, type LegalCap, legalCostCap, penaltyUpliftProblem } from '../domain/legal/interest-cap.js';
import { isLenderKind, type LenderKind } from '../domain/legal/limitation-codes.js';
import { rateOf } from '../domain/money/rate.js';
import type { Schema } from '../store/schema.js';
import { lprTable } from './lpr-table.js';

export interface PortfolioLender {
  pack: PackId;
  lenderKind: LenderKind;
}

/** What a portfolio that does not exist yet gets (migration 008's defaults), as an import creates it. */
export const DEFAULT_LENDER: PortfolioLender = { pack: 'cn', lenderKind: 'licensed' };

/** Each named portfolio's pack and lender kind; a portfolio not stored yet is left out (DEFAULT_LENDER). */
export async function portfolioLenders(
  db: Kysely<Schema>,
  portfolioIds: readonly string[],
): Promise<Map<string, PortfolioLender>> {
  const out = new Map<string, PortfolioLender>();
  if (portfolioIds.length === 0) return out;
  const rows = await db
    .selectFrom('portfolios')
    .select(['portfolio_id', 'compliance_pack', 'lender_kind'])
    .where('portfolio_id', 'in', [...new Set(portfolioIds)])
    .execute();
  for (const r of rows) {
    const pack = PACK_IDS.find((p) => p === r.compliance_pack);
    if (!pack || !isLenderKind(r.lender_kind)) {
      throw new AppError(
        'INVALID_INPUT',
        `portfolio ${r.portfolio_id} has pack "${r.compliance_pack}" and lender kind "${r.lender_kind}"; fix them with dunwell portfolio set`,
      );
    }
    out.set(r.portfolio_id, { pack, lenderKind: r.lender_kind });
  }
  return out;
}

export interface ContractTerms {
  product: string;
  openedOn: IsoDate;
  /** The contract's own cost cap as decimal text, or null when it names none. */
  costCapRate: string | null;
  penaltyUplift: string;
}

export interface ContractCaps {
  /** The cost cap to store: the lower of the contract's and the pack's. */
  costCapRate: string | null;
  /** The pack's cap, when it sets one for this contract. */
  legal: LegalCap | null;
  /** Why the penalty uplift is refused (to follow `penalty_uplift <value> `), or null. */
  upliftProblem: string | null;
}

export function contractCaps(lender: PortfolioLender, terms: ContractTerms): ContractCaps {
  const { interest } = compliancePack(lender.pack);
  const facts = { lenderKind: lender.lenderKind, product: terms.product, openedOn: terms.openedOn };
  const legal = legalCostCap(interest, facts, lprTable());
  const contract = terms.costCapRate === null ? null : rateOf(terms.costCapRate);
  return {
    costCapRate: effectiveCostCap(contract, legal)?.text ?? null,
    legal,
    upliftProblem: penaltyUpliftProblem(interest, facts, rateOf(terms.penaltyUplift)),
  };
}
