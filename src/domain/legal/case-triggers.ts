/**
 * When to think about going to law (methodology method 30, 依法起诉法): a suit is the last resort, weighed
 * for cost and the chance of actually recovering, but it should be considered seriously when
 *   1. the limitation period is about to run out,
 *   2. a loan secured by a registered mortgage over land, use rights, buildings or machinery has been overdue
 *      a long time,
 *   3. the borrower has died or gone missing,
 *   4. repeated talks have not reached an agreement,
 *   5. the debtor's assets need to be frozen, sealed or seized,
 *   6. the debtor is deliberately evading the debt.
 * This decides those six over one account's facts, without I/O, each trigger with its reason in both
 * languages; `dunwell legal suggest` runs it over the whole book.
 *
 * A contract notarized with an enforcement clause goes to enforcement without a suit (method 29), so the
 * suggested route is then `notarized_enforcement`. Nothing is suggested for an account that owes nothing,
 * already has an open case, or is past its limitation period (the debtor would only have to raise the
 * defence; suing or threatening to is what the language guard calls a false legal threat).
 */
import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { CaseKind, Words } from './case-codes.js';

/** The thresholds, each a judgement of the methodology's words made explicit. */
export const CASE_TRIGGER_PARAMS = {
  /** 即将超过诉讼时效: within this many days of expiry, time enough to prepare and file. */
  limitationNearDays: 90,
  /** 逾期时间较长: half a year past due. */
  securedDpd: 180,
  /** Assets a mortgage over which is registered: buildings and land-use rights, machinery, vehicles. */
  securedTypes: ['real_estate', 'equipment', 'vehicle'],
  /** How far back talks, excuses and broken promises are read. */
  windowDays: 180,
  /** 反复协商: this many right-party conversations since the last promise or proposal, none agreeing. */
  talksWithoutAgreement: 5,
  /** Visits that did not find the debtor, with no right-party contact since: missing. */
  visitsNotFound: 2,
  /** Broken promises in the window with no payment in noPaymentDays: evasion. */
  brokenPromises: 3,
  noPaymentDays: 90,
} as const;

export const CASE_TRIGGER_CODES = [
  'limitation_near',
  'secured_long_overdue',
  'debtor_deceased_or_missing',
  'no_agreement',
  'assets_to_freeze',
  'evasion',
] as const;
export type CaseTriggerCode = (typeof CASE_TRIGGER_CODES)[number];

export const CASE_TRIGGER_LABELS: Readonly<Record<CaseTriggerCode, Words>> = {
  limitation_near: { en: 'limitation period running out', zh: '诉讼时效即将届满' },
  secured_long_overdue: { en: 'secured loan long overdue', zh: '抵押贷款逾期较长' },
  debtor_deceased_or_missing: { en: 'debtor dead or missing', zh: '借款人死亡或失踪' },
  no_agreement: { en: 'no agreement after repeated talks', zh: '反复协商未达成一致' },
  assets_to_freeze: { en: 'assets to freeze', zh: '需冻结、查封、扣押资产' },
  evasion: { en: 'deliberate evasion', zh: '恶意逃废债务' },
};

/** Watch events that mean the debtor's assets are moving or other creditors are after them, in words. */
const ASSET_WATCH: Readonly<Record<string, Words>> = {
  ownership_change: { zh: '资产权属变更', en: 'a change of ownership' },
  litigation: { zh: '涉诉（其他债权人已起诉）', en: 'a lawsuit by another creditor' },
  insolvency: { zh: '资不抵债迹象', en: 'signs of insolvency' },
};
const MISSING_EXCUSES = ['absconded'];
const DEAD_EXCUSES = ['dead_jailed_incapacitated'];
/** Excuses that show the debt avoided on purpose, in words. */
const EVASION_EXCUSES: Readonly<Record<string, Words>> = {
  hiding: { zh: '躲避、藏匿', en: 'hiding from us' },
  professional_defaulter: { zh: '有能力却习惯性拒不还款', en: 'able to pay but refusing as a habit' },
  contact_shielding_debtor: { zh: '联系人替其遮掩行踪', en: 'contacts shielding them' },
};
/** Right-party outcomes that are themselves an agreement (or money): they end a run of fruitless talks. */
const AGREEING_OUTCOMES = ['promise', 'paid'];

export interface CaseActivityFact {
  on: IsoDate;
  channel: string;
  outcome: string;
  excuse: string | null;
  rightParty: boolean;
}

