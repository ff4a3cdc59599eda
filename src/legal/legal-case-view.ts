/**
 * Legal cases in the one shape every reader prints (`legal case open|update|list|show --json`): external
 * ids, amounts as decimal strings in the account's currency, the status with the statuses that may follow
 * it, and the deadlines computed from the ledger and the case's own story (never stored, so they follow
 * payments and the certificate application):
 * - a notarized enforcement: every unpaid instalment's deadline to apply for enforcement, and the nearest;
 * - after a judgment or award: the safe last day to apply for its enforcement;
 * - any deadline a person set (a hearing, an appeal window).
 * The next deadline is the earliest of them still ahead.
 */
import type { Kysely } from 'kysely';
import { compliancePack } from '../compliance/compliance-packs.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS } from '../domain/compliance/compliance-codes.js';
import { owedTotal } from '../domain/ledger/advance-ledger.js';
import {
  CASE_KIND_LABELS,
  CASE_STATUS_LABELS,
  type CaseKind,
  type CaseStatus,
  nextCaseStatuses,
  type Words,
} from '../domain/legal/case-codes.js';
import {
  judgmentEnforcementDeadline,
  type NotarizedDeadlines,
  notarizedDeadlines,
} from '../domain/legal/case-deadlines.js';
import { firstWorkingDayFrom } from '../domain/legal/holiday-calendar.js';
import { formatAmount } from '../domain/money/money.js';
import type { Engine } from '../store/engine.js';
import { inList } from '../store/in-list.js';
import type { Schema } from '../store/schema.js';
import { INSTALLMENT_STATE_COLUMNS, installmentFromRow } from '../store/shapes/installment-state.js';
import { holidayCalendar } from './holiday-calendars.js';

export interface EnforcementDeadlineView {
  installment_no: number;
  due_on: IsoDate;
  owed: string;
  deadline_on: IsoDate;
  /** The certificate application restarted this instalment's 2 years. */
  restarted: boolean;
  state: 'open' | 'passed' | 'not_due';
}

export interface LegalCaseView {
  id: string;
  account_id: string;
  kind: CaseKind;
  kind_label: Words;
  status: CaseStatus;
  status_label: Words;
  next_statuses: CaseStatus[];
  opened_on: IsoDate;
  opened_by: string;
  forum: string | null;
  reference: string | null;
  currency: string;
  claim_amount: string;
  /** The claim by component and the day it was measured; null until it is fixed. */
  claim: ({ as_of: IsoDate } & Record<string, string>) | null;
  costs: string;
  judgment_on: IsoDate | null;
  judgment_amount: string | null;
  recovered: string;
  /** Recovered less costs: what the case has brought in so far. */
  net: string;
  closed_on: IsoDate | null;
  /** A deadline a person set. */
  deadline_on: IsoDate | null;
  /** The earliest deadline still ahead, of all of them, and what it is for. */
  next_deadline: { on: IsoDate; what: Words } | null;
  /** Notarized enforcement only: each unpaid instalment's deadline to apply for enforcement. */
  enforcement_deadlines: EnforcementDeadlineView[] | null;
  /** After a judgment or award: the safe last day to apply for its enforcement. */
  judgment_enforcement_by: IsoDate | null;
  /** The case's documents, by their evidence hash. */
  documents: { sha256: string; name: string | null; size: number | null }[];
}

/** The columns a view is built from. */
export function selectCases(db: Kysely<Schema>) {
  return db
    .selectFrom('legal_cases as c')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .leftJoin('portfolios as p', 'p.portfolio_id', 'a.portfolio_id')
    .select([
      'p.time_zone',
      'p.compliance_pack',
      'c.id',
      'c.case_id',
      'c.account_id as account_key',
      'a.account_id',
      'a.currency',
      'c.kind',
      'c.status',
      'c.opened_on',
      'c.opened_by',
      'c.forum',
      'c.reference',
      'c.deadline_on',
      'c.claim_amount',
      'c.claim_detail',
      'c.costs',
      'c.judgment_on',
      'c.judgment_amount',
      'c.recovered',
      'c.closed_on',
      'c.documents',
      'c.created_at',
    ]);
}

export type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['execute']>>[number];

/** What the views of some cases need beyond their rows, read once for all of them. */
export interface CaseContext {
  /** Unpaid contract instalments of the notarized cases' accounts, by account key. */
  instalments: Map<number, { no: number; dueOn: IsoDate; owed: number }[]>;
  /** The day each case applied for its enforcement certificate, by case id. */
  certificateAppliedOn: Map<string, IsoDate>;
  documents: Map<string, { name: string; size: number }>;
}

export async function loadCaseContext(
  db: Kysely<Schema>,
  engine: Engine,
  rows: readonly CaseRow[],
): Promise<CaseContext> {
  const notarized = [
    ...new Set(rows.filter((r) => r.kind === 'notarized_enforcement').map((r) => Number(r.account_key))),
  ];
  const instalments = new Map<number, { no: number; dueOn: IsoDate; owed: number }[]>();
  const certificateAppliedOn = new Map<string, IsoDate>();
  if (notarized.length > 0) {
    // The notarized instrument is the contract: its own instalments, not a later plan's.
    const found = await db
      .selectFrom('installments')
      .select(INSTALLMENT_STATE_COLUMNS)
      .where(inList(engine, 'account_id', notarized, 'bigint'))
      .where('arrangement_id', 'is', null)
      .execute();
    for (const row of found) {
      const inst = installmentFromRow(row);
      const key = Number(row.account_id);
      const list = instalments.get(key) ?? [];
      list.push({ no: inst.no, dueOn: inst.dueOn, owed: owedTotal(inst) });
      instalments.set(key, list);
    }
    for (const e of await caseEvents(db, engine, notarized)) {
      if (e.status_after === 'certificate_applied' && typeof e.on === 'string')
        certificateAppliedOn.set(e.case_id, e.on);
    }
  }
  const hashes = [...new Set(rows.flatMap((r) => documentHashes(r.documents)))];
  const documents = new Map<string, { name: string; size: number }>();
  if (hashes.length > 0) {
    const files = await db
      .selectFrom('evidence_files')
      .select(['sha256', 'name', 'size'])
      .where(inList(engine, 'sha256', hashes, 'text'))
      .execute();
    for (const f of files) documents.set(f.sha256, { name: f.name, size: Number(f.size) });
  }
  return { instalments, certificateAppliedOn, documents };
}

