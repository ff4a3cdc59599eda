import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../party/party-codes.js';
import {
  type AccountState,
  computeAccountFeatures,
  customerType,
  daysSincePayment,
  daysWithoutRpc,
  type FeatureInput,
  factsFromStored,
  payRatio,
  previousBucket,
  watchSummary,
} from './account-features.js';
import { NO_CONTACTS } from './contact-features.js';

const state: AccountState = {
  id: 7,
  accountId: 'A-7',
  portfolio: 'consumer',
  product: 'installment_loan',
  currency: 'CNY',
  dpd: 33,
  bucket: 'M2',
  stage: 'mid',
  outPrincipal: 200_000,
  outInterest: 9_000,
  outFee: 1_000,
  outPenalty: 450,
  outLateFee: 5_000,
  pastDue: 110_450,
};

const input: FeatureInput = {
  account: state,
  paid30: 0,
  paid90: 50_000,
  due30: 104_500,
  due90: 209_000,
  lastPaymentOn: '2026-09-15',
  borrower: {
    partyId: 3,
    kind: 'person',
    segment: 'white_collar',
    language: 'zh-CN',
    region: '上海',
    timeZone: 'Asia/Shanghai',
  },
  hasGuarantor: true,
  hasCoBorrower: false,
  collateralValue: 9_000_000,
  hasCollateral: true,
  watch: [
    { type: 'phone_change', occurredOn: '2026-11-01' },
    { type: 'address_change', occurredOn: '2026-10-20' },
    { type: 'phone_change', occurredOn: '2026-09-01' },
    // 90 days before 2026-11-29 is outside the window (2026-09-01 is the first day inside).
    { type: 'death', occurredOn: '2026-08-31' },
  ],
  previous: {
    asOf: '2026-11-28',
    dpdPeaks: '2026-06:61,2026-11:32',
    bucket: 'M2',
    previousBucket: 'M1',
  },
  contacts: NO_CONTACTS,
  promisesDecided: [],
  arrangementsClosed: [],
  limitationExpiresOn: '2027-03-01',
};

describe('pay ratio', () => {
  it('is received ÷ fell due, 1 when nothing fell due, capped at 1', () => {
    expect(payRatio(0, 0)).toBe(1);
    expect(payRatio(500, 0)).toBe(1);
    expect(payRatio(0, 1000)).toBe(0);
    expect(payRatio(250, 1000)).toBe(0.25);
    expect(payRatio(3000, 1000)).toBe(1);
    expect(payRatio(1000, 1000)).toBe(1);
  });

  it('is 0, never negative, when reversals exceed what was received', () => {
    expect(payRatio(-500, 1000)).toBe(0);
  });

  it('stays within 0..1 and grows with what was paid', () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.nat(10 ** 12), fc.nat(10 ** 6), (paid, due, more) => {
        const r = payRatio(paid, due);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(payRatio(paid + more, due)).toBeGreaterThanOrEqual(r);
      }),
    );
  });
});

describe('customer type', () => {
  it('is the borrower segment; a company without one is a company; anyone else other', () => {
    expect(customerType({ kind: 'person', segment: 'retiree' })).toBe('retiree');
    expect(customerType({ kind: 'company', segment: null })).toBe('company');
    expect(customerType({ kind: 'company', segment: 'small_business' })).toBe('small_business');
    expect(customerType({ kind: 'person', segment: null })).toBe('other');
    expect(customerType({ kind: 'person', segment: 'astronaut' })).toBe('other');
    expect(customerType(null)).toBe('other');
  });
});

describe('days', () => {
  it('without a right-party contact: since the last one, else since falling past due, else 0', () => {
    expect(daysWithoutRpc('2026-11-29', '2026-11-20', 33)).toBe(9);
    expect(daysWithoutRpc('2026-11-29', null, 33)).toBe(33);
    expect(daysWithoutRpc('2026-11-29', null, 0)).toBe(0);
    // Reached today: 0 days without contact, whatever the DPD.
    expect(daysWithoutRpc('2026-11-29', '2026-11-29', 33)).toBe(0);
    // A contact dated after as_of (a replayed day) had not happened yet: counted from falling past due.
    expect(daysWithoutRpc('2026-11-29', '2026-11-30', 33)).toBe(33);
  });

  it('since the last payment, null when there was none', () => {
    expect(daysSincePayment('2026-11-29', '2026-11-28')).toBe(1);
    expect(daysSincePayment('2026-11-29', '2026-11-29')).toBe(0);
    expect(daysSincePayment('2026-11-29', null)).toBeNull();
    // A payment dated after as_of (a replayed day) had not been received yet.
    expect(daysSincePayment('2026-11-29', '2026-11-30')).toBeNull();
  });
});

