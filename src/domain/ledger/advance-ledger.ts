/**
 * Moves one account's ledger forward day by day, the way the daily cycle must. Each day, in this order:
 * 1. if the day is the first day of a hold, the open penalty accrual is posted (it covers the days up to
 *    the day before);
 * 2. unless the account is on hold: penalty interest for the day is accrued on each instalment past due,
 *    and late fees fall due (a late fee is posted on its day);
 * 3. if money is applied this day (held credit meeting an instalment now due, or a payment), the open
 *    accruals are posted first, so an allocation only ever pays posted amounts;
 * 4. held credit is used on instalments now due, then the day's payments are allocated in paid_at order;
 * 5. arrangements act (see arrangement-effects): a plan starts, is breached or completes; a settlement
 *    waives what is left;
 * 6. if the day is the last of its calendar month, what is still accrued is posted.
 * Penalty is computed per day exactly as the contract says; only the posting is by period, so the ledger
 * gets one penalty entry per instalment per month instead of one per day.
 *
 * Every boundary is a date or an event (month end, payment, hold), never the day a run happens to stop on,
 * so running the cycle daily and running it once for the whole period produce the same postings.
 */
import { type DayNumber, fromDay, type IsoDate, toDay } from '../calendar/calendar.js';
import { AppError } from '../errors.js';
import type { Minor } from '../money/money.js';
import { applyRates, onePlus } from '../money/rate.js';
import { allocatePayment } from './allocate-payment.js';
import { type Amounts, COMPONENTS, totalOf, zeroAmounts } from './amounts.js';
import {
  type ArrangementOutcome,
  breachDayOf,
  breachPlan,
  type LedgerArrangement,
  planHolds,
  planInstallments,
  planPaid,
  startPlan,
  waiveAll,
} from './arrangement-effects.js';
import { capHeadroom, dayBasis } from './cost-cap.js';
import type { AccountTerms, Hold, InstallmentState, LedgerState, PaymentToPost, Posting } from './ledger-types.js';

export interface AdvanceLedgerOptions {
  terms: AccountTerms;
  /** The state at the end of the last processed day. Not modified. */
  state: LedgerState;
  /** The first day to accrue: the day after the last processed day (or the opening date). */
  from: IsoDate;
  /** The last day to process, included. */
  to: IsoDate;
  /**
   * Payments to allocate, each on its `postedOn` day. A payment dated before `from` (the day was already
   * processed when the customer paid, as in the demo's customer view) is allocated on its own date's
   * position without accruing that day again.
   */
  payments: readonly PaymentToPost[];
  holds: readonly Hold[];
  /** Approved plans and settlements with their days (see arrangement-effects). */
  arrangements?: readonly LedgerArrangement[];
}

export interface AdvanceLedgerResult {
  state: LedgerState;
  postings: Posting[];
  /** Numbers of the instalments whose balances changed. */
  changed: Set<number>;
  /** The last day on which anything was accrued, posted, decided or allocated; null when nothing was. */
  lastChangedOn: IsoDate | null;
  /** Instalment-days that accrued penalty: the entries a daily penalty posting would have written. */
  accrualDays: number;
  /** What the arrangements did on the days processed: started, completed, breached. */
  outcomes: ArrangementOutcome[];
}

// Field by field rather than with object spread: this copy runs for every account every day of the
// cycle, and V8 builds literal objects of a known shape many times faster than spread copies.
const copyAmounts = (a: Amounts): Amounts => ({
  principal: a.principal,
  interest: a.interest,
  fee: a.fee,
  penalty: a.penalty,
  late_fee: a.late_fee,
});

export function cloneInstallment(i: InstallmentState): InstallmentState {
  return {
    no: i.no,
    dueOn: i.dueOn,
    due: copyAmounts(i.due),
    paid: copyAmounts(i.paid),
    lateFeeDecided: i.lateFeeDecided,
    accrued: i.accrued,
    accruedFrom: i.accruedFrom,
    cleared: copyAmounts(i.cleared),
    arrangementId: i.arrangementId,
    penaltyFree: i.penaltyFree,
  };
}

export function cloneState(state: LedgerState): LedgerState {
  return {
    credit: state.credit,
    postedCosts: state.postedCosts,
    installments: state.installments.map(cloneInstallment),
    settled: state.settled === true,
  };
}

