/**
 * The entry that books an instalment's schedule: its principal, interest and fee, charged on the day given
 * (the import uses the opening date); an instalment of nothing is a due date only and books no entry.
 */
import { describe, expect, it } from 'vitest';
import { chargeInstallment } from './charge-installment.js';

describe('chargeInstallment', () => {
  it('charges principal, interest and fee to the instalment, nothing to credit', () => {
    expect(
      chargeInstallment({ no: 3, dueOn: '2026-03-31', principal: 100_000, interest: 1_500, fee: 200 }, '2026-01-01'),
    ).toEqual({
      kind: 'charge',
      postedOn: '2026-01-01',
      installmentNo: 3,
      paymentId: null,
      amounts: { principal: 100_000, interest: 1_500, fee: 200, penalty: 0, late_fee: 0 },
      credit: 0,
      period: null,
    });
  });

  it('books no entry for an instalment that charges nothing, and one for a fee alone', () => {
    expect(
      chargeInstallment({ no: 1, dueOn: '2026-01-31', principal: 0, interest: 0, fee: 0 }, '2026-01-01'),
    ).toBeNull();
    expect(
      chargeInstallment({ no: 2, dueOn: '2026-02-28', principal: 0, interest: 0, fee: 500 }, '2026-01-01'),
    ).toMatchObject({
      amounts: { fee: 500 },
    });
    // Any non-zero part makes a charge, whatever the others add up to.
    for (const [principal, interest, fee] of [
      [500, 500, 0],
      [0, 500, 500],
      [0, 700, 0],
    ] as const) {
      const inst = { no: 2, dueOn: '2026-02-28', principal, interest, fee };
      expect(chargeInstallment(inst, '2026-01-01')?.amounts, `${principal}/${interest}/${fee}`).toMatchObject({
        principal,
        interest,
        fee,
      });
    }
  });
});
