/**
 * The code lists an import file may use. Each list is defined once, in the domain module of its business
 * concept (with a type derived from it); this module only gathers them for the importers.
 */
export { COLLATERAL_TYPES, PRODUCTS } from '../domain/account/account-codes.js';
export { ALLOCATION_METHODS as ALLOCATIONS, DAY_COUNTS } from '../domain/ledger/ledger-types.js';
export { CONTACT_TYPES, PARTY_KINDS, ROLES, SEGMENTS } from '../domain/party/party-codes.js';
export { CHANNELS } from '../domain/payment/payment-codes.js';
