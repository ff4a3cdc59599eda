import { describe, expect, it } from 'vitest';
import { rateOf } from '../money/rate.js';
import { effectiveCostCap, legalCostCap, type PackInterest, penaltyUpliftProblem } from './interest-cap.js';
import { decimalRate, lprOn, lprTableOf, percentRate } from './lpr.js';

const LPR = lprTableOf({
  series: 'one_year',
  citation: 'NIFC',
  checked_through: '2025-05-20',
  values: [
    { from: '2019-08-20', percent: '4.25' },
    { from: '2020-04-20', percent: '3.85' },
    { from: '2024-10-21', percent: '3.10' },
  ],
});

const CN: PackInterest = {
  products: ['installment_loan'],
  citation: 'SPC 2020; 银发〔2003〕251号',
  reason: { 'zh-CN': '上限', en: 'caps' },
  caps: {
    licensed: { rate: '0.24', citation: '24 % line' },
    private: { lpr_multiple: 4, lpr_from: '2020-08-20', before: '0.24', citation: 'SPC 2020 art. 25' },
  },
  penalty_uplift: { min: '0.3', max: '0.5', lender_kinds: ['licensed'], citation: '251号' },
};

const loan = (lenderKind: 'licensed' | 'private', openedOn: string, product = 'installment_loan') => ({
  lenderKind,
  openedOn,
  product,
});

describe('the LPR by date', () => {
  it('is the value published on or before the day', () => {
    expect(lprOn(LPR, '2019-08-19')).toBeNull();
    expect(lprOn(LPR, '2019-08-20')?.percent).toBe('4.25');
    expect(lprOn(LPR, '2020-04-19')?.percent).toBe('4.25');
    expect(lprOn(LPR, '2024-10-21')?.percent).toBe('3.10');
    expect(lprOn(LPR, '2026-11-29')?.percent).toBe('3.10');
  });

  it('turns percentages into exact decimal rates', () => {
    expect(percentRate('3.85')).toEqual({ text: '0.0385', num: 385n, den: 10000n });
    expect(percentRate('4.2').text).toBe('0.042');
    expect(decimalRate(1540n, 10000n).text).toBe('0.154');
    expect(decimalRate(12n, 1n).text).toBe('12');
  });
});

describe('the legal cost cap of a contract', () => {
  it('licensed: the 24 % line', () => {
    expect(legalCostCap(CN, loan('licensed', '2026-01-01'), LPR)).toMatchObject({
      rate: { text: '0.24' },
      basis: '24 %',
    });
  });

  it('private: 4 × the one-year LPR in force on the contract date', () => {
    expect(legalCostCap(CN, loan('private', '2021-03-01'), LPR)).toMatchObject({
      rate: { text: '0.154' },
      basis: '4 × one-year LPR 3.85 % (2020-04-20) = 15.4 %',
    });
    expect(legalCostCap(CN, loan('private', '2025-01-01'), LPR)?.rate.text).toBe('0.124');
    // Made before the LPR rules took effect: the 24 % line of the old rules.
    expect(legalCostCap(CN, loan('private', '2020-08-19'), LPR)).toMatchObject({
      rate: { text: '0.24' },
      basis: '24 % (made before 2020-08-20)',
    });
  });

  it('none for a product the pack does not cap, or a pack without caps', () => {
    expect(legalCostCap(CN, loan('licensed', '2026-01-01', 'invoice'), LPR)).toBeNull();
    expect(legalCostCap({ ...CN, caps: {} }, loan('private', '2026-01-01'), LPR)).toBeNull();
  });

  it('the account gets the lower of the contract’s cap and the law’s', () => {
    const legal = legalCostCap(CN, loan('private', '2021-03-01'), LPR);
    expect(effectiveCostCap(rateOf('0.36'), legal)?.text).toBe('0.154');
    expect(effectiveCostCap(null, legal)?.text).toBe('0.154');
    expect(effectiveCostCap(rateOf('0.1'), legal)?.text).toBe('0.1');
    expect(effectiveCostCap(rateOf('0.36'), null)?.text).toBe('0.36');
    expect(effectiveCostCap(null, null)).toBeNull();
  });
});

describe('the penalty uplift range', () => {
  const problem = (uplift: string, lenderKind: 'licensed' | 'private' = 'licensed', product = 'installment_loan') =>
    penaltyUpliftProblem(CN, { lenderKind, product }, rateOf(uplift));

  it('takes 30 %–50 %, and 0 (no penalty interest at all)', () => {
    for (const ok of ['0.3', '0.45', '0.5', '0']) expect(problem(ok), ok).toBeNull();
  });

  it('refuses below and above the range, naming it and its citation', () => {
    expect(problem('0.6')).toBe(
      "is outside 0.3–0.5 (+30 % to +50 % of the contract rate), the range for a licensed lender's penalty interest (251号)",
    );
    expect(problem('0.2')).toMatch(/is outside 0\.3–0\.5/);
    expect(problem('0.5000001')).not.toBeNull();
  });

  it('does not apply to private lending (the 4 × LPR cap covers it) nor to invoices', () => {
    expect(problem('1', 'private')).toBeNull();
    expect(problem('1', 'licensed', 'invoice')).toBeNull();
    expect(
      penaltyUpliftProblem(
        { ...CN, penalty_uplift: null },
        { lenderKind: 'licensed', product: 'installment_loan' },
        rateOf('1'),
      ),
    ).toBeNull();
  });
});
