/**
 * The demo's letters, at the end of the desk's weeks: the demo creditor's letterheads (a Shanghai lender
 * for the Chinese books, a New York one for the US book), then a demand in Chinese sent by a collector and
 * delivered by registered mail that day (its legal event restarts the limitation clock), a final demand
 * and a notice before credit reporting sent by the team lead, and a demand in English to a US borrower —
 * each a PDF in the evidence store with its activity, through the same use cases as `dunwell letter`. A
 * letter the contact gate refuses is recorded as a block and the story moves on to the next account.
 * Without a CJK font installed, the demo writes no letters and says why.
 */
import { isAppError } from '../domain/errors.js';
import type { LetterKind, LetterLanguage } from '../domain/letter/letter-codes.js';
import type { Letterhead } from '../domain/letter/letterhead.js';
import { evidenceFolder } from '../evidence/evidence-folder.js';
import { type CjkFont, findCjkFont } from '../letter/find-cjk-font.js';
import { issueLetter } from '../letter/issue-letter.js';
import { recordDelivery } from '../letter/record-delivery.js';
import { storeLetterhead } from '../letter/set-letterhead.js';
import type { Store } from '../store/open-database.js';

const SHANGHAI: Letterhead = {
  creditor: { 'zh-CN': '邓维尔演示消费金融有限公司', en: 'Dunwell Demo Consumer Finance Co., Ltd.' },
  address: {
    'zh-CN': '上海市浦东新区世纪大道100号20层',
    en: '20/F, 100 Century Avenue, Pudong New Area, Shanghai 200120',
  },
  phone: '400-800-1234',
  hours: { 'zh-CN': '工作日 9:00–18:00', en: 'weekdays 9:00–18:00' },
  payment: [
    {
      channel: 'bank_transfer',
      details: {
        'zh-CN': '户名：邓维尔演示消费金融有限公司；开户行：中国工商银行上海分行营业部；账号：1001 2345 6789 0123 456',
        en: 'Account name: Dunwell Demo Consumer Finance Co., Ltd.; bank: ICBC Shanghai Branch; account number: 1001 2345 6789 0123 456',
      },
    },
    {
      channel: 'alipay',
      details: {
        'zh-CN': '在支付宝搜索“邓维尔演示消费金融”官方服务号，进入“我的借款”还款',
        en: 'In Alipay, open the official service of Dunwell Demo Consumer Finance and pay under My loans',
      },
    },
  ],
};

const NEW_YORK: Letterhead = {
  creditor: { 'zh-CN': '邓维尔演示贷款公司', en: 'Dunwell Demo Lending, Inc.' },
  address: { 'zh-CN': '美国纽约州纽约市百老汇大街 1250 号 12 层', en: '1250 Broadway, 12th Floor, New York, NY 10001' },
  phone: '+1 212-555-0142',
  hours: { 'zh-CN': '周一至周五 9:00–17:00（纽约时间）', en: 'Monday to Friday 9:00–17:00 Eastern' },
  payment: [
    {
      channel: 'bank_transfer',
      details: {
        'zh-CN': '收款人：Dunwell Demo Lending, Inc.；银行：First Demo Bank；路由号 021000021；账号 483 920 117',
        en: 'Payee: Dunwell Demo Lending, Inc.; bank: First Demo Bank; routing 021000021; account 483 920 117',
      },
    },
    {
      channel: 'card',
      details: { 'zh-CN': '致电上述号码以借记卡还款', en: 'Call the number above to pay by debit card' },
    },
  ],
};

const LETTERHEADS: readonly [string, Letterhead][] = [
  ['consumer-loans', SHANGHAI],
  ['cards', SHANGHAI],
  ['sme-invoices', SHANGHAI],
  ['us-consumer', NEW_YORK],
];

/** The letters of the story: which book, which kind, in which language, sent by whom. */
const STORY: readonly { portfolio: string; kind: LetterKind; language: LetterLanguage; by: 'collector' | 'lead' }[] = [
  { portfolio: 'consumer-loans', kind: 'demand', language: 'zh-CN', by: 'collector' },
  { portfolio: 'consumer-loans', kind: 'final_demand', language: 'zh-CN', by: 'lead' },
  { portfolio: 'cards', kind: 'credit_report_notice', language: 'zh-CN', by: 'lead' },
  { portfolio: 'us-consumer', kind: 'demand', language: 'en', by: 'collector' },
];

/** How many accounts a letter of the story tries before it gives up (a refusal moves to the next one). */
const TRIES = 6;

export interface DemoLetters {
  issued: number;
  refused: number;
  delivered: number;
  /** Why no letters were written (no CJK font), or null. */
  skipped: string | null;
}

export async function demoLetters(options: { store: Store; asOf: string; now: () => Date }): Promise<DemoLetters> {
  const { store, asOf } = options;
  let font: CjkFont;
  try {
    font = findCjkFont(process.env);
  } catch (error) {
    if (isAppError(error, 'NOT_FOUND')) return { issued: 0, refused: 0, delivered: 0, skipped: error.message };
    throw error;
  }
  const users = await store.db
    .selectFrom('users')
    .select(['user_id', 'role'])
    .where('active', '=', 1)
    .orderBy('user_id')
    .execute();
  const collector = users.find((u) => u.role === 'collector')?.user_id;
  const lead = users.find((u) => u.role === 'team_lead')?.user_id;
  const manager = users.find((u) => u.role === 'manager')?.user_id;
  if (!collector || !lead || !manager) return { issued: 0, refused: 0, delivered: 0, skipped: 'no demo floor' };
  for (const [portfolioId, letterhead] of LETTERHEADS) {
    const exists = await store.db
      .selectFrom('portfolios')
      .select('portfolio_id')
      .where('portfolio_id', '=', portfolioId)
      .executeTakeFirst();
    if (exists) await storeLetterhead({ db: store.db, portfolioId, letterhead, by: manager, now: options.now() });
  }
  const folder = evidenceFolder(store);
  const result: DemoLetters = { issued: 0, refused: 0, delivered: 0, skipped: null };
  const used = new Set<string>();
  for (const step of STORY) {
    const candidates = await store.db
      .selectFrom('accounts')
      .select('account_id')
      .where('portfolio_id', '=', step.portfolio)
      .where('status', '=', 'active')
      .where('past_due_total', '>', 0)
      .where('dpd', '>=', step.kind === 'demand' ? 15 : 60)
      .orderBy('account_id')
      .limit(TRIES + used.size)
      .execute();
    for (const { account_id: accountId } of candidates.filter((c) => !used.has(c.account_id)).slice(0, TRIES)) {
      used.add(accountId);
      try {
        const { letter } = await issueLetter({
          store,
          accountId,
          kind: step.kind,
          language: step.language,
          on: asOf,
          by: step.by === 'lead' ? lead : collector,
          font,
          evidenceFolder: folder,
          now: options.now(),
        });
        result.issued += 1;
        if (result.delivered === 0 && step.kind === 'demand' && step.portfolio === 'consumer-loans') {
          await recordDelivery({
            store,
            activityId: letter.activity_id,
            method: 'registered_mail',
            on: asOf,
            by: collector,
            evidenceFolder: folder,
            now: options.now(),
          });
          result.delivered += 1;
        }
        break;
      } catch (error) {
        // An account the gate or the rules refuse (a hold, a missing address) is the next one's turn.
        if (!isAppError(error)) throw error;
        result.refused += 1;
      }
    }
  }
  return result;
}
