/**
 * What a strategy can know about an account on a day: the facts its conditions test. The cycle computes
 * them (ledger, ageing, payments, relations, collateral, parties, watch events, later activities and
 * promises) and the compiled strategy reads them; `FACT_FIELDS` is the one list of names and kinds that
 * the strategy schema validates conditions against.
 *
 * Money facts are integer minor units in the account's currency; a strategy writes money thresholds in
 * major units of its own currency and the compiler converts them once.
 */
import type { Segment } from '../party/party-codes.js';
import type { Grade, Tier, WatchEventType } from './strategy-codes.js';

export interface AccountFacts {
  /** Internal numeric account id (the shard key) and the lender's account id. */
  id: number;
  account_id: string;
  portfolio: string;
  product: string;
  currency: string;
  dpd: number;
  bucket: string;
  stage: string;
  /** Totals in minor units: everything owed, the part past due, the principal owed. */
  outstanding: number;
  past_due: number;
  principal_outstanding: number;
  /** Days since the last payment; null when the account never received one. */
  days_since_payment: number | null;
  /** Money received over the window ÷ money that fell due over it (1 when nothing fell due). */
  pay_ratio_30: number;
  pay_ratio_90: number;
  max_dpd_12m: number;
  /** Right-party contacts and contact attempts over 30 days (from activities; 0 until they exist). */
  rpc_30: number;
  attempts_30: number;
  /** Days without a right-party contact: since the last one, or since the account fell past due. */
  days_without_rpc: number;
  promises_kept: number;
  promises_broken: number;
  arrangements_breached: number;
  has_collateral: boolean;
  collateral_value: number;
  has_guarantor: boolean;
  has_co_borrower: boolean;
  customer_type: Segment;
  language: string | null;
  region: string | null;
  /** Watch-event types seen over the watch window (90 days), and days since the latest one. */
  watch: readonly WatchEventType[];
  days_since_watch: number | null;
  /**
   * Days left until the limitation period runs out (0 on its last day, negative once the debt is
   * time-barred); null when the account has no clock. A strategy routes accounts to legal review with it.
   */
  limitation_days_left: number | null;
  /** Filled by the strategy itself (grading, then tiering) before segments are evaluated. */
  grade?: Grade;
  tier?: Tier;
}

export type FactKind = 'number' | 'money' | 'ratio' | 'string' | 'boolean' | 'list';

/** Every fact a condition may name, with its kind (which operators apply, how a value is read). */
export const FACT_FIELDS = {
  account_id: 'string',
  portfolio: 'string',
  product: 'string',
  currency: 'string',
  dpd: 'number',
  bucket: 'string',
  stage: 'string',
  outstanding: 'money',
  past_due: 'money',
  principal_outstanding: 'money',
  days_since_payment: 'number',
  pay_ratio_30: 'ratio',
  pay_ratio_90: 'ratio',
  max_dpd_12m: 'number',
  rpc_30: 'number',
  attempts_30: 'number',
  days_without_rpc: 'number',
  promises_kept: 'number',
  promises_broken: 'number',
  arrangements_breached: 'number',
  has_collateral: 'boolean',
  collateral_value: 'money',
  has_guarantor: 'boolean',
  has_co_borrower: 'boolean',
  customer_type: 'string',
  language: 'string',
  region: 'string',
  watch: 'list',
  days_since_watch: 'number',
  limitation_days_left: 'number',
  grade: 'string',
  tier: 'string',
} as const satisfies Record<string, FactKind>;
export type FactName = keyof typeof FACT_FIELDS;
