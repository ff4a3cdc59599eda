/**
 * What the cycle knows about an account on a day beyond its ledger, computed from what the store already
 * holds (cached ageing and balances, payments, instalments, relations, the borrower, collateral, watch
 * events, activities, judged promises, closed arrangements and yesterday's features row). Pure: the cycle
 * loads, this computes, the cycle writes.
 */
import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import { SEGMENTS, type Segment } from '../party/party-codes.js';
import type { AccountFacts } from '../strategy/account-facts.js';
import { WATCH_EVENT_TYPES, type WatchEventType } from '../strategy/strategy-codes.js';
import { arrangementsBreached, type ContactCounts, promiseRecord, type StatusCount } from './contact-features.js';
import { formatPeaks, maxDpdOverYear, parsePeaks, recordDpd } from './dpd-peaks.js';

/** Days of the watch window: events older than this no longer steer a strategy. */
export const WATCH_WINDOW_DAYS = 90;

/**
 * Money received ÷ money that fell due over a window, 1 when nothing fell due (nothing was asked, so
 * nothing was missed). Capped at 1: a ratio answers "does the debtor pay what falls due?", and strategies
 * compare it with thresholds such as 0.8. Letting one catch-up payment of old arrears push it to 3 would make
 * a debtor who paid nothing for months and then cleared part of it look better than one who paid every
 * instalment on time, and would make a threshold above 1 meaningful for nobody.
 */
export function payRatio(paid: number, due: number): number {
  if (due <= 0) return 1;
  return Math.min(1, Math.max(0, paid / due));
}

export interface BorrowerParty {
  partyId: number;
  /** person | company */
  kind: string;
  segment: string | null;
  language: string | null;
  region: string | null;
  timeZone: string | null;
}

/**
 * The customer type strategies segment on: the segment the lender gave the borrower; when none, a company
 * is a company and anyone else `other`. A segment given explicitly wins, so a lender may treat a one-person
 * company as a small business.
 */
export function customerType(borrower: Pick<BorrowerParty, 'kind' | 'segment'> | null): Segment {
  if (borrower === null) return 'other';
  return knownSegment(borrower.segment) ?? (borrower.kind === 'company' ? 'company' : 'other');
}

/** The segment when it is one strategies know; undefined otherwise (none given, or a code we don't know). */
function knownSegment(segment: string | null | undefined): Segment | undefined {
  return SEGMENTS.find((s) => s === segment);
}

/**
 * Days without a right-party contact: since the last one; without any, since the account fell past due
 * (its DPD: nobody has reached the debtor since the debt became late); 0 for an account not past due.
 */
export function daysWithoutRpc(asOf: IsoDate, lastRpcOn: IsoDate | null, dpd: number): number {
  return daysSince(asOf, lastRpcOn) ?? Math.max(0, dpd);
}

/** Days since the last payment; null when the account never received one (up to as_of). */
export function daysSincePayment(asOf: IsoDate, lastPaymentOn: IsoDate | null): number | null {
  return daysSince(asOf, lastPaymentOn);
}

/**
 * Days from as_of to the limitation period's last day (0 on the day itself, negative once it has passed);
 * null when the account has no clock.
 */
export function limitationDaysLeft(asOf: IsoDate, expiresOn: IsoDate | null): number | null {
  return expiresOn === null ? null : daysBetween(expiresOn, asOf);
}

/** Days from `day` to as_of; null without a day, or for a day after as_of (it had not happened yet). */
function daysSince(asOf: IsoDate, day: IsoDate | null): number | null {
  return day === null || day > asOf ? null : daysBetween(asOf, day);
}

export interface WatchEvent {
  type: string;
  occurredOn: IsoDate;
}

export interface WatchSummary {
  /** The distinct known types seen in the window, sorted. */
  types: WatchEventType[];
  /** The latest event day in the window; null when there is none. */
  latest: IsoDate | null;
}

function isWatchType(type: string): type is WatchEventType {
  return (WATCH_EVENT_TYPES as readonly string[]).includes(type);
}

/** The watch events that count on `asOf`: dated in the 90 days ending on it (as_of included). */
export function watchSummary(events: readonly WatchEvent[], asOf: IsoDate): WatchSummary {
  const from = addDays(asOf, -(WATCH_WINDOW_DAYS - 1));
  const types = new Set<WatchEventType>();
  const days: IsoDate[] = [];
  for (const e of events) {
    if (e.occurredOn < from || e.occurredOn > asOf || !isWatchType(e.type)) continue;
    types.add(e.type);
    days.push(e.occurredOn);
  }
  return { types: [...types].sort(), latest: days.sort().at(-1) ?? null };
}

