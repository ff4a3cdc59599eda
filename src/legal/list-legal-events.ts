/**
 * Legal events, oldest first: of one account (by the lender's account id) or all, of one type, within
 * days. Whoever recorded them — a person, a letter's delivery, a case's filing — they read the same.
 */
import type { Kysely } from 'kysely';
import { isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { legalEventType } from './add-legal-event.js';
import { type LegalEventView, legalEventView, selectLegalEvents } from './legal-event-view.js';

export interface ListLegalEventsOptions {
  db: Kysely<Schema>;
  accountId?: string | undefined;
  type?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listLegalEvents(options: ListLegalEventsOptions): Promise<LegalEventView[]> {
  const { db } = options;
  for (const [field, value] of [
    ['from', options.from],
    ['to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new AppError('INVALID_INPUT', `${field}: "${value}" is not a date`);
  }
  let query = selectLegalEvents(db);
  if (options.accountId !== undefined) {
    const account = await db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!account) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
    query = query.where('e.account_id', '=', account.id);
  }
  if (options.type !== undefined) query = query.where('e.type', '=', legalEventType(options.type));
  if (options.from !== undefined) query = query.where('e.occurred_on', '>=', options.from);
  if (options.to !== undefined) query = query.where('e.occurred_on', '<=', options.to);
  return (await query.execute()).map(legalEventView);
}
