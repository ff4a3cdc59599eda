/**
 * Moves one account's ledger forward day by day, the way the daily cycle must: for each day, first that
 * day's penalty interest and late fees (unless the account is on hold), then held credit is used on
 * instalments now due, then that day's payments are allocated in paid_at order.
 *
 * Because every day is processed the same way whether the run covers one day or a hundred, running the
 * cycle daily and running it once for the whole period produce the same postings.
 */
import { type DayNumber, fromDay, type IsoDate, toDay } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import { applyRates, onePlus } from '../money/rate.js';
import { allocatePayment } from './allocate-payment.js';
import { type Amounts, COMPONENTS, totalOf, zeroAmounts } from './amounts.js';
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
   * Payments to allocate, each on its `postedOn` day. A payment dated before `from` (it arrived after its
   * day was processed) is allocated on its own date's position without re-accruing that day.
   */
  payments: readonly PaymentToPost[];
  holds: readonly Hold[];
}

export interface AdvanceLedgerResult {
  state: LedgerState;
  postings: Posting[];
  /** Numbers of the instalments whose balances changed. */
  changed: Set<number>;
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

export function cloneState(state: LedgerState): LedgerState {
  return {
    credit: state.credit,
    postedCosts: state.postedCosts,
    installments: state.installments.map((i) => ({
      no: i.no,
      dueOn: i.dueOn,
      due: copyAmounts(i.due),
      paid: copyAmounts(i.paid),
      lateFeeDecided: i.lateFeeDecided,
    })),
  };
}

export function owedOn(inst: InstallmentState): Amounts {
  const out = zeroAmounts();
  for (const c of COMPONENTS) out[c] = inst.due[c] - inst.paid[c];
  return out;
}

function isHeld(holds: readonly Hold[], date: IsoDate): boolean {
  return holds.some((h) => h.from <= date && (h.to === null || date <= h.to));
}

export function advanceLedger(options: AdvanceLedgerOptions): AdvanceLedgerResult {
  const { terms } = options;
  const state = cloneState(options.state);
  const postings: Posting[] = [];
  const changed = new Set<number>();
  const firstAccrualDay = toDay(options.from);
  const toDayNo = toDay(options.to);
  const payments = [...options.payments].sort((a, b) =>
    a.postedOn === b.postedOn
      ? a.paidAt === b.paidAt
        ? a.id - b.id
        : a.paidAt < b.paidAt
          ? -1
          : 1
      : a.postedOn < b.postedOn
        ? -1
        : 1,
  );
  const firstPaymentDay = payments.length > 0 ? toDay(payments[0]!.postedOn) : firstAccrualDay;
  const startDay = Math.min(firstAccrualDay, firstPaymentDay);

  const dueDays = state.installments.map((i) => toDay(i.dueOn));
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

  const charge = (inst: InstallmentState, kind: 'penalty' | 'late_fee', amount: Minor, date: IsoDate) => {
    inst.due[kind] += amount;
    state.postedCosts += amount;
    changed.add(inst.no);
    const amounts = zeroAmounts();
    amounts[kind] = amount;
    postings.push({ kind, postedOn: date, installmentNo: inst.no, paymentId: null, amounts, credit: 0 });
  };

  const applyMoney = (amount: Minor, date: IsoDate, paymentId: number | null, includeNotYetDue: boolean) => {
    const result = allocatePayment({
      amount,
      installments: state.installments,
      asOf: date,
      method: terms.allocation,
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
      });
    }
  };

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
    if (day >= firstAccrualDay) accrueDay(day, date);
    if (state.credit > 0 && state.installments.some((i) => i.dueOn <= date && totalOf(owedOn(i)) > 0)) {
      applyMoney(state.credit, date, null, false);
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
      });
      applyMoney(state.credit, date, p.id, true);
    }
  }
  return { state, postings, changed };

  /**
   * The first day from `day` on on which something can be posted: penalty on an instalment past due, a
   * late-fee decision, held credit meeting an instalment that falls due, or a payment. Exact, not a
   * heuristic: on every day before it, accrueDay, the credit step and the payment step would post nothing.
   */
  function nextBusyDay(day: DayNumber): DayNumber {
    let busy = next < payments.length ? toDay(payments[next]!.postedOn) : Number.POSITIVE_INFINITY;
    for (const [index, inst] of state.installments.entries()) {
      const dueDay = dueDays[index]!;
      const unpaidPrincipal = inst.due.principal - inst.paid.principal > 0;
      if (unpaidPrincipal) {
        if (dueDay < day) return day;
        busy = Math.min(busy, dueDay + 1);
      }
      if (!inst.lateFeeDecided) busy = Math.min(busy, Math.max(day, dueDay + terms.graceDays + 1));
      if (state.credit > 0 && totalOf(owedOn(inst)) > 0) busy = Math.min(busy, Math.max(day, dueDay));
      if (busy <= day) return day;
    }
    return busy;
  }

  function accrueDay(day: DayNumber, date: IsoDate): void {
    const held = isHeld(options.holds, date);
    let headroom = held ? 0 : capHeadroom(terms, state, day);
    if (!held) {
      for (const [index, inst] of state.installments.entries()) {
        if (dueDays[index]! >= day) continue;
        const unpaid = inst.due.principal - inst.paid.principal;
        if (unpaid <= 0) continue;
        const amount = Math.min(dailyPenalty(unpaid), headroom);
        headroom -= amount;
        if (amount > 0) charge(inst, 'penalty', amount, date);
      }
    }
    for (const [index, inst] of state.installments.entries()) {
      if (inst.lateFeeDecided || day < dueDays[index]! + terms.graceDays + 1) continue;
      inst.lateFeeDecided = true;
      changed.add(inst.no);
      if (held || terms.lateFee <= 0 || totalOf(owedOn(inst)) <= 0) continue;
      const amount = Math.min(terms.lateFee, headroom);
      headroom -= amount;
      if (amount > 0) charge(inst, 'late_fee', amount, date);
    }
  }
}
