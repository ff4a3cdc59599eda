/**
 * A customer's-eye view of one account's balance, used only by the demo to decide how much a synthetic
 * customer pays: "everything I owe today", "this month's instalment", "the whole loan". It keeps no rules
 * of its own: it runs the real ledger engine (advanceLedger) over the account's terms and schedule, so
 * penalty interest, late fees, the cost cap and allocation come out exactly as the daily cycle will post
 * them, and a customer who pays what it says is fully current after the cycle runs.
 *
 * The engine is advanced incrementally: the view keeps the state at the end of the last day it processed
 * and moves it on only as far as the next day the customer acts. A payment is made on a day already
 * processed (the customer looked at that day's balance first) and is handed to the engine with the next
 * advance, which allocates it on its own day without accruing that day again — exactly as the cycle
 * treats a payment that arrives after its day was processed, and the same postings as processing the
 * day and its payments together (accrue, use held credit, then payments).
 */
import { daysPastDue } from '../domain/ageing/ageing.js';
import { type DayNumber, fromDay, type IsoDate, toDay } from '../domain/calendar/calendar.js';
import { advanceLedger, cloneState, owedTotal } from '../domain/ledger/advance-ledger.js';
import type {
  AccountTerms,
  AllocationMethod,
  DayCount,
  InstallmentState,
  LedgerState,
  PaymentToPost,
} from '../domain/ledger/ledger-types.js';
import { freshState } from '../domain/ledger/replay-ledger.js';
import { summariseLedger } from '../domain/ledger/summarise-ledger.js';
import { type Minor, parseAmount } from '../domain/money/money.js';
import { rateOf } from '../domain/money/rate.js';
import type { ScheduledInstallment } from './build-schedule.js';
import type { DemoRecord } from './make-party.js';

/**
 * The ledger terms of a generated account record, read from the very fields the importer stores, so the
 * demo and the cycle cannot disagree about a rate or a fee.
 */
export function ledgerTermsOf(account: DemoRecord): AccountTerms {
  const field = (name: string): string => {
    const value = account[name];
    if (value === undefined) throw new Error(`demo account ${account.account_id} has no ${name}`);
    return value;
  };
  const currency = field('currency');
  const amount = (name: string): Minor => {
    const parsed = parseAmount(field(name), currency);
    if (!parsed.ok) throw new Error(`demo account ${account.account_id}: ${name} ${parsed.reason}`);
    return parsed.minor;
  };
  const capRate = field('cost_cap_rate');
  return {
    openedOn: field('opened_on'),
    principal: amount('principal'),
    annualRate: rateOf(field('annual_rate')),
    penaltyUplift: rateOf(field('penalty_uplift')),
    lateFee: amount('late_fee'),
    graceDays: Number(field('grace_days')),
    allocation: field('allocation') as AllocationMethod,
    dayCount: field('day_count') as DayCount,
    costCapRate: capRate === '' ? null : rateOf(capRate),
  };
}

/** What an instalment still owes in all, accrued penalty included. */
const owed = owedTotal;

export class MirrorLedger {
  private state: LedgerState;
  /** The state is the one at the end of this day (the day before opening until something is processed). */
  private processedThrough: DayNumber;
  private readonly openedDay: DayNumber;
  /** A payment made on the last processed day and not yet given to the engine. */
  private pending: PaymentToPost | null = null;
  private paymentsMade = 0;

  constructor(
    private readonly terms: AccountTerms,
    schedule: readonly ScheduledInstallment[],
  ) {
    this.state = freshState(schedule);
    this.openedDay = toDay(terms.openedOn);
    this.processedThrough = this.openedDay - 1;
  }

  /** Money received and not applied to any instalment (only ever left once everything is paid). */
  get credit(): Minor {
    this.advanceTo(this.processedThrough);
    return this.state.credit;
  }

