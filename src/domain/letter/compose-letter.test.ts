import { describe, expect, it } from 'vitest';
import { composeLetter, letterAmounts, letterText } from './compose-letter.js';
import { LETTER_KINDS, LETTER_LANGUAGES } from './letter-codes.js';
import { sampleFacts } from './letter-facts-fixture.js';
import { amountText, dateText, moneyText } from './letter-format.js';

describe('composeLetter', () => {
  it('states the debt by component as of the letter’s date, with the overdue and the whole totals', () => {
    const doc = composeLetter(sampleFacts('demand', 'zh-CN'));
    const table = doc.body.find((b) => b.type === 'table');
    expect(table).toMatchObject({
      caption: '欠款明细（截至2026年11月29日）',
      unit: '单位：人民币元',
      columns: ['项目', '逾期应还', '尚未到期', '合计'],
    });
    expect(table?.type === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['本金', '8,123.45', '24,370.35', '32,493.80'],
      ['利息', '642.10', '963.15', '1,605.25'],
      ['费用', '50.00', '150.00', '200.00'],
      ['罚息', '128.73', '0.00', '128.73'],
      ['滞纳金', '100.00', '0.00', '100.00'],
      ['合计', '9,044.28', '25,483.50', '34,527.78'],
    ]);
    const text = letterText(doc);
    expect(text).toContain('截至2026年11月29日，您尚欠人民币 34,527.78 元，其中已到期未还的金额为人民币 9,044.28 元');
    expect(text).toContain('请您于2026年12月14日前归还逾期应还的人民币 9,044.28 元');
  });

  it('names the creditor, the reference and the debtor’s address, and the ID number only masked', () => {
    const doc = composeLetter(sampleFacts('demand', 'en'));
    expect(doc.sender.name).toBe('Example Consumer Finance Co., Ltd.');
    expect(doc.meta).toEqual([
      { label: 'Reference', value: 'L-20261129-9F3A61C2' },
      { label: 'Date', value: '29 November 2026' },
      { label: 'Account', value: 'A-1' },
    ]);
    expect(doc.addressee).toEqual(['Wang Fang', '上海市徐汇区漕溪北路88号3号楼1202室', '200030']);
    expect(doc.slip.lines).toContainEqual({ type: 'text', text: 'ID number: 3101**********1234' });
    expect(doc.footer).toEqual({
      reference: 'Reference L-20261129-9F3A61C2',
      page: 'Page {page} of {pages}',
    });
  });

  it('offers only the letterhead’s payment channels and says that cash is not taken', () => {
    const doc = composeLetter(sampleFacts('demand', 'zh-CN'));
    const payments = doc.body.find((b) => b.type === 'payments');
    expect(payments?.type === 'payments' && payments.items.map((i) => i.label)).toEqual(['银行转账', '支付宝']);
    expect(payments?.type === 'payments' && payments.intro).toContain('我们不收取现金');
  });

  it('leaves no placeholder unfilled in any kind or language', () => {
    for (const kind of LETTER_KINDS) {
      for (const language of LETTER_LANGUAGES) {
        const text = letterText(composeLetter(sampleFacts(kind, language)));
        expect(text, `${kind} ${language}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('gives a validation notice the itemisation from its date to now, adding up to the balance', () => {
    const facts = sampleFacts('validation_notice', 'en');
    const doc = composeLetter(facts);
    const table = doc.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['Owed on 15 August 2026', '34,000.00'],
      ['Interest charged since (+)', '700.00'],
      ['Fees charged since (+)', '127.78'],
      ['Paid or credited since (−)', '300.00'],
      ['Total owed now, as of 29 November 2026', '34,527.78'],
    ]);
    const it = facts.itemisation;
    expect(it && it.owedThen + it.interest + it.fees - it.paid).toBe(letterAmounts(facts).outstanding);
    // The response form, not an acknowledgement of the debt: a validation notice leaves the debt open to dispute.
    expect(doc.slip.title).toBe('Response form');
    expect(doc.slip.lines.filter((l) => l.type === 'check')).toHaveLength(4);
    expect(letterText(doc)).toContain('www.cfpb.gov/debt-collection');
  });
});

describe('letter formats', () => {
  it('groups thousands of integer minor units without floating point', () => {
    expect(moneyText(123_456_789_012, 'CNY')).toBe('1,234,567,890.12');
    expect(moneyText(-5, 'CNY')).toBe('-0.05');
    expect(moneyText(1234, 'JPY')).toBe('1,234');
    expect(amountText(100, 'CNY', 'zh-CN')).toBe('人民币 1.00 元');
    expect(amountText(100, 'USD', 'en')).toBe('USD 1.00');
  });

  it('writes dates in the reader’s language', () => {
    expect(dateText('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(dateText('2026-03-05', 'en')).toBe('5 March 2026');
  });
});
