/**
 * Who at the desk may do what to the contact gate's inputs, written once as data: who places and who
 * lifts each type of hold (and how long a type runs when no end is given), who records and who withdraws
 * each kind of party request, who may set a rule aside (an override), which rules nobody may set aside,
 * and how long an override may last. The use cases (src/account, src/party, src/compliance) read these;
 * the README's "The desk side of the gate" prints them.
 *
 * The asymmetry is deliberate: what makes outreach stop (a hold, a cease request, a withdrawn consent) is
 * easy to record for whoever hears it on a call; what makes outreach start again (lifting a hold,
 * withdrawing a cease request, an override) needs a role that answers for it.
 */
import type { UserRole } from '../team/team-codes.js';
import type { Bilingual, HoldType, PartyRequestType, RuleKind } from './compliance-codes.js';

/** Every role that works accounts at the desk; an auditor reads and verifies and changes nothing. */
const DESK: readonly UserRole[] = ['collector', 'field_agent', 'team_lead', 'manager', 'admin', 'legal'];
/** Those who answer for the floor's decisions: they lift what a collector placed. */
const LEADS: readonly UserRole[] = ['team_lead', 'manager', 'admin', 'legal'];
/** Those who answer for legal status (insolvency, death, statutory moratoria). */
const LEGAL: readonly UserRole[] = ['legal', 'manager', 'admin'];

export interface HoldRights {
  /** Roles that may put an account on this hold. */
  place: readonly UserRole[];
  /** Roles that may end it early (a hold with an end date also ends by itself). */
  lift: readonly UserRole[];
  /** Days the hold runs (its first day included) when no end is given; null: until lifted. */
  defaultDays: number | null;
}

/**
 * A collector who hears a dispute, hardship or a complaint on a call puts the account on hold at once; a
 * lead lifts it once it is dealt with. Bankruptcy and death are legal facts the legal officer (or a
 * manager) records and undoes. A breathing space is a statutory moratorium of 60 days (SI 2020/1311,
 * reg. 26): a lead may record the notice, only the legal side ends it early (the scheme cancelled it).
 */
export const HOLD_RIGHTS: Readonly<Record<HoldType, HoldRights>> = {
  dispute: { place: DESK, lift: LEADS, defaultDays: null },
  hardship: { place: DESK, lift: LEADS, defaultDays: null },
  complaint: { place: DESK, lift: LEADS, defaultDays: null },
  breathing_space: { place: LEADS, lift: LEGAL, defaultDays: 60 },
  bankruptcy: { place: LEGAL, lift: LEGAL, defaultDays: null },
  deceased: { place: LEGAL, lift: LEGAL, defaultDays: null },
};

/** The hold type of a hold recorded before holds had types (and of `account hold` without --type). */
export const DEFAULT_HOLD_TYPE: HoldType = 'hardship';

export interface PartyRequestRights {
  /** Roles that may record the request (whoever heard it). */
  record: readonly UserRole[];
  /** Roles that may withdraw it (say it no longer holds). */
  withdraw: readonly UserRole[];
}

/**
 * Anyone at the desk records what a party asked. Withdrawing a request that stops contact (cease, stop a
 * channel, representation, a third party's refusal) lets contact start again, so a lead does it; consent
 * to be called is withdrawn by whoever hears the person take it back (that only stops calls).
 */
export const PARTY_REQUEST_RIGHTS: Readonly<Record<PartyRequestType, PartyRequestRights>> = {
  cease: { record: DESK, withdraw: LEADS },
  stop_channel: { record: DESK, withdraw: LEADS },
  represented: { record: DESK, withdraw: LEADS },
  third_party_refused: { record: DESK, withdraw: LEADS },
  consent_to_call: { record: DESK, withdraw: DESK },
  statute_barred_claimed: { record: DESK, withdraw: LEADS },
};

/** Only a collection manager or an administrator sets a rule of the pack aside, always with a reason. */
export const OVERRIDE_ROLES: readonly UserRole[] = ['manager', 'admin'];

/** An override lasts until the end of the local business day unless hours are given; at most a week. */
export const MAX_OVERRIDE_HOURS = 168;

/**
 * Why a kind of rule may never be set aside, or null when a manager may set it aside for one account with
 * a reason. What may go: the house's reading of reasonable hours and counts (the debtor asked to be called
 * in the evening, agreed to more calls), the threshold before a third party is traced, a third party who
 * asked to be called back, a hold while a plan or the answer to a dispute or complaint is agreed. What the
 * law makes absolute stays: a cease request, a represented debtor, a third party's refusal and never
 * telling a third party about the debt, a channel the person asked us to stop, the opt-out in a message,
 * visits in pairs, a contact point marked do-not-contact, the validation notice, a time-barred debt, wording
 * the language guard forbids, and the statutory holds (bankruptcy, death, breathing space).
 */
