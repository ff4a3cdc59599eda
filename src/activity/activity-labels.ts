/**
 * What the desk calls an activity's channel, direction and outcome, in both product languages. Keyed by
 * the code lists' own types, so a code added there without a label here does not compile.
 */
import type { ActivityChannel, Direction, Outcome } from '../domain/activity/activity-codes.js';
import type { VisitType } from '../domain/playbook/playbook-codes.js';
import type { ActivityView } from './activity-view.js';

export interface Label {
  en: string;
  zh: string;
}

export const CHANNEL_LABELS: Readonly<Record<ActivityChannel, Label>> = {
  sms: { en: 'SMS', zh: '短信' },
  email: { en: 'e-mail', zh: '邮件' },
  wechat: { en: 'WeChat', zh: '微信' },
  phone: { en: 'phone', zh: '电话' },
  post: { en: 'letter', zh: '信函' },
  visit: { en: 'visit', zh: '外访' },
  review: { en: 'review', zh: '审查' },
  note: { en: 'note', zh: '备注' },
};

export const DIRECTION_LABELS: Readonly<Record<Direction, Label>> = {
  outbound: { en: 'we reached out', zh: '主动联系' },
  inbound: { en: 'they reached us', zh: '对方来联系' },
  internal: { en: 'internal', zh: '内部' },
};

export const OUTCOME_LABELS: Readonly<Record<Outcome, Label>> = {
  no_answer: { en: 'no answer', zh: '无人接听' },
  busy: { en: 'line busy', zh: '占线' },
  voicemail: { en: 'voicemail', zh: '语音信箱' },
  wrong_number: { en: 'wrong number', zh: '号码错误' },
  unreachable: { en: 'unreachable', zh: '无法接通' },
  third_party: { en: 'spoke to a third party', zh: '第三方接听' },
  right_party_contact: { en: 'spoke to the debtor', zh: '联系到本人' },
  refused: { en: 'refused to pay', zh: '拒绝还款' },
  promise: { en: 'promised to pay', zh: '承诺还款' },
  dispute: { en: 'disputes the debt', zh: '对债务提出异议' },
  callback: { en: 'asked to be called back', zh: '约定回电' },
  hardship: { en: 'reports hardship', zh: '陈述经济困难' },
  paid: { en: 'says it is paid', zh: '称已还款' },
  deceased: { en: 'reported deceased', zh: '告知本人已故' },
  visited: { en: 'visited, met the debtor', zh: '外访见到本人' },
  not_found: { en: 'not found', zh: '未找到本人' },
  delivered: { en: 'delivered', zh: '已送达' },
  failed: { en: 'not delivered', zh: '发送失败' },
  note: { en: 'note', zh: '备注' },
};

/** The three kinds of visit (篇二). */
export const VISIT_TYPE_LABELS: Readonly<Record<VisitType, Label>> = {
  confirm: { en: 'confirming', zh: '确认式上门' },
  search: { en: 'search', zh: '查找式上门' },
  breach: { en: 'broken-promise', zh: '毁约式上门' },
};

/** "label 标签" for a code, or the code itself when it has no label (a row written by other means). */
export function bilingual(labels: Readonly<Record<string, Label>>, code: string): string {
  const label = labels[code];
  return label === undefined ? code : `${label.en} ${label.zh}`;
}

/**
 * What an activity was, in one line a person reads (the desk's list and the account timeline): channel and
 * direction, with whom, the outcome, who did it, the excuse, note, evidence and work item.
 */
export function describeActivity(a: ActivityView): string {
  const parts = [`${bilingual(CHANNEL_LABELS, a.channel)}, ${bilingual(DIRECTION_LABELS, a.direction)}`];
  const party = [a.party_id, a.contact_point === null ? null : `(${a.contact_point})`].filter((p) => p !== null);
  if (party.length > 0) parts.push(`with ${party.join(' ')}`);
  parts.push(bilingual(OUTCOME_LABELS, a.outcome));
  parts.push(`by ${a.staff.join(', ')}`);
  if (a.visit) {
    const home = a.visit.entered_home ? `, entered home 入户 (consent 同意: ${a.visit.consent_by})` : '';
    parts.push(
      `${bilingual(VISIT_TYPE_LABELS, a.visit.type)} visit${home}, recording 录音 ${a.visit.recording ?? '—'}`,
    );
  }
  if (a.excuse !== null) parts.push(`excuse ${a.excuse}`);
  if (a.note !== null) parts.push(`“${a.note}”`);
  if (a.evidence.length > 0) parts.push(`evidence ${a.evidence.join(', ')}`);
  if (a.work_item_id !== null) parts.push(`item ${a.work_item_id}`);
  return parts.join(' · ');
}
