import { describe, expect, it } from 'vitest';
import { COLLATERAL_TYPES, PRODUCTS } from '../domain/account/account-codes.js';
import { ALLOCATION_METHODS, DAY_COUNTS } from '../domain/ledger/ledger-types.js';
import { CONTACT_TYPES, PARTY_KINDS, ROLES, SEGMENTS } from '../domain/party/party-codes.js';
import { CHANNELS } from '../domain/payment/payment-codes.js';
import * as importCodes from './import-codes.js';

describe('the import code lists', () => {
  it('are the domain lists themselves, not copies', () => {
    expect(importCodes.ROLES).toBe(ROLES);
    expect(importCodes.PARTY_KINDS).toBe(PARTY_KINDS);
    expect(importCodes.SEGMENTS).toBe(SEGMENTS);
    expect(importCodes.CONTACT_TYPES).toBe(CONTACT_TYPES);
    expect(importCodes.PRODUCTS).toBe(PRODUCTS);
    expect(importCodes.COLLATERAL_TYPES).toBe(COLLATERAL_TYPES);
    expect(importCodes.CHANNELS).toBe(CHANNELS);
    expect(importCodes.ALLOCATIONS).toBe(ALLOCATION_METHODS);
    expect(importCodes.DAY_COUNTS).toBe(DAY_COUNTS);
  });
});
