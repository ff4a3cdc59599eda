/**
 * The few constants and formatting helpers every file of the benchmark dataset shares: its portfolio and
 * currency, payment channels, zero-padded ids and amounts in major units written from integer minor units.
 */
export const PORTFOLIO = 'bench';
export const CURRENCY = 'CNY';
export const CHANNELS = ['bank_transfer', 'direct_debit', 'card', 'wechat_pay', 'alipay', 'counter_deposit'];

export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Minor units (a non-negative integer) as a decimal string in major units: 123456 → "1234.56". */
export const money = (minor: number) => `${Math.floor(minor / 100)}.${pad(minor % 100, 2)}`;

/** Local business hours in Shanghai on `day`, so the payment's date in the portfolio's zone is `day`. */
export function businessHoursAt(day: string, hour: number, minute: number, second: number): string {
  return `${day}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}+08:00`;
}
