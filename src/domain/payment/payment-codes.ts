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

/** A reason in both product languages. */
export interface RefusalReason {
  readonly 'zh-CN': string;
  readonly en: string;
}

const CASH: RefusalReason = {
  'zh-CN':
    '现金不是还款渠道：还款只能通过可追溯的渠道（银行转账、代扣、银行卡、微信支付、支付宝、银行柜台存款）；催收人员绝不收取现金，可以陪同债务人去银行办理。',
  en: 'cash is not a payment channel: money reaches the lender only through traceable channels (bank transfer, direct debit, card, WeChat Pay, Alipay, a deposit at a bank counter); a collector never takes cash and may go with the debtor to the bank instead.',
};
const PERSONAL: RefusalReason = {
  'zh-CN': '不得把还款打入员工或其他个人的账户：款项只能进入贷款机构自己的收款账户。',
  en: 'a payment into the personal account of a member of staff or anyone else is refused: money goes only into the lender’s own collection accounts.',
};

/**
 * Payment channels that are refused by name, whatever list of CHANNELS is in force, because money taken
 * that way cannot be traced to the debt (the methodology: 禁止收取客户现金; the rules: no cash, no collection
 * into personal accounts). An import row or a desk use case naming one is refused with this reason rather
 * than "not one of …", so whoever reads the error knows it is a rule and not a typo. Keys are lower case.
 */
export const REFUSED_PAYMENT_CHANNELS: Readonly<Record<string, RefusalReason>> = {
  cash: CASH,
  现金: CASH,
  cash_on_visit: CASH,
  cash_to_collector: CASH,
  personal_account: PERSONAL,
  staff_account: PERSONAL,
  私人账户: PERSONAL,
};

/** Why a payment channel is refused by rule, or null when it is not one of REFUSED_PAYMENT_CHANNELS. */
export function refusedPaymentChannel(channel: string): RefusalReason | null {
  return REFUSED_PAYMENT_CHANNELS[channel.trim().toLowerCase()] ?? null;
}
