/**
 * The cost cap's headroom on day d: the cap (principal × rate × days since opening / basis) less the
 * scheduled interest and fees due on or before d, less the penalty and late fees already charged. An
 * instalment not yet due takes no headroom; the headroom is never negative; no cap, no limit.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../calendar/calendar.js';
import { capHeadroom, costCapOn } from './cost-cap.js';
import { makeInstallment, makeState, makeTerms } from './ledger-fixtures.js';

// 3,000.00 at 0.36 / 360: the cap grows by 3.00 a day from the opening on 1 January.
const terms = makeTerms({ principal: 300_000, costCapRate: '0.36' });
const state = () =>
  makeState([makeInstallment(1, '2026-01-31', 150_000, 4_000), makeInstallment(2, '2026-02-28', 150_000, 4_000, 500)]);

describe('cost cap headroom', () => {
  it('counts only the scheduled interest and fees already due', () => {
    expect(costCapOn(terms, toDay('2026-02-01'))).toBe(9_300);
    expect(capHeadroom(terms, state(), toDay('2026-02-01'))).toBe(9_300 - 4_000);
    expect(capHeadroom(terms, state(), toDay('2026-02-27'))).toBe(17_100 - 4_000);
    expect(capHeadroom(terms, state(), toDay('2026-02-28'))).toBe(17_400 - 8_500);
  });

  it('takes off what the ledger already charged, and never goes below zero', () => {
    const charged = state();
    charged.postedCosts = 5_000;
    expect(capHeadroom(terms, charged, toDay('2026-02-01'))).toBe(300);
    charged.postedCosts = 6_000;
    expect(capHeadroom(terms, charged, toDay('2026-02-01'))).toBe(0);
  });

  it('is unlimited without a cap, and the cap is zero on the opening day', () => {
    expect(capHeadroom(makeTerms({ costCapRate: null }), state(), toDay('2026-02-01'))).toBe(Number.POSITIVE_INFINITY);
    expect(costCapOn(terms, toDay('2026-01-01'))).toBe(0);
    expect(costCapOn(terms, toDay('2025-12-31'))).toBe(0);
  });
});
