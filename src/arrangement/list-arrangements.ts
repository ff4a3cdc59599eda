/** `dunwell arrangement list [<account_id>] [--status S]`: arrangements, newest first. */

import { findWorkedAccount } from '../account/find-worked-account.js';
import { ARRANGEMENT_STATUSES } from '../domain/arrangement/arrangement-codes.js';
import { AppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import { type ArrangementView, selectArrangements } from './arrangement-view.js';

export async function listArrangements(options: {
  store: Store;
  accountId?: string;
  status?: string;
}): Promise<{ arrangements: ArrangementView[] }> {
  const { store, status } = options;
  if (status !== undefined && !(ARRANGEMENT_STATUSES as readonly string[]).includes(status)) {
    throw new AppError('INVALID_INPUT', `status: "${status}" is not one of ${ARRANGEMENT_STATUSES.join(', ')}`);
  }
  const account = options.accountId === undefined ? undefined : await findWorkedAccount(store.db, options.accountId);
  return { arrangements: await selectArrangements(store.db, store, { accountId: account?.id, status }) };
}