  /**
   * Brings the state to the end of `day` (or leaves it on the last processed day if that is later),
   * posting a pending payment on the way.
   *
   * The engine copies every instalment it is given, and the demo calls it once per payment, so it gets
   * only the instalments this run can touch; handing it a whole 36-month schedule each time makes the
   * generator several times slower. The others are carried over unchanged, which the ledger rules make
   * exact. An instalment with nothing owed takes no money and, once its late-fee decision is taken, no
   * charge — but under a cost cap every instalment due counts towards the cap, so then all of those stay
   * in. An instalment not yet due accrues nothing, and takes money only from what a payment leaves over
   * once every due instalment is fully paid; both allocation methods give that to the not-yet-due
   * instalments one at a time, oldest first, each paid whole before the next, so once what they owe
   * covers it, the later ones get nothing.
   */
  private advanceTo(day: DayNumber): void {
    const payment = this.pending;
    if (day <= this.processedThrough && payment === null) return;
    const through = Math.max(day, this.processedThrough);
    const to = fromDay(through);
    const capped = this.terms.costCapRate !== null;
    const all = this.state.installments;
    let leftOver = 0;
    if (payment !== null) {
      let owedDue = 0;
      for (const inst of all) if (inst.dueOn <= payment.postedOn) owedDue += owed(inst);
      leftOver = Math.max(0, this.state.credit + payment.amount - owedDue);
    }
    const taking: InstallmentState[] = [];
    const positions: number[] = [];
    for (const [position, inst] of all.entries()) {
      let touched = inst.dueOn <= to;
      if (owed(inst) === 0) {
        // A paid instalment is never charged again; under a cost cap its scheduled interest still counts.
        touched &&= capped;
      } else if (leftOver > 0 && payment !== null && inst.dueOn > payment.postedOn) {
        touched = true;
        leftOver -= owed(inst);
      }
      if (!touched) continue;
      taking.push(inst);
      positions.push(position);
    }
    const result = advanceLedger({
      terms: this.terms,
      state: { installments: taking, credit: this.state.credit, postedCosts: this.state.postedCosts },
      from: fromDay(this.processedThrough + 1),
      to,
      payments: payment === null ? [] : [payment],
      holds: [],
    }).state;
    // The engine returns the instalments it was given, in the order given. The state is this view's
    // own (stateOn hands out copies), so it is updated in place.
    for (const [i, inst] of result.installments.entries()) all[positions[i] as number] = inst;
    this.state.credit = result.credit;
    this.state.postedCosts = result.postedCosts;
    this.processedThrough = through;
    this.pending = null;
  }

  /** The balance as it stands on `day`, after that day's penalty, fees, use of held credit and payments. */
  private installmentsOn(day: DayNumber): readonly InstallmentState[] {
    this.advanceTo(day);
    return this.state.installments;
  }

  /** What is owed on `day` for instalments due on or before it. */
  pastDueOn(day: DayNumber): Minor {
    const date = fromDay(day);
    let sum = 0;
    for (const inst of this.installmentsOn(day)) if (inst.dueOn <= date) sum += owed(inst);
    return sum;
  }

  /**
   * What the first `throughNo` instalments (oldest first) still owe on `day`, due or not: paid that day,
   * it leaves them fully paid — under principal-first allocation only while instalment `throughNo` + 1 is
   * not yet due (otherwise the payment goes to that one's principal first). The simulation never asks
   * otherwise.
   */
  toClearThrough(day: DayNumber, throughNo: number): Minor {
    const installments = this.installmentsOn(day);
    let sum = 0;
    for (let i = 0; i < Math.min(throughNo, installments.length); i++) sum += owed(installments[i] as InstallmentState);
    return Math.max(0, sum - this.state.credit);
  }

  /** Everything still owed on the account on `day`, including instalments not yet due. */
  toSettle(day: DayNumber): Minor {
    return this.toClearThrough(day, this.state.installments.length);
  }

  /** What the oldest instalment due and unpaid on `day` owes: a cure that rolls an account back one bucket. */
  oldestOwed(day: DayNumber): Minor {
    const date = fromDay(day);
    for (const inst of this.installmentsOn(day)) {
      if (inst.dueOn > date) break;
      const left = owed(inst);
      if (left > 0) return left;
    }
    return 0;
  }

  /** The scheduled amount of instalment `no`, as the customer's statement shows it. */
  scheduledAmount(no: number): Minor {
    const inst = this.state.installments.find((i) => i.no === no);
    return inst ? inst.due.principal + inst.due.interest + inst.due.fee : 0;
  }

  /** Days past due on `day`, computed from the engine's balance the way the cycle computes it. */
  dpdOn(day: DayNumber): number {
    const date: IsoDate = fromDay(day);
    this.advanceTo(day);
    return daysPastDue(summariseLedger(this.state, date).oldestUnpaidDueOn, date);
  }

  /** The engine's ledger state at the end of `day` (a copy), for tests and tuning. */
  stateOn(day: DayNumber): LedgerState {
    this.advanceTo(day);
    return cloneState(this.state);
  }

  /** Nothing owed on any instalment: paying anything more would only be held as credit. */
  settled(): boolean {
    return this.installmentsOn(this.processedThrough).every((inst) => owed(inst) === 0);
  }

  /**
   * Pays `amount` on `day`, after that day's penalty and fees, allocated as the cycle will allocate it.
   * Processed days are never reopened, so a payment may not fall before the last processed day — except
   * before the opening date, where nothing accrues: the cycle allocates such a payment on its own date to
   * the instalments not yet due, and so does this.
   */
  pay(day: DayNumber, amount: Minor): void {
    if (day < this.processedThrough && this.processedThrough >= this.openedDay) {
      throw new Error(`a payment on ${fromDay(day)} comes after ${fromDay(this.processedThrough)} was processed`);
    }
    this.advanceTo(day);
    this.paymentsMade++;
    this.pending = { id: this.paymentsMade, postedOn: fromDay(day), paidAt: '', amount };
  }
}
