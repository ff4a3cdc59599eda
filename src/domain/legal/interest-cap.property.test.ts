/**
 * The interest caps on the ledger, over random contracts: the cap an account gets is never above the
 * law's nor above its contract's, and the ledger run on it never charges a day's penalty interest or late
 * fee beyond what the law's cap leaves (scheduled interest and fees due plus every cost charged so far,
 * against principal × cap × days since opening ÷ the year basis, computed here independently).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, toDay } from '../calendar/calendar.js';
import { advanceLedger } from '../ledger/advance-ledger.js';
import { makeInstallment, makeState, makeTerms } from '../ledger/ledger-fixtures.js';
import type { LedgerState } from '../ledger/ledger-types.js';
import { rateOf } from '../money/rate.js';
import { effectiveCostCap, legalCostCap, type PackInterest, rateBelow } from './interest-cap.js';
import { lprOn, lprTableOf } from './lpr.js';

const LPR = lprTableOf({
  series: 'one_year',
  citation: 'NIFC',
  checked_through: '2025-05-20',
  values: [
    { from: '2019-08-20', percent: '4.25' },
    { from: '2020-04-20', percent: '3.85' },
    { from: '2022-08-22', percent: '3.65' },
    { from: '2024-10-21', percent: '3.10' },
    { from: '2025-05-20', percent: '3.00' },
  ],
});

const CN: PackInterest = {
  products: ['installment_loan'],
  citation: 'SPC 2020; 251号',
  reason: { 'zh-CN': '上限', en: 'caps' },
  caps: {
    licensed: { rate: '0.24', citation: '24 %' },
    private: { lpr_multiple: 4, lpr_from: '2020-08-20', before: '0.24', citation: 'SPC 2020 art. 25' },
  },
  penalty_uplift: { min: '0.3', max: '0.5', lender_kinds: ['licensed'], citation: '251号' },
};

const HORIZON = 420;
const day = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) });

const contract = fc.record({
  lenderKind: fc.constantFrom('licensed' as const, 'private' as const),
  openedDay: day('2019-01-01', '2026-06-01'),
  contractCap: fc.constantFrom(null, '0.05', '0.1', '0.15', '0.24', '0.36', '0.5'),
  annualRate: fc.constantFrom('0.06', '0.12', '0.18', '0.24', '0.36'),
  penaltyUplift: fc.constantFrom('0', '0.3', '0.5', '1'),
  principal: fc.integer({ min: 100_000, max: 5_000_000 }),
  dueOffsets: fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 3 }),
  lateFee: fc.integer({ min: 0, max: 20_000 }),
  dayCount: fc.constantFrom('act360' as const, 'act365' as const),
});

const textOf = (d: number) => addDays('1970-01-01', d);

/** principal × rate × days ÷ basis, rounded half to even, in BigInt. */
function capOn(principal: number, rate: string, days: number, basis: number): number {
  const [whole = '0', frac = ''] = rate.split('.');
  const num = BigInt(principal) * BigInt(`${whole}${frac}`) * BigInt(days);
  const den = 10n ** BigInt(frac.length) * BigInt(basis);
  const q = num / den;
  const r = num - q * den;
  return Number(2n * r > den || (2n * r === den && q % 2n === 1n) ? q + 1n : q);
}

function scheduledDue(state: LedgerState, date: string): number {
  return state.installments.filter((i) => i.dueOn <= date).reduce((s, i) => s + i.due.interest + i.due.fee, 0);
}

describe('interest caps on the ledger', () => {
  it('an account’s cap is never above the law’s nor its contract’s, and is one of them', () => {
    fc.assert(
      fc.property(contract, (c) => {
        const facts = { lenderKind: c.lenderKind, product: 'installment_loan', openedOn: textOf(c.openedDay) };
        const legal = legalCostCap(CN, facts, LPR);
        expect(legal).not.toBeNull();
        if (!legal) return;
        const given = c.contractCap === null ? null : rateOf(c.contractCap);
        const cap = effectiveCostCap(given, legal);
        expect(cap).not.toBeNull();
        if (!cap) return;
        expect(rateBelow(legal.rate, cap)).toBe(false);
        if (given) expect(rateBelow(given, cap)).toBe(false);
        expect([legal.rate.text, given?.text]).toContain(cap.text);
        if (c.lenderKind === 'private' && facts.openedOn >= '2020-08-20') {
          const lpr = lprOn(LPR, facts.openedOn);
          // legal = 4 × LPR, as fractions: legal.num / legal.den = 4 × lpr.num / lpr.den.
          expect(legal.rate.num * (lpr?.rate.den ?? 1n)).toBe(4n * (lpr?.rate.num ?? 0n) * legal.rate.den);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the ledger never charges a day more penalty and late fees than the law’s cap leaves', () => {
    let capped = 0;
    fc.assert(
      fc.property(contract, (c) => {
        const openedOn = textOf(c.openedDay);
        const facts = { lenderKind: c.lenderKind, product: 'installment_loan', openedOn };
        const legal = legalCostCap(CN, facts, LPR);
        if (!legal) return;
        const cap = effectiveCostCap(c.contractCap === null ? null : rateOf(c.contractCap), legal);
        const terms = makeTerms({
          openedOn,
          principal: c.principal,
          annualRate: c.annualRate,
          penaltyUplift: c.penaltyUplift,
          lateFee: c.lateFee,
          dayCount: c.dayCount,
          costCapRate: cap?.text ?? null,
        });
        const share = Math.floor(c.principal / c.dueOffsets.length);
        const dues = [...c.dueOffsets].sort((a, b) => a - b);
        let state = makeState(
          dues.map((offset, n) =>
            makeInstallment(n + 1, addDays(openedOn, offset), share, Math.floor(share * 0.01 * (n + 1)), 0),
          ),
        );
        const basis = c.dayCount === 'act365' ? 365 : 360;
        for (let d = 0; d <= HORIZON; d++) {
          const date = addDays(openedOn, d);
          const lawLeaves = Math.max(
            0,
            capOn(c.principal, legal.rate.text, d, basis) - scheduledDue(state, date) - state.postedCosts,
          );
          const next = advanceLedger({ terms, state, from: date, to: date, payments: [], holds: [] }).state;
          const charged = next.postedCosts - state.postedCosts;
          expect(charged).toBeLessThanOrEqual(lawLeaves);
          if (charged > 0 && charged === lawLeaves) capped++;
          state = next;
        }
      }),
      { numRuns: 40 },
    );
    // The property met the cap, not only accounts far below it.
    expect(capped).toBeGreaterThan(0);
  });
});
