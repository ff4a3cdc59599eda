/**
 * The code lists of the playbook, defined once: the languages its texts are written in, the call's four
 * core tasks, what a checklist item captures, the follow-ups an excuse leads to, the visit types and the
 * methodology's thirty recovery methods (篇一 and 篇二 of the reference). The playbook document is data a
 * manager may edit; these lists are what every edition must cover, so the desk can rely on the ids.
 */

/** Every text of the playbook exists in both product languages. */
export const PLAYBOOK_LANGUAGES = ['zh-CN', 'en'] as const;
export type PlaybookLanguage = (typeof PLAYBOOK_LANGUAGES)[number];

/** The methodology is Chinese; its own language is what `playbook show` prints unless told otherwise. */
export const DEFAULT_PLAYBOOK_LANGUAGE: PlaybookLanguage = 'zh-CN';

export function isPlaybookLanguage(value: string): value is PlaybookLanguage {
  return (PLAYBOOK_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The four core tasks of a collection call, in the order a call works through them: ask for the money
 * today, learn why it is late, set out the lawful consequences, end with a promise (exact day and time).
 */
export const CALL_TASKS = ['ask_for_payment_today', 'learn_why_late', 'state_consequences', 'secure_promise'] as const;
export type CallTask = (typeof CALL_TASKS)[number];

/**
 * What a checklist item asks the collector to capture, which decides how the desk asks for it:
 * a yes/no, an amount, a day, a time of day (HH:MM), an excuse category, an activity outcome, free text,
 * or a list of points ticked off (the consequences actually stated).
 */
export const CAPTURE_KINDS = ['yes_no', 'amount', 'date', 'time', 'excuse', 'outcome', 'text', 'checklist'] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

/**
 * What an excuse leads to after the call, as the desk can act on it:
 * - ask_hardship_proof_and_replan: ask for proof of hardship, then fit a plan to what is left after living costs;
 * - ask_upstream_debtor_details: ask who owes the debtor and how much (the debtor's own receivable);
 * - switch_to_locating: finding the debtor now matters more than negotiating (locate only, never disclose);
 * - trace_assets_and_income: find every income and asset before deciding between a plan and legal action;
 * - remind_joint_liability: every obligor owes the whole debt, say so to each of them;
 * - verify_application_facts: check what the debtor declared when applying against what they say now;
 * - change_rhythm: stop repeating the demand; learn about the debtor's situation instead;
 * - follow_official_proceedings: follow the authorities' case and lodge the claim in it;
 * - claim_from_estate_or_obligors: the estate, the guarantors or the co-borrowers answer for the debt;
 * - escalate_to_team_lead: a team lead takes the next contact;
 * - refer_to_legal_review: the legal officer decides on a lawsuit or enforcement;
 * - field_visit: a visit (always in pairs) to see the debtor and their situation.
 */
export const FOLLOW_UPS = [
  'ask_hardship_proof_and_replan',
  'ask_upstream_debtor_details',
  'switch_to_locating',
  'trace_assets_and_income',
  'remind_joint_liability',
  'verify_application_facts',
  'change_rhythm',
  'follow_official_proceedings',
  'claim_from_estate_or_obligors',
  'escalate_to_team_lead',
  'refer_to_legal_review',
  'field_visit',
] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

/**
 * The three kinds of visit (篇二): confirm what the call said (确认式), search for a debtor who cannot be
 * reached (查找式), or follow a broken promise or plan (毁约式).
 */
export const VISIT_TYPES = ['confirm', 'search', 'breach'] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

/** Field visits are made in pairs at least: for safety and so that every visit has a witness. */
export const MIN_VISIT_STAFF = 2;

/** The warnings an abusive debtor is given, one after another, before the call ends (三次制止原则). */
export const ABUSE_WARNINGS = 3;

/**
 * The thirty recovery methods of the methodology, in its order (the position is the method's number).
 * Ids are stable: the desk and `playbook suggest` refer to them; names and texts live in the playbook.
 */
export const RECOVERY_METHODS = [
  'proactive_visit', // 1 主动出击法
  'empathy_first', // 2 感情投入法
  'review_the_books', // 3 参与核算法
  'help_collect_receivables', // 4 帮助讨债法
  'business_advice', // 5 出谋划策法
  'recovery_funding', // 6 资金启动法
  'trusted_person', // 7 借助关系法
  'mediation', // 8 调解法
  'all_obligors_together', // 9 多方参与法
  'concerted_team', // 10 群体进攻法
  'fresh_collector', // 11 人员交换法
  'lead_steps_in', // 12 领导出面法
  'company_governance', // 13 组织干预法
  'follow_cash_inflows', // 14 信息捕捉法
  'firm_and_gentle', // 15 刚柔相济法
  'two_roles', // 16 黑白脸法
  'family_shares', // 17 分解法
  'project_transfer', // 18 转让法
  'receivable_offset', // 19 债权抵顶法
  'instalment_plan', // 20 化整为零法
  'principal_first', // 21 先本后息法
  'insurance_proceeds', // 22 保险收益清偿法
  'guarantor_pursuit', // 23 担保责任追究法
  'collateral_enforcement', // 24 抵质押品处置法
  'debt_for_asset', // 25 以物抵贷法
  'discount_settlement', // 26 折扣法
  'credit_reporting', // 27 黑名单公示法, in its lawful form
  'credit_restriction', // 28 限制法, in its lawful form
  'notarized_enforcement', // 29 公证转执行法
  'lawsuit', // 30 依法起诉法
] as const;
export type RecoveryMethod = (typeof RECOVERY_METHODS)[number];

/** A method's number in the methodology (1–30). */
export function methodNumber(id: RecoveryMethod): number {
  return RECOVERY_METHODS.indexOf(id) + 1;
}
