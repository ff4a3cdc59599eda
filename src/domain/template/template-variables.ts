/**
 * The variables a message template may use, defined once: what each holds, and whether it identifies the
 * debtor or the debt. Templates are checked against this list when they are set, so a typo is refused
 * then, and a variable an account lacks is an error when the message is rendered, never an empty hole.
 *
 * Generic reminder lines (template ids starting `generic_`) are texts that stay harmless if someone
 * other than the debtor reads them (a shared phone, a family WeChat): they may use only the variables
 * that identify nobody.
 */

export interface TemplateVariable {
  en: string;
  zh: string;
  /** It names the debtor, the debt or the creditor: never in a generic line. */
  identifying: boolean;
}

export const TEMPLATE_VARIABLES = {
  debtor_name: {
    en: 'the party’s name: masked (surname and asterisks, "Wei Z.") on sms, email and wechat; in full on post, which is addressed to the person; a company’s name in full',
    zh: '当事人姓名：短信、邮件、微信中脱敏（保留姓氏，如“张*”）；信函按收件人写全名；企业名称写全称',
    identifying: true,
  },
  amount_past_due: {
    en: 'the amount past due, in the account’s currency, written the way the text’s language writes money',
    zh: '逾期金额，按账户币种并以文本语言的习惯书写',
    identifying: true,
  },
  amount_outstanding: {
    en: 'everything still owed on the account (principal, interest, fees, penalty interest, late fees)',
    zh: '账户全部未还金额（本金、利息、费用、罚息、滞纳金）',
    identifying: true,
  },
  due_date: {
    en: 'the due date of the oldest unpaid instalment, written out in the text’s language',
    zh: '最早一期未还款项的到期日，以文本语言书写',
    identifying: true,
  },
  dpd: { en: 'days past due, a whole number', zh: '逾期天数（整数）', identifying: true },
  account_tail: {
    en: 'the last four characters of the account number ("ending 1234")',
    zh: '账号后四位（“尾号1234”）',
    identifying: true,
  },
  payment_reference: {
    en: 'the reference to quote when paying: the account number',
    zh: '还款时需注明的参考号：即账号',
    identifying: true,
  },
  lender_name: {
    en: 'the creditor’s name in the text’s language (channels config: senders)',
    zh: '债权人名称，按文本语言（渠道配置 senders）',
    identifying: true,
  },
  payment_link: {
    en: 'where to pay online (channels config: senders); optional, use it inside {{#if payment_link}}',
    zh: '在线还款地址（渠道配置 senders）；可选，请放在 {{#if payment_link}} 中使用',
    identifying: true,
  },
  callback_line: {
    en: 'the telephone line the debtor calls back on (channels config: senders)',
    zh: '回拨电话（渠道配置 senders）',
    identifying: false,
  },
  today: { en: 'the day of the message, written out', zh: '发送当日日期', identifying: false },
} as const satisfies Readonly<Record<string, TemplateVariable>>;

export type TemplateVariableName = keyof typeof TEMPLATE_VARIABLES;
export const TEMPLATE_VARIABLE_NAMES = Object.keys(TEMPLATE_VARIABLES) as TemplateVariableName[];

export function isTemplateVariable(name: string): name is TemplateVariableName {
  return Object.hasOwn(TEMPLATE_VARIABLES, name);
}

/** Template ids: lower-case words joined by underscores, as strategies name them (`m1_reminder`). */
export const TEMPLATE_ID_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** The prefix of generic, non-identifying reminder lines. */
export const GENERIC_PREFIX = 'generic_';

/** The template a planned message without a template name gets: the generic reminder of its channel. */
export const FALLBACK_TEMPLATE = 'generic_reminder';

/**
 * What is wrong with a template using these variables, or an empty list: unknown names, and identifying
 * variables in a generic line.
 */
export function variableProblems(templateId: string, used: Iterable<string>): string[] {
  const problems: string[] = [];
  const generic = templateId.startsWith(GENERIC_PREFIX);
  for (const name of new Set(used)) {
    if (!isTemplateVariable(name)) {
      problems.push(`{{${name}}} is not a template variable (known: ${TEMPLATE_VARIABLE_NAMES.join(', ')})`);
    } else if (generic && TEMPLATE_VARIABLES[name].identifying) {
      problems.push(
        `{{${name}}} identifies the debtor or the debt; a generic line (${GENERIC_PREFIX}…) may use only ${TEMPLATE_VARIABLE_NAMES.filter(
          (n) => !TEMPLATE_VARIABLES[n].identifying,
        ).join(', ')}`,
      );
    }
  }
  return problems;
}
