/**
 * What arrangements do to a ledger, as events on a day the engine processes (after that day's payments):
 *
 * - a plan starts: everything due on or before its start day (every component, accrued penalty posted
 *   first) moves into N new plan instalments, equal parts with the rounding remainder on the last, by
 *   `reschedule` entries that sum to zero per component; plan instalments accrue no penalty and no late fee;
 * - a plan is breached when one of its instalments is still unpaid `breachDays` after its due date: its
 *   unpaid instalments not yet due fall due that day, and all of them accrue penalty from the next day on;
 * - a plan completes when its last instalment is paid (while it holds);
 * - a settlement waives, on its day, everything still owed (by component, instalments not yet due too) by
 *   `waiver` entries, and the account is settled.
 *
 * Days are data (the plan's start day and due dates, the settlement's waiver day are decided before the
 * engine runs), so a replay of the ledger from the opening date reproduces every effect exactly.
 */
import { addDays, type IsoDate, minDate } from '../calendar/calendar.js';
import { splitEvenly } from '../money/money.js';
import { type Amounts, COMPONENTS, totalOf, zeroAmounts } from './amounts.js';
import { byDueDate } from './installment-order.js';
import type { InstallmentState, LedgerState, Posting } from './ledger-types.js';

export interface LedgerPlan {
  kind: 'plan';
  id: number;
  /** The day its reschedule is posted (end of day, after the day's payments). */
  startOn: IsoDate;
  /** One per plan instalment, ascending. */
  dueDates: readonly IsoDate[];
  /** Days a plan instalment may stay unpaid past due before the plan is breached. */
  breachDays: number;
  /** 先本后息: while the plan holds, money pays principal first. */
  principalFirst: boolean;
}

export interface LedgerSettlement {
  kind: 'settlement';
  id: number;
  /** The day the agreed amount was reached (or the first open day after it): what is left is waived. */
  waiveOn: IsoDate;
}

export type LedgerArrangement = LedgerPlan | LedgerSettlement;

export type ArrangementOutcomeKind = 'started' | 'completed' | 'breached';

export interface ArrangementOutcome {
  arrangementId: number;
  kind: ArrangementOutcomeKind;
  on: IsoDate;
}

/**
 * What an instalment still owes, by component, accrued penalty left out: an arrangement acts only on posted
 * amounts (the caller posts open accruals first, see assertPosted), and a plan instalment accrues nothing
 * while its plan holds.
 */
function owed(inst: InstallmentState): Amounts {
  const out = zeroAmounts();
  for (const c of COMPONENTS) out[c] = inst.due[c] - inst.paid[c] - inst.cleared[c];
  return out;
}

function owesAnything(inst: InstallmentState): boolean {
  return totalOf(owed(inst)) > 0;
}

/** Accrued penalty is owed but not yet an entry: it must be posted first, or the entries would not add up. */
function assertPosted(state: LedgerState, on: IsoDate): void {
  for (const inst of state.installments) {
    if (inst.accrued !== 0) throw new Error(`instalment ${inst.no} has penalty accrued and not posted on ${on}`);
  }
}

/** Puts the instalments back in the ledger's order after an arrangement added or moved some. */
function sortByDueDate(state: LedgerState): void {
  state.installments.sort(byDueDate);
}

function clearPosting(
  kind: 'waiver' | 'reschedule',
  inst: InstallmentState,
  amounts: Amounts,
  on: IsoDate,
  id: number,
) {
  const negated = zeroAmounts();
  for (const c of COMPONENTS) {
    inst.cleared[c] += amounts[c];
    negated[c] = 0 - amounts[c];
  }
  const posting: Posting = {
    kind,
    postedOn: on,
    installmentNo: inst.no,
    paymentId: null,
    amounts: negated,
    credit: 0,
    period: null,
    arrangementId: id,
  };
  return posting;
}

