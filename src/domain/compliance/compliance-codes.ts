/**
 * The code lists of the contact gate, defined once: the rule packs there are, the channels an attempt is
 * made on, what a party may ask for, the hold types that stop outreach, the verdicts, and the kinds of
 * rule a pack may contain. The request format of `dunwell compliance check` (issue 8) names these codes;
 * the gate's channels are the words of that format (call, letter) where the strategy says phone and post.
 */

/** Every rule pack Dunwell ships: China, the US Regulation F, the UK's FCA CONC. */
export const PACK_IDS = ['cn', 'us-regf', 'uk-conc'] as const;
export type PackId = (typeof PACK_IDS)[number];

/** Every text a pack holds exists in both product languages. */
export const COMPLIANCE_LANGUAGES = ['zh-CN', 'en'] as const;
export type ComplianceLanguage = (typeof COMPLIANCE_LANGUAGES)[number];
export type Bilingual = Readonly<Record<ComplianceLanguage, string>>;

/** How a contact is made. A call is a voice call (a collector's or an automated one). */
export const GATE_CHANNELS = ['call', 'sms', 'email', 'wechat', 'visit', 'letter'] as const;
export type GateChannel = (typeof GATE_CHANNELS)[number];

export const CONTACT_DIRECTIONS = ['outbound', 'inbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/**
 * What a party has asked for (or told us), each an instant and, for stop_channel, the channel.
 * `statute_barred_claimed`: the customer said the debt is past its limitation period (CONC 7.15 stops
 * demands from then on; the time_barred rule of each pack says what it does).
 */
export const PARTY_REQUEST_TYPES = [
  'cease',
  'stop_channel',
  'consent_to_call',
  'third_party_refused',
  'represented',
  'statute_barred_claimed',
] as const;
export type PartyRequestType = (typeof PARTY_REQUEST_TYPES)[number];

/** Holds that stop outreach on the debts (as well as penalty interest and fees). */
export const HOLD_TYPES = ['dispute', 'hardship', 'bankruptcy', 'deceased', 'breathing_space', 'complaint'] as const;
export type HoldType = (typeof HOLD_TYPES)[number];

/** pass: the rule holds; warn: it holds, but look (the last attempt a cap allows); block: it does not. */
export const VERDICTS = ['pass', 'warn', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a rule of a pack checks; each kind has its own parameters (compliance-pack.ts). */
export const RULE_KINDS = [
  'contact_window',
  'daily_attempts',
  'daily_conversations',
  'call_frequency',
  'conversation_cooldown',
  'third_party_unreachable',
  'third_party_disclosure',
  'third_party_once',
  'third_party_refused',
  'cease',
  'stop_channel',
  'represented',
  'hold',
  'visit_staff',
  'opt_out',
  'do_not_contact',
  'validation_notice',
  'time_barred',
  'language',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** A channel in the words of each language, for the reasons the gate writes. */
export const CHANNEL_WORDS: Readonly<Record<GateChannel, Bilingual>> = {
  call: { 'zh-CN': '电话', en: 'call' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  email: { 'zh-CN': '电子邮件', en: 'email' },
  wechat: { 'zh-CN': '微信', en: 'WeChat' },
  visit: { 'zh-CN': '上门', en: 'visit' },
  letter: { 'zh-CN': '信函', en: 'letter' },
};

/** A hold type in the words of each language. */
export const HOLD_WORDS: Readonly<Record<HoldType, Bilingual>> = {
  dispute: { 'zh-CN': '异议核实', en: 'dispute' },
  hardship: { 'zh-CN': '困难宽限', en: 'hardship' },
  bankruptcy: { 'zh-CN': '破产', en: 'bankruptcy' },
  deceased: { 'zh-CN': '债务人死亡', en: 'deceased' },
  breathing_space: { 'zh-CN': '喘息期', en: 'breathing space' },
  complaint: { 'zh-CN': '投诉处理', en: 'complaint' },
};
