/**
 * The ledger entry that books an instalment's scheduled principal, interest and fee. The schedule import
 * books every new instalment through it, so charges are made by the same module as every other posting.
 */
import type { IsoDate } from '../calendar/calendar.js';
import type { Posting } from './ledger-types.js';
import type { ScheduledInstallment } from './replay-ledger.js';

/** Null when the instalment charges nothing (a zero row still exists as a due date). */
export function chargeInstallment(inst: ScheduledInstallment, on: IsoDate): Posting | null {
  if (inst.principal + inst.interest + inst.fee === 0) return null;
  return {
    kind: 'charge',
    postedOn: on,
    installmentNo: inst.no,
    paymentId: null,
    amounts: { principal: inst.principal, interest: inst.interest, fee: inst.fee, penalty: 0, late_fee: 0 },
    credit: 0,
    period: null,
  };
}
