/**
 * Facts of an ordinary account for tests: a white-collar borrower five days late on an instalment loan,
 * nobody else on the account, nothing recorded beyond the lateness. Tests override what they are about.
 */
import type { PlaybookFacts } from './playbook-facts.js';

export function playbookFacts(over: Partial<PlaybookFacts> = {}): PlaybookFacts {
  return {
    product: 'installment_loan',
    customer_type: 'white_collar',
    stage: 'early',
    bucket: 'M1',
    dpd: 5,
    max_dpd_12m: 5,
    days_since_payment: 40,
    pay_ratio_90: 0.6,
    rpc_30: 0,
    attempts_30: 2,
    days_without_rpc: 5,
    days_with_collector: 5,
    promises_kept: 0,
    promises_broken: 0,
    open_promises: 0,
    arrangements_breached: 0,
    open_arrangements: [],
    has_guarantor: false,
    has_co_borrower: false,
    has_collateral: false,
    collateral_types: [],
    collateral_cover: 0,
    cost_share: 0.05,
    third_parties: [],
    watch: [],
    deceased: false,
    last_excuse: null,
    last_outcome: null,
    recent_outcomes: [],
    notarized_instrument: null,
    insured: null,
    ...over,
  };
}
