/**
 * Restrictions on a debtor (methodology method 28, 限制法, in its lawful form), decided without I/O:
 *
 * - `blacklist`: the lender's internal list — never published, never shared outside the lender;
 * - `stop_new_credit`: no new credit from this lender;
 * - `credit_bureau`: negative information reported to the credit bureau. The person must be told before
 *   it is reported (征信业管理条例 art. 15), so such a restriction is first `noticed` (the notice was sent)
 *   and becomes `reported` only once the pack's notice period after the notice has passed; without a
 *   notice it is refused.
 *
 * All of them end when the debt is paid (lifted automatically by the cycle, reason `paid`). A negative
 * credit record is kept for the pack's period after that (cn: 5 years from the day the default ended,
 * 征信业管理条例 art. 16).
 *
 * Publishing a debtor's details (黑名单公示, method 27 of the methodology: newspapers, screens, social media)
 * is refused outright: it is unlawful whoever asks.
 */
import { addDays, type IsoDate, isIsoDate } from '../calendar/calendar.js';
import type { PackId } from '../compliance/compliance-codes.js';
import { AppError } from '../errors.js';
import { RESPOND_DAYS } from '../letter/letter-codes.js';
import type { Words } from './case-codes.js';
import { addYears } from './case-deadlines.js';

export const RESTRICTION_TYPES = ['blacklist', 'stop_new_credit', 'credit_bureau'] as const;
export type RestrictionType = (typeof RESTRICTION_TYPES)[number];

/**
 * `active`: in force (blacklist, stop new credit); `noticed`: a credit-bureau report whose notice was sent
 * and whose notice period is running; `reported`: reported (or due to be, from effective_on); `lifted`.
 */
export const RESTRICTION_STATUSES = ['active', 'noticed', 'reported', 'lifted'] as const;
export type RestrictionStatus = (typeof RESTRICTION_STATUSES)[number];

/** Why a restriction was lifted: the debt was paid (the cycle), or a person lifted it with a reason. */
export const PAID_REASON = 'paid';

export const RESTRICTION_TYPE_LABELS: Readonly<Record<RestrictionType, Words>> = {
  blacklist: { en: 'internal blacklist', zh: '内部黑名单' },
  stop_new_credit: { en: 'no new credit', zh: '停止新增授信' },
  credit_bureau: { en: 'credit bureau report', zh: '报送征信不良信息' },
};

export const RESTRICTION_STATUS_LABELS: Readonly<Record<RestrictionStatus, Words>> = {
  active: { en: 'in force', zh: '生效中' },
  noticed: { en: 'notice sent, waiting', zh: '已告知，等待期内' },
  reported: { en: 'reported', zh: '已报送' },
  lifted: { en: 'lifted', zh: '已解除' },
};

/** What asking for a public posting gets: a refusal, its reason and what forbids it. */
export const PUBLIC_POSTING_TYPES = ['public_posting', 'social_media'] as const;

export const PUBLIC_POSTING_REFUSAL = {
  reason: {
    zh:
      '不得公开债务人的姓名、照片、欠款等信息（包括张贴、登报、公共屏幕、朋友圈或其他社交媒体“曝光”）：' +
      '这侵害其隐私和个人信息，属于明令禁止的催收行为，无论由谁发起都一律拒绝。可行的合法手段是内部黑名单、停止新增授信、' +
      '经事先告知后报送征信，以及诉讼。',
    en:
      "A debtor's name, photo or debt may not be made public (posted up, printed, shown on public screens, " +
      'or "exposed" on WeChat Moments or any social media): it breaches their privacy and personal ' +
      'information and is banned collection conduct, so it is refused whoever asks. The lawful means are the ' +
      'internal blacklist, stopping new credit, a credit-bureau report after prior notice, and a lawsuit.',
  },
  citation:
    '中国银行业协会《金融机构个人消费类贷款催收工作指引(试行)》(2026); 民法典 arts. 1033, 1034; 个人信息保护法 arts. 10, 25',
} as const satisfies { reason: Words; citation: string };

