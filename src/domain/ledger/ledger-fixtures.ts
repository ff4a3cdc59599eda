/** Factories with sensible defaults for ledger tests. */
import { rateOf } from '../money/rate.js';
import { zeroAmounts } from './amounts.js';
import type { AccountTerms, InstallmentState, LedgerState } from './ledger-types.js';

export function makeTerms(
  overrides: Partial<Omit<AccountTerms, 'annualRate' | 'penaltyUplift' | 'costCapRate'>> & {
    annualRate?: string;
    penaltyUplift?: string;
    costCapRate?: string | null;
  } = {},
): AccountTerms {
  const { annualRate = '0.18', penaltyUplift = '0.5', costCapRate = null, ...rest } = overrides;
  return {
    openedOn: '2026-01-01',
    principal: 300_000,
    lateFee: 5_000,
    graceDays: 3,
    allocation: 'standard',
    dayCount: 'act360',
    ...rest,
    annualRate: rateOf(annualRate),
    penaltyUplift: rateOf(penaltyUplift),
    costCapRate: costCapRate === null ? null : rateOf(costCapRate),
  };
}

export function makeInstallment(no: number, dueOn: string, principal: number, interest = 0, fee = 0): InstallmentState {
  return {
    no,
    dueOn,
    due: { principal, interest, fee, penalty: 0, late_fee: 0 },
    paid: zeroAmounts(),
    lateFeeDecided: false,
    accrued: 0,
    accruedFrom: null,
    cleared: zeroAmounts(),
    arrangementId: null,
    penaltyFree: false,
  };
}

export function makeState(installments: InstallmentState[]): LedgerState {
  return { installments, credit: 0, postedCosts: 0 };
}
