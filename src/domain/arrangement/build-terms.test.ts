import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import { buildTerms, discountBp } from './build-terms.js';

const base = { proposedOn: '2026-06-01', outstanding: 1_000_000, pastDue: 300_000 };

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isAppError(e, 'INVALID_INPUT')) return e.message;
    throw e;
  }
  throw new Error('not refused');
}

describe('building an arrangement’s terms', () => {
  it('a settlement waives the rest and measures its discount against the outstanding', () => {
    const { terms, concession } = buildTerms({ ...base, type: 'settlement', amount: 750_000, payBy: '2026-06-30' });
    expect(terms).toEqual({ family: 'payment', amount: 750_000, pay_by: '2026-06-30', waive_rest: true });
    expect(concession).toEqual({ discountBp: 2500, planInstallments: 0 });
  });

  it('a plan fixes its due dates and counts its instalments', () => {
    const { terms, concession } = buildTerms({
      ...base,
      type: 'principal_first',
      installments: 3,
      firstDue: '2026-06-15',
      every: '2weeks',
    });
    expect(terms).toMatchObject({
      family: 'plan',
      due_dates: ['2026-06-15', '2026-06-29', '2026-07-13'],
      principal_first: true,
      estimated_amount: 300_000,
    });
    expect(concession).toEqual({ discountBp: 0, planInstallments: 3 });
  });

  it('an offset waives nothing unless agreed; shares must add up; an asset sets the amount', () => {
    const offset = buildTerms({ ...base, type: 'offset', amount: 400_000, payBy: '2026-07-01', counterparty: 'ACME' });
    expect(offset.concession.discountBp).toBe(0);
    const agreed = buildTerms({
      ...base,
      type: 'offset',
      amount: 400_000,
      payBy: '2026-07-01',
      counterparty: 'ACME',
      waiveRest: true,
    });
    expect(agreed.concession.discountBp).toBe(6000);
    expect(
      refusal(() =>
        buildTerms({
          ...base,
          type: 'third_party_shares',
          amount: 500_000,
          payBy: '2026-07-01',
          payers: [
            { name: 'a', amount: 100 },
            { name: 'b', amount: 200 },
          ],
        }),
      ),
    ).toMatch(/payers: the shares add up to 300/);
    const asset = buildTerms({
      ...base,
      type: 'debt_for_asset',
      payBy: '2026-06-10',
      asset: { description: 'van', valuation: 600_000 },
    });
    expect(asset.terms).toMatchObject({ amount: 600_000, waive_rest: true, asset: { description: 'van' } });
  });

  it('refuses what makes no sense, naming the field', () => {
    expect(refusal(() => buildTerms({ ...base, type: 'settlement', amount: 2_000_000, payBy: '2026-06-30' }))).toMatch(
      /^amount:/,
    );
    expect(refusal(() => buildTerms({ ...base, type: 'settlement', amount: 1, payBy: '2026-05-30' }))).toMatch(
      /^pay-by:/,
    );
    expect(refusal(() => buildTerms({ ...base, type: 'plan', installments: 1, firstDue: '2026-07-01' }))).toMatch(
      /^installments:/,
    );
    expect(refusal(() => buildTerms({ ...base, type: 'plan', installments: 3, firstDue: '2026-06-01' }))).toMatch(
      /^first-due:/,
    );
    expect(
      refusal(() => buildTerms({ ...base, pastDue: 0, type: 'plan', installments: 3, firstDue: '2026-07-01' })),
    ).toMatch(/nothing is past due/);
    expect(refusal(() => buildTerms({ ...base, type: 'insurance', amount: 5, payBy: '2026-07-01' }))).toMatch(
      /^counterparty:/,
    );
  });

  it('never understates a discount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        (outstanding, amount) => {
          const bp = discountBp(outstanding, amount);
          const forgiven = Math.max(0, outstanding - amount);
          expect(bp * outstanding).toBeGreaterThanOrEqual(forgiven * 10000);
          expect(bp).toBeLessThanOrEqual(10000);
        },
      ),
    );
  });
});
