/**
 * Opens a legal case on an account: notarized enforcement, a lawsuit or an arbitration, in status
 * `preparing`, by a legal officer, a manager or an admin. Refused: a debt that is paid; notarized
 * enforcement of a contract that was not notarized with an enforcement clause (accounts.notarized_on);
 * a second open case of the same kind on the same account. The case and a `legal_case.open` event are
 * written in one transaction.
 */
import { isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  FIRST_CASE_STATUS,
  isCaseKind,
  LEGAL_ROLES,
} from '../domain/legal/case-codes.js';
import { checkDay } from '../domain/legal/case-update.js';
import { isDebtPaid } from '../domain/legal/restriction-rules.js';
import { appendEvent } from '../event/append-event.js';
import { newId } from '../store/new-id.js';
import type { Store } from '../store/open-database.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { findLegalAccount, todayOf } from './legal-account.js';
import { caseView, type LegalCaseView, loadCaseContext, selectCases } from './legal-case-view.js';

export interface OpenLegalCaseOptions {
  store: Store;
  accountId: string;
  kind: string;
  by: string;
  /** The court, arbitration body or notary office. */
  forum?: string | null;
  /** Its case number or file reference. */
  reference?: string | null;
  /** The day the case was opened; today (in the portfolio's time zone) when left out. */
  on?: string | null;
  actor: string;
  now: Date;
}

const MAX_TEXT = 200;

function optionalText(field: string, value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (text.length > MAX_TEXT) throw new AppError('INVALID_INPUT', `${field}: at most ${MAX_TEXT} characters`);
  return text;
}

export async function openLegalCase(options: OpenLegalCaseOptions): Promise<LegalCaseView> {
  const { store, now } = options;
  if (!isCaseKind(options.kind)) {
    throw new AppError(
      'INVALID_INPUT',
      `kind: "${options.kind}" is not a case kind; the kinds are ${CASE_KINDS.join(', ')}`,
    );
  }
  const kind = options.kind;
  const forum = optionalText('forum', options.forum);
  const reference = optionalText('reference', options.reference);
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LEGAL_ROLES, 'open a legal case');
    const account = await findLegalAccount(trx, options.accountId);
    const today = todayOf(account, now);
    const openedOn = options.on ?? today;
    // A case cannot begin before the account did, nor after today.
    if (isIsoDate(openedOn) && openedOn < account.openedOn) {
      throw new AppError(
        'INVALID_INPUT',
        `on: ${openedOn} is before account ${account.accountId} was opened (${account.openedOn})`,
      );
    }
    checkDay('on', openedOn, { openedOn: account.openedOn }, today);
    if (isDebtPaid(account)) {
      throw new AppError(
        'CONFLICT',
        `account ${account.accountId} is ${account.status} and owes nothing; there is nothing to claim`,
      );
    }
    if (kind === 'notarized_enforcement' && account.notarizedOn === null) {
      throw new AppError(
        'CONFLICT',
        `kind: account ${account.accountId} has no notarized_on — only a contract notarized with an enforcement clause ` +
          '(赋予强制执行效力的公证债权文书) goes to enforcement without a suit; open a lawsuit or arbitration instead',
      );
    }
    const open = await trx
      .selectFrom('legal_cases')
      .select('case_id')
      .where('account_id', '=', account.id)
      .where('kind', '=', kind)
      .where('closed_on', 'is', null)
      .executeTakeFirst();
    if (open) {
      throw new AppError(
        'CONFLICT',
        `account ${account.accountId} already has an open ${CASE_KIND_LABELS[kind].en} case, ${open.case_id}`,
      );
    }
    const caseId = newId('case', now);
    const stamp = now.toISOString();
    await trx
      .insertInto('legal_cases')
      .values({
        case_id: caseId,
        account_id: account.id,
        kind,
        status: FIRST_CASE_STATUS,
        opened_on: openedOn,
        forum,
        reference,
        deadline_on: null,
        claim_amount: 0,
        claim_detail: null,
        costs: 0,
        judgment_on: null,
        judgment_amount: null,
        recovered: 0,
        closed_on: null,
        documents: null,
        note: null,
        opened_by: user.userId,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    await appendEvent(trx, {
      kind: 'legal_case.open',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: {
        case_id: caseId,
        kind,
        status_before: null,
        status_after: FIRST_CASE_STATUS,
        on: openedOn,
        by: user.userId,
        forum,
        reference,
        notarized_on: account.notarizedOn,
      },
    });
    const row = await selectCases(trx).where('c.case_id', '=', caseId).executeTakeFirstOrThrow();
    return caseView(row, await loadCaseContext(trx, store.engine, [row]), today);
  });
}