/**
 * Per pack: how long after the notice a negative report may go, and how long the record is kept. The law
 * behind each is cited; where the law sets no number the figure is Dunwell's and says so.
 */
export interface CreditReportingRule {
  noticeDays: number;
  noticeCitation: string;
  /** Years the negative record is kept; null where Dunwell does not compute it for the pack. */
  keepYears: number | null;
  /** From when the keep period runs: the day the debt ended (paid), or the day the default was reported. */
  keepFrom: 'paid' | 'reported';
  keepCitation: string;
}

export const CREDIT_REPORTING: Readonly<Record<PackId, CreditReportingRule>> = {
  // Art. 15 requires notice before reporting and sets no period. The notice letter (征信报送事先告知书)
  // names the day from which the report may go — its date plus RESPOND_DAYS — so the rule waits exactly
  // that long: time for the letter to arrive and the person to pay or object. Dunwell's figure, not the law's.
  cn: {
    noticeDays: RESPOND_DAYS.credit_report_notice,
    noticeCitation: `征信业管理条例 art. 15 (prior notice; the ${RESPOND_DAYS.credit_report_notice} days are the notice letter’s, Dunwell’s default)`,
    keepYears: 5,
    keepFrom: 'paid',
    keepCitation: '征信业管理条例 art. 16',
  },
  // No furnishing before speaking to the consumer or sending a notice and waiting a reasonable time (14
  // days) for a notice of undeliverability. FCRA's 7 years run from 180 days after the delinquency began,
  // a day this record does not keep: not computed.
  'us-regf': {
    noticeDays: 14,
    noticeCitation: '12 CFR 1006.30(a)(1)',
    keepYears: null,
    keepFrom: 'reported',
    keepCitation: 'FCRA 15 U.S.C. 1681c(a)(4), (c)',
  },
  // A notice of intention to file a default at least 28 days before; a default stays 6 years from its date.
  'uk-conc': {
    noticeDays: 28,
    noticeCitation:
      'Principles for the Reporting of Arrears, Arrangements and Defaults at Credit Reference Agencies (ICO/SCOR 2014)',
    keepYears: 6,
    keepFrom: 'reported',
    keepCitation: 'Principles for the Reporting of Arrears, Arrangements and Defaults (ICO/SCOR 2014)',
  },
};

/**
 * Channels that publish to everyone rather than reach the debtor: a template or message on one would post
 * the debtor's details in public. Matched on the name, so `wechat_moments` and `Weibo` are caught alike.
 */
const PUBLIC_CHANNEL_WORDS = [
  'public',
  'social',
  'moments',
  'weibo',
  'douyin',
  'tiktok',
  'newspaper',
  'billboard',
  'screen',
  'poster',
];

/** The refusal, in both languages with the law, when `channel` names a public one; null otherwise. */
export function publicPostingChannel(channel: unknown): string | null {
  if (typeof channel !== 'string') return null;
  const name = channel.toLowerCase();
  if (!PUBLIC_CHANNEL_WORDS.some((w) => name.includes(w))) return null;
  const { reason, citation } = PUBLIC_POSTING_REFUSAL;
  return `${channel} is a public channel and is refused — ${reason.en} / ${reason.zh} (${citation})`;
}

/** Refuses a public posting (FORBIDDEN, whoever asks), with the reason in both languages and the law. */
export function refusePublicPosting(type: string): void {
  if (!(PUBLIC_POSTING_TYPES as readonly string[]).includes(type)) return;
  const { reason, citation } = PUBLIC_POSTING_REFUSAL;
  throw new AppError('FORBIDDEN', `type: ${type} is refused — ${reason.en} / ${reason.zh} (${citation})`);
}

export function isRestrictionType(text: string): text is RestrictionType {
  return (RESTRICTION_TYPES as readonly string[]).includes(text);
}

export interface PlacedRestriction {
  status: RestrictionStatus;
  /** The day it takes effect: today, or for a bureau report the first day it may be reported. */
  effectiveOn: IsoDate;
  noticeSentOn: IsoDate | null;
}

