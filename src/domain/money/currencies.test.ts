import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, isCurrencyCode, minorDigits } from './currencies.js';
import { formatAmount, parseAmount } from './money.js';

describe('ISO 4217 currencies', () => {
  it('takes active codes only, spelled in upper case', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'JPY', 'KWD', 'HKD', 'GBP', 'XOF', 'CLF', 'XCG', 'ZWG']) {
      expect(isCurrencyCode(code), code).toBe(true);
    }
    // Three letters are not enough: made-up codes, lower case, withdrawn codes, codes without a minor unit.
    for (const code of ['ABC', 'RMB', 'cny', 'Cny', 'CNY ', 'HRK', 'CUC', 'ZWL', 'XAU', 'XDR', 'XXX', 'XTS', '']) {
      expect(isCurrencyCode(code), code).toBe(false);
    }
    expect(isCurrencyCode('toString')).toBe(false);
  });

  it('knows each currency’s minor unit', () => {
    expect([minorDigits('CNY'), minorDigits('USD'), minorDigits('EUR')]).toEqual([2, 2, 2]);
    expect(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'XAF', 'UGX', 'PYG'].map(minorDigits)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(['KWD', 'BHD', 'OMR', 'JOD', 'TND', 'IQD', 'LYD'].map(minorDigits)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect([minorDigits('CLF'), minorDigits('UYW')]).toEqual([4, 4]);
    expect(formatAmount(1_234_567, 'KWD')).toBe('1234.567');
    expect(parseAmount('1500', 'JPY')).toEqual({ ok: true, minor: 1_500 });
  });

  it('is one sorted list of unique codes', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
    expect([...CURRENCY_CODES].sort()).toEqual(CURRENCY_CODES);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});