export interface CaseFacts {
  today: IsoDate;
  dpd: number;
  outstanding: number;
  notarizedOn: IsoDate | null;
  /** Types of the collateral on file. */
  collateralTypes: readonly string[];
  /** An open hold of type `deceased`. */
  deceasedHold: boolean;
  /** Watch events about the borrower (or the account), any age: type and day. */
  watch: readonly { type: string; on: IsoDate }[];
  /** Activities of the window (right-party contacts, and anything with an excuse or a not-found). */
  activities: readonly CaseActivityFact[];
  /** The latest promise taken or arrangement proposed. */
  lastAgreementOn: IsoDate | null;
  /** A promise still pending or an arrangement proposed, approved or running. */
  openAgreement: boolean;
  /** Promises judged broken in the window. */
  brokenPromises: number;
  lastPaymentOn: IsoDate | null;
  /** When the limitation period runs out; null when no clock runs (nothing past due). */
  limitationExpiresOn: IsoDate | null;
  /** The kind of an open legal case on the account, if any. */
  openCase: CaseKind | null;
}

export interface CaseTrigger {
  code: CaseTriggerCode;
  reason: Words;
}

export type CaseSuggestionSkip = 'not_owed' | 'open_case' | 'time_barred';

export interface CaseSuggestion {
  triggers: CaseTrigger[];
  /** The route to take: enforcement of the notarized instrument where there is one, else a suit. */
  route: CaseKind;
  /** Why nothing is suggested although the facts might call for it. */
  skipped: CaseSuggestionSkip | null;
}

export function suggestCase(f: CaseFacts): CaseSuggestion {
  const route: CaseKind = f.notarizedOn !== null ? 'notarized_enforcement' : 'lawsuit';
  if (f.outstanding <= 0 || f.dpd <= 0) return { triggers: [], route, skipped: 'not_owed' };
  if (f.openCase !== null) return { triggers: [], route, skipped: 'open_case' };
  if (f.limitationExpiresOn !== null && f.limitationExpiresOn < f.today) {
    return { triggers: [], route, skipped: 'time_barred' };
  }
  const from = addDays(f.today, -CASE_TRIGGER_PARAMS.windowDays);
  const recent = f.activities.filter((a) => a.on >= from && a.on <= f.today);
  const triggers = [
    limitationNear(f),
    securedLongOverdue(f),
    deceasedOrMissing(f, recent),
    noAgreement(f, recent),
    assetsToFreeze(f, recent, from),
    evasion(f, recent),
  ].filter((t): t is CaseTrigger => t !== null);
  return { triggers, route, skipped: null };
}

function limitationNear(f: CaseFacts): CaseTrigger | null {
  if (f.limitationExpiresOn === null) return null;
  const left = daysBetween(f.limitationExpiresOn, f.today);
  if (left > CASE_TRIGGER_PARAMS.limitationNearDays) return null;
  return {
    code: 'limitation_near',
    reason: {
      zh: `诉讼时效将于 ${f.limitationExpiresOn} 届满（还剩 ${left} 天）：起诉可中断时效，到期后债务人可以时效抗辩。`,
      en: `The limitation period runs out on ${f.limitationExpiresOn} (${left} days left): filing restarts it; after it the debtor can plead limitation.`,
    },
  };
}

function securedLongOverdue(f: CaseFacts): CaseTrigger | null {
  const secured = f.collateralTypes.filter((t) => (CASE_TRIGGER_PARAMS.securedTypes as readonly string[]).includes(t));
  if (secured.length === 0 || f.dpd < CASE_TRIGGER_PARAMS.securedDpd) return null;
  const types = [...new Set(secured)].sort().join(', ');
  return {
    code: 'secured_long_overdue',
    reason: {
      zh: `逾期 ${f.dpd} 天，且有登记抵押物（${types}）：可诉请就抵押物优先受偿。`,
      en: `${f.dpd} days past due with registered collateral (${types}): a suit can have the collateral sold and paid first.`,
    },
  };
}

function deceasedOrMissing(f: CaseFacts, recent: readonly CaseActivityFact[]): CaseTrigger | null {
  const death = f.watch.find((w) => w.type === 'death');
  const deadActivity = recent.find((a) => a.outcome === 'deceased' || DEAD_EXCUSES.includes(a.excuse ?? ''));
  if (f.deceasedHold || death || deadActivity) {
    const when = death?.on ?? deadActivity?.on;
    const source: Words = f.deceasedHold
      ? { zh: '身故暂停', en: 'a deceased hold' }
      : death
        ? { zh: '监测事件', en: 'a watch event' }
        : { zh: '催收记录', en: 'an activity' };
    return {
      code: 'debtor_deceased_or_missing',
      reason: {
        zh: `记录显示借款人已死亡或丧失行为能力${when ? `（${when}）` : ''}，来源：${source.zh}：应向继承人或遗产管理人主张，必要时起诉。`,
        en: `The borrower is recorded as dead or incapacitated${when ? ` (${when})` : ''}, from ${source.en}: the claim goes to the heirs or the estate, by suit if need be.`,
      },
    };
  }
  const absconded = recent.find((a) => MISSING_EXCUSES.includes(a.excuse ?? ''));
  const notFound = recent.filter((a) => a.channel === 'visit' && a.outcome === 'not_found');
  const lastNotFound = notFound
    .map((a) => a.on)
    .sort()
    .at(-1);
  const reachedSince = lastNotFound !== undefined && recent.some((a) => a.rightParty && a.on > lastNotFound);
  const missingByVisits = notFound.length >= CASE_TRIGGER_PARAMS.visitsNotFound && !reachedSince;
  if (!absconded && !missingByVisits) return null;
  return {
    code: 'debtor_deceased_or_missing',
    reason: absconded
      ? {
          zh: `${absconded.on} 的记录显示借款人已下落不明（跑路）：可起诉并申请公告送达。`,
          en: `Recorded on ${absconded.on} that the borrower has disappeared: a suit can proceed with service by public notice.`,
        }
      : {
          zh: `外访 ${notFound.length} 次未找到本人，此后也未联系上：借款人可能失踪，可考虑起诉。`,
          en: `${notFound.length} visits did not find the borrower and nobody has reached them since: they may be missing; consider a suit.`,
        },
  };
}

