/**
 * The account a person works on at the desk — takes a promise on, proposes or decides an arrangement for —
 * by the lender's account_id, with what that is measured against: its balances as the last cycle left
 * them, its status, and its portfolio's time zone and authority ladder.
 */
import type { Kysely } from 'kysely';
import type { ActivityAccount } from '../activity/activity-rules.js';
import type { AuthorityLadder } from '../domain/arrangement/authority-ladder.js';
import { AppError } from '../domain/errors.js';
import type { Minor } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';
import {
  PORTFOLIO_SETTINGS_COLUMNS,
  portfolioSettingsFromRow,
  settingsFor,
} from '../store/shapes/portfolio-settings.js';

export interface WorkedAccount extends ActivityAccount {
  id: number;
  currency: string;
  status: string;
  outstanding: Minor;
  pastDue: Minor;
  authority: AuthorityLadder;
}

export async function findWorkedAccount(db: Kysely<Schema>, accountId: string): Promise<WorkedAccount> {
  const row = await db
    .selectFrom('accounts')
    .select([
      'id',
      'account_id',
      'portfolio_id',
      'opened_on',
      'currency',
      'status',
      ...OUTSTANDING_COLUMNS,
      'past_due_total',
    ])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
  const portfolio = await db
    .selectFrom('portfolios')
    .select(PORTFOLIO_SETTINGS_COLUMNS)
    .where('portfolio_id', '=', row.portfolio_id)
    .executeTakeFirst();
  const settings = portfolio ? portfolioSettingsFromRow(portfolio) : settingsFor(new Map(), row.portfolio_id);
  return {
    id: Number(row.id),
    accountId: row.account_id,
    openedOn: row.opened_on,
    timeZone: settings.timeZone,
    currency: row.currency,
    status: row.status,
    outstanding: outstandingTotal(row),
    pastDue: Number(row.past_due_total),
    authority: settings.authority,
  };
}
