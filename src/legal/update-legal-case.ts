/**
 * Moves a legal case on: a new status along its kind's state machine (src/domain/legal/case-codes.ts),
 * and/or its costs, claim, judgment amount, money recovered, a deadline and documents.
 *
 * What a status brings with it:
 * - `filed` fixes the claim (unless one is given): the outstanding by component on the filing day
 *   (legal-case-claim.ts), and records a `suit_filed` legal event that day, which restarts the limitation
 *   clock (民法典 art. 195; filing for arbitration or for enforcement has the same effect, SPC 诉讼时效规定
 *   (2020) arts. 10–11);
 * - `judgment` needs the amount judged or awarded and takes the day as the judgment's;
 * - `certificate_issued` needs the certificate itself as a document;
 * - a final status (closed, settled, withdrawn, not accepted, certificate refused) closes the case that day.
 *
 * Documents (`--document F`, any number) are stored as evidence (content-addressed, linked to the account,
 * in the audit chain) and their hashes added to the case. Amounts are decimals in the account's currency,
 * stored in minor units; `--costs` and `--recovered` are totals to date, not increments, so a retyped
 * command changes nothing. Everything, with a `legal_case.update` event naming each field before and
 * after, is written in one transaction.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { type CaseKind, type CaseStatus, LEGAL_ROLES } from '../domain/legal/case-codes.js';
import { applyCaseChange, type CaseChange, type CaseState } from '../domain/legal/case-update.js';
import { formatAmount, type Minor, parseAmount } from '../domain/money/money.js';
import { appendEvent } from '../event/append-event.js';
import { evidenceFolder } from '../evidence/evidence-folder.js';
import { mediaTypeOf } from '../evidence/media-type.js';
import { storeEvidence } from '../evidence/store-evidence.js';
import type { Store } from '../store/open-database.js';
import type { Schema } from '../store/schema.js';
import { actingUser, mustHaveRole } from '../user/acting-user.js';
import { addLegalEvent } from './add-legal-event.js';
import { findLegalAccount, type LegalAccount, todayOf } from './legal-account.js';
import { claimDetail, claimOn } from './legal-case-claim.js';
import {
  type CaseRow,
  caseView,
  documentHashes,
  type LegalCaseView,
  loadCaseContext,
  selectCases,
} from './legal-case-view.js';

export interface UpdateLegalCaseOptions {
  store: Store;
  caseId: string;
  by: string;
  status?: string | null;
  /** The day it happened; today (in the portfolio's time zone) when left out. */
  on?: string | null;
  /** Decimal amounts in the account's currency. */
  costs?: string | null;
  claimAmount?: string | null;
  judgmentAmount?: string | null;
  recovered?: string | null;
  deadline?: string | null;
  /** Paths of documents to attach. */
  documents?: readonly string[];
  /** Where evidence files go; evidenceFolder(store) when left out. */
  evidenceFolder?: string;
  actor: string;
  now: Date;
}

interface ReadDocument {
  name: string;
  bytes: Uint8Array;
  mediaType: string;
}

/** The documents' bytes, read before the transaction so an unreadable file costs nothing. */
async function readDocuments(paths: readonly string[]): Promise<ReadDocument[]> {
  const out: ReadDocument[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new AppError('UNREADABLE_INPUT', `document: cannot read ${path}: ${why}`);
    }
    out.push({ name: basename(path), bytes, mediaType: mediaTypeOf(path) });
  }
  return out;
}

function amount(field: string, text: string | null | undefined, account: LegalAccount): Minor | undefined {
  if (text === undefined || text === null) return undefined;
  const parsed = parseAmount(text, account.currency);
  if (!parsed.ok) throw new AppError('INVALID_INPUT', `${field}: ${parsed.reason}`);
  return parsed.minor;
}

function stateOf(row: CaseRow): CaseState {
  return {
    kind: row.kind as CaseKind,
    status: row.status as CaseStatus,
    openedOn: row.opened_on,
    deadlineOn: row.deadline_on,
    claimAmount: Number(row.claim_amount),
    costs: Number(row.costs),
    judgmentOn: row.judgment_on,
    judgmentAmount: row.judgment_amount === null ? null : Number(row.judgment_amount),
    recovered: Number(row.recovered),
    closedOn: row.closed_on,
  };
}