/** What an instalment still owes, component by component; penalty includes what is accrued and not posted. */
export function owedOn(inst: InstallmentState): Amounts {
  const out = zeroAmounts();
  for (const c of COMPONENTS) out[c] = inst.due[c] - inst.paid[c] - inst.cleared[c];
  out.penalty += inst.accrued;
  return out;
}

/** Everything an instalment still owes, accrued penalty included. */
export function owedTotal(inst: InstallmentState): Minor {
  return totalOf(inst.due) - totalOf(inst.paid) - totalOf(inst.cleared) + inst.accrued;
}

export function isHeld(holds: readonly Hold[], date: IsoDate): boolean {
  for (const h of holds) if (h.from <= date && (h.to === null || date <= h.to)) return true;
  return false;
}

/** True when `day` is the last day of its calendar month. */
export function isMonthEnd(day: DayNumber): boolean {
  return fromDay(day + 1).endsWith('-01');
}

/**
 * Turns every open accrual into a penalty posting dated `date` that covers accrued_from…`through`.
 * Exported for the other events that need penalty posted before they act (arrangements, write-offs).
 */
export function postAccruals(state: LedgerState, date: IsoDate, through: IsoDate, postings: Posting[]): number[] {
  const posted: number[] = [];
  for (const inst of state.installments) {
    if (inst.accrued === 0) continue;
    const amounts = zeroAmounts();
    amounts.penalty = inst.accrued;
    postings.push({
      kind: 'penalty',
      postedOn: date,
      installmentNo: inst.no,
      paymentId: null,
      amounts,
      credit: 0,
      period: { from: inst.accruedFrom ?? through, to: through },
    });
    inst.due.penalty += inst.accrued;
    inst.accrued = 0;
    inst.accruedFrom = null;
    posted.push(inst.no);
  }
  return posted;
}

/**
 * Amounts are JavaScript numbers holding integer minor units, exact only up to 2^53. The import caps what
 * comes in, but decades of penalty at an extreme rate could still pass it; a ledger that cannot be exact
 * must stop the run rather than be written with rounded figures.
 */
function assertSafeAmounts(state: LedgerState): void {
  let safe = Number.isSafeInteger(state.credit) && Number.isSafeInteger(state.postedCosts);
  for (const inst of state.installments) {
    safe &&= Number.isSafeInteger(inst.accrued);
    for (const c of COMPONENTS) {
      safe &&= Number.isSafeInteger(inst.due[c]) && Number.isSafeInteger(inst.paid[c]);
      safe &&= Number.isSafeInteger(inst.cleared[c]);
    }
  }
  if (!safe) {
    throw new AppError(
      'INTERNAL',
      'an amount on this ledger passed 2^53 minor units and can no longer be exact; check the contract terms',
    );
  }
}

function byPostingOrder(a: PaymentToPost, b: PaymentToPost): number {
  if (a.postedOn !== b.postedOn) return a.postedOn < b.postedOn ? -1 : 1;
  if (a.paidAt !== b.paidAt) return a.paidAt < b.paidAt ? -1 : 1;
  return a.id - b.id;
}

