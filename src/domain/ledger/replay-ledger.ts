/**
 * Works out an account's ledger from scratch: its schedule, every payment on its own date, its holds and
 * the terms that applied on each day, from the opening date to `to`. The daily cycle never needs this for
 * an account whose inputs all arrived in time (moving the stored state forward gives the same result, which
 * the daily-versus-catch-up property guarantees); it is how a payment or an instalment that arrives after
 * its day was closed is value-dated: the replay is the ledger as it would be had it arrived on time.
 */
import { addDays, type IsoDate, maxDate, minDate } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import { zeroAmounts } from './amounts.js';
import type { ArrangementOutcome, LedgerArrangement } from './arrangement-effects.js';
import { byDueDate } from './installment-order.js';
import type { AccountTerms, Hold, InstallmentState, LedgerState, PaymentToPost } from './ledger-types.js';

/** Terms that apply from `from` (inclusive) until the next period's `from`. */
export interface TermsPeriod {
  from: IsoDate;
  terms: AccountTerms;
}

/** One instalment as scheduled: what was charged to it before any penalty, fee or payment. */
export interface ScheduledInstallment {
  no: number;
  dueOn: IsoDate;
  principal: number;
  interest: number;
  fee: number;
  /** Set on a plan instalment: the replay leaves it out and lets its plan create it. */
  arrangementId?: number | null;
}

export interface ReplayLedgerOptions {
  /** Oldest first; the first period's terms carry the opening date. At least one. */
  terms: readonly TermsPeriod[];
  schedule: readonly ScheduledInstallment[];
  /** Every payment, each dated by its own value date (clamped to the opening date). */
  payments: readonly PaymentToPost[];
  holds: readonly Hold[];
  to: IsoDate;
  /** Plans and settlements with their days: the replay carries them out on those days. */
  arrangements?: readonly LedgerArrangement[];
  /** Receives what the arrangements did, day by day. */
  outcomes?: ArrangementOutcome[];
}

export function freshState(schedule: readonly ScheduledInstallment[]): LedgerState {
  const installments: InstallmentState[] = schedule.map((s) => ({
    no: s.no,
    dueOn: s.dueOn,
    due: { principal: s.principal, interest: s.interest, fee: s.fee, penalty: 0, late_fee: 0 },
    paid: zeroAmounts(),
    lateFeeDecided: false,
    accrued: 0,
    accruedFrom: null,
    cleared: zeroAmounts(),
    arrangementId: null,
    penaltyFree: false,
  }));
  installments.sort(byDueDate);
  return { installments, credit: 0, postedCosts: 0 };
}

export function scheduleOf(state: LedgerState): ScheduledInstallment[] {
  return state.installments.map((i) => ({
    no: i.no,
    dueOn: i.dueOn,
    principal: i.due.principal,
    interest: i.due.interest,
    fee: i.due.fee,
    arrangementId: i.arrangementId,
  }));
}

export function replayLedger(options: ReplayLedgerOptions): LedgerState {
  const periods = options.terms;
  const first = periods[0];
  if (!first) throw new Error('a replay needs the terms that applied from the opening date');
  const openedOn = first.terms.openedOn;
  let state = freshState(options.schedule);
  for (const [index, period] of periods.entries()) {
    const from = maxDate(period.from, openedOn);
    const following = periods[index + 1];
    const last = following === undefined ? options.to : minDate(addDays(following.from, -1), options.to);
    if (last < from) continue;
    const advanced = advanceLedger({
      terms: period.terms,
      state,
      from,
      to: last,
      payments: options.payments.filter(
        (p) => (index === 0 || p.postedOn >= from) && (following === undefined || p.postedOn < following.from),
      ),
      holds: options.holds,
      arrangements: options.arrangements,
    });
    options.outcomes?.push(...advanced.outcomes);
    state = advanced.state;
  }
  return state;
}
