/**
 * What a creditor's letters say about it: its name and address in each language, a telephone number for
 * questions, and how to pay. Only traceable channels are offered — money into the creditor's own
 * accounts, never cash into anyone's hands (the methodology's first rule of money handling).
 */
import { CHANNELS } from '../payment/payment-codes.js';
import type { LetterLanguage } from './letter-codes.js';

/** A text in each language a letter is written in. */
export type Bilingual = Readonly<Record<LetterLanguage, string>>;

/**
 * The payment channels a letter may offer: every channel that moves money traceably into the creditor's
 * account. An offset or an asset is a settlement the creditor agrees, not a way to pay a demand, and
 * `other` could be anything.
 */
export const LETTER_PAYMENT_CHANNELS = CHANNELS.filter((c) => c !== 'offset' && c !== 'asset' && c !== 'other');
export type LetterPaymentChannel = (typeof LETTER_PAYMENT_CHANNELS)[number];

export const PAYMENT_CHANNEL_LABELS: Readonly<Record<LetterPaymentChannel, Bilingual>> = {
  bank_transfer: { 'zh-CN': '银行转账', en: 'Bank transfer' },
  direct_debit: { 'zh-CN': '授权代扣', en: 'Direct debit' },
  card: { 'zh-CN': '银行卡还款', en: 'Card payment' },
  wechat_pay: { 'zh-CN': '微信支付', en: 'WeChat Pay' },
  alipay: { 'zh-CN': '支付宝', en: 'Alipay' },
  counter_deposit: { 'zh-CN': '银行柜台缴存', en: 'Deposit at a bank counter' },
};

export interface PaymentInstruction {
  channel: LetterPaymentChannel;
  /** Where the money goes: the account name, bank and number, the app and its payee. */
  details: Bilingual;
}

export interface Letterhead {
  creditor: Bilingual;
  address: Bilingual;
  phone: string;
  /** When the phone is answered, in each language (`工作日 9:00–18:00`); optional. */
  hours: Bilingual | null;
  payment: readonly PaymentInstruction[];
}
