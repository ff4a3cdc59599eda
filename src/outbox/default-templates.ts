/**
 * The default message templates, the same text as examples/templates.yaml (a test holds them equal byte
 * for byte): every template the demo strategy sends, goodwill messages and generic reminder lines, in
 * zh-CN and English. They are not copied into the database: a text someone sets with `dunwell template
 * set` is stored in message_templates and wins; every other text is the default of the running release
 * (version 0, updated by `dunwell`). Edit examples/templates.yaml and copy it here.
 */
import { parseTemplateFile, type TemplateText } from './template-file.js';

export const DEFAULT_TEMPLATES_YAML = `# Dunwell default message templates: every template the demo strategy (examples/strategy.yaml) sends on
# each channel it uses, goodwill messages, and generic reminder lines, in Chinese and English.
# Dunwell 默认消息模板：演示策略在各渠道使用的全部模板、关怀类消息和不涉及债务信息的通用提醒语，中英文各一份。
#
# Each entry is one template on one channel: its id (the name a strategy step gives as \`template\`), the
# channel, the tier and tone it is written for, and its text per language (\`subject\` for email and post,
# \`body\` always). Variables are written {{name}}; an optional one goes inside {{#if name}}…{{/if}}.
# \`dunwell template list\` shows the variables; \`dunwell template set --file F --by USER\` takes a file in
# this same format to change or add templates (each change is a new version).
#
# These texts are lawful by intent: they state facts and lawful next steps, offer help, and never threaten,
# shame or mislead. Generic lines (\`generic_…\`) name neither the debtor nor the debt, so they are harmless
# if someone else reads them; the system refuses identifying variables in them.
templates:
  # ── M1: the first month, friendly ──────────────────────────────────────────────────────────────────
  - id: m1_friendly_reminder
    channel: sms
    tier: primary
    tone: friendly
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，您尾号{{account_tail}}的账户有{{amount_past_due}}已于{{due_date}}到期，目前尚未入账。如已还款请忽略本短信；如有不便，欢迎致电{{callback_line}}，我们一起想办法。
      en:
        body: >-
          {{lender_name}}: Hello {{debtor_name}}, {{amount_past_due}} on your account ending {{account_tail}}
          was due on {{due_date}} and has not reached us yet. If you have paid, please ignore this message; if
          something makes paying hard, call us on {{callback_line}} and we will work it out with you.

  - id: m1_wechat_reminder
    channel: wechat
    tier: primary
    tone: friendly
    text:
      zh-CN:
        body: '{{debtor_name}}您好，这里是{{lender_name}}。温馨提醒：您尾号{{account_tail}}的账户有{{amount_past_due}}已于{{due_date}}到期，尚未还款。及时还款可以避免罚息和滞纳金继续产生，也能保护您的信用记录。{{#if payment_link}}在线还款：{{payment_link}}。{{/if}}还款时请注明参考号{{payment_reference}}。如有疑问，请致电{{callback_line}}。'
      en:
        body: >-
          Hello {{debtor_name}}, this is {{lender_name}}. A friendly reminder: {{amount_past_due}} on your
          account ending {{account_tail}} fell due on {{due_date}} and is still unpaid. Paying now stops
          further penalty interest and late fees and protects your credit record. {{#if payment_link}}Pay
          online at {{payment_link}}. {{/if}}Please quote reference {{payment_reference}} with your payment.
          Questions? Call us on {{callback_line}}.

  - id: m1_statement
    channel: email
    tier: primary
    tone: friendly
    text:
      zh-CN:
        subject: '{{lender_name}}账户提醒：尾号{{account_tail}}有{{amount_past_due}}待还'
        body: |
          {{debtor_name}}您好：

          感谢您对{{lender_name}}的信任。截至{{today}}，您尾号{{account_tail}}的账户情况如下：

            逾期金额：{{amount_past_due}}
            最早未还款项到期日：{{due_date}}
            已逾期：{{dpd}}天
            账户未还总额：{{amount_outstanding}}

          逾期期间，合同约定的罚息和滞纳金会继续产生，也可能影响您的信用记录。请您尽快安排还款，并在还款时注明参考号 {{payment_reference}}。{{#if payment_link}}在线还款：{{payment_link}}。{{/if}}

          如果您近期遇到困难，请致电 {{callback_line}}，我们愿意和您商量可行的还款安排。如您已还款，请忽略本邮件。

          {{lender_name}}
      en:
        subject: '{{lender_name}}: {{amount_past_due}} to pay on your account ending {{account_tail}}'
        body: |
          Hello {{debtor_name}},

          Thank you for choosing {{lender_name}}. As of {{today}}, your account ending {{account_tail}} stands as follows:

            Past due: {{amount_past_due}}
            Oldest unpaid instalment due on: {{due_date}}
            Days overdue: {{dpd}}
            Total still owed: {{amount_outstanding}}

          While a payment is overdue, the penalty interest and late fees in your contract keep running, and your credit record may be affected. Please pay as soon as you can, quoting reference {{payment_reference}}.{{#if payment_link}} Pay online: {{payment_link}}.{{/if}}

          If you are going through a difficult time, call us on {{callback_line}}: we are willing to agree a payment arrangement that works for you. If you have already paid, please ignore this email.

          {{lender_name}}

  - id: m1_reminder
    channel: sms
    tone: neutral
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，您尾号{{account_tail}}的账户已逾期{{dpd}}天，逾期金额{{amount_past_due}}。请尽快还款，以免罚息和滞纳金继续增加、影响信用记录。还款参考号{{payment_reference}}，咨询电话{{callback_line}}。
      en:
        body: >-
          {{lender_name}}: Hello {{debtor_name}}, your account ending {{account_tail}} is {{dpd}} days overdue
          with {{amount_past_due}} past due. Please pay soon so that penalty interest and late fees stop adding
          up and your credit record stays clear. Reference {{payment_reference}}; questions: {{callback_line}}.

  - id: payday_reminder
    channel: sms
    tone: neutral
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，如您的工资已到账，请优先安排尾号{{account_tail}}账户的逾期款项{{amount_past_due}}（已逾期{{dpd}}天），还款时注明参考号{{payment_reference}}。如需协商还款安排，请致电{{callback_line}}。
      en:
        body: >-
          {{lender_name}}: Hello {{debtor_name}}, if your pay has come in, please put {{amount_past_due}} towards
          your account ending {{account_tail}}, now {{dpd}} days overdue, quoting reference {{payment_reference}}.
          To agree a payment plan, call {{callback_line}}.

  # ── M2–M3: formal notices by post, firm ───────────────────────────────────────────────────────────
  - id: m2_business_notice
    channel: post
    tier: intermediate
    tone: firm
    text:
      zh-CN:
        subject: 逾期款项催告函（参考号：{{payment_reference}}）
        body: |
          {{debtor_name}}：

          截至{{today}}，贵方在我司账户（参考号 {{payment_reference}}）项下的逾期款项为{{amount_past_due}}，最早一笔已于{{due_date}}到期，至今已逾期{{dpd}}天；账户未结清总额为{{amount_outstanding}}。

          根据双方合同约定，逾期期间将继续计收罚息及滞纳金。请贵方尽快付清上述逾期款项，付款时注明参考号。{{#if payment_link}}在线付款：{{payment_link}}。{{/if}}

          如贵方经营上遇到暂时困难，请致电{{callback_line}}与我们联系，我们愿意就分期或其他还款安排进行协商。如对上述金额有异议，请提供相关凭证，我们将予以核实。

          如逾期款项长期未获清偿，我司将依照合同约定和法律规定维护自身权益，包括依法报送信用信息或通过诉讼解决。我们更希望通过协商妥善解决此事。

          如贵方已付款，请忽略本函。

          {{lender_name}}
          {{today}}
      en:
        subject: 'Notice of overdue payment (reference {{payment_reference}})'
        body: |
          To {{debtor_name}},

          As of {{today}}, {{amount_past_due}} is overdue on your account with us (reference {{payment_reference}}). The oldest amount fell due on {{due_date}} and has been unpaid for {{dpd}} days; the total still owed on the account is {{amount_outstanding}}.

          Under our agreement, penalty interest and late fees continue to accrue while payment is overdue. Please pay the overdue amount as soon as possible, quoting the reference above.{{#if payment_link}} Pay online: {{payment_link}}.{{/if}}

          If your business is facing a temporary difficulty, call us on {{callback_line}}: we are willing to discuss instalments or another arrangement. If you dispute any amount, please send us the supporting documents and we will look into it.

          If the overdue amount remains unpaid, we will protect our rights as the agreement and the law allow, which may include reporting to credit reference agencies as permitted by law or bringing a claim in court. We would much rather settle this by agreement.

          If you have already paid, please disregard this letter.

          {{lender_name}}
          {{today}}

  - id: m2_formal_notice
    channel: post
    tier: intermediate
    tone: firm
    text:
      zh-CN:
        subject: 逾期还款通知书
        body: |
          {{debtor_name}}：

          您在我司的借款账户（参考号 {{payment_reference}}）截至{{today}}已逾期{{dpd}}天，逾期金额为{{amount_past_due}}，最早一期于{{due_date}}到期；账户未还总额为{{amount_outstanding}}。

          我们此前已通过短信和电话提醒过您。逾期期间，合同约定的罚息和滞纳金会继续产生，逾期记录也可能依法报送征信系统，影响您今后的贷款和信用卡申请。

          请您尽快还款，还款时注明参考号。{{#if payment_link}}在线还款：{{payment_link}}。{{/if}}

          如果您因失业、疾病或其他原因暂时无法还款，请致电{{callback_line}}告诉我们您的情况，我们可以根据您的实际情况商定分期还款等安排。如对欠款有异议，也请来电说明。

          如您已还款，请忽略本通知。

          {{lender_name}}
          {{today}}
      en:
        subject: Notice of overdue payment
        body: |
          Dear {{debtor_name}},

          As of {{today}}, your loan account with us (reference {{payment_reference}}) is {{dpd}} days overdue. The amount past due is {{amount_past_due}}, the oldest instalment fell due on {{due_date}}, and the total still owed is {{amount_outstanding}}.

          We have reminded you by message and by telephone. While the account is overdue, the penalty interest and late fees in your contract keep accruing, and the arrears may be reported to the credit reference system as the law allows, which can affect future applications for loans and cards.

          Please pay as soon as you can, quoting the reference above.{{#if payment_link}} Pay online: {{payment_link}}.{{/if}}

          If you cannot pay for now because of unemployment, illness or another reason, call us on {{callback_line}} and tell us about it: we can agree instalments or another arrangement that fits your situation. If you believe you do not owe this amount, please call and tell us why.

          If you have already paid, please disregard this notice.

          {{lender_name}}
          {{today}}

  # ── M4 and later: formal demands by post ──────────────────────────────────────────────────────────
  - id: late_formal_demand
    channel: post
    tier: senior
    tone: formal
    text:
      zh-CN:
        subject: 正式催收函
        body: |
          {{debtor_name}}：

          您在我司的账户（参考号 {{payment_reference}}）截至{{today}}已逾期{{dpd}}天。经多次提醒，逾期款项{{amount_past_due}}仍未归还，账户未还总额为{{amount_outstanding}}。

          现正式要求您于收到本函之日起十五日内归还逾期款项，或在此期限内致电{{callback_line}}与我们商定书面还款计划。

          如逾期款项仍未获清偿、也未达成还款安排，我司将依照合同约定和法律规定采取相应措施，可能包括依法报送信用信息、依约处置担保物，以及向人民法院提起诉讼。采取任何此类措施之前，我们仍愿意与您协商和解或分期方案。

          如您对欠款金额有异议，请在上述期限内书面说明并提供相关材料，我们将予以核实。如您已还款，请忽略本函。

          {{lender_name}}
          {{today}}
      en:
        subject: Formal demand for payment
        body: |
          Dear {{debtor_name}},

          As of {{today}}, your account with us (reference {{payment_reference}}) is {{dpd}} days overdue. Despite our reminders, the overdue amount of {{amount_past_due}} remains unpaid, and the total still owed is {{amount_outstanding}}.

          We now formally ask you to pay the overdue amount within fifteen days of receiving this letter, or within that time to call us on {{callback_line}} and agree a written payment plan.

          If the overdue amount is neither paid nor covered by an agreed plan, we will take the steps our agreement and the law allow, which may include reporting to credit reference agencies as permitted by law, enforcing any security under the contract, and bringing a claim in court. Before taking any such step we remain willing to agree a settlement or instalments with you.

          If you dispute the amount, please tell us in writing within that time and send us any supporting documents, and we will look into it. If you have already paid, please disregard this letter.

          {{lender_name}}
          {{today}}

  - id: final_demand
    channel: post
    tier: senior
    tone: formal
    text:
      zh-CN:
        subject: 最后催告函
        body: |
          {{debtor_name}}：

          您在我司的账户（参考号 {{payment_reference}}）截至{{today}}已逾期{{dpd}}天，未还总额为{{amount_outstanding}}，其中逾期款项{{amount_past_due}}。我们此前多次致函和致电，至今未收到还款，也未与您达成还款安排。

          本函是我司在决定是否通过法律途径解决之前的最后一次书面催告。请您尽快归还上述款项，或致电{{callback_line}}与我们协商和解方案；我们仍可在合理范围内考虑分期或减免部分费用的安排。

          如我们在合理期限内未收到您的还款或回复，我司将依法评估并可能向人民法院提起诉讼，或依照已公证的债权文书申请强制执行。

          如您对欠款有异议，或您的情况发生重大变化（例如失业、重病），请来电或书面告知我们。如您已还款，请忽略本函。

          {{lender_name}}
          {{today}}
      en:
        subject: Final notice before legal action is considered
        body: |
          Dear {{debtor_name}},

          As of {{today}}, your account with us (reference {{payment_reference}}) is {{dpd}} days overdue. The total still owed is {{amount_outstanding}}, of which {{amount_past_due}} is past due. We have written and called several times and have neither received a payment nor agreed an arrangement with you.

          This is our last letter before we decide whether to resolve the matter through the courts. Please pay the amount above as soon as possible, or call us on {{callback_line}} to discuss a settlement: we can still consider instalments or waiving part of the charges, within reason.

          If we do not hear from you or receive payment within a reasonable time, we will assess our legal options and may bring a claim in court, or apply for enforcement of a notarised debt instrument where one exists.

          If you dispute the debt, or your circumstances have changed a great deal (for example, you have lost your job or are seriously ill), please call or write to us. If you have already paid, please disregard this letter.

          {{lender_name}}
          {{today}}

  # ── Goodwill: greetings and thanks ───────────────────────────────────────────────────────────────
  - id: festival_greeting
    channel: sms
    tone: friendly
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，佳节将至，{{lender_name}}全体同仁祝您和家人节日快乐、平安顺遂！
      en:
        body: '{{lender_name}}: Hello {{debtor_name}}, with the holidays here, all of us at {{lender_name}} wish you and your family a happy and peaceful season.'

  - id: festival_greeting
    channel: wechat
    tone: friendly
    text:
      zh-CN:
        body: '{{debtor_name}}您好，佳节将至，{{lender_name}}祝您和家人节日快乐、身体健康、万事顺意！'
      en:
        body: 'Hello {{debtor_name}}, with the holidays here, everyone at {{lender_name}} wishes you and your family good health and a happy season.'

  - id: festival_greeting
    channel: email
    tone: friendly
    text:
      zh-CN:
        subject: '{{lender_name}}节日问候'
        body: |
          {{debtor_name}}您好：

          佳节将至，感谢您一直以来的支持与信任。{{lender_name}}全体同仁祝您和家人节日快乐、平安顺遂！

          {{lender_name}}
      en:
        subject: 'Season’s greetings from {{lender_name}}'
        body: |
          Hello {{debtor_name}},

          With the holidays here, thank you for your trust over the past year. Everyone at {{lender_name}} wishes you and your family a happy and peaceful season.

          {{lender_name}}

  - id: thanks_for_payment
    channel: sms
    tone: friendly
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，您尾号{{account_tail}}账户的还款已收到，感谢您的配合！如对账户有任何疑问，请致电{{callback_line}}。
      en:
        body: '{{lender_name}}: Hello {{debtor_name}}, we have received your payment on the account ending {{account_tail}}. Thank you! For any question about your account, call {{callback_line}}.'

  - id: thanks_for_payment
    channel: wechat
    tone: friendly
    text:
      zh-CN:
        body: '{{debtor_name}}您好，这里是{{lender_name}}。您尾号{{account_tail}}账户的还款已收到，非常感谢您的配合。祝您生活顺利！'
      en:
        body: 'Hello {{debtor_name}}, this is {{lender_name}}. Your payment on the account ending {{account_tail}} has reached us: thank you very much, and all the best.'

  - id: thanks_for_payment
    channel: email
    tone: friendly
    text:
      zh-CN:
        subject: 还款已收到，感谢您
        body: |
          {{debtor_name}}您好：

          您尾号{{account_tail}}账户的还款已收到，感谢您的配合。截至{{today}}，账户未还总额为{{amount_outstanding}}。

          如对账户有任何疑问，请致电 {{callback_line}}。

          {{lender_name}}
      en:
        subject: Payment received, thank you
        body: |
          Hello {{debtor_name}},

          We have received your payment on the account ending {{account_tail}}. Thank you. As of {{today}}, the total still owed on the account is {{amount_outstanding}}.

          For any question about your account, call us on {{callback_line}}.

          {{lender_name}}

  - id: thanks_promise_kept
    channel: sms
    tone: friendly
    text:
      zh-CN:
        body: 【{{lender_name}}】{{debtor_name}}您好，您已按约定完成还款，言而有信，我们十分感谢！如需帮助，请致电{{callback_line}}。
      en:
        body: '{{lender_name}}: Hello {{debtor_name}}, you paid exactly as you promised: thank you for keeping your word. If you need anything, call {{callback_line}}.'

  - id: thanks_promise_kept
    channel: wechat
    tone: friendly
    text:
      zh-CN:
        body: '{{debtor_name}}您好，这里是{{lender_name}}。您已按约定完成还款，感谢您信守承诺！后续如有任何困难，欢迎随时致电{{callback_line}}。'
      en:
        body: 'Hello {{debtor_name}}, this is {{lender_name}}. You paid as you promised: thank you for keeping your word. If anything gets in the way later, call us any time on {{callback_line}}.'

  - id: thanks_promise_kept
    channel: email
    tone: friendly
    text:
      zh-CN:
        subject: 感谢您信守还款承诺
        body: |
          {{debtor_name}}您好：

          您已按与我们约定的时间完成还款，感谢您信守承诺。截至{{today}}，您尾号{{account_tail}}的账户未还总额为{{amount_outstanding}}。

          后续如遇到任何困难，欢迎随时致电 {{callback_line}}，我们愿意一起想办法。

          {{lender_name}}
      en:
        subject: Thank you for keeping your promise
        body: |
          Hello {{debtor_name}},

          You paid on the day you agreed with us: thank you for keeping your word. As of {{today}}, the total still owed on your account ending {{account_tail}} is {{amount_outstanding}}.

          If anything gets in the way later, call us any time on {{callback_line}} and we will look for a way forward together.

          {{lender_name}}

  # ── Generic reminder lines: safe if anyone else reads them ───────────────────────────────────────
  # They name neither the debtor, nor the debt, nor the creditor. A planned message without a template
  # name is sent as \`generic_reminder\` of its channel.
  - id: generic_reminder
    channel: sms
    tone: neutral
    text:
      zh-CN:
        body: 您好，有一件与您本人有关的事项需要和您确认，请方便时致电{{callback_line}}。如已联系过我们，请忽略。
      en:
        body: Hello, we have a matter to go over with you personally. Please call us on {{callback_line}} when convenient. If you have already been in touch, please ignore this message.

  - id: generic_reminder
    channel: wechat
    tone: neutral
    text:
      zh-CN:
        body: 您好，有一件与您本人有关的事项需要和您确认，请方便时致电{{callback_line}}。如已联系过我们，请忽略。
      en:
        body: Hello, we have a matter to go over with you personally. Please call us on {{callback_line}} when convenient. If you have already been in touch, please ignore this message.

  - id: generic_reminder
    channel: email
    tone: neutral
    text:
      zh-CN:
        subject: 请与我们联系
        body: |
          您好：

          有一件与您本人有关的事项需要和您确认，请方便时致电 {{callback_line}}。如已联系过我们，请忽略本邮件。

          谢谢！
      en:
        subject: Please get in touch
        body: |
          Hello,

          We have a matter to go over with you personally. Please call us on {{callback_line}} when convenient. If you have already been in touch, please ignore this email.

          Thank you.

  - id: generic_reminder
    channel: post
    tone: neutral
    text:
      zh-CN:
        subject: 请与我们联系
        body: |
          您好：

          有一件与您本人有关的事项需要和您确认，请方便时致电 {{callback_line}}。如已联系过我们，请忽略本信。

          {{today}}
      en:
        subject: Please get in touch
        body: |
          Hello,

          We have a matter to go over with you personally. Please call us on {{callback_line}} when convenient. If you have already been in touch, please disregard this letter.

          {{today}}

  - id: generic_callback_request
    channel: sms
    tone: neutral
    text:
      zh-CN:
        body: 您好，今天我们尝试联系您未能接通，请您方便时回电{{callback_line}}，谢谢。
      en:
        body: Hello, we tried to reach you today but could not get through. Please call us back on {{callback_line}} at a convenient time. Thank you.

  - id: generic_callback_request
    channel: wechat
    tone: neutral
    text:
      zh-CN:
        body: 您好，今天我们尝试联系您未能接通，请您方便时回电{{callback_line}}，谢谢。
      en:
        body: Hello, we tried to reach you today but could not get through. Please call us back on {{callback_line}} at a convenient time. Thank you.

  - id: generic_credit_note
    channel: sms
    tone: friendly
    text:
      zh-CN:
        body: 诚信守约，是对自己最好的保护。若您需要任何帮助，欢迎致电{{callback_line}}，我们愿意倾听。
      en:
        body: Keeping your word is the best credit there is. If you need any help, call us on {{callback_line}}; we are happy to listen.

  - id: generic_credit_note
    channel: wechat
    tone: friendly
    text:
      zh-CN:
        body: 诚信守约，是对自己最好的保护。若您需要任何帮助，欢迎致电{{callback_line}}，我们愿意倾听。
      en:
        body: Keeping your word is the best credit there is. If you need any help, call us on {{callback_line}}; we are happy to listen.
`;

let parsed: readonly TemplateText[] | undefined;

/** The default templates, parsed and checked once. */
export function defaultTemplates(): readonly TemplateText[] {
  parsed ??= parseTemplateFile(DEFAULT_TEMPLATES_YAML, 'the default templates');
  return parsed;
}
