import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../money/money.js';
import { chooseLanguage } from './choose-language.js';
import { maskName } from './mask-name.js';
import { dateText, type MessageFacts, messageVariables, moneyText } from './message-variables.js';
import { variableProblems } from './template-variables.js';

describe('chooseLanguage', () => {
  const both = ['en', 'zh-CN'];
  it('takes the party’s own language, whatever its case', () => {
    expect(chooseLanguage('en', both, 'zh-CN')).toBe('en');
    expect(chooseLanguage('zh-cn', both, 'en')).toBe('zh-CN');
  });
  it('falls back to the same language family, the plain tag first', () => {
    expect(chooseLanguage('zh-TW', both, 'en')).toBe('zh-CN');
    expect(chooseLanguage('en-GB', ['en-US', 'en', 'zh-CN'], 'zh-CN')).toBe('en');
  });
  it('then to the default language, then English, then Chinese', () => {
    expect(chooseLanguage('fr', both, 'zh-CN')).toBe('zh-CN');
    expect(chooseLanguage('fr', both, 'en')).toBe('en');
    expect(chooseLanguage('fr', ['zh-CN', 'en'], 'de')).toBe('en');
    expect(chooseLanguage('fr', ['zh-CN', 'ja'], 'de')).toBe('zh-CN');
    expect(chooseLanguage(null, both, 'en')).toBe('en');
    expect(chooseLanguage('', both, 'zh-CN')).toBe('zh-CN');
  });
  it('is null when none of these is written', () => {
    expect(chooseLanguage('fr', ['ja'], 'de')).toBeNull();
    expect(chooseLanguage('en', [], 'zh-CN')).toBeNull();
  });
});

describe('maskName', () => {
  it('keeps a Chinese surname', () => {
    expect(maskName('张三丰', 'person')).toBe('张**');
    expect(maskName('李娜', 'person')).toBe('李*');
    expect(maskName('王', 'person')).toBe('王*');
  });
  it('keeps the first word and the initials of the others', () => {
    expect(maskName('Wei Zhang', 'person')).toBe('Wei Z.');
    expect(maskName('  Mary Ann  Smith ', 'person')).toBe('Mary A. S.');
    expect(maskName('Madonna', 'person')).toBe('M***');
  });
  it('keeps a company’s name whole', () => {
    expect(maskName('上海某某贸易有限公司', 'company')).toBe('上海某某贸易有限公司');
  });
});

describe('money and dates in the text’s language', () => {
  it('writes money in the currency and the language', () => {
    expect(moneyText(123_456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(moneyText(123_450, 'CNY', 'en')).toBe('CN¥1,234.50');
    expect(moneyText(1_234, 'JPY', 'en')).toBe('¥1,234');
    expect(moneyText(5, 'USD', 'en')).toBe('$0.05');
  });
  it('never changes a digit of the amount, however large (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 15 }),
        fc.constantFrom('CNY', 'JPY', 'KWD', 'USD'),
        fc.constantFrom('zh-CN', 'en'),
        (minor, currency, language) => {
          const digits = (s: string) => s.replace(/\D/g, '');
          expect(digits(moneyText(minor, currency, language))).toBe(digits(formatAmount(minor, currency)));
        },
      ),
    );
  });
  it('writes dates out, the same day in every zone', () => {
    expect(dateText('2026-11-01', 'zh-CN')).toBe('2026年11月1日');
    expect(dateText('2026-11-01', 'en-GB')).toBe('1 November 2026');
  });
});

describe('messageVariables', () => {
  const facts: MessageFacts = {
    channel: 'sms',
    language: 'zh-CN',
    asOf: '2026-11-29',
    party: { name: '张三丰', kind: 'person' },
    account: {
      accountRef: 'LN-0001234',
      currency: 'CNY',
      pastDue: 100,
      outstanding: 900,
      dpd: 3,
      oldestUnpaidDueOn: '2026-11-26',
    },
    sender: { lenderName: '示例金融', callbackLine: '400-1', paymentLink: null },
  };
  it('masks the name on electronic channels and writes it whole on a letter', () => {
    expect(messageVariables(facts).debtor_name).toBe('张**');
    expect(messageVariables({ ...facts, channel: 'post' }).debtor_name).toBe('张三丰');
  });
  it('leaves out what is unknown, so a template using it fails instead of printing a hole', () => {
    const v = messageVariables({
      ...facts,
      party: { name: null, kind: 'person' },
      account: { ...facts.account, oldestUnpaidDueOn: null },
      sender: { lenderName: null, callbackLine: null, paymentLink: null },
    });
    for (const k of ['debtor_name', 'due_date', 'lender_name', 'callback_line', 'payment_link'])
      expect(v).not.toHaveProperty(k);
    expect(v).toMatchObject({
      dpd: 3,
      account_tail: '1234',
      payment_reference: 'LN-0001234',
      amount_past_due: '¥1.00',
    });
  });
});

describe('variableProblems', () => {
  it('refuses unknown variables', () => {
    expect(variableProblems('m1_reminder', ['dpd', 'debtor'])).toEqual([
      expect.stringContaining('{{debtor}} is not a template variable'),
    ]);
  });
  it('refuses anything identifying in a generic line', () => {
    expect(variableProblems('generic_reminder', ['callback_line', 'today'])).toEqual([]);
    expect(variableProblems('generic_reminder', ['amount_past_due'])).toEqual([
      expect.stringContaining('identifies the debtor'),
    ]);
    expect(variableProblems('m1_reminder', ['amount_past_due'])).toEqual([]);
  });
});
