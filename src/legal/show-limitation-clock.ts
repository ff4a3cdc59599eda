/**
 * One account's limitation clock, for `dunwell legal clock`: when the period runs out as of a day (today
 * in the portfolio's time zone unless another day is asked), days left, waived or not, and every event
 * that restarted it, where each came from. The period runs from the last instalment's due date, even one
 * still to come; an account without contract instalments has no clock, and says so.
 */
import type { Kysely } from 'kysely';
import { compliancePack } from '../compliance/compliance-packs.js';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import type { ComplianceLanguage, PackId } from '../domain/compliance/compliance-codes.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { findLegalAccount, todayOf } from './legal-account.js';
import { limitationClocks } from './limitation-clocks.js';
import { type LimitationResponse, limitationResponse } from './limitation-response.js';

export interface ShowLimitationClockOptions {
  db: Kysely<Schema>;
  /** The lender's account_id. */
  accountId: string;
  /** The day to judge on; today in the portfolio's time zone when left out. */
  asOf?: string | undefined;
  lang: ComplianceLanguage;
  now: Date;
}

export type AccountClockView =
  | ({ account_id: string } & LimitationResponse)
  | { account_id: string; pack: PackId; as_of: IsoDate; expires_on: null; restarted_by: []; summary: string };

export async function showLimitationClock(options: ShowLimitationClockOptions): Promise<AccountClockView> {
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new AppError('INVALID_INPUT', `as-of: "${options.asOf}" is not a date (YYYY-MM-DD)`);
  }
  const account = await findLegalAccount(options.db, options.accountId);
  const asOf = options.asOf ?? todayOf(account, options.now);
  const clock = (await limitationClocks(options.db, [account.id], asOf)).get(account.id);
  if (!clock) {
    return {
      account_id: account.accountId,
      pack: account.pack,
      as_of: asOf,
      expires_on: null,
      restarted_by: [],
      summary:
        options.lang === 'zh-CN'
          ? '该账户没有合同分期，无从计算诉讼时效。'
          : 'The account has no contract instalments, so there is no limitation period to count.',
    };
  }
  const calendar = compliancePack(clock.pack).limitation.counting.calendar ?? 'weekends';
  return { account_id: account.accountId, ...limitationResponse(clock.pack, calendar, clock.clock, options.lang) };
}
