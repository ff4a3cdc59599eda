/**
 * Cash collection in words: a note, a playbook or any text the desk writes never tells a debtor to pay in
 * cash, to hand money to the collector, or to pay into someone's own account (the methodology: 禁止收取客户
 * 现金, 可以陪同客户存款走银行结算; payments come only through traceable channels, REFUSED_PAYMENT_CHANNELS in
 * src/domain/payment/payment-codes.ts). Checked by the language guard's own matcher with this small lexicon
 * under the category `cash_collection`: the same units, negation and reported-speech handling, so "绝不收取
 * 现金", "we never take cash" and "客户提出用现金还款，已拒绝" pass while "明天上门收现金" does not.
 *
 * Kept apart from the shipped lexicon (examples/compliance-lexicon.yaml), which its corpus and evaluation
 * measure; folding these rules into it is a matter of copying them there.
 */
import {
  guardText,
  type LanguageFinding,
  type LanguageGuard,
  languageGuard,
} from '../domain/compliance/language-guard.js';
import type { Lexicon, ReasonLanguage } from '../domain/compliance/lexicon.js';
import { AppError } from '../domain/errors.js';

/** The rules, as data (a lexicon in the shape of the shipped one). */
export const CASH_LEXICON: Lexicon = {
  version: 1,
  rules: [
    {
      id: 'cash_collection',
      category: 'cash_collection',
      reason: {
        'zh-CN':
          '催收人员不得收取现金，也不得让对方把钱交给个人或转入个人账户；还款只能通过银行等可追溯的正式渠道，可以陪同对方去银行办理。',
        en: 'Collectors never take cash, nor have money handed to a person or paid into a personal account; payments go only through the bank or other traceable official channels, and staff may go with the debtor to the bank.',
      },
      phrases: [
        '收现金',
        '收取现金',
        '收了现金',
        '收到现金',
        '交现金',
        '付现金',
        '给现金',
        '带现金',
        '准备现金',
        '准备好现金',
        '现金还款',
        '用现金还',
        '用现金付',
        '现金支付',
        '现金付款',
        '现金交给',
        '拿现金',
        '取现金',
        '当面交钱',
        '当面给钱',
        '当面付款',
        '当面还钱',
        '把钱交给我',
        '把钱给我',
        '钱交给我',
        '交给外访人员',
        '交给催收员',
        '交给我们的人',
        '转到私人账户',
        '打到私人账户',
        '转入私人账户',
        '转入个人账户',
        '打到个人账户',
        '转到我的账户',
        '转给我个人',
        '打到我卡上',
        '转我微信',
        '转我支付宝',
        '我的私人微信',
        'in cash',
        'pay cash',
        'paid cash',
        'cash payment',
        'hand over cash',
        'hand over the cash',
        'hand me the cash',
        'hand the cash',
        'collect cash',
        'collect the cash',
        'collected cash',
        'collected the cash',
        'bring cash',
        'bring the cash',
        'have the cash ready',
        'give the cash',
        'give me the cash',
        'cash to our agent',
        'pay our agent',
        'pay the agent',
        'pay me directly',
        'pay me personally',
        'pay the collector',
        'my personal account',
        'into a personal account',
        'into my account',
      ],
      sequences: [],
      except: [],
    },
  ],
  scopes: [
    // 绝不收取现金, "we never take cash", 不要把钱交给任何个人: saying it is not done is the rule itself.
    {
      id: 'negation',
      applies_to: ['cash_collection'],
      window: 6,
      reach: 'clause',
      cues: [
        'not',
        'never',
        'no',
        'nor',
        'cannot',
        'do not',
        'will not',
        'refuse',
        'refused',
        'declined',
        '不',
        '不得',
        '不会',
        '不能',
        '不要',
        '不收',
        '不接受',
        '绝不',
        '决不',
        '从不',
        '禁止',
        '严禁',
        '切勿',
        '请勿',
        '勿',
        '拒绝',
        '已拒绝',
        // 已无力用现金还款: the debtor cannot pay (the playbook's debt-for-asset method).
        '无力',
        '无法',
        '没有',
      ],
      breakers: ['but', 'however', '但', '但是', '可是'],
      except: [],
    },
    // 客户提出用现金还款, "the debtor offered to pay cash": what the debtor said, written down (and declined).
    {
      id: 'reported',
      applies_to: ['cash_collection'],
      window: 8,
      reach: 'clause',
      cues: [
        '客户提出',
        '客户表示',
        '客户称',
        '客户说',
        '客户想',
        '客户要求',
        '债务人提出',
        '债务人表示',
        '对方提出',
        '对方表示',
        '对方想',
        'debtor offered',
        'debtor asked',
        'debtor wanted',
        'customer offered',
        'customer asked',
        'customer wanted',
        'offered to',
        'asked to',
      ],
      breakers: [],
      except: [],
    },
  ],
};

let guard: LanguageGuard | undefined;

function cashGuard(): LanguageGuard {
  guard ??= languageGuard(CASH_LEXICON);
  return guard;
}

/** Where a text asks for cash or for money into a personal account, with why; empty when it does not. */
export function cashWording(text: string, language: ReasonLanguage): LanguageFinding[] {
  return guardText(cashGuard(), text, { toThirdParty: false, timeBarred: false }, language);
}

/**
 * INVALID_INPUT when a text the desk stores asks for cash or a personal account: `what` names it (`note`, the
 * playbook's file), each finding with its words and why.
 */
export function refuseCashWording(what: string, text: string, language?: ReasonLanguage): void {
  const findings = cashWording(text, language ?? (/\p{Script=Han}/u.test(text) ? 'zh-CN' : 'en'));
  if (findings.length === 0) return;
  const listed = findings.map((f) => `"${f.text}" (${f.category}: ${f.reason})`).join('; ');
  throw new AppError('INVALID_INPUT', `${what}: asks for cash or a personal account 涉及收取现金 — ${listed}`);
}