describe('watch list', () => {
  it('is the distinct known types of the 90 days ending on as_of, sorted, with the latest day', () => {
    expect(watchSummary(input.watch, '2026-11-29')).toEqual({
      types: ['address_change', 'phone_change'],
      latest: '2026-11-01',
    });
    // An event after as_of (a replayed day) does not count yet; an unknown type never does.
    expect(
      watchSummary(
        [
          { type: 'death', occurredOn: '2026-11-30' },
          { type: 'bankrupt', occurredOn: '2026-11-29' },
        ],
        '2026-11-29',
      ),
    ).toEqual({ types: [], latest: null });
  });

  it('counts an event on the window’s first day and one on as_of itself', () => {
    expect(watchSummary([{ type: 'death', occurredOn: '2026-09-01' }], '2026-11-29')).toEqual({
      types: ['death'],
      latest: '2026-09-01',
    });
    expect(watchSummary([{ type: 'death', occurredOn: '2026-11-29' }], '2026-11-29')).toEqual({
      types: ['death'],
      latest: '2026-11-29',
    });
  });

  it('reports the latest day whatever order the events arrive in', () => {
    const events = [
      { type: 'address_change', occurredOn: '2026-10-02' },
      { type: 'phone_change', occurredOn: '2026-11-20' },
      { type: 'address_change', occurredOn: '2026-10-15' },
    ];
    expect(watchSummary(events, '2026-11-29').latest).toBe('2026-11-20');
    expect(watchSummary([...events].reverse(), '2026-11-29').latest).toBe('2026-11-20');
  });
});

describe('previous bucket', () => {
  it('is the last run’s bucket on a new day, and what that day’s first run found on a rerun', () => {
    const prev = { asOf: '2026-11-28', dpdPeaks: '', bucket: 'M1', previousBucket: 'current' };
    expect(previousBucket(prev, '2026-11-29')).toBe('M1');
    expect(previousBucket({ ...prev, asOf: '2026-11-29' }, '2026-11-29')).toBe('current');
    expect(previousBucket(null, '2026-11-29')).toBeNull();
  });
});

describe('computeAccountFeatures', () => {
  it('builds the facts and the row of a delinquent, secured, guaranteed account', () => {
    const { facts, row } = computeAccountFeatures(input, '2026-11-29');
    expect(facts).toEqual({
      id: 7,
      account_id: 'A-7',
      portfolio: 'consumer',
      product: 'installment_loan',
      currency: 'CNY',
      dpd: 33,
      bucket: 'M2',
      stage: 'mid',
      outstanding: 215_450,
      past_due: 110_450,
      principal_outstanding: 200_000,
      days_since_payment: 75,
      pay_ratio_30: 0,
      pay_ratio_90: 50_000 / 209_000,
      max_dpd_12m: 61,
      rpc_30: 0,
      attempts_30: 0,
      days_without_rpc: 33,
      promises_kept: 0,
      promises_broken: 0,
      arrangements_breached: 0,
      has_collateral: true,
      collateral_value: 9_000_000,
      has_guarantor: true,
      has_co_borrower: false,
      customer_type: 'white_collar',
      language: 'zh-CN',
      region: '上海',
      watch: ['address_change', 'phone_change'],
      days_since_watch: 28,
      limitation_days_left: 92,
    });
    expect(row).toMatchObject({
      account_id: 7,
      as_of: '2026-11-29',
      bucket: 'M2',
      previous_bucket: 'M2',
      dpd_peaks: '2026-06:61,2026-11:33',
      watch: 'address_change,phone_change',
      last_watch_on: '2026-11-01',
      has_collateral: 1,
      has_guarantor: 1,
      has_co_borrower: 0,
      borrower_party_id: 3,
      time_zone: 'Asia/Shanghai',
      limitation_expires_on: '2027-03-01',
    });
  });

  it('stored facts read back equal the computed ones', () => {
    const { facts, row } = computeAccountFeatures(input, '2026-11-29');
    expect(factsFromStored(state, row, '2026-11-29')).toEqual(facts);
  });

  it('an account with no history, borrower or features row gets neutral facts', () => {
    const bare: FeatureInput = {
      ...input,
      account: { ...state, dpd: 0, bucket: 'current', stage: 'current' },
      paid30: 0,
      paid90: 0,
      due30: 0,
      due90: 0,
      lastPaymentOn: null,
      borrower: null,
      hasGuarantor: false,
      hasCollateral: false,
      collateralValue: 0,
      watch: [],
      previous: null,
      limitationExpiresOn: null,
    };
    const { facts, row } = computeAccountFeatures(bare, '2026-11-29');
    expect(facts).toMatchObject({
      pay_ratio_30: 1,
      pay_ratio_90: 1,
      days_since_payment: null,
      max_dpd_12m: 0,
      days_without_rpc: 0,
      customer_type: 'other',
      language: null,
      watch: [],
      days_since_watch: null,
      limitation_days_left: null,
    });
    expect(row).toMatchObject({
      previous_bucket: null,
      dpd_peaks: '2026-11:0',
      borrower_party_id: null,
      limitation_expires_on: null,
    });
  });

  it('counts contacts, attempts, promise verdicts and breached arrangements into the facts and the row', () => {
    const worked: FeatureInput = {
      ...input,
      contacts: { rpc30: 1, attempts30: 6, lastRpcOn: '2026-11-20' },
      promisesDecided: [
        { status: 'kept', count: 2 },
        { status: 'partly_kept', count: 1 },
        { status: 'broken', count: 3 },
      ],
      arrangementsClosed: [
        { status: 'breached', count: 1 },
        { status: 'completed', count: 1 },
      ],
    };
    const { facts, row } = computeAccountFeatures(worked, '2026-11-29');
    expect(facts).toMatchObject({
      rpc_30: 1,
      attempts_30: 6,
      days_without_rpc: 9,
      promises_kept: 2,
      promises_broken: 3,
      arrangements_breached: 1,
    });
    expect(row).toMatchObject({
      rpc_30: 1,
      attempts_30: 6,
      last_rpc_on: '2026-11-20',
      promises_kept: 2,
      promises_broken: 3,
      arrangements_breached: 1,
    });
    expect(factsFromStored(state, row, '2026-11-29')).toEqual(facts);
  });
});

