import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CollateralType, Product } from '../account/account-codes.js';
import type { Channel } from '../payment/payment-codes.js';
import { isObligorRole, isThirdPartyRole, OBLIGOR_ROLES, ROLES, type Role, THIRD_PARTY_ROLES } from './party-codes.js';

describe('relation roles', () => {
  it('are exactly the obligors and the third parties, with no role in both', () => {
    expect([...ROLES].sort()).toEqual([...OBLIGOR_ROLES, ...THIRD_PARTY_ROLES].sort());
    expect(new Set(ROLES).size).toBe(ROLES.length);
    expect(OBLIGOR_ROLES).toEqual(['borrower', 'co_borrower', 'guarantor']);
    for (const role of ROLES) expect(isObligorRole(role), role).toBe(!isThirdPartyRole(role));
    expect(isObligorRole('spouse')).toBe(false);
    expect(isThirdPartyRole('lawyer')).toBe(false);
  });

  it('derive their types from the lists', () => {
    expectTypeOf<Role>().toEqualTypeOf<(typeof ROLES)[number]>();
    expectTypeOf<'guarantor'>().toMatchTypeOf<Role>();
    expectTypeOf<Product>().toEqualTypeOf<'installment_loan' | 'credit_card' | 'invoice'>();
    expectTypeOf<Channel>().toMatchTypeOf<string>();
    expectTypeOf<CollateralType>().toMatchTypeOf<string>();
  });
});
