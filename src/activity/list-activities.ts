/** An account's activities, newest first, optionally for the business days from `from` to `to` (inclusive). */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Schema } from '../store/schema.js';
import { type ActivityView, loadActivityViews } from './activity-view.js';
import { findActivityAccount } from './find-activity-account.js';

export interface ListActivitiesOptions {
  db: Kysely<Schema>;
  accountId: string;
  from?: IsoDate;
  to?: IsoDate;
}

export async function listActivities(options: ListActivitiesOptions): Promise<{ activities: ActivityView[] }> {
  const { from, to } = options;
  if (from !== undefined && to !== undefined && to < from) {
    throw new AppError('INVALID_INPUT', `to ${to} is before from ${from}`);
  }
  const account = await findActivityAccount(options.db, options.accountId);
  return { activities: await loadActivityViews(options.db, account, { from, to }) };
}