function noAgreement(f: CaseFacts, recent: readonly CaseActivityFact[]): CaseTrigger | null {
  if (f.openAgreement) return null;
  const since = f.lastAgreementOn;
  const talks = recent.filter(
    (a) => a.rightParty && !AGREEING_OUTCOMES.includes(a.outcome) && (since === null || a.on > since),
  );
  if (talks.length < CASE_TRIGGER_PARAMS.talksWithoutAgreement) return null;
  const tail = since === null ? '' : `自 ${since} 最后一次承诺或方案以来`;
  const tailEn = since === null ? '' : ` since the last promise or proposal on ${since}`;
  return {
    code: 'no_agreement',
    reason: {
      zh: `${tail}与本人沟通 ${talks.length} 次仍未达成还款承诺或方案。`,
      en: `${talks.length} conversations with the debtor${tailEn} and still no promise or arrangement.`,
    },
  };
}

function assetsToFreeze(f: CaseFacts, recent: readonly CaseActivityFact[], from: IsoDate): CaseTrigger | null {
  const moving = f.watch
    .filter((w) => Object.hasOwn(ASSET_WATCH, w.type) && w.on >= from && w.on <= f.today)
    .sort((a, b) => (a.on < b.on ? 1 : -1))[0];
  if (moving) {
    const what = ASSET_WATCH[moving.type] as Words;
    return {
      code: 'assets_to_freeze',
      reason: {
        zh: `${moving.on} 出现${what.zh}：资产可能被转移或被其他债权人抢先处置，应起诉并申请财产保全（民事诉讼法 第九章）。`,
        en: `${what.en[0]?.toUpperCase()}${what.en.slice(1)} on ${moving.on}: assets may move or go to other creditors first; sue and ask for preservation (民事诉讼法 chapter 9).`,
      },
    };
  }
  const receivable = recent.find((a) => a.excuse === 'third_party_owes_me');
  if (!receivable) return null;
  return {
    code: 'assets_to_freeze',
    reason: {
      zh: `${receivable.on} 债务人称他人欠其款项：该到期债权可申请冻结，或依法代位行使（民法典 第 535 条）。`,
      en: `On ${receivable.on} the debtor said others owe them money: that receivable can be frozen, or claimed in their place (民法典 art. 535).`,
    },
  };
}

function evasion(f: CaseFacts, recent: readonly CaseActivityFact[]): CaseTrigger | null {
  const evasive = recent
    .filter((a) => a.excuse !== null && Object.hasOwn(EVASION_EXCUSES, a.excuse))
    .sort((a, b) => (a.on < b.on ? 1 : -1))[0];
  if (evasive) {
    const what = EVASION_EXCUSES[evasive.excuse ?? ''] as Words;
    return {
      code: 'evasion',
      reason: {
        zh: `${evasive.on} 记录债务人${what.zh}，显示其有意逃避债务。`,
        en: `Recorded on ${evasive.on}: the debtor is ${what.en}, avoiding the debt on purpose.`,
      },
    };
  }
  const paidLately =
    f.lastPaymentOn !== null && daysBetween(f.today, f.lastPaymentOn) < CASE_TRIGGER_PARAMS.noPaymentDays;
  if (f.brokenPromises < CASE_TRIGGER_PARAMS.brokenPromises || paidLately) return null;
  return {
    code: 'evasion',
    reason: {
      zh: `${CASE_TRIGGER_PARAMS.windowDays} 天内违背还款承诺 ${f.brokenPromises} 次，且 ${CASE_TRIGGER_PARAMS.noPaymentDays} 天内无任何还款。`,
      en: `${f.brokenPromises} promises broken in ${CASE_TRIGGER_PARAMS.windowDays} days and no payment in ${CASE_TRIGGER_PARAMS.noPaymentDays} days.`,
    },
  };
}
