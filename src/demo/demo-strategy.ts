/**
 * The demo's strategy, the same text as examples/strategy.yaml (a test holds them equal byte for byte):
 * the demo activates it so its queue shows a real floor's morning, and the README shows it as the complete
 * example of the strategy format. Edit examples/strategy.yaml and copy it here.
 */
export const DEMO_STRATEGY_YAML = `# Dunwell demo strategy: consumer loans and cards in CNY, with SME invoices.
# 演示策略：人民币消费贷与信用卡，含小微企业应收账款。
#
# Read it top to bottom: grade each account, give it a tier, then the first segment whose \`when\`
# matches decides today's actions. Money in conditions is in yuan (major units of \`currency\`).
name: demo-consumer
description: >-
  Borrower first, obligors after a week without a right-party contact, contacts only to locate the
  borrower. Friendly reminders in the first weeks, firm follow-up from day 31, visits, collateral and
  legal review late. M1 has a champion/challenger split on the first call.
currency: CNY

# No \`paydays\`: the portfolio's paydays apply (the default is the 5th, 10th, 15th, 28th and 30th).

windows:
  morning: { from: "09:00", to: "12:00", purpose: negotiation }
  afternoon: { from: "14:00", to: "18:00", purpose: follow-up }
  evening: { from: "19:00", to: "20:30", purpose: reaching working borrowers }
  messages: { from: "09:30", to: "11:00", purpose: automatic messages }
  field: { from: "09:00", to: "17:00", purpose: visits }
  office: { from: "09:30", to: "17:30", purpose: reviews }

# 好 / 中 / 差 from behaviour; the first rule that matches wins.
grading:
  rules:
    - grade: poor
      when:
        any:
          - promises_broken: { gte: 2 }
          - arrangements_breached: { gte: 1 }
          - { max_dpd_12m: { gte: 90 }, pay_ratio_90: { lt: 0.3 } }
    - grade: good
      when: { pay_ratio_90: { gte: 0.8 }, promises_broken: 0, max_dpd_12m: { lte: 30 } }
  default: medium

# 初级 / 中级 / 高级: how hard an account is worked. Rules may use the grade.
tiering:
  rules:
    - tier: senior
      when:
        any:
          - stage: [late, terminal]
          - { stage: mid, grade: poor }
    - tier: intermediate
      when:
        any:
          - stage: mid
          - { stage: early, grade: poor }
          - dpd: { gte: 15 }
  default: primary

tiers:
  primary:
    label_zh: 初级催收
    label_en: Primary collection
    tone: friendly
    channels: [sms, email, wechat, phone, post]
    pressure: Credit education; explain the penalty interest and late fees that are running, offer help to pay.
    worked_by: [collector]
  intermediate:
    label_zh: 中级催收
    label_en: Intermediate collection
    tone: firm
    channels: [sms, email, wechat, phone, post, review]
    pressure: Steady follow-up; every promise tracked to the day; co-borrowers and guarantors reminded of their duty.
    worked_by: [collector, team_lead]
  senior:
    label_zh: 高级催收
    label_en: Senior collection
    tone: formal
    channels: [sms, email, wechat, phone, post, visit, review]
    pressure: Lawful consequences made concrete (collateral, legal action, credit record); never threats, never disclosure to third parties.
    worked_by: [collector, team_lead, field_agent, legal]

# The borrower first; obligors after 7 days without a right-party contact; contacts after 14, to locate only.
contact_order:
  obligors_after_days_without_rpc: 7
  third_parties_after_days_without_rpc: 14

escalation:
  rotate_after_days: 21 # 人员交换: a fresh voice after three weeks without progress
  team_lead_when: # 领导出面
    any:
      - promises_broken: { gte: 3 }
      - { outstanding: { gte: 200000 }, dpd: { gte: 61 } }
  concerted_when: { stage: mid, outstanding: { gte: 50000 }, days_without_rpc: { gte: 20 } } # 群体进攻
  concerted_collectors: 3
  key_account_amount: 100000

# 先重点后一般, 先易后难, 先好后差, 先小额后大额, 先近程后远程
tie_breaks: [key_first, easy_first, good_first, small_first, near_first]

segments:
  - id: watch-critical
    name_zh: 死亡或破产
    name_en: Death or insolvency reported
    when: { watch: { includes_any: [death, insolvency] } }
    tier: senior
    treatment:
      - { action: legal_review, on: { days_since_watch: [0, 1, 2] }, window: office, template: estate_or_insolvency_claim }
      - action: collateral_review
        on: { days_since_watch: [0, 1, 2] }
        when: { has_collateral: true }
        window: office
        template: secure_collateral

  - id: current-watched
    name_zh: 未逾期·信息变更
    name_en: Current, details changed
    when: { dpd: 0 }
    treatment:
      - action: call
        on: { days_since_watch: [1] }
        when: { watch: { includes_any: [phone_change, address_change, employer_change] } }
        window: afternoon
        tone: friendly
        template: verify_contact_details
      - action: collateral_review
        on: { days_since_watch: [2] }
        when: { watch: { includes_any: [ownership_change, management_change, litigation] } }
        window: office
        tier: intermediate
        template: business_change_review

  - id: early-good
    name_zh: M1 好客户
    name_en: M1 good payers
    when: { dpd: { between: [1, 30] }, grade: good }
    treatment:
      - { action: sms, on: { dpd: [1, 4] }, window: messages, template: m1_friendly_reminder }
      - { action: wechat, on: { dpd: [2] }, window: messages, template: m1_wechat_reminder }
      - { action: email, on: { dpd: [5, 12] }, window: messages, template: m1_statement }
      - { action: sms, on: { dpd_from: 1, dpd_to: 30, paydays: true }, window: messages, template: payday_reminder }
      - { action: call, on: { dpd: [8, 15, 22] }, window: evening, template: m1_courtesy_call }
      - { action: call, on: { dpd_from: 25, dpd_to: 30, every: 2 }, window: morning, template: m1_before_m2 }

  - id: early
    name_zh: M1 中差客户
    name_en: M1 medium and poor payers
    when: { dpd: { between: [1, 30] } }
    variants:
      # Champion: reminders first, the first call on day 3.
      - id: champion
        weight: 70
        treatment:
          - { action: sms, on: { dpd: [1, 3, 6] }, window: messages, template: m1_reminder }
          - { action: call, on: { dpd_from: 3, dpd_to: 30, every: 3 }, window: morning, template: m1_negotiation }
          - { action: call, on: { dpd_from: 1, dpd_to: 30, paydays: true }, window: afternoon, template: payday_follow_up }
          - { action: guarantor_call, on: { dpd_from: 8, dpd_to: 30, every: 5 }, window: afternoon, template: obligor_notice }
          - { action: third_party_locate, on: { dpd_from: 15, dpd_to: 30, every: 7 }, window: afternoon, template: locate_only }
      # Challenger: a call on day 1 and a WeChat message, then every other day.
      - id: early-call
        weight: 30
        treatment:
          - { action: call, on: { dpd: [1] }, window: morning, template: m1_first_call }
          - { action: wechat, on: { dpd: [2, 5] }, window: messages, template: m1_wechat_reminder }
          - { action: call, on: { dpd_from: 3, dpd_to: 30, every: 2 }, window: afternoon, template: m1_negotiation }
          - { action: guarantor_call, on: { dpd_from: 8, dpd_to: 30, every: 5 }, window: afternoon, template: obligor_notice }
          - { action: third_party_locate, on: { dpd_from: 15, dpd_to: 30, every: 7 }, window: afternoon, template: locate_only }

  - id: mid-business
    name_zh: M2–M3 小微企业
    name_en: M2–M3 small business and companies
    when:
      dpd: { between: [31, 90] }
      any:
        - customer_type: [small_business, company]
        - product: invoice
    treatment:
      - { action: letter, on: { dpd: [31] }, window: office, template: m2_business_notice }
      - { action: call, on: { dpd_from: 31, dpd_to: 90, every: 3 }, window: morning, template: m2_business_negotiation }
      - { action: guarantor_call, on: { dpd_from: 31, dpd_to: 90, every: 7 }, window: afternoon, template: obligor_notice }
      - action: collateral_review
        on: { dpd: [45, 75] }
        when: { has_collateral: true }
        window: office
        template: collateral_value_check
      - action: visit
        on: { dpd: [60, 85] }
        when: { outstanding: { gte: 30000 } }
        window: field
        tier: senior
        template: business_visit

  - id: mid
    name_zh: M2–M3 个人客户
    name_en: M2–M3 consumers
    when: { dpd: { between: [31, 90] } }
    treatment:
      - { action: letter, on: { dpd: [31, 61] }, window: office, template: m2_formal_notice }
      - { action: sms, on: { dpd_from: 31, dpd_to: 90, paydays: true }, window: messages, template: payday_reminder }
      - { action: call, on: { dpd_from: 31, dpd_to: 90, every: 3 }, window: morning, template: m2_negotiation }
      - { action: call, on: { dpd_from: 31, dpd_to: 90, paydays: true }, window: afternoon, template: payday_follow_up }
      - { action: guarantor_call, on: { dpd_from: 31, dpd_to: 90, every: 7 }, window: afternoon, template: obligor_notice }
      - { action: third_party_locate, on: { dpd_from: 38, dpd_to: 90, every: 10 }, window: afternoon, template: locate_only }
      - action: team_lead_call
        on: { dpd: [60, 75] }
        when: { promises_broken: { gte: 2 } }
        window: morning
        template: lead_steps_in

  - id: late-secured
    name_zh: M4–M6 有抵押或企业
    name_en: M4–M6 with collateral or a business debtor
    when:
      dpd: { between: [91, 180] }
      any:
        - has_collateral: true
        - customer_type: [small_business, company]
    treatment:
      - { action: letter, on: { dpd: [91, 121, 151] }, window: office, template: late_formal_demand }
      - { action: collateral_review, on: { dpd: [91, 150] }, when: { has_collateral: true }, window: office, template: collateral_value_check }
      - { action: visit, on: { dpd: [95, 125, 155] }, window: field, template: late_visit }
      - { action: call, on: { dpd_from: 91, dpd_to: 180, every: 5 }, window: morning, template: late_negotiation }
      - { action: guarantor_call, on: { dpd_from: 91, dpd_to: 180, every: 7 }, window: afternoon, template: obligor_notice }
      - { action: third_party_locate, on: { dpd_from: 91, dpd_to: 180, every: 14 }, window: afternoon, template: locate_only }

  - id: late
    name_zh: M4–M6 个人客户
    name_en: M4–M6 consumers
    when: { dpd: { between: [91, 180] } }
    treatment:
      - { action: letter, on: { dpd: [91, 121, 151] }, window: office, template: late_formal_demand }
      - { action: sms, on: { dpd_from: 91, dpd_to: 180, paydays: true }, window: messages, template: payday_reminder }
      - { action: call, on: { dpd_from: 91, dpd_to: 180, every: 4 }, window: morning, template: late_negotiation }
      - { action: guarantor_call, on: { dpd_from: 91, dpd_to: 180, every: 7 }, window: afternoon, template: obligor_notice }
      - { action: third_party_locate, on: { dpd_from: 91, dpd_to: 180, every: 10 }, window: evening, template: locate_only }
      - { action: team_lead_call, on: { dpd: [120, 150] }, window: morning, template: lead_steps_in }

  # The limitation period runs out within 120 days (民法典 188): legal looks at the account each Monday
  # while a demand that reaches the debtor, a signed acknowledgement, an agreed plan or a suit can still
  # restart it (195). Time-barred debts (days left below 0) stay with the terminal treatment.
  - id: limitation-near
    name_zh: 诉讼时效将届满
    name_en: Limitation period running out
    when: { limitation_days_left: { between: [0, 120] }, dpd: { gte: 1 } }
    tier: senior
    treatment:
      - { action: legal_review, on: { weekdays: [mon] }, window: office, template: limitation_review }
      - { action: call, on: { dpd_from: 1, every: 7 }, window: morning, template: settlement_offer }

  - id: terminal
    name_zh: M7+ 法律阶段
    name_en: M7+ legal stage
    when: { dpd: { gte: 181 } }
    tier: senior
    treatment:
      - { action: legal_review, on: { dpd_from: 181, every: 30 }, window: office, template: litigation_or_notarised_enforcement }
      - { action: collateral_review, on: { dpd_from: 181, every: 60 }, when: { has_collateral: true }, window: office, template: collateral_enforcement }
      - { action: letter, on: { dpd_from: 181, every: 30 }, window: office, template: final_demand }
      - action: visit
        on: { dpd_from: 190, every: 45 }
        when:
          any:
            - has_collateral: true
            - customer_type: [small_business, company]
        window: field
        template: terminal_visit
      - { action: call, on: { dpd_from: 181, every: 7 }, window: morning, template: settlement_offer }
      - { action: third_party_locate, on: { dpd_from: 181, every: 21 }, window: afternoon, template: locate_only }
`;