/**
 * A new restriction's status, or the refusal: an unknown type, a public posting, or a bureau report
 * without a notice sent on or before today.
 */
export function placeRestriction(options: {
  type: string;
  pack: PackId;
  noticeSentOn: IsoDate | null;
  today: IsoDate;
}): PlacedRestriction {
  const { type, pack, noticeSentOn, today } = options;
  refusePublicPosting(type);
  if (!isRestrictionType(type)) {
    throw new AppError(
      'INVALID_INPUT',
      `type: "${type}" is not a restriction; the types are ${RESTRICTION_TYPES.join(', ')}`,
    );
  }
  if (type !== 'credit_bureau') {
    if (noticeSentOn !== null) {
      throw new AppError('INVALID_INPUT', `notice-sent-on: only a credit_bureau report needs a notice, not ${type}`);
    }
    return { status: 'active', effectiveOn: today, noticeSentOn: null };
  }
  const rule = CREDIT_REPORTING[pack];
  if (noticeSentOn === null) {
    throw new AppError(
      'INVALID_INPUT',
      `notice-sent-on: negative information is reported only after the person was told (${rule.noticeCitation}); ` +
        'send the notice first and give the day it was sent (--notice-sent-on) or its letter (--notice-activity) / ' +
        '报送不良信息前必须事先告知本人：请先发出告知，再登记发出日期或告知函',
    );
  }
  if (!isIsoDate(noticeSentOn)) {
    throw new AppError('INVALID_INPUT', `notice-sent-on: "${noticeSentOn}" is not a valid date (YYYY-MM-DD)`);
  }
  if (noticeSentOn > today) {
    throw new AppError('INVALID_INPUT', `notice-sent-on: ${noticeSentOn} is after today (${today})`);
  }
  const effectiveOn = reportableOn(noticeSentOn, pack);
  return { status: today >= effectiveOn ? 'reported' : 'noticed', effectiveOn, noticeSentOn };
}

/** The first day a negative report may go: the notice day plus the pack's notice period. */
export function reportableOn(noticeSentOn: IsoDate, pack: PackId): IsoDate {
  return addDays(noticeSentOn, CREDIT_REPORTING[pack].noticeDays);
}

export interface StoredRestriction {
  type: string;
  status: string;
  /** For a bureau report: the day it was (or may be) reported; NULL once lifted if it never was. */
  effectiveOn: IsoDate | null;
  liftedOn: IsoDate | null;
  liftedReason: string | null;
}

/**
 * Until when a reported negative record is kept, for a credit-bureau report that was reported: null when
 * there is no such record (never reported, or not a bureau report), when it is not known yet (cn: the debt
 * is not paid), or when the pack's period is not computed.
 */
export function recordKeptUntil(r: StoredRestriction, pack: PackId): IsoDate | null {
  if (r.type !== 'credit_bureau') return null;
  const rule = CREDIT_REPORTING[pack];
  if (rule.keepYears === null || r.effectiveOn === null) return null;
  // A notice lifted before its period ran out was never reported: lifting it clears effective_on.
  if (r.status !== 'reported' && r.status !== 'lifted') return null;
  if (rule.keepFrom === 'reported') return addYears(r.effectiveOn, rule.keepYears);
  return r.status === 'lifted' && r.liftedReason === PAID_REASON && r.liftedOn !== null
    ? addYears(r.liftedOn, rule.keepYears)
    : null;
}

/**
 * The effective day a restriction keeps when it is lifted: a bureau report lifted while still in its notice
 * period was never reported, so it loses the day it would have been.
 */
export function effectiveAfterLift(r: { status: string; effectiveOn: IsoDate | null }): IsoDate | null {
  return r.status === 'noticed' ? null : r.effectiveOn;
}

/** The debt is paid: nothing is owed, or the ledger closed the account (paid off or settled). */
export function isDebtPaid(account: { status: string; outstanding: number }): boolean {
  return account.outstanding <= 0 || account.status === 'paid_off' || account.status === 'settled';
}