export async function updateLegalCase(options: UpdateLegalCaseOptions): Promise<LegalCaseView> {
  const { store, now } = options;
  const documents = await readDocuments(options.documents ?? []);
  const folder = options.evidenceFolder ?? evidenceFolder(store);
  return store.db.transaction().execute(async (trx) => {
    const user = await actingUser(trx, options.by);
    mustHaveRole(user, LEGAL_ROLES, 'move a legal case on');
    let query = selectCases(trx).where('c.case_id', '=', options.caseId);
    if (store.engine === 'postgres') query = query.forUpdate('c');
    const row = await query.executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `there is no legal case "${options.caseId}"`);
    const account = await findLegalAccount(trx, row.account_id);
    const today = todayOf(account, now);
    const on = options.on ?? today;
    const before = stateOf(row);
    const given = {
      costs: amount('costs', options.costs, account),
      claimAmount: amount('claim-amount', options.claimAmount, account),
      judgmentAmount: amount('judgment-amount', options.judgmentAmount, account),
      recovered: amount('recovered', options.recovered, account),
    };
    const change: CaseChange = {
      on,
      documents: documents.length,
      status: options.status ?? undefined,
      deadlineOn: options.deadline ?? undefined,
      ...given,
    };
    const { next, filed } = applyCaseChange(before, change, today);

    let detail = row.claim_detail;
    if (given.claimAmount !== undefined) detail = null;
    else if (filed) {
      const claim = await claimOn(trx, account, on);
      next.claimAmount = claim.total;
      detail = claimDetail(claim);
    }
    const hashes = documentHashes(row.documents);
    for (const d of documents) {
      const stored = await storeEvidence({
        db: trx,
        folder,
        bytes: d.bytes,
        mediaType: d.mediaType,
        name: d.name,
        kind: 'document',
        accountId: account.id,
        activityId: null,
        actor: options.actor,
        now,
      });
      if (!hashes.includes(stored.sha256)) hashes.push(stored.sha256);
    }
    const addedDocuments = hashes.slice(documentHashes(row.documents).length);

    const suitFiled = filed
      ? await recordSuitFiled(trx, {
          accountId: account.accountId,
          accountKey: account.id,
          kind: before.kind,
          on,
          by: user.userId,
          evidence: addedDocuments[0] ?? null,
          note: [options.caseId, row.forum, row.reference].filter((t) => t !== null && t !== '').join(' · '),
          now,
        })
      : null;

    await trx
      .updateTable('legal_cases')
      .set({
        status: next.status,
        deadline_on: next.deadlineOn,
        claim_amount: next.claimAmount,
        claim_detail: detail,
        costs: next.costs,
        judgment_on: next.judgmentOn,
        judgment_amount: next.judgmentAmount,
        recovered: next.recovered,
        closed_on: next.closedOn,
        documents: hashes.length === 0 ? null : hashes.join(','),
        updated_at: now.toISOString(),
      })
      .where('case_id', '=', options.caseId)
      .execute();
    await appendEvent(trx, {
      kind: 'legal_case.update',
      actor: options.actor,
      now,
      accountId: account.id,
      payload: {
        case_id: options.caseId,
        by: user.userId,
        on,
        status_before: before.status,
        status_after: next.status,
        changes: changedFields(before, next, account.currency),
        ...(detail !== row.claim_detail ? { claim_detail: detail } : {}),
        documents_added: addedDocuments,
        suit_filed: suitFiled,
      },
    });
    const updated = await selectCases(trx).where('c.case_id', '=', options.caseId).executeTakeFirstOrThrow();
    return caseView(updated, await loadCaseContext(trx, store.engine, [updated]), today);
  });
}

/**
 * The `suit_filed` legal event of a filing, through the one writer of legal events (add-legal-event.ts),
 * or the one already recorded that day (someone entered the suit by hand first): the clock restarts once.
 */
async function recordSuitFiled(
  trx: Kysely<Schema>,
  f: {
    accountId: string;
    accountKey: number;
    kind: CaseKind;
    on: IsoDate;
    by: string;
    evidence: string | null;
    note: string;
    now: Date;
  },
): Promise<string> {
  const same = await trx
    .selectFrom('legal_events')
    .select('event_id')
    .where('account_id', '=', f.accountKey)
    .where('type', '=', 'suit_filed')
    .where('occurred_on', '=', f.on)
    .executeTakeFirst();
  if (same) return same.event_id;
  const added = await addLegalEvent({
    db: trx,
    accountId: f.accountId,
    type: 'suit_filed',
    on: f.on,
    by: f.by,
    method: f.kind,
    evidence: f.evidence ?? undefined,
    note: f.note,
    now: f.now,
  });
  return added.event.event_id;
}

/** Each field that changed, `{before, after}`, amounts as decimals. */
function changedFields(before: CaseState, after: CaseState, currency: string) {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const money = (n: Minor | null) => (n === null ? null : formatAmount(n, currency));
  const fields: [string, unknown, unknown][] = [
    ['status', before.status, after.status],
    ['deadline_on', before.deadlineOn, after.deadlineOn],
    ['claim_amount', money(before.claimAmount), money(after.claimAmount)],
    ['costs', money(before.costs), money(after.costs)],
    ['judgment_on', before.judgmentOn, after.judgmentOn],
    ['judgment_amount', money(before.judgmentAmount), money(after.judgmentAmount)],
    ['recovered', money(before.recovered), money(after.recovered)],
    ['closed_on', before.closedOn, after.closedOn],
  ];
  for (const [name, b, a] of fields) if (b !== a) out[name] = { before: b, after: a };
  return out;
}