/** The account's own cached state, as the ledger pass left it for as_of. */
export interface AccountState {
  id: number;
  accountId: string;
  portfolio: string;
  product: string;
  currency: string;
  dpd: number;
  bucket: string;
  stage: string;
  outPrincipal: number;
  outInterest: number;
  outFee: number;
  outPenalty: number;
  outLateFee: number;
  pastDue: number;
}

/** Yesterday's (or the last run's) features row: what carries over from day to day. */
export interface PreviousFeatures {
  asOf: IsoDate;
  dpdPeaks: string;
  /** The bucket on that run's day, and the bucket before it. */
  bucket: string | null;
  previousBucket: string | null;
}

export interface FeatureInput {
  account: AccountState;
  /** Received (by value date) and fell due (principal + interest + fee) over the 30 / 90 days ending on as_of. */
  paid30: number;
  paid90: number;
  due30: number;
  due90: number;
  lastPaymentOn: IsoDate | null;
  borrower: BorrowerParty | null;
  hasGuarantor: boolean;
  hasCoBorrower: boolean;
  /** Collateral in the account's currency, minor units; `hasCollateral` also counts any other pledge. */
  collateralValue: number;
  hasCollateral: boolean;
  watch: readonly WatchEvent[];
  /** Right-party contacts and attempts, counted as contact-features says. */
  contacts: ContactCounts;
  /** Promises decided, and arrangements closed, in the 365 days ending on as_of, counted per status. */
  promisesDecided: readonly StatusCount[];
  arrangementsClosed: readonly StatusCount[];
  previous: PreviousFeatures | null;
  /** The limitation period's last day (src/legal/limitation-clocks.ts); null without a clock. */
  limitationExpiresOn: IsoDate | null;
}

/** An account_features row as the features step writes it (the strategy step owns tier, segment, version). */
export interface FeatureRow {
  account_id: number;
  as_of: IsoDate;
  bucket: string;
  last_payment_on: IsoDate | null;
  paid_30: number;
  paid_90: number;
  due_30: number;
  due_90: number;
  max_dpd_12m: number;
  dpd_peaks: string;
  rpc_30: number;
  attempts_30: number;
  last_rpc_on: IsoDate | null;
  promises_kept: number;
  promises_broken: number;
  arrangements_breached: number;
  collateral_value: number;
  has_collateral: 0 | 1;
  has_guarantor: 0 | 1;
  has_co_borrower: 0 | 1;
  borrower_party_id: number | null;
  customer_type: Segment;
  language: string | null;
  region: string | null;
  time_zone: string | null;
  watch: string;
  last_watch_on: IsoDate | null;
  previous_bucket: string | null;
  limitation_expires_on: IsoDate | null;
}

/**
 * The bucket before today: on the first run of a day it is the bucket the last run recorded; a rerun of
 * the same day keeps what the first run of that day found, so running a day twice writes the same row.
 */
export function previousBucket(previous: PreviousFeatures | null, asOf: IsoDate): string | null {
  if (previous === null) return null;
  if (previous.asOf >= asOf) return previous.previousBucket;
  return previous.bucket;
}

