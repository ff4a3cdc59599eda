/**
 * The code list of payment channels (how money reached the lender), defined once here: imports validate
 * against it and the rest of the code derives its type from it. `offset` is a debt settled against one
 * the lender owes the debtor (债权抵顶), not money received; `asset` is an asset taken at its valuation in a
 * debt-for-asset settlement (以物抵贷), recorded when the settlement is approved.
 */
export const CHANNELS = [
  'bank_transfer',
  'direct_debit',
  'card',
  'wechat_pay',
  'alipay',
  'counter_deposit',
  'offset',
  'asset',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
