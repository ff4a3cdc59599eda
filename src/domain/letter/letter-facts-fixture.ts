/**
 * A letter's facts as the tests use them (no test framework in here): 王芳's overdue consumer loan with
 * a creditor whose letterhead offers a bank transfer and Alipay, amounts in every component.
 */
import type { LetterFacts } from './compose-letter.js';
import type { LetterKind, LetterLanguage } from './letter-codes.js';
import type { Letterhead } from './letterhead.js';

export const SAMPLE_LETTERHEAD: Letterhead = {
  creditor: { 'zh-CN': '示例消费金融有限公司', en: 'Example Consumer Finance Co., Ltd.' },
  address: {
    'zh-CN': '上海市浦东新区世纪大道100号20层',
    en: '20/F, 100 Century Avenue, Pudong, Shanghai',
  },
  phone: '400-800-1234',
  hours: { 'zh-CN': '工作日 9:00–18:00', en: 'weekdays 9:00–18:00' },
  payment: [
    {
      channel: 'bank_transfer',
      details: {
        'zh-CN': '户名：示例消费金融有限公司；开户行：中国工商银行上海分行营业部；账号：1001 2345 6789 0123 456',
        en: 'Account name: Example Consumer Finance Co., Ltd.; bank: ICBC Shanghai Branch; account number: 1001 2345 6789 0123 456',
      },
    },
    {
      channel: 'alipay',
      details: {
        'zh-CN': '支付宝搜索“示例消费金融”官方服务号，进入“我的借款”还款',
        en: 'search for the official “Example Consumer Finance” service in Alipay and pay under “My loans”',
      },
    },
  ],
};

export function sampleFacts(kind: LetterKind = 'demand', language: LetterLanguage = 'zh-CN'): LetterFacts {
  return {
    kind,
    language,
    reference: 'L-20261129-9F3A61C2',
    letterDate: '2026-11-29',
    respondBy: '2026-12-14',
    asOf: '2026-11-29',
    letterhead: SAMPLE_LETTERHEAD,
    debtor: {
      name: language === 'zh-CN' ? '王芳' : 'Wang Fang',
      addressLines: ['上海市徐汇区漕溪北路88号3号楼1202室', '200030'],
      idMasked: '3101**********1234',
    },
    accountId: 'A-1',
    currency: 'CNY',
    pastDue: { principal: 812_345, interest: 64_210, fee: 5_000, penalty: 12_873, late_fee: 10_000 },
    notYetDue: { principal: 2_437_035, interest: 96_315, fee: 15_000, penalty: 0, late_fee: 0 },
    itemisation:
      kind === 'validation_notice'
        ? {
            date: '2026-08-15',
            basis: 'last_payment',
            owedThen: 3_400_000,
            interest: 70_000,
            fees: 12_778,
            paid: 30_000,
          }
        : null,
  };
}