export const NEVER_SET_ASIDE: Readonly<Record<RuleKind, Bilingual | null>> = {
  contact_window: null,
  daily_attempts: null,
  daily_conversations: null,
  call_frequency: null,
  conversation_cooldown: null,
  third_party_unreachable: null,
  third_party_once: null,
  cease: {
    'zh-CN': '本人要求停止联系是本人的权利，任何人不能豁免；只有本人撤回（party request withdraw）后才能恢复联系。',
    en: 'A request to stop contact is the person’s right and no one may set it aside; contact resumes only once it is withdrawn (party request withdraw).',
  },
  represented: {
    'zh-CN': '本人已委托代理人的，只能联系代理人，任何人不能豁免。',
    en: 'A represented person is dealt with through the representative; no one may set that aside.',
  },
  third_party_disclosure: {
    'zh-CN': '绝不向第三方透露债务，任何人不能豁免。',
    en: 'The debt is never disclosed to a third party; no one may set that aside.',
  },
  third_party_refused: {
    'zh-CN': '第三方拒绝配合后不得再联系，任何人不能豁免。',
    en: 'A third party who refused is not contacted again; no one may set that aside.',
  },
  stop_channel: {
    'zh-CN': '本人要求停止的渠道不得使用，任何人不能豁免；只有本人撤回后才能恢复。',
    en: 'A channel the person asked us to stop is not used and no one may set that aside; it resumes only once the request is withdrawn.',
  },
  opt_out: {
    'zh-CN': '电子消息必须含有退订方式，任何人不能豁免；请修改正文。',
    en: 'An electronic message must carry a way to opt out; no one may set that aside. Change the text instead.',
  },
  visit_staff: {
    'zh-CN': '外访至少两人同行，任何人不能豁免；请再安排一名同事。',
    en: 'Visits are made in pairs at least; no one may set that aside. Send a second person instead.',
  },
  do_not_contact: {
    'zh-CN': '该联系方式已标记为禁止联系，任何人不能豁免；确有错误的，应更正联系方式的标记。',
    en: 'The contact point is marked do-not-contact and no one may set that aside; if the mark is wrong, correct the contact point.',
  },
  validation_notice: {
    'zh-CN': '法律要求的债务确认通知及其期限，任何人不能豁免。',
    en: 'The validation notice the law requires, and its period, cannot be set aside by anyone.',
  },
  time_barred: {
    'zh-CN': '已过诉讼时效的债务不得以诉讼相威胁或继续催讨（视规则包而定），任何人不能豁免。',
    en: 'A time-barred debt is not pursued against the rules of the pack (no threat of suit, no demands once it is claimed); no one may set that aside.',
  },
  language: {
    'zh-CN': '消息正文含有禁止的措辞，任何人不能豁免；请修改正文。',
    en: 'The message carries wording the rules forbid and no one may set that aside; change the text instead.',
  },
  // Holds: decided by the hold's type (HOLD_SET_ASIDE).
  hold: null,
};

/** Holds a manager may set aside for one contact (to agree a plan, answer the dispute or the complaint). */
export const HOLD_SET_ASIDE: Readonly<Record<HoldType, Bilingual | null>> = {
  dispute: null,
  hardship: null,
  complaint: null,
  bankruptcy: {
    'zh-CN': '破产程序中不得向债务人个别催收，任何人不能豁免；请通过破产管理人申报债权。',
    en: 'A bankrupt debtor is not pursued individually and no one may set that aside; claim through the trustee.',
  },
  deceased: {
    'zh-CN': '债务人已死亡，任何人不能豁免；应向遗产管理人或其他义务人主张。',
    en: 'The debtor has died and no one may set that aside; deal with the estate or the other obligors.',
  },
  breathing_space: {
    'zh-CN': '法定喘息期内不得催收，任何人不能豁免。',
    en: 'A statutory breathing space stops collection and no one may set it aside.',
  },
};

/** Why a rule of these kind and hold type may never be set aside, or null when it may. */
export function setAsideRefusal(kind: RuleKind, hold: HoldType | null): Bilingual | null {
  if (kind === 'hold' && hold !== null) return HOLD_SET_ASIDE[hold];
  return NEVER_SET_ASIDE[kind];
}

/** Whether `role` is one of `roles` (a role read from the database is any text). */
export function hasRole(roles: readonly UserRole[], role: string): boolean {
  return (roles as readonly string[]).includes(role);
}