export function computeAccountFeatures(input: FeatureInput, asOf: IsoDate): { facts: AccountFacts; row: FeatureRow } {
  const a = input.account;
  const peaks = recordDpd(input.previous === null ? new Map() : parsePeaks(input.previous.dpdPeaks), asOf, a.dpd);
  const maxDpd = maxDpdOverYear(peaks, asOf);
  const watch = watchSummary(input.watch, asOf);
  const { rpc30, attempts30, lastRpcOn } = input.contacts;
  const promises = promiseRecord(input.promisesDecided);
  const breached = arrangementsBreached(input.arrangementsClosed);
  const type = customerType(input.borrower);
  const borrower = input.borrower;
  const facts: AccountFacts = {
    id: a.id,
    account_id: a.accountId,
    portfolio: a.portfolio,
    product: a.product,
    currency: a.currency,
    dpd: a.dpd,
    bucket: a.bucket,
    stage: a.stage,
    outstanding: a.outPrincipal + a.outInterest + a.outFee + a.outPenalty + a.outLateFee,
    past_due: a.pastDue,
    principal_outstanding: a.outPrincipal,
    days_since_payment: daysSincePayment(asOf, input.lastPaymentOn),
    pay_ratio_30: payRatio(input.paid30, input.due30),
    pay_ratio_90: payRatio(input.paid90, input.due90),
    max_dpd_12m: maxDpd,
    rpc_30: rpc30,
    attempts_30: attempts30,
    days_without_rpc: daysWithoutRpc(asOf, lastRpcOn, a.dpd),
    promises_kept: promises.kept,
    promises_broken: promises.broken,
    arrangements_breached: breached,
    has_collateral: input.hasCollateral,
    collateral_value: input.collateralValue,
    has_guarantor: input.hasGuarantor,
    has_co_borrower: input.hasCoBorrower,
    customer_type: type,
    language: borrower?.language ?? null,
    region: borrower?.region ?? null,
    watch: watch.types,
    days_since_watch: daysSince(asOf, watch.latest),
    limitation_days_left: limitationDaysLeft(asOf, input.limitationExpiresOn),
  };
  const row: FeatureRow = {
    account_id: a.id,
    as_of: asOf,
    bucket: a.bucket,
    last_payment_on: input.lastPaymentOn,
    paid_30: input.paid30,
    paid_90: input.paid90,
    due_30: input.due30,
    due_90: input.due90,
    max_dpd_12m: maxDpd,
    dpd_peaks: formatPeaks(peaks),
    rpc_30: rpc30,
    attempts_30: attempts30,
    last_rpc_on: lastRpcOn,
    promises_kept: promises.kept,
    promises_broken: promises.broken,
    arrangements_breached: breached,
    collateral_value: input.collateralValue,
    has_collateral: input.hasCollateral ? 1 : 0,
    has_guarantor: input.hasGuarantor ? 1 : 0,
    has_co_borrower: input.hasCoBorrower ? 1 : 0,
    borrower_party_id: borrower?.partyId ?? null,
    customer_type: type,
    language: borrower?.language ?? null,
    region: borrower?.region ?? null,
    time_zone: borrower?.timeZone ?? null,
    watch: watch.types.join(','),
    last_watch_on: watch.latest,
    previous_bucket: previousBucket(input.previous, asOf),
    limitation_expires_on: input.limitationExpiresOn,
  };
  return { facts, row };
}

/**
 * Facts rebuilt from a stored features row and the account's cached state, without recomputing anything
 * (the preview and the queue read them). Ratios come from the stored sums, so they equal the computed ones.
 */
export function factsFromStored(
  account: AccountState,
  row: Omit<FeatureRow, 'account_id' | 'bucket' | 'dpd_peaks' | 'previous_bucket' | 'time_zone'> | null,
  asOf: IsoDate,
): AccountFacts {
  const dpd = account.dpd;
  const watchTypes = row === null ? [] : row.watch.split(',').filter(isWatchType);
  return {
    id: account.id,
    account_id: account.accountId,
    portfolio: account.portfolio,
    product: account.product,
    currency: account.currency,
    dpd,
    bucket: account.bucket,
    stage: account.stage,
    outstanding: account.outPrincipal + account.outInterest + account.outFee + account.outPenalty + account.outLateFee,
    past_due: account.pastDue,
    principal_outstanding: account.outPrincipal,
    days_since_payment: daysSincePayment(asOf, row?.last_payment_on ?? null),
    pay_ratio_30: row === null ? 1 : payRatio(row.paid_30, row.due_30),
    pay_ratio_90: row === null ? 1 : payRatio(row.paid_90, row.due_90),
    max_dpd_12m: row === null ? dpd : Math.max(row.max_dpd_12m, 0),
    rpc_30: row?.rpc_30 ?? 0,
    attempts_30: row?.attempts_30 ?? 0,
    days_without_rpc: daysWithoutRpc(asOf, row?.last_rpc_on ?? null, dpd),
    promises_kept: row?.promises_kept ?? 0,
    promises_broken: row?.promises_broken ?? 0,
    arrangements_breached: row?.arrangements_breached ?? 0,
    has_collateral: row?.has_collateral === 1,
    collateral_value: row?.collateral_value ?? 0,
    has_guarantor: row?.has_guarantor === 1,
    has_co_borrower: row?.has_co_borrower === 1,
    customer_type: knownSegment(row?.customer_type) ?? 'other',
    language: row?.language ?? null,
    region: row?.region ?? null,
    watch: watchTypes,
    days_since_watch: daysSince(asOf, row?.last_watch_on ?? null),
    limitation_days_left: limitationDaysLeft(asOf, row?.limitation_expires_on ?? null),
  };
}
