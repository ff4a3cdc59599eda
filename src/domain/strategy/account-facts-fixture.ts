/**
 * A realistic account's facts for tests and benchmarks: an M2 consumer loan in CNY, 38 days past due,
 * with a guarantor; override what a case is about.
 */
import type { AccountFacts } from './account-facts.js';

export function factsFor(overrides: Partial<AccountFacts> = {}): AccountFacts {
  return {
    id: 1,
    account_id: 'L-0001',
    portfolio: 'consumer-loans',
    product: 'installment_loan',
    currency: 'CNY',
    dpd: 38,
    bucket: 'M2',
    stage: 'mid',
    outstanding: 2_450_000,
    past_due: 612_000,
    principal_outstanding: 2_200_000,
    days_since_payment: 52,
    pay_ratio_30: 0,
    pay_ratio_90: 0.4,
    max_dpd_12m: 38,
    rpc_30: 1,
    attempts_30: 9,
    days_without_rpc: 9,
    promises_kept: 0,
    promises_broken: 1,
    arrangements_breached: 0,
    has_collateral: false,
    collateral_value: 0,
    has_guarantor: true,
    has_co_borrower: false,
    customer_type: 'white_collar',
    language: 'zh-CN',
    region: 'Shanghai',
    watch: [],
    days_since_watch: null,
    limitation_days_left: null,
    ...overrides,
  };
}
