/**
 * What an update may do to a legal case, decided without I/O: the status moves only along the kind's
 * state machine (case-codes.ts), each status brings what it needs (a judgment its amount, an issued
 * enforcement certificate the certificate itself), and a case that has ended keeps its story — only late
 * costs, money recovered afterwards and documents may still be added.
 */
import { type IsoDate, isIsoDate } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import type { Minor } from '../money/money.js';
import {
  CASE_KIND_LABELS,
  CASE_STATUS_LABELS,
  type CaseKind,
  type CaseStatus,
  isCaseStatus,
  isFinalCaseStatus,
  nextCaseStatuses,
} from './case-codes.js';

/** The parts of a stored case an update reads and may change. */
export interface CaseState {
  kind: CaseKind;
  status: CaseStatus;
  openedOn: IsoDate;
  deadlineOn: IsoDate | null;
  claimAmount: Minor;
  costs: Minor;
  judgmentOn: IsoDate | null;
  judgmentAmount: Minor | null;
  recovered: Minor;
  closedOn: IsoDate | null;
}

/** What a person asks to change; `on` is the day it happened (a status change's day). */
export interface CaseChange {
  status?: string;
  on: IsoDate;
  costs?: Minor;
  claimAmount?: Minor;
  judgmentAmount?: Minor;
  recovered?: Minor;
  deadlineOn?: IsoDate;
  /** How many documents this update attaches. */
  documents: number;
}

export interface CaseUpdate {
  next: CaseState;
  /** The case was filed by this update: a limitation-relevant `suit_filed` and the claim are due. */
  filed: boolean;
}

const invalid = (message: string) => new AppError('INVALID_INPUT', message);

/** Changes that remain possible after a case has ended. */
const AFTER_END = ['costs', 'recovered', 'documents'] as const;

export function applyCaseChange(state: CaseState, change: CaseChange, today: IsoDate): CaseUpdate {
  checkSomething(change);
  checkDay('on', change.on, state, today);
  if (change.deadlineOn !== undefined && !isIsoDate(change.deadlineOn)) {
    throw invalid(`deadline: "${change.deadlineOn}" is not a valid date (YYYY-MM-DD)`);
  }
  for (const [field, value] of amounts(change)) {
    if (!Number.isSafeInteger(value) || value < 0) throw invalid(`${field}: must be zero or more, got ${value}`);
  }
  const ended = isFinalCaseStatus(state.status);
  if (ended) refuseAfterEnd(state, change);

  const next: CaseState = { ...state };
  let filed = false;
  if (change.status !== undefined) {
    const status = nextStatus(state, change.status);
    next.status = status;
    filed = status === 'filed';
    if (status === 'judgment') {
      if (change.judgmentAmount === undefined) {
        throw invalid('judgment-amount: a judgment or award fixes an amount; give the amount it awards');
      }
      next.judgmentOn = change.on;
    }
    if (status === 'certificate_issued' && change.documents === 0) {
      throw invalid(
        'document: attach the enforcement certificate (执行证书) the notary issued; the court enforces on it',
      );
    }
    if (isFinalCaseStatus(status)) next.closedOn = change.on;
  }
  if (change.judgmentAmount !== undefined) {
    if (next.judgmentOn === null) {
      throw invalid(
        `judgment-amount: case is ${CASE_STATUS_LABELS[next.status].en} and has no judgment yet; give it with --status judgment`,
      );
    }
    next.judgmentAmount = change.judgmentAmount;
  }
  if (change.costs !== undefined) next.costs = change.costs;
  if (change.recovered !== undefined) next.recovered = change.recovered;
  if (change.claimAmount !== undefined) next.claimAmount = change.claimAmount;
  if (change.deadlineOn !== undefined) next.deadlineOn = change.deadlineOn;
  return { next, filed };
}

function amounts(change: CaseChange): [string, number][] {
  const out: [string, number][] = [];
  if (change.costs !== undefined) out.push(['costs', change.costs]);
  if (change.claimAmount !== undefined) out.push(['claim-amount', change.claimAmount]);
  if (change.judgmentAmount !== undefined) out.push(['judgment-amount', change.judgmentAmount]);
  if (change.recovered !== undefined) out.push(['recovered', change.recovered]);
  return out;
}

function checkSomething(change: CaseChange): void {
  const given =
    change.status !== undefined ||
    change.documents > 0 ||
    amounts(change).length > 0 ||
    change.deadlineOn !== undefined;
  if (!given) {
    throw invalid(
      'nothing to change: give --status, --costs, --claim-amount, --judgment-amount, --recovered, --deadline or --document',
    );
  }
}

/** A day of the case's story: a real date, not before the case was opened and not after today. */
export function checkDay(field: string, on: IsoDate, state: Pick<CaseState, 'openedOn'>, today: IsoDate): void {
  if (!isIsoDate(on)) throw invalid(`${field}: "${on}" is not a valid date (YYYY-MM-DD)`);
  if (on > today) throw invalid(`${field}: ${on} is after today (${today}); record what has happened`);
  if (on < state.openedOn) throw invalid(`${field}: ${on} is before the case was opened (${state.openedOn})`);
}

function refuseAfterEnd(state: CaseState, change: CaseChange): void {
  const refused: string[] = [];
  if (change.status !== undefined) refused.push('status');
  if (change.judgmentAmount !== undefined) refused.push('judgment-amount');
  if (change.claimAmount !== undefined) refused.push('claim-amount');
  if (change.deadlineOn !== undefined) refused.push('deadline');
  if (refused.length === 0) return;
  throw new AppError(
    'CONFLICT',
    `${refused.join(', ')}: the case ended ${state.closedOn ?? ''} as ${CASE_STATUS_LABELS[state.status].en} ` +
      `(${CASE_STATUS_LABELS[state.status].zh}); only ${AFTER_END.join(', ')} may still be added — open a new case to go on`,
  );
}

function nextStatus(state: CaseState, text: string): CaseStatus {
  if (!isCaseStatus(text)) {
    throw invalid(
      `status: "${text}" is not a case status; the statuses of a ${state.kind} are ${reachable(state.kind)}`,
    );
  }
  if (text === state.status) throw invalid(`status: the case is already ${text}`);
  const allowed = nextCaseStatuses(state.kind, state.status);
  if (!allowed.includes(text)) {
    const kind = CASE_KIND_LABELS[state.kind];
    throw new AppError(
      'CONFLICT',
      `status: a ${kind.en} (${kind.zh}) at ${state.status} may go to ${allowed.join(', ')}, not ${text}`,
    );
  }
  return text;
}

/** Every status a kind can be in, in the order a case reaches them. */
function reachable(kind: CaseKind): string {
  const seen = new Set<string>(['preparing']);
  for (const status of seen) for (const n of nextCaseStatuses(kind, status as CaseStatus)) seen.add(n);
  return [...seen].join(', ');
}