export function advanceLedger(options: AdvanceLedgerOptions): AdvanceLedgerResult {
  const { terms, holds } = options;
  const state = cloneState(options.state);
  const postings: Posting[] = [];
  const changed = new Set<number>();
  let lastChanged: DayNumber | null = null;
  let accrualDays = 0;
  const firstAccrualDay = toDay(options.from);
  const toDayNo = toDay(options.to);
  const payments = [...options.payments].sort(byPostingOrder);
  const firstPaymentDay = payments.length > 0 ? toDay(payments[0]!.postedOn) : firstAccrualDay;
  const startDay = Math.min(firstAccrualDay, firstPaymentDay);

  // Arrangements add instalments and move due dates: the cache is refreshed when they do.
  let dueDays = state.installments.map((i) => toDay(i.dueOn));
  const refreshDueDays = () => {
    dueDays = state.installments.map((i) => toDay(i.dueOn));
  };
  const arrangements = options.arrangements ?? [];
  const plans = arrangements.filter((a) => a.kind === 'plan');
  const outcomes: ArrangementOutcome[] = [];
  // A plan already paid when this run starts completed in an earlier run: only a new completion is news.
  const completed = new Set(plans.filter((p) => planPaid(state, p.id)).map((p) => p.id));
  const allocationMethod = () =>
    plans.some((p) => p.principalFirst && planHolds(state, p.id)) ? 'principal_first' : terms.allocation;
  const basis = dayBasis(terms);
  const penaltyFactors = [terms.annualRate, onePlus(terms.penaltyUplift)];
  const penaltyByPrincipal = new Map<Minor, Minor>();
  const dailyPenalty = (unpaid: Minor): Minor => {
    let amount = penaltyByPrincipal.get(unpaid);
    if (amount === undefined) {
      amount = applyRates(unpaid, penaltyFactors, basis);
      penaltyByPrincipal.set(unpaid, amount);
    }
    return amount;
  };

  const postOpenAccruals = (day: DayNumber, through: DayNumber) => {
    const posted = postAccruals(state, fromDay(day), fromDay(through), postings);
    if (posted.length === 0) return;
    for (const no of posted) changed.add(no);
    lastChanged = day;
  };

  const applyMoney = (amount: Minor, date: IsoDate, paymentId: number | null, includeNotYetDue: boolean) => {
    const result = allocatePayment({
      amount,
      installments: state.installments,
      asOf: date,
      method: allocationMethod(),
      includeNotYetDue,
    });
    for (const line of result.lines) {
      const inst = state.installments.find((i) => i.no === line.installmentNo);
      if (!inst) continue;
      const negated = zeroAmounts();
      for (const c of COMPONENTS) {
        inst.paid[c] += line.amounts[c];
        negated[c] = 0 - line.amounts[c];
      }
      changed.add(inst.no);
      const total = totalOf(line.amounts);
      state.credit -= total;
      postings.push({
        kind: 'allocation',
        postedOn: date,
        installmentNo: inst.no,
        paymentId,
        amounts: negated,
        credit: -total,
        period: null,
      });
    }
  };

  const creditMeetsDueInstallment = (date: IsoDate) =>
    state.credit > 0 && state.installments.some((i) => i.dueOn <= date && owedTotal(i) > 0);

  let next = 0;
  for (let day: DayNumber = startDay; day <= toDayNo; day++) {
    if (day >= firstAccrualDay) {
      // Most days of a current account post nothing; jump straight to the next day that can.
      const busy = nextBusyDay(day);
      if (busy > day) {
        day = busy - 1;
        continue;
      }
    }
    const date = fromDay(day);
    const accrues = day >= firstAccrualDay;
    if (accrues && isHeld(holds, date) && !isHeld(holds, fromDay(day - 1))) postOpenAccruals(day, day - 1);
    if (accrues) accrueDay(day, date);
    const paysToday = next < payments.length && toDay(payments[next]!.postedOn) <= day;
    const usesCredit = creditMeetsDueInstallment(date);
    if (paysToday || usesCredit) postOpenAccruals(day, day);
    if (usesCredit) {
      applyMoney(state.credit, date, null, false);
      lastChanged = day;
    }
    while (next < payments.length && toDay(payments[next]!.postedOn) <= day) {
      const p = payments[next++]!;
      state.credit += p.amount;
      postings.push({
        kind: 'payment',
        postedOn: date,
        installmentNo: null,
        paymentId: p.id,
        amounts: zeroAmounts(),
        credit: p.amount,
        period: null,
      });
      applyMoney(state.credit, date, p.id, true);
      lastChanged = day;
    }
    if (accrues && arrangements.length > 0) actOnArrangements(day, date);
    if (accrues && isMonthEnd(day)) postOpenAccruals(day, day);
  }
  assertSafeAmounts(state);
  return {
    state,
    postings,
    changed,
    lastChangedOn: lastChanged === null ? null : fromDay(lastChanged),
    accrualDays,
    outcomes,
  };

  function touchAll(day: DayNumber): void {
    for (const inst of state.installments) changed.add(inst.no);
    lastChanged = day;
  }

  /** Step 5: the day's arrangement events, after its payments. */
  function actOnArrangements(day: DayNumber, date: IsoDate): void {
    for (const a of arrangements) {
      if (a.kind === 'settlement') {
        if (a.waiveOn !== date || state.settled) continue;
        postOpenAccruals(day, day);
        waiveAll(state, a.id, date, postings);
        outcomes.push({ arrangementId: a.id, kind: 'completed', on: date });
        touchAll(day);
        continue;
      }
      if (a.startOn === date) {
        postOpenAccruals(day, day);
        if (startPlan(state, a, date, postings)) {
          refreshDueDays();
          outcomes.push({ arrangementId: a.id, kind: 'started', on: date });
          touchAll(day);
        }
      }
      const breachOn = breachDayOf(state, a);
      if (breachOn !== null && breachOn <= date) {
        breachPlan(state, a.id, date);
        refreshDueDays();
        outcomes.push({ arrangementId: a.id, kind: 'breached', on: date });
        touchAll(day);
      } else if (!completed.has(a.id) && planPaid(state, a.id)) {
        completed.add(a.id);
        outcomes.push({ arrangementId: a.id, kind: 'completed', on: date });
        lastChanged = day;
      }
    }
  }

  /** The next day an arrangement acts on its own (starts, waives, may be breached), or infinity. */
  function nextArrangementDay(day: DayNumber): DayNumber {
    let next = Number.POSITIVE_INFINITY;
    for (const a of arrangements) {
      let on: IsoDate | null;
      if (a.kind === 'settlement') on = state.settled ? null : a.waiveOn;
      else if (planInstallments(state, a.id).length === 0) on = a.startOn;
      else on = breachDayOf(state, a);
      if (on === null) continue;
      const at = toDay(on);
      if (at >= day && at < next) next = at;
      else if (at < day && a.kind === 'plan') return day;
    }
    return next;
  }

  /**
   * The first day from `day` on on which something can be posted: penalty on an instalment past due, an
   * accrual waiting for its month end, a late-fee decision, held credit meeting an instalment that falls
   * due, or a payment. Exact, not a heuristic: on every day before it, each step above would do nothing.
   */
  function nextBusyDay(day: DayNumber): DayNumber {
    let busy = next < payments.length ? toDay(payments[next]!.postedOn) : Number.POSITIVE_INFINITY;
    if (arrangements.length > 0) busy = Math.min(busy, nextArrangementDay(day));
    for (const [index, inst] of state.installments.entries()) {
      const dueDay = dueDays[index]!;
      if (inst.accrued > 0) return day;
      if (!inst.penaltyFree && inst.due.principal - inst.paid.principal - inst.cleared.principal > 0) {
        if (dueDay < day) return day;
        busy = Math.min(busy, dueDay + 1);
      }
      if (!inst.lateFeeDecided && owedTotal(inst) > 0) {
        busy = Math.min(busy, Math.max(day, dueDay + terms.graceDays + 1));
      }
      if (state.credit > 0 && owedTotal(inst) > 0) busy = Math.min(busy, Math.max(day, dueDay));
      if (busy <= day) return day;
    }
    return busy;
  }

  function accrueDay(day: DayNumber, date: IsoDate): void {
    const held = isHeld(holds, date);
    let headroom = held ? 0 : capHeadroom(terms, state, day);
    if (!held) {
      for (const [index, inst] of state.installments.entries()) {
        if (dueDays[index]! >= day || inst.penaltyFree) continue;
        const unpaid = inst.due.principal - inst.paid.principal - inst.cleared.principal;
        if (unpaid <= 0) continue;
        const amount = Math.min(dailyPenalty(unpaid), headroom);
        if (amount <= 0) continue;
        headroom -= amount;
        if (inst.accrued === 0) inst.accruedFrom = date;
        inst.accrued += amount;
        state.postedCosts += amount;
        accrualDays++;
        changed.add(inst.no);
        lastChanged = day;
      }
    }
    for (const [index, inst] of state.installments.entries()) {
      if (inst.lateFeeDecided || day < dueDays[index]! + terms.graceDays + 1) continue;
      // An instalment fully paid by its late-fee day owes no fee and never will (nothing is charged to a
      // paid instalment), so there is nothing to decide or record: the state stays as it was, and an account
      // the cycle did not need to touch that day ends up the same as one it did.
      if (owedTotal(inst) <= 0) continue;
      inst.lateFeeDecided = true;
      changed.add(inst.no);
      lastChanged = day;
      if (held || terms.lateFee <= 0) continue;
      const amount = Math.min(terms.lateFee, headroom);
      if (amount <= 0) continue;
      headroom -= amount;
      inst.due.late_fee += amount;
      state.postedCosts += amount;
      const amounts = zeroAmounts();
      amounts.late_fee = amount;
      postings.push({
        kind: 'late_fee',
        postedOn: date,
        installmentNo: inst.no,
        paymentId: null,
        amounts,
        credit: 0,
        period: null,
      });
    }
  }
}
