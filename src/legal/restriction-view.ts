/**
 * Restrictions in the one shape every reader prints (`restriction add|lift|list --json`): external ids,
 * the type and status with their words, the notice and effective days, and for a credit-bureau report the
 * notice rule it followed and until when the negative record is kept.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { PACK_IDS, type PackId } from '../domain/compliance/compliance-codes.js';
import type { Words } from '../domain/legal/case-codes.js';
import {
  CREDIT_REPORTING,
  RESTRICTION_STATUS_LABELS,
  RESTRICTION_TYPE_LABELS,
  type RestrictionStatus,
  type RestrictionType,
  recordKeptUntil,
} from '../domain/legal/restriction-rules.js';
import type { Schema } from '../store/schema.js';

export interface RestrictionView {
  id: string;
  account_id: string;
  party_id: string;
  type: RestrictionType;
  type_label: Words;
  status: RestrictionStatus;
  status_label: Words;
  notice_sent_on: IsoDate | null;
  /** In force from (a bureau report: the first day it may be reported); null for a notice lifted unreported. */
  effective_on: IsoDate | null;
  lifted_on: IsoDate | null;
  lifted_reason: string | null;
  placed_by: string;
  /** A bureau report: the notice it needs, and how long its negative record is kept. */
  credit_reporting: {
    notice_days: number;
    notice_citation: string;
    record_kept_until: IsoDate | null;
    keep: Words;
    keep_citation: string;
  } | null;
}

export function selectRestrictions(db: Kysely<Schema>) {
  return db
    .selectFrom('restrictions as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .innerJoin('parties as y', 'y.id', 'r.party_id')
    .leftJoin('portfolios as p', 'p.portfolio_id', 'a.portfolio_id')
    .select([
      'r.id',
      'r.restriction_id',
      'a.account_id',
      'y.party_id',
      'r.type',
      'r.status',
      'r.notice_sent_on',
      'r.effective_on',
      'r.lifted_on',
      'r.lifted_reason',
      'r.placed_by',
      'p.compliance_pack',
    ]);
}

export type RestrictionRow = Awaited<ReturnType<ReturnType<typeof selectRestrictions>['execute']>>[number];

function keepWords(pack: PackId, keptUntil: IsoDate | null, status: string): Words {
  const rule = CREDIT_REPORTING[pack];
  if (rule.keepYears === null) {
    return { en: 'the keep period is not computed for this pack', zh: '本规则包不计算保存期限' };
  }
  if (keptUntil !== null) {
    return { en: `negative record kept until ${keptUntil}`, zh: `不良信息保存至 ${keptUntil}` };
  }
  if (status === 'lifted') return { en: 'never reported: no negative record', zh: '未报送，无不良记录' };
  return rule.keepFrom === 'paid'
    ? {
        en: `kept ${rule.keepYears} years from the day the debt is paid`,
        zh: `自欠款结清之日起保存 ${rule.keepYears} 年`,
      }
    : { en: `kept ${rule.keepYears} years from the day it is reported`, zh: `自报送之日起保存 ${rule.keepYears} 年` };
}

export function restrictionView(r: RestrictionRow): RestrictionView {
  const type = r.type as RestrictionType;
  const status = r.status as RestrictionStatus;
  const pack = PACK_IDS.find((p) => p === r.compliance_pack) ?? 'cn';
  const stored = {
    type,
    status,
    effectiveOn: r.effective_on,
    liftedOn: r.lifted_on,
    liftedReason: r.lifted_reason,
  };
  const rule = CREDIT_REPORTING[pack];
  const keptUntil = recordKeptUntil(stored, pack);
  return {
    id: r.restriction_id,
    account_id: r.account_id,
    party_id: r.party_id,
    type,
    type_label: RESTRICTION_TYPE_LABELS[type],
    status,
    status_label: RESTRICTION_STATUS_LABELS[status],
    notice_sent_on: r.notice_sent_on,
    effective_on: r.effective_on,
    lifted_on: r.lifted_on,
    lifted_reason: r.lifted_reason,
    placed_by: r.placed_by,
    credit_reporting:
      type === 'credit_bureau'
        ? {
            notice_days: rule.noticeDays,
            notice_citation: rule.noticeCitation,
            record_kept_until: keptUntil,
            keep: keepWords(pack, keptUntil, status),
            keep_citation: rule.keepCitation,
          }
        : null,
  };
}
