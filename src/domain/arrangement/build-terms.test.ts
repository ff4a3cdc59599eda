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

  it('refuses each field it cannot use, by name and reason', () => {
    const plan = { ...base, type: 'plan' as const, installments: 3, firstDue: '2026-07-01' };
    const settlement = { ...base, type: 'settlement' as const, amount: 500_000, payBy: '2026-06-30' };
    const asset = { ...base, type: 'debt_for_asset' as const, payBy: '2026-06-30' };
    const cases: [Parameters<typeof buildTerms>[0], string][] = [
      [{ ...settlement, outstanding: 0 }, 'account: owes nothing; there is nothing to arrange'],
      [{ ...plan, installments: undefined }, 'installments: a plan needs the number of instalments'],
      [{ ...plan, installments: 1 }, 'installments: 1 is not a whole number from 2 to 60'],
      [{ ...plan, installments: 61 }, 'installments: 61 is not a whole number from 2 to 60'],
      [{ ...plan, installments: 2.5 }, 'installments: 2.5 is not a whole number from 2 to 60'],
      [{ ...plan, firstDue: undefined }, 'first-due: a plan needs the first instalment’s due date'],
      [{ ...plan, firstDue: '2026-06-01' }, 'first-due: 2026-06-01 must be after the day it is proposed (2026-06-01)'],
      [{ ...plan, every: 'day' as never }, 'every: "day" is not one of month, week, 2weeks'],
      [{ ...plan, pastDue: 0 }, 'account: nothing is past due; a plan spreads arrears'],
      [{ ...settlement, amount: undefined }, 'amount: is required'],
      [{ ...settlement, amount: 0 }, 'amount: must be more than zero'],
      [{ ...settlement, amount: -5 }, 'amount: must be more than zero'],
      [{ ...settlement, amount: 10.5 }, 'amount: must be more than zero'],
      [{ ...settlement, amount: 1_000_001 }, 'amount: is more than the account owes'],
      [{ ...settlement, payBy: undefined }, 'pay-by: the day the amount must be paid by is required'],
      [{ ...settlement, payBy: '2026-05-31' }, 'pay-by: 2026-05-31 is before the day it is proposed (2026-06-01)'],
      [asset, 'asset: a debt-for-asset settlement names the asset taken'],
      [
        { ...asset, asset: { description: '  ', valuation: 5 } },
        'asset: a debt-for-asset settlement names the asset taken',
      ],
      [
        { ...asset, amount: 6, asset: { description: 'van', valuation: 5 } },
        'amount: a debt-for-asset settlement is for the asset’s valuation; leave --amount out',
      ],
      [{ ...asset, asset: { description: 'van', valuation: 0 } }, 'valuation: must be more than zero'],
      [{ ...asset, asset: { description: 'van', valuation: 1_000_001 } }, 'valuation: is more than the account owes'],
      [{ ...settlement, type: 'offset' }, 'counterparty: name the debtor’s own debtor who pays'],
      [{ ...settlement, type: 'offset', counterparty: '  ' }, 'counterparty: name the debtor’s own debtor who pays'],
      [{ ...settlement, type: 'insurance' }, 'counterparty: name the insurer'],
      [{ ...settlement, type: 'third_party_shares' }, 'payers: shares need at least two payers (name=amount,…)'],
      [
        { ...settlement, type: 'third_party_shares', payers: [{ name: 'a', amount: 500_000 }] },
        'payers: shares need at least two payers (name=amount,…)',
      ],
    ];
    for (const [input, message] of cases) expect(refusal(() => buildTerms(input))).toBe(message);
  });

  it('accepts the edges: two and sixty instalments, the whole outstanding, paying by the day it is proposed', () => {
    const plan = { ...base, type: 'plan' as const, firstDue: '2026-06-02' };
    expect(buildTerms({ ...plan, installments: 2 }).terms).toMatchObject({
      due_dates: ['2026-06-02', '2026-07-02'],
      every: 'month',
      principal_first: false,
    });
    expect(buildTerms({ ...plan, installments: 60 }).concession.planInstallments).toBe(60);
    const whole = buildTerms({ ...base, type: 'settlement', amount: 1_000_000, payBy: '2026-06-01' });
    expect(whole.concession.discountBp).toBe(0);
    expect(buildTerms({ ...base, type: 'settlement', amount: 1, payBy: '2026-06-01' }).concession.discountBp).toBe(
      10_000,
    );
  });

  it('stores the asset only for a debt-for-asset, the counterparty trimmed, the payers only for shares', () => {
    const asset = { description: 'van', valuation: 600_000 };
    const payers = [
      { name: 'a', amount: 100_000 },
      { name: 'b', amount: 200_000 },
    ];
    const settlement = buildTerms({ ...base, type: 'settlement', amount: 500_000, payBy: '2026-06-30', asset, payers });
    expect(settlement.terms).toStrictEqual({
      family: 'payment',
      amount: 500_000,
      pay_by: '2026-06-30',
      waive_rest: true,
    });
    const forAsset = buildTerms({ ...base, type: 'debt_for_asset', amount: 600_000, payBy: '2026-06-30', asset });
    expect(forAsset.terms).toStrictEqual({
      family: 'payment',
      amount: 600_000,
      pay_by: '2026-06-30',
      waive_rest: true,
      asset,
    });
    expect(forAsset.concession).toEqual({ discountBp: 4000, planInstallments: 0 });
    const insured = buildTerms({ ...base, type: 'insurance', amount: 5, payBy: '2026-07-01', counterparty: ' PICC ' });
    expect(insured.terms).toStrictEqual({
      family: 'payment',
      amount: 5,
      pay_by: '2026-07-01',
      waive_rest: false,
      counterparty: 'PICC',
    });
    const shares = buildTerms({ ...base, type: 'third_party_shares', amount: 300_000, payBy: '2026-07-01', payers });
    expect(shares.terms).toStrictEqual({
      family: 'payment',
      amount: 300_000,
      pay_by: '2026-07-01',
      waive_rest: false,
      payers,
    });
  });

  it('gives no discount on an account that owes nothing, and measures the rest against the outstanding', () => {
    expect(discountBp(0, 0)).toBe(0);
    expect(discountBp(0, 500)).toBe(0);
    expect(discountBp(-100, 0)).toBe(0);
    expect(discountBp(1_000, 1_500)).toBe(0);
    expect(discountBp(3, 2)).toBe(3334);
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
