/**
 * The entries that take a ledger from one state to another on one day, without touching the days already
 * closed: a `payment` entry for money that arrived late, `correction` entries for what changes in what was
 * charged (penalty interest, late fees) and `reallocation` entries for what changes in what was allocated.
 * Open accruals are not entries; the caller takes them from the target state.
 *
 * Used to value-date: the target is the ledger as it would be had a late payment (or instalment) arrived on
 * time, so after these entries the balances are exactly the on-time balances, and every later day runs as
 * if nothing had been late.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { type Amounts, COMPONENTS, totalOf, zeroAmounts } from './amounts.js';
import type { LedgerState, PaymentToPost, Posting } from './ledger-types.js';

export interface CorrectLedgerOptions {
  from: LedgerState;
  to: LedgerState;
  /** The day the corrections are posted on: the day the cycle processes them. */
  on: IsoDate;
  /** The late payment that explains the difference (its money is received here), if any. */
  payment: PaymentToPost | null;
}

export function correctLedger(options: CorrectLedgerOptions): Posting[] {
  const { from, to, on, payment } = options;
  const postings: Posting[] = [];
  const paymentId = payment?.id ?? null;
  if (payment) {
    postings.push({
      kind: 'payment',
      postedOn: on,
      installmentNo: null,
      paymentId,
      amounts: zeroAmounts(),
      credit: payment.amount,
      period: null,
    });
  }
  const before = new Map(from.installments.map((i) => [i.no, i]));
  for (const after of to.installments) {
    const was = before.get(after.no);
    const charged = zeroAmounts();
    const reallocated = zeroAmounts();
    for (const c of COMPONENTS) {
      // What an arrangement cleared counts as less charged: the entries still add up to what is owed.
      charged[c] = after.due[c] - after.cleared[c] - ((was?.due[c] ?? 0) - (was?.cleared[c] ?? 0));
      reallocated[c] = (was?.paid[c] ?? 0) - after.paid[c];
    }
    if (nonZero(charged)) {
      postings.push({
        kind: 'correction',
        postedOn: on,
        installmentNo: after.no,
        paymentId,
        amounts: charged,
        credit: 0,
        period: null,
      });
    }
    if (nonZero(reallocated)) {
      postings.push({
        kind: 'reallocation',
        postedOn: on,
        installmentNo: after.no,
        paymentId,
        amounts: reallocated,
        credit: totalOf(reallocated),
        period: null,
      });
    }
  }
  return postings;
}

function nonZero(a: Amounts): boolean {
  for (const c of COMPONENTS) if (a[c] !== 0) return true;
  return false;
}
