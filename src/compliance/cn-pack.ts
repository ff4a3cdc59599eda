/**
 * The `cn` rule pack (China), the same text as examples/compliance-packs/cn.yaml (a test holds
 * them equal byte for byte), shipped in the build so the gate needs no file. Edit the example and copy it here.
 */
export const CN_PACK_YAML = `# Dunwell compliance rule pack \`cn\`: collection contact in the People's Republic of China.
# Dunwell 合规规则包 \`cn\`：中华人民共和国境内的催收联系规则。
#
# Every contact Dunwell makes or a collector starts is judged against each rule below (\`dunwell compliance
# check\` shows the decision). Each rule has an id, the text it comes from (\`citation\`), its reason in both
# languages, and its parameters. "[check]" marks a value taken from a secondary source: it stays a
# parameter and should be confirmed against the published text. Where the text allows a reading either
# way, the parameter says which one the pack takes, and the pack takes the safer one.
# 每条规则含编号、出处、中英文说明和参数。“[check]”表示该数值来自二手资料，应对照原文核实。
#
# Counting is in calendar days on the debtor's wall clock, in every time zone the debtor may be in.
# 按债务人当地日历日计数；债务人可能身处多个时区时，每个时区都须符合。
pack: cn
version: 1
title:
  zh-CN: 中国：个人贷款催收联系规则
  en: 'China: contact rules for collecting consumer loans'

rules:
  # The texts allow contact outside these hours when the debtor agreed; the pack does not take that
  # exception (the safer reading): a debtor who asks to be called late is a case for a person.
  - id: cn.contact_window
    kind: contact_window
    citation: 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）；GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025） [check]
    reason:
      zh-CN: 每日 22:00 至次日 08:00（债务人当地时间）不得致电、上门或以其他方式催收。
      en: No calls, visits or other collection contact from 22:00 to 08:00 in the debtor's local time.
    params:
      start: '08:00'
      end: '22:00'
      start_included: true
      end_included: false
      channels: [call, sms, wechat, email, visit]

  - id: cn.daily_attempts
    kind: daily_attempts
    citation: 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026） [check]
    reason:
      zh-CN: 同一联系方式（号码）每日未接通的呼叫不超过 6 次。
      en: At most 6 unanswered call attempts a day to the same contact point (number).
    params:
      max: 6
      channels: [call]

  # Automated voice calls are calls; a conversation the debtor started counts too (the safer reading).
  - id: cn.daily_conversations
    kind: daily_conversations
    citation: GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025） [check]
    reason:
      zh-CN: 与同一债务人每日有效通话（含智能语音）不超过 3 次。
      en: At most 3 effective conversations (automated voice included) with one debtor a day.
    params:
      max: 3
      channels: [call]
      count_inbound: true

  - id: cn.third_party_unreachable
    kind: third_party_unreachable
    citation: GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025）；中国银行业协会催收工作指引（2026）；《信用卡业务监督管理办法》第六十八条
    reason:
      zh-CN: 只向借款人、共同借款人、合同内保证人催收；仅在债务人无法联系（如号码无效、连续 3 次联系失败）时方可联系第三方，且仅为寻找债务人。
      en: Collect only from the borrower, co-borrowers and guarantors in the contract; contact a third party only when the debtor is unreachable (an invalid number, 3 failed attempts in a row), and only to find the debtor.
    params:
      failed_attempts: 3

  - id: cn.third_party_disclosure
    kind: third_party_disclosure
    citation: GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025）；中国银行业协会催收工作指引（2026）；《个人信息保护法》第二十八条至第三十条
    reason:
      zh-CN: 不得向第三方透露债务或债务人的任何欠款信息。
      en: Never reveal the debt, or that the debtor owes anything, to a third party.
    params: {}

  - id: cn.third_party_refused
    kind: third_party_refused
    citation: GB/T《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025）
    reason:
      zh-CN: 第三方拒绝配合后不得再联系。
      en: Stop contacting a third party who refuses.
    params: {}

  - id: cn.cease
    kind: cease
    citation: 《民法典》第一千零三十三条；《个人信息保护法》第四十四条
    reason:
      zh-CN: 以电话、短信、即时通讯等方式侵扰他人私人生活安宁属违法；本人要求停止联系的，暂停联系并交由人员处理。
      en: Disturbing a person's private life by calls, SMS or messaging is unlawful; when the person asks to stop all contact, contact stops and a person deals with it.
    params: {}

  - id: cn.stop_channel
    kind: stop_channel
    citation: 《民法典》第一千零三十三条；《个人信息保护法》第四十四条
    reason:
      zh-CN: 本人有权限制对其联系方式的使用；要求停止某一渠道的，不再使用该渠道。
      en: A person may restrict the use of their contact details; a channel they asked us to stop is not used again.
    params: {}

  - id: cn.represented
    kind: represented
    citation: Dunwell 内部规则 / house rule [check]
    reason:
      zh-CN: 债务人已委托律师或代理人的，与代理人沟通，不直接联系本人。
      en: When the debtor has appointed a lawyer or representative, deal with them instead of the debtor.
    params: {}

  - id: cn.hold.dispute
    kind: hold
    citation: Dunwell 内部规则 / house rule：有异议的债务先核实后催收 [check]
    reason:
      zh-CN: 债务有异议且正在核实的，暂停催收联系。
      en: While a dispute about the debt is being looked into, collection contact stops.
    params:
      hold: dispute

  - id: cn.hold.hardship
    kind: hold
    citation: Dunwell 内部规则 / house rule：困难客户的宽限安排 [check]
    reason:
      zh-CN: 经认定的困难期内暂停催收联系。
      en: During an agreed hardship period, collection contact stops.
    params:
      hold: hardship

  - id: cn.hold.bankruptcy
    kind: hold
    citation: 《深圳经济特区个人破产条例》（2021）；其他地区为 Dunwell 内部规则 / elsewhere a house rule [check]
    reason:
      zh-CN: 债务人进入破产程序的，停止个别催收，依法申报债权。
      en: Once the debtor is in bankruptcy proceedings, individual collection stops and the claim is filed.
    params:
      hold: bankruptcy

  - id: cn.hold.deceased
    kind: hold
    citation: 《民法典》第一千一百六十一条
    reason:
      zh-CN: 债务人死亡的，停止对其催收；债务在遗产范围内由继承人清偿，应依法与遗产管理人或继承人沟通。
      en: When the debtor has died, collection from them stops; the estate answers for the debt up to its value, dealt with through the administrator or heirs.
    params:
      hold: deceased

  - id: cn.hold.breathing_space
    kind: hold
    citation: Dunwell 内部规则 / house rule [check]
    reason:
      zh-CN: 经批准的暂缓期（喘息期）内暂停催收联系。
      en: During an approved breathing space, collection contact stops.
    params:
      hold: breathing_space

  - id: cn.hold.complaint
    kind: hold
    citation: Dunwell 内部规则 / house rule：投诉处理期间暂停催收 [check]
    reason:
      zh-CN: 债务人的投诉正在处理期间，暂停催收联系。
      en: While the debtor's complaint is under review, collection contact stops.
    params:
      hold: complaint

  - id: cn.visit_staff
    kind: visit_staff
    citation: Dunwell 催收方法论：上门须两人同行、全程记录 / the methodology's field rules
    reason:
      zh-CN: 上门催收须至少两名员工同行。
      en: A field visit is made by at least two staff.
    params:
      min_staff: 2

# For the legal side; the gate does not use these yet.
retention:
  years: 2
  citation: 《信用卡业务监督管理办法》第六十八条 [check]
  reason:
    zh-CN: 催收录音至少保存 2 年。
    en: Collection call recordings are kept at least 2 years.

limitation:
  periods:
    all: 3
  citation: 《民法典》第一百八十八条、第一百八十九条、第一百九十五条
  reason:
    zh-CN: 诉讼时效 3 年，分期债务自最后一期到期日起算；有效催告、还款、同意还款、起诉等使时效中断并重新计算。
    en: Limitation is 3 years, for instalment debts from the last instalment's due date; a demand that reaches the debtor, a payment, an agreement to pay or a suit restarts it.
`;
