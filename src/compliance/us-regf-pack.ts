/**
 * The `us-regf` rule pack (the US Regulation F), the same text as examples/compliance-packs/us-regf.yaml (a test holds
 * them equal byte for byte), shipped in the build so the gate needs no file. Edit the example and copy it here.
 */
export const US_REGF_PACK_YAML = `# Dunwell compliance rule pack \`us-regf\`: third-party debt collectors in the United States under the
# FDCPA (15 U.S.C. 1692 ff.) and Regulation F (12 CFR part 1006).
# Dunwell 合规规则包 \`us-regf\`：美国《公平债务催收作业法》及 F 条例下的第三方催收机构。
#
# Each rule has an id, the text it comes from (\`citation\`), its reason in both languages and its
# parameters; "[check]" marks a value to confirm against the published text. Where a reading is open,
# the parameter says which one the pack takes, and the pack takes the safer one.
# 每条规则含编号、出处、中英文说明和参数；“[check]”表示应对照原文核实的数值。
#
# Counting is in calendar days in the consumer's local time, in every time zone the consumer may be in.
# 按消费者当地日历日计数；可能身处多个时区时，每个时区都须符合。
pack: us-regf
version: 2
title:
  zh-CN: 美国：F 条例下第三方债务催收的联系规则
  en: 'United States: contact rules for third-party debt collectors under Regulation F'

rules:
  # "Before 8:00 a.m. and after 9:00 p.m.": 21:00 itself is taken as outside (the safer reading).
  - id: us-regf.contact_window
    kind: contact_window
    citation: 12 CFR 1006.6(b)(1)(i); 15 U.S.C. 1692c(a)(1)
    reason:
      zh-CN: 消费者当地时间 8:00 之前或 21:00 之后不得联系；可能身处两地的，须在两地都属方便时间。
      en: No communication before 8:00 or after 21:00 at the consumer's location; if two locations are plausible, the time must be convenient in both.
    params:
      start: '08:00'
      end: '21:00'
      start_included: true
      end_included: false
      channels: [call, sms, email, wechat, visit]

  - id: us-regf.call_frequency
    kind: call_frequency
    citation: 12 CFR 1006.14(b)(2)(i)(A), (b)(3) and official comments
    reason:
      zh-CN: 就同一笔债务，7 个连续日历日内致电同一人不得超过 7 次；未接通的呼叫、对方来电、经对方 7 日内直接同意的呼叫不计入。
      en: No more than 7 calls to a person about a debt within 7 consecutive days; calls that did not connect, calls the person made and calls placed with the person's direct consent within 7 days do not count.
    params:
      max_calls: 7
      days: 7
      channels: [call]
      count_unconnected: false
      count_inbound: false
      consent_exempt_days: 7

  - id: us-regf.conversation_cooldown
    kind: conversation_cooldown
    citation: 12 CFR 1006.14(b)(2)(i)(B), (b)(3) and official comments
    reason:
      zh-CN: 与某人就一笔债务通话后 7 个连续日历日内（通话当日为第 1 日）不得再就该债务致电此人；对方来电中的通话同样起算，涉及多笔债务的通话对每笔债务都起算。
      en: No call to a person about a debt within 7 consecutive days after a telephone conversation with them about it (its day is day 1); a conversation on a call the person made counts, and one about several debts starts the period for each.
    params:
      days: 7
      channels: [call]
      inbound_conversations_count: true
      consent_exempt_days: 7

  - id: us-regf.third_party_unreachable
    kind: third_party_unreachable
    citation: 15 U.S.C. 1692b; 12 CFR 1006.10 (location information only); the threshold of failed attempts is a house rule [check]
    reason:
      zh-CN: 只能为获取消费者的下落信息而联系第三方，即仅在无法联系到消费者时。
      en: A third party is contacted only to acquire location information about the consumer, that is, only when the consumer cannot be reached.
    params:
      failed_attempts: 3

  - id: us-regf.third_party_disclosure
    kind: third_party_disclosure
    citation: 15 U.S.C. 1692b(2); 12 CFR 1006.10(b)
    reason:
      zh-CN: 联系第三方时只表明身份，绝不说明消费者欠债。
      en: With a third party, identify yourself and never say that the consumer owes a debt.
    params: {}

  - id: us-regf.third_party_once
    kind: third_party_once
    citation: 15 U.S.C. 1692b(3); 12 CFR 1006.10(b)
    reason:
      zh-CN: 每个第三方只联系一次，除非对方要求再联系。
      en: Each third party is contacted once only, unless they ask to be contacted again.
    params: {}

  - id: us-regf.third_party_refused
    kind: third_party_refused
    citation: 15 U.S.C. 1692d; 12 CFR 1006.14(a) [check]
    reason:
      zh-CN: 第三方拒绝配合后再联系构成骚扰。
      en: Contacting a third party again after they refused is harassment.
    params: {}

  - id: us-regf.cease
    kind: cease
    citation: 15 U.S.C. 1692c(c); 12 CFR 1006.6(c)
    reason:
      zh-CN: 消费者书面要求停止联系后，除法定通知外不得再联系。
      en: After the consumer asks in writing that communication cease, no further communication beyond the notices the law permits.
    params: {}

  - id: us-regf.stop_channel
    kind: stop_channel
    citation: 12 CFR 1006.14(h)(1); 1006.6(e)
    reason:
      zh-CN: 消费者要求不使用某种联系方式的，不得再使用。
      en: A medium the consumer asked not to be used for communication is not used.
    params: {}

  # The mark records what the consumer asked: not this number, this address or this medium.
  - id: us-regf.do_not_contact
    kind: do_not_contact
    citation: 12 CFR 1006.14(h)(1); 15 U.S.C. 1692c(a)(1)
    reason:
      zh-CN: 消费者要求不使用的联系方式（已标记为“勿联系”）不得再使用。
      en: A contact point the consumer asked us not to use (marked do-not-contact) is not used.
    params: {}

  - id: us-regf.represented
    kind: represented
    citation: 15 U.S.C. 1692c(a)(2); 12 CFR 1006.6(b)(2)
    reason:
      zh-CN: 已知消费者委托律师处理该债务的，不得直接联系消费者。
      en: Once the consumer is known to be represented by an attorney about the debt, the consumer is not contacted directly.
    params: {}

  - id: us-regf.opt_out
    kind: opt_out
    citation: 12 CFR 1006.6(e)
    reason:
      zh-CN: 每封电子邮件和每条短信须附有清晰、简便的退订方式。
      en: Every email and text message carries a clear and easy way to opt out.
    params:
      channels: [sms, email]
      markers: [STOP, opt out, opt-out, unsubscribe, 退订]

  - id: us-regf.hold.dispute
    kind: hold
    citation: 15 U.S.C. 1692g(b); 12 CFR 1006.34
    reason:
      zh-CN: 消费者在验证期内书面提出异议的，在提供核实材料前停止催收。
      en: When the consumer disputes the debt in writing within the validation period, collection stops until verification is sent.
    params:
      hold: dispute

  - id: us-regf.hold.hardship
    kind: hold
    citation: house rule [check]
    reason:
      zh-CN: 经认定的困难期内暂停催收联系。
      en: During an agreed hardship period, collection contact stops.
    params:
      hold: hardship

  - id: us-regf.hold.bankruptcy
    kind: hold
    citation: 11 U.S.C. 362(a) (automatic stay)
    reason:
      zh-CN: 破产申请后的自动中止期间，不得催收。
      en: The automatic stay of a bankruptcy filing stops collection.
    params:
      hold: bankruptcy

  - id: us-regf.hold.deceased
    kind: hold
    citation: 12 CFR 1006.6(a)(4) [check]
    reason:
      zh-CN: 消费者已故的，只与遗产执行人或管理人沟通。
      en: When the consumer has died, deal only with the executor, administrator or personal representative of the estate.
    params:
      hold: deceased

  - id: us-regf.hold.breathing_space
    kind: hold
    citation: house rule [check]
    reason:
      zh-CN: 经批准的暂缓期内暂停催收联系。
      en: During an approved breathing space, collection contact stops.
    params:
      hold: breathing_space

  - id: us-regf.hold.complaint
    kind: hold
    citation: house rule [check]
    reason:
      zh-CN: 消费者的投诉正在处理期间，暂停催收联系。
      en: While the consumer's complaint is under review, collection contact stops.
    params:
      hold: complaint

  # What a gate can check of the notice's timing: once the 5 days after the initial communication are
  # over (its day is day 0) and no notice has been sent, nothing but the notice goes to the consumer.
  - id: us-regf.validation_notice
    kind: validation_notice
    citation: 12 CFR 1006.34(a)(1); 15 U.S.C. 1692g(a)
    reason:
      zh-CN: 债务核实信息须在首次沟通中提供，或在首次沟通后 5 日内寄送核实通知。
      en: The validation information is given in the initial communication or the validation notice is sent within 5 days after it.
    params:
      days: 5

  - id: us-regf.time_barred
    kind: time_barred
    citation: 12 CFR 1006.26(b)
    reason:
      zh-CN: 已过诉讼时效的债务，不得起诉，也不得威胁起诉。
      en: A time-barred debt is never sued on, nor is suit threatened.
    params:
      stop_when_claimed: false
      check_text: true

  - id: us-regf.language
    kind: language
    citation: 15 U.S.C. 1692b(2), 1692d, 1692e; 12 CFR 1006.10(b), 1006.14, 1006.18
    reason:
      zh-CN: 不得使用骚扰、辱骂性语言，不得作虚假或误导性陈述（包括冒充政府机关或律师、威胁采取不合法或无意采取的行动），不得向第三方透露债务。
      en: No harassing or abusive language, no false or misleading representations (posing as a government body or an attorney, threatening action that is unlawful or not intended), no disclosure of the debt to a third party.
    params: {}

# For the legal side; the gate does not use these yet.
retention:
  years: 3
  citation: 12 CFR 1006.100
  reason:
    zh-CN: 催收记录（含通话录音）自最后一次催收活动起保存 3 年。
    en: Records, call recordings included, are kept 3 years after the last collection activity.

# Limitation is state law: the period here is a parameter to set for the state whose law governs the debt
# (3 years is the shortest common period for written contracts and the safer default). A time-barred debt
# is never sued on, nor is suit threatened.
limitation:
  periods:
    default: 3
  default_period: default
  citation: 12 CFR 1006.26(b); state statutes of limitations (3 to 10 years for written contracts) [check]
  reason:
    zh-CN: 诉讼时效由各州法律规定（默认 3 年，按适用州法设置）；已过时效的债务不得起诉，也不得威胁起诉。
    en: Limitation periods are state law (3 years by default, set for the governing state); a time-barred debt is never sued on, nor is suit threatened.
  counting:
    no_matching_day: month_end
    last_day_off: next_working_day
    calendar: null
    citation: state rules of civil procedure on computing time (e.g. a last day on a weekend moves to the next court day) [check]
  absolute: null
  # Many states restart the period on a part payment or a written acknowledgement; whether a payment
  # revives a barred debt differs by state, so the pack does not let anything revive it (the safer reading).
  restarts:
    payment: state law (part payment) [check]
    acknowledgement: state law (a written acknowledgement or promise to pay) [check]
    suit_filed: state law (a suit filed in time) [check]
  waived_by: {}

# Interest: usury limits are state law and not encoded; Regulation F sets no rate.
interest:
  products: []
  citation: state usury laws (not encoded); 12 CFR 1006.22(b) (no amount not expressly authorized) [check]
  reason:
    zh-CN: 利率上限由各州高利贷法规定（未编入）；不得收取协议或法律未明确授权的费用。
    en: Rate limits are state usury law (not encoded); nothing may be collected that the agreement or the law does not expressly authorize.
  caps: {}
  penalty_uplift: null
`;
