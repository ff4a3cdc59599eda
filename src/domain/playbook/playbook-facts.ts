/**
 * What the playbook knows about an account when it suggests recovery methods: the facts its method
 * conditions test. The use case (src/playbook/load-playbook-facts.ts) reads them from the stored account —
 * its ageing and balances, the cycle's features row, relations, collateral, watch events, promises,
 * arrangements and activities — and `suggestMethods` decides over them without I/O.
 *
 * Two kinds of missing value differ on purpose:
 * - a NULLABLE fact that is null is a definite state (no payment ever, no excuse recorded): a test on it
 *   is simply false, except `is_null: true`, `ne` and `not_in`;
 * - an UNRECORDED fact is one Dunwell does not store at all (whether the loan was notarized with an
 *   enforcement clause, whether the debtor is insured): its value is null, a test on it is *unknown*, and a
 *   method that would apply if it held is listed "to check" with what to look up, never as applying.
 */
import { COLLATERAL_TYPES, PRODUCTS } from '../account/account-codes.js';
import { EXCUSE_CATEGORIES, OUTCOMES } from '../activity/activity-codes.js';
import { STAGE_NAMES } from '../ageing/ageing.js';
import { ARRANGEMENT_TYPES } from '../arrangement/arrangement-codes.js';
import { SEGMENTS, THIRD_PARTY_ROLES } from '../party/party-codes.js';
import { WATCH_EVENT_TYPES } from '../strategy/strategy-codes.js';

/** The facts a condition may name, with their kind (which operators apply, how a value is read). */
export const PLAYBOOK_FACT_FIELDS = {
  product: 'string',
  customer_type: 'string',
  stage: 'string',
  bucket: 'string',
  dpd: 'number',
  max_dpd_12m: 'number',
  days_since_payment: 'number',
  pay_ratio_90: 'ratio',
  rpc_30: 'number',
  attempts_30: 'number',
  days_without_rpc: 'number',
  days_with_collector: 'number',
  promises_kept: 'number',
  promises_broken: 'number',
  open_promises: 'number',
  arrangements_breached: 'number',
  open_arrangements: 'list',
  has_guarantor: 'boolean',
  has_co_borrower: 'boolean',
  has_collateral: 'boolean',
  collateral_types: 'list',
  collateral_cover: 'ratio',
  cost_share: 'ratio',
  third_parties: 'list',
  watch: 'list',
  deceased: 'boolean',
  last_excuse: 'string',
  last_outcome: 'string',
  recent_outcomes: 'list',
  notarized_instrument: 'boolean',
  insured: 'boolean',
} as const satisfies Record<string, PlaybookFactKind>;

/** `ratio` is a share or a cover (0.25 = 25 %; a collateral cover may exceed 1); it prints as a percentage. */
export type PlaybookFactKind = 'number' | 'ratio' | 'string' | 'boolean' | 'list';
export type PlaybookFactName = keyof typeof PLAYBOOK_FACT_FIELDS;

/** Facts whose null is a definite state (see the top of this file). */
export const NULLABLE_FACTS: readonly PlaybookFactName[] = [
  'days_since_payment',
  'days_with_collector',
  'collateral_cover',
  'last_excuse',
  'last_outcome',
];

/**
 * Facts Dunwell does not record (yet), with what a collector should look up instead. A condition on one of
 * them can only make a method "to check".
 */
export const UNRECORDED_FACTS: Readonly<
  Partial<Record<PlaybookFactName, { readonly 'zh-CN': string; readonly en: string }>>
> = {
  notarized_instrument: {
    'zh-CN':
      '档案中没有该笔贷款办理赋予强制执行效力的债权文书公证的记录（账户导入字段 notarized_on）：请查阅贷款档案。',
    en: 'No notarization with an enforcement clause is on file for this loan (accounts import field notarized_on): check the loan file.',
  },
  insured: {
    'zh-CN': '档案中没有该笔债务是否有保险保障的记录（账户导入字段 insured）：请查阅贷款档案或询问借款人。',
    en: 'Whether insurance covers this debt is not on file (accounts import field insured): check the loan file or ask the debtor.',
  },
};

export function isUnrecorded(fact: PlaybookFactName): boolean {
  return Object.hasOwn(UNRECORDED_FACTS, fact);
}

/** Facts whose values come from a code list: a value outside it in a condition is a typo. */
export const FACT_CODE_LISTS: Readonly<Partial<Record<PlaybookFactName, readonly string[]>>> = {
  product: PRODUCTS,
  customer_type: SEGMENTS,
  stage: STAGE_NAMES,
  open_arrangements: ARRANGEMENT_TYPES,
  collateral_types: COLLATERAL_TYPES,
  third_parties: THIRD_PARTY_ROLES,
  watch: WATCH_EVENT_TYPES,
  last_excuse: EXCUSE_CATEGORIES,
  last_outcome: OUTCOMES,
  recent_outcomes: OUTCOMES,
};

/** The facts about one account, as conditions read them. */
export interface PlaybookFacts {
  product: string;
  customer_type: string;
  stage: string;
  bucket: string;
  dpd: number;
  max_dpd_12m: number;
  /** null: the account never received a payment. */
  days_since_payment: number | null;
  /** Money received over 90 days ÷ money that fell due over them, capped at 1. */
  pay_ratio_90: number;
  rpc_30: number;
  attempts_30: number;
  days_without_rpc: number;
  /** Days since the current collector got the account; null while nobody has it. */
  days_with_collector: number | null;
  promises_kept: number;
  promises_broken: number;
  /** Promises still pending. */
  open_promises: number;
  arrangements_breached: number;
  /** Types of the arrangements proposed, approved or active on the account. */
  open_arrangements: readonly string[];
  has_guarantor: boolean;
  has_co_borrower: boolean;
  has_collateral: boolean;
  collateral_types: readonly string[];
  /** Collateral value ÷ outstanding; null when nothing is owed. */
  collateral_cover: number | null;
  /** The part of the outstanding that is interest, fees, penalty and late fees (0–1). */
  cost_share: number;
  /** Roles of the third parties on record (spouse, relative, employer…): people never told the debt. */
  third_parties: readonly string[];
  /** Every watch-event type on record for the account up to the day (not only the strategy's 90 days). */
  watch: readonly string[];
  /** A death was reported: a `death` watch event or an activity with outcome `deceased`. */
  deceased: boolean;
  /** The excuse of the latest activity that recorded one; null when none did. */
  last_excuse: string | null;
  /** The outcome of the latest activity; null when there is none. */
  last_outcome: string | null;
  /** The distinct outcomes of the activities of the 30 days ending on the day. */
  recent_outcomes: readonly string[];
  /** Not recorded by Dunwell: null (see UNRECORDED_FACTS). */
  notarized_instrument: boolean | null;
  insured: boolean | null;
}
