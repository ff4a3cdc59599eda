/** The code lists an import file may use (issue 2, "Portfolio model and import"). */
export { ALLOCATION_METHODS as ALLOCATIONS, DAY_COUNTS } from '../domain/ledger/ledger-types.js';
export const PARTY_KINDS = ['person', 'company'] as const;
export const SEGMENTS = ['white_collar', 'retiree', 'small_business', 'worker', 'company', 'other'] as const;
export const ROLES = [
  'borrower',
  'co_borrower',
  'guarantor',
  'emergency_contact',
  'spouse',
  'relative',
  'friend',
  'employer',
  'colleague',
  'other',
] as const;
export const CONTACT_TYPES = ['mobile', 'landline', 'email', 'address', 'wechat'] as const;
export const PRODUCTS = ['installment_loan', 'credit_card', 'invoice'] as const;
export const CHANNELS = [
  'bank_transfer',
  'direct_debit',
  'card',
  'wechat_pay',
  'alipay',
  'counter_deposit',
  'offset',
  'other',
] as const;
export const COLLATERAL_TYPES = [
  'real_estate',
  'vehicle',
  'equipment',
  'deposit',
  'receivable',
  'securities',
  'other',
] as const;
