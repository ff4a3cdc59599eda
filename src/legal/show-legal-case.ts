/**
 * One legal case in full: its view (legal-case-view.ts) and its history — every `legal_case.*` event of
 * it, oldest first, with who did what on which day and each field before and after.
 */
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { dateInZone } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { Store } from '../store/open-database.js';
import {
  type CaseEvent,
  caseEvents,
  caseView,
  type LegalCaseView,
  loadCaseContext,
  selectCases,
} from './legal-case-view.js';

export interface ShownLegalCase extends LegalCaseView {
  history: CaseEvent[];
}

export async function showLegalCase(options: { store: Store; caseId: string; now: Date }): Promise<ShownLegalCase> {
  const { store, caseId, now } = options;
  const row = await selectCases(store.db).where('c.case_id', '=', caseId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `there is no legal case "${caseId}"`);
  const context = await loadCaseContext(store.db, store.engine, [row]);
  const today = dateInZone(now.toISOString(), row.time_zone ?? DEFAULT_TIME_ZONE);
  const history = (await caseEvents(store.db, store.engine, [Number(row.account_key)])).filter(
    (e) => e.case_id === caseId,
  );
  return { ...caseView(row, context, today), history };
}