describe('facts from a stored row', () => {
  it('an account without a features row yet reads neutral facts (its DPD stands for the 12-month max)', () => {
    expect(factsFromStored(state, null, '2026-11-29')).toEqual({
      id: 7,
      account_id: 'A-7',
      portfolio: 'consumer',
      product: 'installment_loan',
      currency: 'CNY',
      dpd: 33,
      bucket: 'M2',
      stage: 'mid',
      outstanding: 215_450,
      past_due: 110_450,
      principal_outstanding: 200_000,
      days_since_payment: null,
      pay_ratio_30: 1,
      pay_ratio_90: 1,
      max_dpd_12m: 33,
      rpc_30: 0,
      attempts_30: 0,
      days_without_rpc: 33,
      promises_kept: 0,
      promises_broken: 0,
      arrangements_breached: 0,
      has_collateral: false,
      collateral_value: 0,
      has_guarantor: false,
      has_co_borrower: false,
      customer_type: 'other',
      language: null,
      region: null,
      watch: [],
      days_since_watch: null,
      limitation_days_left: null,
    });
  });

  it('reads the stored counts and flags as they are, without recomputing them', () => {
    const { row } = computeAccountFeatures(input, '2026-11-29');
    const stored = {
      ...row,
      rpc_30: 4,
      attempts_30: 11,
      last_rpc_on: '2026-11-25',
      promises_kept: 2,
      promises_broken: 3,
      arrangements_breached: 1,
      has_collateral: 0 as const,
      has_guarantor: 0 as const,
      has_co_borrower: 1 as const,
    };
    expect(factsFromStored(state, stored, '2026-11-29')).toMatchObject({
      rpc_30: 4,
      attempts_30: 11,
      days_without_rpc: 4,
      promises_kept: 2,
      promises_broken: 3,
      arrangements_breached: 1,
      has_collateral: false,
      collateral_value: 9_000_000,
      has_guarantor: false,
      has_co_borrower: true,
    });
  });

  it('drops watch types and a segment it no longer knows, and a watch day after as_of', () => {
    const { row } = computeAccountFeatures(input, '2026-11-29');
    const stored = { ...row, watch: 'bankrupt,phone_change', customer_type: 'astronaut' as Segment };
    expect(factsFromStored(state, stored, '2026-11-29')).toMatchObject({
      watch: ['phone_change'],
      customer_type: 'other',
    });
    // Read on an earlier day (a preview of a past as_of): the watch day had not come yet.
    expect(factsFromStored(state, row, '2026-10-31').days_since_watch).toBeNull();
    expect(factsFromStored(state, row, '2026-11-01').days_since_watch).toBe(0);
  });
});
