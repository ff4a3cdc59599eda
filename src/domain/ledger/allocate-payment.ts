/**
 * Splits money over instalments. Two methods, for instalments already due:
 * - standard: oldest first; within each, penalty → late fee → fee → interest → principal.
 * - principal_first (先本后息): across all due instalments, oldest first, all principal, then all interest,
 *   then all fees, then all penalty, then all late fees.
 * Whatever is left pays instalments not yet due one at a time, oldest first, each in the method's
 * component order (principal_first: principal, interest, fee, penalty, late fee). Never across them: a
 * customer who pays ahead must find the next instalment whole on its due date, or its unpaid interest
 * would make it late and earn a late fee although the money was there. The rest is returned as unapplied.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import { type Amounts, type Component, zeroAmounts } from './amounts.js';
import type { AllocationMethod, InstallmentState } from './ledger-types.js';

const STANDARD_ORDER: readonly Component[] = ['penalty', 'late_fee', 'fee', 'interest', 'principal'];
const PRINCIPAL_FIRST_ORDER: readonly Component[] = ['principal', 'interest', 'fee', 'penalty', 'late_fee'];

export interface AllocationLine {
  installmentNo: number;
  amounts: Amounts;
}

export interface AllocationResult {
  lines: AllocationLine[];
  unapplied: Minor;
}

export interface AllocateOptions {
  amount: Minor;
  installments: readonly InstallmentState[];
  /** Instalments due on or before this date count as due. */
  asOf: IsoDate;
  method: AllocationMethod;
  /** false: only instalments already due are paid (how held credit is used). */
  includeNotYetDue?: boolean;
}

/** Pure: returns the split without touching the instalments. */
export function allocatePayment(options: AllocateOptions): AllocationResult {
  const { installments, asOf, method } = options;
  let left = options.amount;
  const byNo = new Map<number, AllocationLine>();
  const owedAfter = new Map<InstallmentState, Amounts>();
  const owed = (inst: InstallmentState, c: Component) => {
    const already = owedAfter.get(inst)?.[c] ?? 0;
    return inst.due[c] - inst.paid[c] - inst.cleared[c] - already;
  };
  const pay = (inst: InstallmentState, c: Component) => {
    if (left <= 0) return;
    const take = Math.min(left, owed(inst, c));
    if (take <= 0) return;
    left -= take;
    let line = byNo.get(inst.no);
    if (!line) {
      line = { installmentNo: inst.no, amounts: zeroAmounts() };
      byNo.set(inst.no, line);
    }
    line.amounts[c] += take;
    let taken = owedAfter.get(inst);
    if (!taken) {
      taken = zeroAmounts();
      owedAfter.set(inst, taken);
    }
    taken[c] += take;
  };
  const order = method === 'standard' ? STANDARD_ORDER : PRINCIPAL_FIRST_ORDER;
  const due = installments.filter((i) => i.dueOn <= asOf);
  if (method === 'standard') {
    for (const inst of due) for (const c of order) pay(inst, c);
  } else {
    for (const c of order) for (const inst of due) pay(inst, c);
  }
  if (options.includeNotYetDue !== false) {
    for (const inst of installments) if (inst.dueOn > asOf) for (const c of order) pay(inst, c);
  }
  const lines = installments.flatMap((i) => {
    const line = byNo.get(i.no);
    return line ? [line] : [];
  });
  return { lines, unapplied: left };
}
