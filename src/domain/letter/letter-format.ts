/**
 * Amounts and dates as a letter prints them: money from integer minor units with its thousands grouped
 * (`12,345.67`), never through floating point; dates in the reader's language (`2026年11月29日`,
 * `29 November 2026`).
 */
import type { IsoDate } from '../calendar/calendar.js';
import { formatAmount, type Minor } from '../money/money.js';
import type { LetterLanguage } from './letter-codes.js';

/** `1234567` CNY → `12,345.67`; negative amounts keep their sign. */
export function moneyText(minor: Minor, currency: string): string {
  const plain = formatAmount(minor, currency);
  const [whole = '', fraction] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The currency as a reader names it: 人民币 / CNY, 美元 / USD; other codes as they are. */
const CURRENCY_NAMES: Readonly<Record<string, Record<LetterLanguage, string>>> = {
  CNY: { 'zh-CN': '人民币', en: 'CNY' },
  USD: { 'zh-CN': '美元', en: 'USD' },
  GBP: { 'zh-CN': '英镑', en: 'GBP' },
  HKD: { 'zh-CN': '港币', en: 'HKD' },
  EUR: { 'zh-CN': '欧元', en: 'EUR' },
};

export function currencyName(currency: string, language: LetterLanguage): string {
  return CURRENCY_NAMES[currency]?.[language] ?? currency;
}

/** `人民币 12,345.67 元` / `CNY 12,345.67`. */
export function amountText(minor: Minor, currency: string, language: LetterLanguage): string {
  const name = currencyName(currency, language);
  if (language === 'zh-CN')
    return currency === 'CNY' ? `${name} ${moneyText(minor, currency)} 元` : `${name} ${moneyText(minor, currency)}`;
  return `${name} ${moneyText(minor, currency)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-03-05` → `2026年3月5日` / `5 March 2026`. */
export function dateText(date: IsoDate, language: LetterLanguage): string {
  const [y = '', m = '', d = ''] = date.split('-');
  if (language === 'zh-CN') return `${y}年${Number(m)}月${Number(d)}日`;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}
