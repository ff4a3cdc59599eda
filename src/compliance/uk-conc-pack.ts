/**
 * The `uk-conc` rule pack (the UK's CONC), the same text as examples/compliance-packs/uk-conc.yaml (a test holds
 * them equal byte for byte), shipped in the build so the gate needs no file. Edit the example and copy it here.
 */
export const UK_CONC_PACK_YAML = `# Dunwell compliance rule pack \`uk-conc\`: consumer credit collection in the United Kingdom under the
# FCA's Consumer Credit sourcebook (CONC 7) and the Debt Respite Scheme.
# Dunwell 合规规则包 \`uk-conc\`：英国金融行为监管局《消费信贷手册》第 7 章及债务喘息计划下的催收。
#
# Each rule has an id, the text it comes from (\`citation\`), its reason in both languages and its
# parameters; "[check]" marks a value to confirm against the published text. CONC sets no numeric cap on
# contact; it asks for reasonable times and respect for the customer's stated preferences.
# 每条规则含编号、出处、中英文说明和参数；“[check]”表示应对照原文核实的数值。CONC 没有联系次数上限。
pack: uk-conc
version: 2
title:
  zh-CN: 英国：CONC 第 7 章下的消费信贷催收联系规则
  en: 'United Kingdom: contact rules for consumer credit collection under CONC 7'

rules:
  # CONC names no hours; 08:00–21:00 is the common reading of "reasonable" and stays a parameter.
  - id: uk-conc.contact_window
    kind: contact_window
    citation: CONC 7.9 (no contact at unreasonable times); the hours are common practice [check]
    reason:
      zh-CN: 不得在不合理的时间联系客户（客户当地时间 8:00 至 21:00 以外）。
      en: The customer is not contacted at unreasonable times (outside 8:00 to 21:00 local time).
    params:
      start: '08:00'
      end: '21:00'
      start_included: true
      end_included: false
      channels: [call, sms, email, wechat, visit]

  - id: uk-conc.third_party_unreachable
    kind: third_party_unreachable
    citation: CONC 7.9 (tracing only); the threshold of failed attempts is a house rule [check]
    reason:
      zh-CN: 仅在无法联系到客户时，才为寻找客户而联系第三方。
      en: A third party is contacted only to trace the customer, when the customer cannot be reached.
    params:
      failed_attempts: 3

  - id: uk-conc.third_party_disclosure
    kind: third_party_disclosure
    citation: CONC 7.9.6R–7.9.10R
    reason:
      zh-CN: 先确认对方身份，绝不向第三方透露债务。
      en: Confirm who you are speaking to, and never disclose the debt to a third party.
    params: {}

  - id: uk-conc.third_party_refused
    kind: third_party_refused
    citation: CONC 7.9 [check]
    reason:
      zh-CN: 第三方拒绝配合后不得再联系。
      en: A third party who refuses is not contacted again.
    params: {}

  - id: uk-conc.cease
    kind: cease
    citation: CONC 7.9 (the customer's stated preferences) [check]
    reason:
      zh-CN: 客户要求停止联系的，暂停联系并交由人员处理（改用书面方式等）。
      en: When the customer asks to stop contact, contact stops and a person deals with it (in writing, for instance).
    params: {}

  - id: uk-conc.stop_channel
    kind: stop_channel
    citation: CONC 7.9 (the customer's stated preferences)
    reason:
      zh-CN: 尊重客户所述的联系偏好：客户要求停止的渠道不再使用。
      en: The customer's stated preferences are respected, so a channel they asked us to stop is not used.
    params: {}

  - id: uk-conc.do_not_contact
    kind: do_not_contact
    citation: CONC 7.9 (the customer's stated preferences); UK GDPR art. 21 [check]
    reason:
      zh-CN: 尊重客户所述的联系偏好：已标记为“勿联系”的联系方式不再使用。
      en: The customer's stated preferences are respected, so a contact point marked do-not-contact is not used.
    params: {}

  - id: uk-conc.represented
    kind: represented
    citation: CONC 7.9; FCA guidance on customers with debt advisers [check]
    reason:
      zh-CN: 客户已委托债务顾问或代理人的，与其代理人沟通。
      en: When the customer has appointed a debt adviser or representative, deal with them.
    params: {}

  - id: uk-conc.hold.dispute
    kind: hold
    citation: CONC 7.5 [check]
    reason:
      zh-CN: 客户对债务提出有依据的异议时，在核实前暂停催收。
      en: When the customer disputes the debt on valid grounds, collection stops until it is looked into.
    params:
      hold: dispute

  - id: uk-conc.hold.hardship
    kind: hold
    citation: CONC 7.3.4R
    reason:
      zh-CN: 以宽容对待欠款客户：困难期内暂停催收，给予商定还款计划的时间。
      en: Customers in arrears are treated with forbearance; during hardship, collection pauses and there is time to agree a plan.
    params:
      hold: hardship

  - id: uk-conc.hold.bankruptcy
    kind: hold
    citation: Insolvency Act 1986 s.285 [check]
    reason:
      zh-CN: 破产令发出后，不得就可申报债务向债务人个别催收。
      en: After a bankruptcy order, the debtor is not pursued individually for a provable debt.
    params:
      hold: bankruptcy

  - id: uk-conc.hold.deceased
    kind: hold
    citation: house rule [check]
    reason:
      zh-CN: 客户已故的，停止催收，与遗产代理人沟通。
      en: When the customer has died, collection stops and the personal representatives are dealt with.
    params:
      hold: deceased

  - id: uk-conc.hold.breathing_space
    kind: hold
    citation: The Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations 2020 (SI 2020/1311)
    reason:
      zh-CN: 60 天喘息期内不得要求还款，不得计收利息和费用。
      en: During the 60-day breathing space there are no requests for payment, no interest and no charges.
    params:
      hold: breathing_space

  - id: uk-conc.hold.complaint
    kind: hold
    citation: FCA DISP 1 (complaint handling) [check]
    reason:
      zh-CN: 客户的投诉正在处理期间，暂停催收联系。
      en: While the customer's complaint is under review, collection contact stops.
    params:
      hold: complaint

  # CONC 7.15: once the customer says the debt is statute-barred, demands stop; a person looks into it.
  - id: uk-conc.time_barred
    kind: time_barred
    citation: CONC 7.15; Limitation Act 1980 s.5
    reason:
      zh-CN: 客户指出债务已过诉讼时效后停止催讨；已过时效的债务不得以起诉相威胁。
      en: Demands stop once the customer says the debt is statute-barred, and a statute-barred debt is never met with a threat of court action.
    params:
      stop_when_claimed: true
      check_text: true

  - id: uk-conc.language
    kind: language
    citation: CONC 7.3.10R (pressure); CONC 7.9.6R–7.9.10R (disclosure); CONC 7.3 (misleading or threatening communications) [check]
    reason:
      zh-CN: 不得施加不当压力、威胁或误导客户，不得向第三方透露债务。
      en: No undue pressure, no threatening or misleading the customer, no disclosure of the debt to a third party.
    params: {}

# For the legal side; the gate does not use these yet.
retention:
  years: 6
  citation: FCA DISP 2.8.2R (a complaint may reach the Financial Ombudsman up to six years after the event); Limitation Act 1980 s.5 (six years for a claim in contract); FCA SYSC 9.1 (orderly records)
  reason:
    zh-CN: 记录（含通话录音）保存 6 年：金融申诉专员可受理事件发生后 6 年内的投诉，合同之诉的时效亦为 6 年。
    en: Records, call recordings included, are kept 6 years, as long as the Financial Ombudsman hears a complaint and a claim in contract may be brought.

# The limitation clock (\`dunwell legal limitation\`, \`legal clock\`, the cycle's limitation_days_left).
limitation:
  periods:
    england_wales: 6
    scotland: 5
  default_period: england_wales
  citation: Limitation Act 1980 s.5; Prescription and Limitation (Scotland) Act 1973 s.6; CONC 7.15
  reason:
    zh-CN: 英格兰和威尔士时效 6 年，苏格兰 5 年；客户指出债务已过时效后，停止催讨。
    en: Six years in England and Wales, five in Scotland; once the customer says the debt is statute-barred, demands stop.
  # The day the cause of action accrued is not counted; a claim issued on the next day the court office
  # opens is in time when the last day falls on a day it is closed (Pritam Kaur v S Russell & Sons [1973]).
  counting:
    no_matching_day: month_end
    last_day_off: next_working_day
    calendar: null
    citation: Marren v Dawson Bentley [1961]; Pritam Kaur v S Russell & Sons Ltd [1973] QB 336 [check]
  absolute: null
  # An acknowledgement counts only in writing, signed by the debtor (s.30); a demand restarts nothing.
  restarts:
    payment: Limitation Act 1980 s.29(5)(b) (part payment)
    acknowledgement: Limitation Act 1980 s.29(5)(a), s.30 (in writing, signed)
    plan_agreed: Limitation Act 1980 s.29(5), s.30 (a plan the debtor signed acknowledges the debt) [check]
    suit_filed: CPR 7.2 (a claim is brought when the claim form is issued) [check]
  # Once barred, a right of action is not revived by a later acknowledgement or payment.
  waived_by: {}

# Interest: no general cap in consumer credit (the high-cost short-term credit cap of CONC 5A is not
# encoded); penalty interest is judged as fair treatment, not by a range.
interest:
  products: []
  citation: CONC 5A (high-cost short-term credit only, not encoded); CONC 7.7 (default charges) [check]
  reason:
    zh-CN: 英国消费信贷没有一般利率上限（高成本短期信贷的上限未编入）；违约费用须合理。
    en: UK consumer credit has no general rate cap (the high-cost short-term credit cap is not encoded); default charges must be fair.
  caps: {}
  penalty_uplift: null
`;
