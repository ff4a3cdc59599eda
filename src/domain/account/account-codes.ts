/**
 * The code lists of an account, defined once here: the kind of debt (product) and the kinds of asset that
 * may secure it. Imports validate against them and the rest of the code derives its types from them.
 */

/** The kind of debt an account is. */
export const PRODUCTS = ['installment_loan', 'credit_card', 'invoice'] as const;
export type Product = (typeof PRODUCTS)[number];

/** The kinds of asset that may secure an account. */
export const COLLATERAL_TYPES = [
  'real_estate',
  'vehicle',
  'equipment',
  'deposit',
  'receivable',
  'securities',
  'other',
] as const;
export type CollateralType = (typeof COLLATERAL_TYPES)[number];