/** A case's event as its history reads it. */
export interface CaseEvent {
  at: string;
  actor: string;
  kind: string;
  case_id: string;
  status_before?: string | null;
  status_after?: string;
  on?: string;
  [field: string]: unknown;
}

/** The `legal_case.*` events of some accounts, oldest first. */
export async function caseEvents(
  db: Kysely<Schema>,
  engine: Engine,
  accountKeys: readonly number[],
): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom('events')
    .select(['occurred_at', 'actor', 'kind', 'payload'])
    .where(inList(engine, 'account_id', accountKeys, 'bigint'))
    .where('kind', 'in', ['legal_case.open', 'legal_case.update'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...(JSON.parse(r.payload) as CaseEvent),
    at: r.occurred_at,
    actor: r.actor,
    kind: r.kind,
  }));
}

export function documentHashes(documents: string | null): string[] {
  return documents === null || documents === '' ? [] : documents.split(',');
}

export function caseView(r: CaseRow, context: CaseContext, today: IsoDate): LegalCaseView {
  const cur = r.currency;
  const money = (n: number | string) => formatAmount(Number(n), cur);
  const kind = r.kind as CaseKind;
  const status = r.status as CaseStatus;
  const open = r.closed_on === null;
  const shift = workingDayShift(r.compliance_pack);
  const notarized: NotarizedDeadlines | null =
    kind === 'notarized_enforcement'
      ? notarizedDeadlines({
          instalments: context.instalments.get(Number(r.account_key)) ?? [],
          certificateAppliedOn: context.certificateAppliedOn.get(r.case_id) ?? null,
          today,
          shift,
        })
      : null;
  const judgmentBy = r.judgment_on === null ? null : judgmentEnforcementDeadline(r.judgment_on, shift);
  const ahead: { on: IsoDate; what: Words }[] = [];
  if (open) {
    if (r.deadline_on !== null)
      ahead.push({ on: r.deadline_on, what: { en: 'deadline set on the case', zh: '案件期限' } });
    // Before the application is filed, the instalments' deadlines are what it must beat.
    if (notarized?.nearest && !['filed', 'accepted', 'enforcement', 'enforcement_suspended'].includes(status)) {
      ahead.push({
        on: notarized.nearest.deadlineOn,
        what: {
          en: `apply for enforcement of instalment ${notarized.nearest.no}`,
          zh: `申请强制执行第 ${notarized.nearest.no} 期`,
        },
      });
    }
    if (judgmentBy !== null && status === 'judgment') {
      ahead.push({ on: judgmentBy, what: { en: 'apply to enforce the judgment or award', zh: '申请执行判决或裁决' } });
    }
  }
  const next = ahead.filter((d) => d.on >= today).sort((a, b) => (a.on < b.on ? -1 : 1))[0] ?? null;
  return {
    id: r.case_id,
    account_id: r.account_id,
    kind,
    kind_label: CASE_KIND_LABELS[kind],
    status,
    status_label: CASE_STATUS_LABELS[status],
    next_statuses: [...nextCaseStatuses(kind, status)],
    opened_on: r.opened_on,
    opened_by: r.opened_by,
    forum: r.forum,
    reference: r.reference,
    currency: cur,
    claim_amount: money(r.claim_amount),
    claim: claimView(r.claim_detail, money),
    costs: money(r.costs),
    judgment_on: r.judgment_on,
    judgment_amount: r.judgment_amount === null ? null : money(r.judgment_amount),
    recovered: money(r.recovered),
    net: money(Number(r.recovered) - Number(r.costs)),
    closed_on: r.closed_on,
    deadline_on: r.deadline_on,
    next_deadline: next,
    enforcement_deadlines:
      notarized?.instalments.map((i) => ({
        installment_no: i.no,
        due_on: i.dueOn,
        owed: money(i.owed),
        deadline_on: i.deadlineOn,
        restarted: i.restarted,
        state: i.state,
      })) ?? null,
    judgment_enforcement_by: judgmentBy,
    documents: documentHashes(r.documents).map((sha256) => {
      const file = context.documents.get(sha256);
      return { sha256, name: file?.name ?? null, size: file?.size ?? null };
    }),
  };
}

/**
 * A last day that is not a working day moves to the next one (民法典 art. 203), by the holiday calendar the
 * portfolio's pack counts limitation with.
 */
function workingDayShift(packId: string | null): (day: IsoDate) => IsoDate {
  const pack = PACK_IDS.find((p) => p === packId) ?? 'cn';
  const calendar = holidayCalendar(compliancePack(pack).limitation.counting.calendar);
  return (day) => firstWorkingDayFrom(calendar, day);
}

function claimView(detail: string | null, money: (n: number) => string): LegalCaseView['claim'] {
  if (detail === null || detail === '') return null;
  const parsed = JSON.parse(detail) as { as_of: IsoDate } & Record<string, number>;
  const out: { as_of: IsoDate } & Record<string, string> = { as_of: parsed.as_of };
  for (const [k, v] of Object.entries(parsed)) if (k !== 'as_of') out[k] = money(Number(v));
  return out;
}
