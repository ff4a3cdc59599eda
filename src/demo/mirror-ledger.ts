/**
 * A customer's-eye copy of one account's balance, used only by the demo to decide how much a synthetic
 * customer pays: "everything I owe today", "this month's instalment", "the whole loan". It follows the
 * ledger rules of issue 2 (daily penalty interest on unpaid principal, a late fee after the grace days,
 * standard or principal-first allocation) closely enough that a customer who pays what it says is fully
 * current after the real cycle runs.
 *
 * It deliberately leaves out the cost cap: without it the copy can only think more is owed than the real
 * ledger does, so a customer who pays "everything" may overpay by a little (kept as credit or applied to
 * the next instalment) but never leaves a stray cent that would make the account look delinquent.
 * This is not the ledger; the cycle owns the real one.
 */
import type { DayNumber } from '../domain/calendar/calendar.js';
import type { Minor } from '../domain/money/money.js';
import { applyRates, onePlus, type Rate } from '../domain/money/rate.js';

export interface MirrorTerms {
  annualRate: Rate;
  penaltyUplift: Rate;
  basis: 360n | 365n;
  lateFee: Minor;
  graceDays: number;
  allocation: 'standard' | 'principal_first';
}

export interface MirrorInstallment {
  dueDay: DayNumber;
  principal: Minor;
  interest: Minor;
  fee: Minor;
}

interface Owed {
  dueDay: DayNumber;
  principal: Minor;
  interest: Minor;
  fee: Minor;
  penalty: Minor;
  lateFee: Minor;
  lateFeeDecided: boolean;
}

type Component = 'principal' | 'interest' | 'fee' | 'penalty' | 'lateFee';

const STANDARD_ORDER: readonly Component[] = ['penalty', 'lateFee', 'fee', 'interest', 'principal'];
const PRINCIPAL_FIRST_ORDER: readonly Component[] = ['principal', 'interest', 'fee', 'penalty', 'lateFee'];

function total(o: Owed): Minor {
  return o.principal + o.interest + o.fee + o.penalty + o.lateFee;
}

export class MirrorLedger {
  private readonly owed: Owed[];
  private readonly penaltyFactors: readonly Rate[];
  /** Every day up to and including this one has had its penalty and late fees posted. */
  private processedThrough: DayNumber;
  credit: Minor = 0;

  constructor(
    private readonly terms: MirrorTerms,
    installments: readonly MirrorInstallment[],
  ) {
    this.owed = installments.map((i) => ({
      dueDay: i.dueDay,
      principal: i.principal,
      interest: i.interest,
      fee: i.fee,
      penalty: 0,
      lateFee: 0,
      lateFeeDecided: false,
    }));
    this.penaltyFactors = [terms.annualRate, onePlus(terms.penaltyUplift)];
    // Due dates ascend (the schedule is sorted by instalment number and date).
    this.processedThrough = (installments[0]?.dueDay ?? 0) - 1;
  }

  /**
   * Posts penalty interest and late fees for every day after the last one processed, up to `day`.
   * Between two payments an instalment's unpaid principal is constant, so its penalty over n days is
   * n times one day's rounded penalty — exactly what posting day by day gives.
   */
  private advanceTo(day: DayNumber): void {
    if (day <= this.processedThrough) return;
    const from = this.processedThrough;
    for (const o of this.owed) {
      if (o.principal > 0 && day > o.dueDay) {
        const days = day - Math.max(from, o.dueDay);
        if (days > 0) o.penalty += days * applyRates(o.principal, this.penaltyFactors, this.terms.basis);
      }
      const lateFeeDay = o.dueDay + this.terms.graceDays + 1;
      if (!o.lateFeeDecided && lateFeeDay > from && lateFeeDay <= day) {
        // The state now is the state at the end of lateFeeDay − 1: no payment fell in between.
        o.lateFeeDecided = true;
        if (total(o) > 0) o.lateFee += this.terms.lateFee;
      }
    }
    this.processedThrough = day;
  }

  /** What is owed on `day` (after that day's penalty and fees) for instalments due on or before it. */
  pastDueOn(day: DayNumber): Minor {
    this.advanceTo(day);
    let sum = 0;
    for (const o of this.owed) if (o.dueDay <= day) sum += total(o);
    return sum;
  }

  /**
   * What instalments 1…`throughNo` (1-based) still owe on `day`, due or not: paid that day, it leaves them
   * fully paid — under principal-first allocation only while instalment `throughNo` + 1 is not yet due
   * (otherwise the payment would go to that one's principal first). The simulation never asks otherwise.
   */
  toClearThrough(day: DayNumber, throughNo: number): Minor {
    this.advanceTo(day);
    let sum = 0;
    const end = Math.min(throughNo, this.owed.length);
    for (let i = 0; i < end; i++) sum += total(this.owed[i] as Owed);
    return Math.max(0, sum - this.credit);
  }

  /** Everything still owed on the account on `day`, including instalments not yet due. */
  toSettle(day: DayNumber): Minor {
    return this.toClearThrough(day, this.owed.length);
  }

  /** The scheduled amount of instalment `no` (1-based), as the customer's statement shows it. */
  scheduledAmount(no: number): Minor {
    const o = this.owed[no - 1];
    return o ? o.principal + o.interest + o.fee : 0;
  }

  /** Due date of the oldest instalment with anything unpaid, or undefined when all is paid. */
  oldestUnpaidDueDay(): DayNumber | undefined {
    return this.owed.find((o) => total(o) > 0)?.dueDay;
  }

  /** Days past due on `day` as the ledger rules define it. */
  dpdOn(day: DayNumber): number {
    this.advanceTo(day);
    const oldest = this.oldestUnpaidDueDay();
    return oldest !== undefined && oldest < day ? day - oldest : 0;
  }

  settled(): boolean {
    return this.owed.every((o) => total(o) === 0);
  }

  /** Applies a payment received on `day`, after that day's penalty and late fees. */
  pay(day: DayNumber, amount: Minor): void {
    this.advanceTo(day);
    let left = amount;
    const owed = this.owed;
    // Instalments are in due-date order: [0, firstNotDue) are due on `day`, the rest are not yet due.
    let firstNotDue = 0;
    while (firstNotDue < owed.length && (owed[firstNotDue] as Owed).dueDay <= day) firstNotDue++;
    const take = (o: Owed, c: Component) => {
      if (left === 0 || o[c] === 0) return;
      const part = Math.min(left, o[c]);
      o[c] -= part;
      left -= part;
    };
    if (this.terms.allocation === 'principal_first') {
      // Across each group (due, then not yet due), oldest first: all principal, then all interest, …
      for (const c of PRINCIPAL_FIRST_ORDER) for (let i = 0; i < firstNotDue && left > 0; i++) take(owed[i] as Owed, c);
      for (const c of PRINCIPAL_FIRST_ORDER) {
        for (let i = firstNotDue; i < owed.length && left > 0; i++) take(owed[i] as Owed, c);
      }
    } else {
      for (let i = 0; i < owed.length && left > 0; i++) for (const c of STANDARD_ORDER) take(owed[i] as Owed, c);
    }
    this.credit += left;
  }
}
