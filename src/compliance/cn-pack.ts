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
version: 2
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

  - id: cn.do_not_contact
    kind: do_not_contact
    citation: 《个人信息保护法》第四十四条；《民法典》第一千零三十三条
    reason:
      zh-CN: 个人有权限制或拒绝对其个人信息的处理；已标记为“勿联系”的联系方式不再使用。
      en: A person may restrict or refuse the use of their personal information; a contact point marked do-not-contact is not used.
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

  # After the limitation period the debtor may refuse to pay (民法典 192), and may still pay: contact is
  # allowed, but a message may not threaten suit or other legal consequences the debt no longer carries.
  - id: cn.time_barred
    kind: time_barred
    citation: 《民法典》第一百九十二条；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）（不得虚假陈述） [check]
    reason:
      zh-CN: 诉讼时效届满后，义务人可以拒绝履行；仍可催收，但不得以起诉等已不存在的法律后果相威胁。
      en: Once the limitation period is over the debtor may refuse to pay; collection may go on, but never with threats of suit or other legal consequences the debt no longer carries.
    params:
      stop_when_claimed: false
      check_text: true

  - id: cn.language
    kind: language
    citation: 中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）；国家金融监督管理总局《小额贷款公司监督管理暂行办法》（2025）；《信用卡业务监督管理办法》第六十八条
    reason:
      zh-CN: 催收用语不得威胁、侮辱、恐吓、欺诈，不得冒充公检法或政府机关，不得向第三方透露债务，不得施加不当压力。
      en: Collection wording never threatens, insults, intimidates or deceives, never poses as a court, the police or a government body, never discloses the debt to a third party and applies no undue pressure.
    params: {}

# For the legal side; the gate does not use these yet.
retention:
  years: 2
  citation: 《信用卡业务监督管理办法》第六十八条 [check]
  reason:
    zh-CN: 催收录音至少保存 2 年。
    en: Collection call recordings are kept at least 2 years.

# The limitation clock (\`dunwell legal limitation\`, \`legal clock\`, the cycle's limitation_days_left).
# 诉讼时效（\`dunwell legal limitation\`、\`legal clock\`、每日批处理的 limitation_days_left）。
limitation:
  periods:
    all: 3
  default_period: all
  citation: 《民法典》第一百八十八条、第一百八十九条、第一百九十五条
  reason:
    zh-CN: 诉讼时效 3 年，分期债务自最后一期到期日起算；有效催告、还款、同意还款、起诉等使时效中断并重新计算。
    en: Limitation is 3 years, for instalment debts from the last instalment's due date; a demand that reaches the debtor, a payment, an agreement to pay or a suit restarts it.
  # The start day is not counted, so 3 years end on the matching day; 29 February ends on 28 February
  # (the month's last day); a last day on a rest day or statutory holiday moves to the next working day.
  # 开始的当日不计入；没有对应日的，月末日为最后一日；最后一日是法定休假日的，顺延至休假日结束的次日。
  counting:
    no_matching_day: month_end
    last_day_off: next_working_day
    calendar: cn
    citation: 《民法典》第二百零一条、第二百零二条、第二百零三条
  absolute:
    years: 20
    citation: 《民法典》第一百八十八条第二款
  # A suit restarts the period when the proceedings end (195); the clock counts from the filing day, the
  # earlier of the two, so that reviews come early rather than late.
  restarts:
    demand_delivered: 《民法典》第一百九十五条第一项；最高人民法院《关于审理民事案件适用诉讼时效制度若干问题的规定》（2020 年修正）第八条
    payment: 《民法典》第一百九十五条第二项；诉讼时效规定（2020 年修正）第十四条（部分履行）
    acknowledgement: 《民法典》第一百九十五条第二项；诉讼时效规定（2020 年修正）第十四条（同意履行义务）
    plan_agreed: 《民法典》第一百九十五条第二项；诉讼时效规定（2020 年修正）第十四条（制定清偿债务计划）
    suit_filed: 《民法典》第一百九十五条第三项；诉讼时效规定（2020 年修正）第十条 [check]
    assignment_notice_delivered: 诉讼时效规定（2020 年修正）第十七条；《民法典》第五百四十六条
  # After expiry a payment, or a signed acknowledgement (a collection notice signed or sealed by the
  # debtor), gives up the defence; a new period runs from it [check: courts differ on whether a part
  # payment waives the defence for the rest].
  waived_by:
    payment: 《民法典》第一百九十二条第二款；诉讼时效规定（2020 年修正）第十九条第一款 [check]
    acknowledgement: 《民法典》第一百九十二条第一款；诉讼时效规定（2020 年修正）第十九条第一款、第三款
    plan_agreed: 诉讼时效规定（2020 年修正）第十九条第二款（就原债务达成新的协议）

# The interest cap: what interest, penalty interest and fees together may cost a year, by who lent. An
# import stores the lower of the contract's cost cap and this one as the account's cost cap, which the
# ledger enforces every day; a penalty uplift outside the range is refused.
# 利率上限：利息、罚息、费用合计的年化上限，按出借人类型；导入时取合同约定与本上限中较低者作为账户的综合成本上限。
interest:
  products: [installment_loan]
  citation: 最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》（2020 年第二次修正）；中国人民银行《关于人民币贷款利率有关问题的通知》（银发〔2003〕251号）
  reason:
    zh-CN: 民间借贷利息、逾期利息、违约金和其他费用合计不得超过合同成立时一年期贷款市场报价利率的四倍；持牌机构以年化综合成本 24% 为限；罚息在合同利率基础上加收 30%–50%。
    en: Private lending may not charge interest, overdue interest, penalties and fees above four times the one-year LPR at the contract date in all; licensed lenders keep to a 24 % annual cost line; penalty interest is the contract rate plus 30 % to 50 % of it.
  caps:
    licensed:
      rate: '0.24'
      citation: 司法实践与监管指导中的年化综合成本 24% 线 / the 24 % annual cost line of court practice and supervisory guidance [check]
    # Contracts made before the LPR rules (20 August 2020) keep the 24 % line of the 2015 rules [check].
    private:
      lpr_multiple: 4
      lpr_from: '2020-08-20'
      before: '0.24'
      citation: 最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》（2020 年第二次修正）第二十五条、第二十八条、第二十九条、第三十一条
  penalty_uplift:
    min: '0.3'
    max: '0.5'
    lender_kinds: [licensed]
    citation: 中国人民银行《关于人民币贷款利率有关问题的通知》（银发〔2003〕251号）第三条 [check]
`;