export function planInstallments(state: LedgerState, planId: number): InstallmentState[] {
  return state.installments.filter((i) => i.arrangementId === planId);
}

/**
 * Moves what is due on `on` into the plan's instalments. The caller has posted open accruals first, so
 * penalty moves as posted amounts. Returns false when the plan had already started (idempotent).
 */
export function startPlan(state: LedgerState, plan: LedgerPlan, on: IsoDate, postings: Posting[]): boolean {
  if (state.installments.some((i) => i.arrangementId === plan.id)) return false;
  assertPosted(state, on);
  const moved = zeroAmounts();
  for (const inst of state.installments) {
    if (inst.dueOn > on || !owesAnything(inst)) continue;
    const amounts = owed(inst);
    for (const c of COMPONENTS) moved[c] += amounts[c];
    postings.push(clearPosting('reschedule', inst, amounts, on, plan.id));
  }
  const count = plan.dueDates.length;
  const shares = Object.fromEntries(COMPONENTS.map((c) => [c, splitEvenly(moved[c], count)])) as Record<
    keyof Amounts,
    number[]
  >;
  let no = state.installments.reduce((max, i) => Math.max(max, i.no), 0);
  plan.dueDates.forEach((dueOn, index) => {
    const due = zeroAmounts();
    for (const c of COMPONENTS) due[c] = shares[c][index] ?? 0;
    no += 1;
    state.installments.push({
      no,
      dueOn,
      due,
      paid: zeroAmounts(),
      // A plan instalment carries no late fee: the plan replaced the contract's late-payment terms.
      lateFeeDecided: true,
      accrued: 0,
      accruedFrom: null,
      cleared: zeroAmounts(),
      arrangementId: plan.id,
      penaltyFree: true,
    });
    postings.push({
      kind: 'reschedule',
      postedOn: on,
      installmentNo: no,
      paymentId: null,
      amounts: { ...due },
      credit: 0,
      period: null,
      arrangementId: plan.id,
    });
  });
  sortByDueDate(state);
  return true;
}

/**
 * True while the plan holds: started, not breached (its instalments still accrue no penalty). A breach takes
 * the freedom from all of a plan's instalments at once, so its first instalment tells.
 */
export function planHolds(state: LedgerState, planId: number): boolean {
  return state.installments.find((i) => i.arrangementId === planId)?.penaltyFree === true;
}

/** The day a holding plan is breached if nothing is paid: its earliest unpaid instalment's due date plus breach days. */
export function breachDayOf(state: LedgerState, plan: LedgerPlan): IsoDate | null {
  if (!planHolds(state, plan.id)) return null;
  // The state is in due-date order, so the first unpaid instalment found is the earliest.
  const earliest = planInstallments(state, plan.id).find(owesAnything);
  return earliest === undefined ? null : addDays(earliest.dueOn, plan.breachDays);
}

/**
 * Breaches the plan on `on`: unpaid plan instalments not yet due fall due that day; all lose their penalty
 * freedom, so penalty accrues from the next day on. The caller decides that the day has come.
 */
export function breachPlan(state: LedgerState, planId: number, on: IsoDate): void {
  for (const inst of planInstallments(state, planId)) {
    inst.penaltyFree = false;
    if (owesAnything(inst)) inst.dueOn = minDate(inst.dueOn, on);
  }
  sortByDueDate(state);
}

/** True when a holding plan's instalments are all paid. */
export function planPaid(state: LedgerState, planId: number): boolean {
  return planHolds(state, planId) && planInstallments(state, planId).every((i) => !owesAnything(i));
}

/** Waives everything still owed, by component, and marks the account settled. */
export function waiveAll(state: LedgerState, settlementId: number, on: IsoDate, postings: Posting[]): void {
  assertPosted(state, on);
  for (const inst of state.installments) {
    if (!owesAnything(inst)) continue;
    postings.push(clearPosting('waiver', inst, owed(inst), on, settlementId));
  }
  state.settled = true;
}
