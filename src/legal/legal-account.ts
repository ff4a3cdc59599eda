/**
 * The account legal work is done on — a case opened, a restriction placed — by the lender's account id,
 * with what that work is measured against: its balances and status as the last cycle left them, whether
 * the contract was notarized with an enforcement clause, its portfolio's time zone (the business day
 * "today" is) and rule pack (the notice period before a credit-bureau report).
 */
import type { Kysely } from 'kysely';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import { closedDay } from '../domain/ledger/move-account-ledger.js';
import type { Minor } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';

export interface LegalAccount {
  /** The internal key. */
  id: number;
  accountId: string;
  currency: string;
  /** The day the account was opened: nothing legal about it happens before. */
  openedOn: IsoDate;
  status: string;
  outstanding: Minor;
  notarizedOn: IsoDate | null;
  timeZone: string;
  pack: PackId;
  /** The last day the account's figures are exact for (the later of its own and its portfolio's). */
  processedThrough: IsoDate | null;
}

export async function findLegalAccount(db: Kysely<Schema>, accountId: string): Promise<LegalAccount> {
  const row = await db
    .selectFrom('accounts as a')
    .leftJoin('portfolios as p', 'p.portfolio_id', 'a.portfolio_id')
    .select([
      'a.id',
      'a.account_id',
      'a.currency',
      'a.opened_on',
      'a.status',
      'a.notarized_on',
      'a.processed_through',
      'p.closed_through',
      'p.time_zone',
      'p.compliance_pack',
      ...OUTSTANDING_COLUMNS.map((c) => `a.${c}` as const),
    ])
    .where('a.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  return legalAccountFromRow(row);
}

/** The business day `now` falls on in the account's portfolio. */
export function todayOf(account: Pick<LegalAccount, 'timeZone'>, now: Date): IsoDate {
  return dateInZone(now.toISOString(), account.timeZone);
}

type Row = {
  id: number | string;
  account_id: string;
  currency: string;
  opened_on: string;
  status: string;
  notarized_on: string | null;
  processed_through: string | null;
  closed_through: string | null;
  time_zone: string | null;
  compliance_pack: string | null;
} & Record<(typeof OUTSTANDING_COLUMNS)[number], number | string>;

export function legalAccountFromRow(row: Row): LegalAccount {
  const pack = PACK_IDS.find((p) => p === row.compliance_pack) ?? 'cn';
  return {
    id: Number(row.id),
    accountId: row.account_id,
    currency: row.currency,
    openedOn: row.opened_on,
    status: row.status,
    outstanding: outstandingTotal(row),
    notarizedOn: row.notarized_on,
    timeZone: row.time_zone ?? DEFAULT_TIME_ZONE,
    pack,
    processedThrough: closedDay(row.processed_through, row.closed_through),
  };
}
