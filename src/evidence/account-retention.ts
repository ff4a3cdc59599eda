/**
 * How long an account's evidence is kept: its portfolio's rule pack's retention (the pack data files,
 * examples/compliance-packs/*.yaml) counted from the day in the portfolio's time zone.
 */
import type { Kysely } from 'kysely';
import { compliancePack } from '../compliance/compliance-packs.js';
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import { retainUntil } from '../domain/evidence/retention.js';
import type { Schema } from '../store/schema.js';

export interface AccountRetention {
  accountId: number;
  /** The lender's account id, for messages. */
  externalId: string;
  pack: PackId;
  years: number;
  /** The last day evidence stored now must be kept. */
  retainUntil: IsoDate;
}

export async function accountRetention(db: Kysely<Schema>, accountId: number, now: Date): Promise<AccountRetention> {
  const row = await db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select(['accounts.id', 'accounts.account_id', 'portfolios.compliance_pack', 'portfolios.time_zone'])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no account with internal id ${accountId}`);
  const pack = row.compliance_pack;
  if (!(PACK_IDS as readonly string[]).includes(pack)) {
    throw new AppError(
      'INVALID_INPUT',
      `the portfolio's compliance pack "${pack}" is not one of ${PACK_IDS.join(', ')}`,
    );
  }
  const years = compliancePack(pack as PackId).retention.years;
  return {
    accountId: Number(row.id),
    externalId: row.account_id,
    pack: pack as PackId,
    years,
    retainUntil: retainUntil(dateInZone(now.toISOString(), row.time_zone), years),
  };
}
