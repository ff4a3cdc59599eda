/**
 * Reads balances off a ledger state: what is outstanding, what is past due on a date, the oldest unpaid
 * due date (which drives DPD), and the account's status.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import { owedOn } from './advance-ledger.js';
import { type Amounts, addInto, totalOf, zeroAmounts } from './amounts.js';
import type { LedgerState } from './ledger-types.js';

/** `settled`: a settlement's agreed amount was paid and the rest waived; `paid_off`: everything was paid. */
export type AccountStatus = 'active' | 'paid_off' | 'settled';

export interface LedgerSummary {
  outstanding: Amounts;
  /** Owed on instalments whose due date is before `asOf`. */
  pastDue: Amounts;
  oldestUnpaidDueOn: IsoDate | null;
  credit: Minor;
  status: AccountStatus;
}

/**
 * `others`: what the instalments left out of `state` still owe, when the caller gave the engine only the
 * instalments it could touch (the cycle does for accounts without payments, credit or a cost cap). They
 * are all either fully paid or not yet due, so they add to what is outstanding and to nothing else.
 */
export function summariseLedger(state: LedgerState, asOf: IsoDate, others?: Amounts): LedgerSummary {
  const outstanding = others ? addInto(zeroAmounts(), others) : zeroAmounts();
  const pastDue = zeroAmounts();
  let oldest: IsoDate | null = null;
  for (const inst of state.installments) {
    const owed = owedOn(inst);
    addInto(outstanding, owed);
    if (totalOf(owed) <= 0) continue;
    if (inst.dueOn < asOf) addInto(pastDue, owed);
    if (oldest === null || inst.dueOn < oldest) oldest = inst.dueOn;
  }
  const hasInstallments = state.installments.length > 0 || others !== undefined;
  const cleared = hasInstallments && totalOf(outstanding) === 0;
  const status: AccountStatus = state.settled ? 'settled' : cleared ? 'paid_off' : 'active';
  return { outstanding, pastDue, oldestUnpaidDueOn: oldest, credit: state.credit, status };
}
