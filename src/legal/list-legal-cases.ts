/**
 * Legal cases, for one account or the whole book, narrowed by status or kind, oldest first, each in the
 * view every reader prints (legal-case-view.ts) with its deadlines as of today in its portfolio.
 */
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { CASE_KINDS, CASE_STATUSES, isCaseKind, isCaseStatus } from '../domain/legal/case-codes.js';
import type { Store } from '../store/open-database.js';
import { caseView, type LegalCaseView, loadCaseContext, selectCases } from './legal-case-view.js';

export async function listLegalCases(options: {
  store: Store;
  accountId?: string;
  status?: string;
  kind?: string;
  now: Date;
}): Promise<LegalCaseView[]> {
  const { store, accountId, status, kind, now } = options;
  if (status !== undefined && !isCaseStatus(status)) {
    throw new AppError('INVALID_INPUT', `status: "${status}" is not one of ${CASE_STATUSES.join(', ')}`);
  }
  if (kind !== undefined && !isCaseKind(kind)) {
    throw new AppError('INVALID_INPUT', `kind: "${kind}" is not one of ${CASE_KINDS.join(', ')}`);
  }
  let query = selectCases(store.db).orderBy('c.opened_on').orderBy('c.id');
  if (accountId !== undefined) {
    const found = await store.db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!found) throw new AppError('NOT_FOUND', `no account with account_id "${accountId}"`);
    query = query.where('c.account_id', '=', Number(found.id));
  }
  if (status !== undefined) query = query.where('c.status', '=', status);
  if (kind !== undefined) query = query.where('c.kind', '=', kind);
  const rows = await query.execute();
  const context = await loadCaseContext(store.db, store.engine, rows);
  const stamp = now.toISOString();
  return rows.map((r) => caseView(r, context, dateInZone(stamp, r.time_zone ?? DEFAULT_TIME_ZONE)));
}
