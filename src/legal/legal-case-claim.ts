/**
 * What a case claims unless a person says otherwise: the account's outstanding by component on the day
 * the case is filed, from the ledger (as `account show` reads it).
 *
 * - Filed on or after the last day the cycle processed: the balances that run left, accrued penalty
 *   included, measured as of that day (the claim says which day).
 * - Filed on an earlier day (entered late): the ledger's entries posted up to and including that day.
 *   Penalty accrued by then but posted only later is not in it; a person may set the claim by hand.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { type Amounts, COMPONENTS, totalOf, zeroAmounts } from '../domain/ledger/amounts.js';
import type { Minor } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import type { LegalAccount } from './legal-account.js';

export interface CaseClaim {
  /** The day the amounts are measured on. */
  asOf: IsoDate;
  amounts: Amounts;
  total: Minor;
}

export async function claimOn(db: Kysely<Schema>, account: LegalAccount, on: IsoDate): Promise<CaseClaim> {
  const processed = account.processedThrough;
  if (processed === null || on >= processed) {
    const row = await db
      .selectFrom('accounts')
      .select(['out_principal', 'out_interest', 'out_fee', 'out_penalty', 'out_late_fee'])
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    const amounts: Amounts = {
      principal: Number(row.out_principal),
      interest: Number(row.out_interest),
      fee: Number(row.out_fee),
      penalty: Number(row.out_penalty),
      late_fee: Number(row.out_late_fee),
    };
    return { asOf: processed ?? on, amounts, total: totalOf(amounts) };
  }
  const sums = await db
    .selectFrom('ledger_entries')
    .select((eb) => COMPONENTS.map((c) => eb.fn.sum<number | string | null>(c).as(c)))
    .where('account_id', '=', account.id)
    .where('posted_on', '<=', on)
    .executeTakeFirst();
  const amounts = zeroAmounts();
  for (const c of COMPONENTS) amounts[c] = Number(sums?.[c] ?? 0);
  return { asOf: on, amounts, total: totalOf(amounts) };
}

/** The claim as stored in `claim_detail`. */
export function claimDetail(claim: CaseClaim): string {
  return JSON.stringify({ as_of: claim.asOf, ...claim.amounts });
}
