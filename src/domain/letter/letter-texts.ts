/**
 * The words of every letter, as data: per kind and language, its title, paragraphs and slip, with
 * `{placeholders}` that compose-letter.ts fills from the account's facts (fill-text.ts refuses a
 * placeholder it does not know). Every text here passes the language guard (letter-texts.test.ts): firm
 * and plain, stating only what is true — what is owed, by when, how to pay, what the creditor may lawfully
 * do next — and never a threat, an insult, or a claim to be a court, the police or the government.
 *
 * Placeholders: creditor, debtor, account, reference, letter_date, as_of, respond_by, amount_due,
 * outstanding, phone, address, itemisation_date, itemisation_basis.
 */
import type { LetterKind, LetterLanguage } from './letter-codes.js';

/** One line of a slip: text, a box to tick, or a label with room to write. */
export type SlipLine =
  | { type: 'text'; text: string }
  | { type: 'check'; text: string }
  | { type: 'field'; text: string };

export interface LetterTemplate {
  title: string;
  salutation: string;
  /** Before the table. */
  opening: readonly string[];
  tableCaption: string;
  /** After the table: what the creditor asks. */
  request: readonly string[];
  nextStepsHeading: string;
  nextSteps: readonly string[];
  closing: readonly string[];
  slip: { title: string; lines: readonly SlipLine[] };
}

/** The words every letter of a language shares: labels, headings, the table's heads, the page footer. */
export interface LetterChrome {
  reference: string;
  date: string;
  account: string;
  to: string;
  tel: string;
  component: string;
  pastDue: string;
  notYetDue: string;
  total: string;
  item: string;
  amount: string;
  /** The table's unit: `单位：{currency}` / `Amounts in {currency}`. */
  unit: string;
  components: Readonly<Record<'principal' | 'interest' | 'fee' | 'penalty' | 'late_fee', string>>;
  howToPayHeading: string;
  howToPay: string;
  signOff: string;
  page: string;
  cutHere: string;
  slipVoluntary: string;
  returnTo: string;
  idNumber: string;
}

export const LETTER_CHROME: Readonly<Record<LetterLanguage, LetterChrome>> = {
  'zh-CN': {
    reference: '编号',
    date: '日期',
    account: '账户',
    to: '致',
    tel: '咨询电话',
    component: '项目',
    pastDue: '逾期应还',
    notYetDue: '尚未到期',
    total: '合计',
    item: '项目',
    amount: '金额',
    unit: '单位：{currency}',
    components: { principal: '本金', interest: '利息', fee: '费用', penalty: '罚息', late_fee: '滞纳金' },
    howToPayHeading: '还款方式',
    howToPay:
      '请只通过以下渠道将款项付至{creditor}名下账户，并在附言中注明编号 {reference}。我们不收取现金，也不会要求您把钱转入任何个人账户；如有人以本公司名义要求您这样做，请拒绝并拨打 {phone} 核实。',
    signOff: '特此通知。',
    page: '第 {page} 页，共 {pages} 页',
    cutHere: '沿此线剪下',
    slipVoluntary: '是否签署本回执由您自愿决定，签署与否都不影响您对金额提出异议的权利。',
    returnTo: '请寄回：{creditor}，{address}',
    idNumber: '证件号码：{id_number}',
  },
  en: {
    reference: 'Reference',
    date: 'Date',
    account: 'Account',
    to: 'To',
    tel: 'Telephone',
    component: 'Item',
    pastDue: 'Overdue',
    notYetDue: 'Not yet due',
    total: 'Total',
    item: 'Item',
    amount: 'Amount',
    unit: 'Amounts in {currency}',
    components: {
      principal: 'Principal',
      interest: 'Interest',
      fee: 'Fees',
      penalty: 'Penalty interest',
      late_fee: 'Late fees',
    },
    howToPayHeading: 'How to pay',
    howToPay:
      'Please pay only through the channels below, into accounts held in the name of {creditor}, quoting reference {reference}. We do not accept cash and will never ask you to pay into a personal account; if anyone asks you to do so in our name, refuse and call us on {phone} to check.',
    signOff: 'Yours faithfully,',
    page: 'Page {page} of {pages}',
    cutHere: 'cut here',
    slipVoluntary:
      'Signing this slip is your free choice; signing it or not does not affect your right to dispute the amount.',
    returnTo: 'Return to: {creditor}, {address}',
    idNumber: 'ID number: {id_number}',
  },
};

/** The debtor's acknowledgement of what they owe: demand, final demand and credit-report notice share it. */
const ACKNOWLEDGEMENT: Readonly<Record<LetterLanguage, LetterTemplate['slip']>> = {
  'zh-CN': {
    title: '欠款确认回执',
    lines: [
      {
        type: 'text',
        text: '本人{debtor}确认：截至{as_of}，本人在{creditor}的借款（账户 {account}，通知编号 {reference}）尚欠{outstanding}，其中逾期应还{amount_due}。',
      },
      { type: 'field', text: '本人计划于以下日期前还款：' },
      { type: 'field', text: '计划还款金额：' },
      { type: 'field', text: '债务人签名：' },
      { type: 'field', text: '日期：' },
    ],
  },
  en: {
    title: 'Acknowledgement of debt',
    lines: [
      {
        type: 'text',
        text: 'I, {debtor}, acknowledge that as of {as_of} I owe {creditor} {outstanding} on account {account} (letter reference {reference}), of which {amount_due} is overdue.',
      },
      { type: 'field', text: 'I plan to pay by (date):' },
      { type: 'field', text: 'Amount I plan to pay:' },
      { type: 'field', text: 'Signature:' },
      { type: 'field', text: 'Date:' },
    ],
  },
};

export const LETTER_TEMPLATES: Readonly<Record<LetterKind, Readonly<Record<LetterLanguage, LetterTemplate>>>> = {
  demand: {
    'zh-CN': {
      title: '催收通知书',
      salutation: '{debtor}：',
      opening: [
        '您在{creditor}的借款（账户 {account}）已经逾期。截至{as_of}，您尚欠{outstanding}，其中已到期未还的金额为{amount_due}，明细如下：',
      ],
      tableCaption: '欠款明细（截至{as_of}）',
      request: [
        '请您于{respond_by}前归还逾期应还的{amount_due}。如果您最近已经还款，请忽略本通知中已还清的部分，并告知我们还款日期，以便核对。',
      ],
      nextStepsHeading: '如未按期还款',
      nextSteps: [
        '逾期期间，罚息和滞纳金按借款合同约定计算，不超过法律规定的上限。',
        '我们会继续通过电话、短信、信函等合法方式与您联系，并可能将本账户提交公司法务部门审查，依法维护我们的权利。',
        '如您目前还款确有困难，请尽早与我们联系，我们愿意根据您的实际情况商谈分期还款等方案。',
        '如您对上述金额有异议，请在{respond_by}前来电或书面告知我们，我们将核实后书面答复。',
      ],
      closing: ['{tel}：{phone}'],
      slip: ACKNOWLEDGEMENT['zh-CN'],
    },
    en: {
      title: 'Demand for payment',
      salutation: 'Dear {debtor},',
      opening: [
        'Your loan with {creditor} (account {account}) is overdue. As of {as_of} you owe {outstanding}, of which {amount_due} has fallen due and is unpaid. The table below shows the details.',
      ],
      tableCaption: 'What you owe as of {as_of}',
      request: [
        'Please pay the overdue {amount_due} by {respond_by}. If you have paid recently, please tell us the date of your payment so that we can match it, and disregard the part already paid.',
      ],
      nextStepsHeading: 'If you do not pay by then',
      nextSteps: [
        'Penalty interest and late fees continue to be charged as your loan agreement provides, never above the limits the law sets.',
        'We will keep in touch with you by telephone, text message and letter, as the law allows, and may pass the account to our legal department for review so that we can protect our rights by lawful means.',
        'If you are struggling to pay, please contact us as soon as you can: we are willing to discuss a plan of smaller instalments that fits your situation.',
        'If you think any amount above is wrong, please call or write to us by {respond_by}; we will check it and answer you in writing.',
      ],
      closing: ['{tel}: {phone}'],
      slip: ACKNOWLEDGEMENT.en,
    },
  },
  final_demand: {
    'zh-CN': {
      title: '最后催告函',
      salutation: '{debtor}：',
      opening: [
        '我们此前已多次就您在{creditor}的借款（账户 {account}）逾期一事与您联系，至今未收到还款。截至{as_of}，您尚欠{outstanding}，其中已到期未还的金额为{amount_due}，明细如下：',
      ],
      tableCaption: '欠款明细（截至{as_of}）',
      request: ['请您于{respond_by}前归还逾期应还的{amount_due}，或在此之前与我们联系，商定书面的还款安排。'],
      nextStepsHeading: '如在上述日期前仍未还款',
      nextSteps: [
        '{creditor}将考虑依法向有管辖权的人民法院提起民事诉讼（借款合同约定仲裁的，依约申请仲裁），请求您归还欠款及合同约定的利息和费用。是否受理、如何判决，由人民法院或仲裁机构依法决定。',
        '在此之前，您仍可随时与我们商谈还款方案；任何还款安排都会以书面形式确认。',
        '如您对上述金额有异议，请在{respond_by}前来电或书面告知我们，我们将核实后书面答复。',
      ],
      closing: ['{tel}：{phone}'],
      slip: ACKNOWLEDGEMENT['zh-CN'],
    },
    en: {
      title: 'Final demand before legal action',
      salutation: 'Dear {debtor},',
      opening: [
        'We have contacted you several times about your overdue loan with {creditor} (account {account}) and have not received payment. As of {as_of} you owe {outstanding}, of which {amount_due} has fallen due and is unpaid. The table below shows the details.',
      ],
      tableCaption: 'What you owe as of {as_of}',
      request: [
        'Please pay the overdue {amount_due} by {respond_by}, or contact us before then to agree a repayment plan in writing.',
      ],
      nextStepsHeading: 'If the amount is still unpaid by then',
      nextSteps: [
        '{creditor} will consider bringing a civil claim against you in the competent court (or arbitration, where your loan agreement provides for it) for the amount owed with the interest and charges the agreement allows. Only the court or the arbitrator decides such a claim, under due process.',
        'Until then you may contact us at any time to agree a repayment plan; any plan we agree will be confirmed in writing.',
        'If you think any amount above is wrong, please call or write to us by {respond_by}; we will check it and answer you in writing.',
      ],
      closing: ['{tel}: {phone}'],
      slip: ACKNOWLEDGEMENT.en,
    },
  },
  validation_notice: {
    'zh-CN': {
      title: '债务核实通知',
      salutation: '{debtor}：',
      opening: [
        '{creditor}正在向您催收一笔债务，我们会将您提供的信息用于催收该债务。根据我们的记录，您在{creditor}有一个账户（账户 {account}）。截至{itemisation_date}（{itemisation_basis}），您的欠款如下表所示，并列出该日之后的利息、费用和还款：',
      ],
      tableCaption: '债务明细',
      request: [
        '如您认为全部或部分债务不属实，请在{respond_by}前来电或书面告知我们；逾期未提出的，我们将视为上述信息无误。如您在{respond_by}前书面提出异议，我们将暂停对有异议部分的催收，直至向您寄送证明该债务的资料。',
      ],
      nextStepsHeading: '您还可以',
      nextSteps: [
        '在{respond_by}前书面要求我们提供原始债权人的名称和地址（如与现债权人不同）；在我们寄出该信息之前，我们将暂停催收。',
        '访问 www.cfpb.gov/debt-collection，了解美国联邦法律赋予您的权利。',
        '您可以使用下方的回复表，也可以不用该表直接写信给我们。',
      ],
      closing: ['{tel}：{phone}'],
      slip: {
        title: '回复表',
        lines: [
          { type: 'text', text: '请寄回：{creditor}，{address}（编号 {reference}）' },
          { type: 'check', text: '我对该债务有异议，原因是：这不是我的债务。' },
          { type: 'check', text: '我对该债务有异议，原因是：金额有误。' },
          { type: 'check', text: '其他原因（请写在背面或另附页）。' },
          { type: 'check', text: '请告知原始债权人的名称和地址。' },
          { type: 'field', text: '随附还款金额：' },
          { type: 'field', text: '签名：' },
          { type: 'field', text: '日期：' },
        ],
      },
    },
    en: {
      title: 'Debt validation notice',
      salutation: 'Dear {debtor},',
      opening: [
        '{creditor} is collecting a debt, and we will use any information you give us to help collect it. Our records show that you have an account with {creditor} (account {account}). On {itemisation_date} ({itemisation_basis}) you owed the amount in the table below, which also shows the interest, fees and payments since that day.',
      ],
      tableCaption: 'The debt, itemised',
      request: [
        'If you believe all or part of this debt is not yours or is wrong, call or write to us by {respond_by}. If you do not, we will take our information to be correct. If you write to us by {respond_by}, we will stop collecting any amount you dispute until we send you information showing that you owe it.',
      ],
      nextStepsHeading: 'What else you can do',
      nextSteps: [
        'Write to us by {respond_by} to ask for the name and address of the original creditor, if it is not the one named above. We will stop collecting until we send you that information.',
        'Visit www.cfpb.gov/debt-collection to learn about your rights under federal law.',
        'You may use the response form below, or write to us without it.',
      ],
      closing: ['{tel}: {phone}'],
      slip: {
        title: 'Response form',
        lines: [
          { type: 'text', text: 'Mail this form to: {creditor}, {address} (reference {reference})' },
          { type: 'check', text: 'I dispute the debt because I think this is not my debt.' },
          { type: 'check', text: 'I dispute the debt because I think the amount is wrong.' },
          { type: 'check', text: 'Other (please describe on the back or attach more pages).' },
          { type: 'check', text: 'I want you to send me the name and address of the original creditor.' },
          { type: 'field', text: 'I enclose this amount:' },
          { type: 'field', text: 'Signature:' },
          { type: 'field', text: 'Date:' },
        ],
      },
    },
  },
  credit_report_notice: {
    'zh-CN': {
      title: '征信报送事先告知书',
      salutation: '{debtor}：',
      opening: [
        '根据《征信业管理条例》第十五条，信息提供者向征信机构提供个人不良信息，应当事先告知信息主体本人。现告知如下：您在{creditor}的借款（账户 {account}）已经逾期，截至{as_of}，逾期应还{amount_due}，明细如下：',
      ],
      tableCaption: '欠款明细（截至{as_of}）',
      request: [
        '如您在{respond_by}前仍未还清上述逾期款项，{creditor}将按规定把该笔借款的逾期信息报送金融信用信息基础数据库（中国人民银行征信中心）。在{respond_by}前还清的，我们不会报送本次逾期。',
      ],
      nextStepsHeading: '您的权利',
      nextSteps: [
        '依照《征信业管理条例》第十六条，不良信息自不良行为或者事件终止之日起保存 5 年，期满后予以删除。',
        '您有权查询本人的信用报告。如认为报送的信息有错误或遗漏，可依照《征信业管理条例》第二十五条向我们或征信机构提出异议，我们将依规核查并答复。',
        '如您还款确有困难，请在{respond_by}前与我们联系，商谈还款方案。',
      ],
      closing: ['{tel}：{phone}'],
      slip: ACKNOWLEDGEMENT['zh-CN'],
    },
    en: {
      title: 'Notice before credit reporting',
      salutation: 'Dear {debtor},',
      opening: [
        'Article 15 of the Regulation on the Administration of the Credit Reporting Industry requires a lender to tell you in advance before it reports adverse information about you to a credit reference agency. This is that notice: your loan with {creditor} (account {account}) is overdue, and as of {as_of} the overdue amount is {amount_due}, shown in detail below.',
      ],
      tableCaption: 'What you owe as of {as_of}',
      request: [
        'If the overdue amount is not fully paid by {respond_by}, {creditor} will report this overdue loan to the Credit Reference Center of the People’s Bank of China, as the rules require. If you pay it in full by {respond_by}, we will not report this overdue amount.',
      ],
      nextStepsHeading: 'Your rights',
      nextSteps: [
        'Under Article 16 of the same Regulation, adverse information is kept for five years from the day the default ends, and deleted after that.',
        'You may obtain your own credit report. If you believe reported information is wrong or incomplete, you may object to us or to the credit reference agency under Article 25, and your objection will be checked and answered.',
        'If you are struggling to pay, please contact us before {respond_by} to discuss a repayment plan.',
      ],
      closing: ['{tel}: {phone}'],
      slip: ACKNOWLEDGEMENT.en,
    },
  },
};

/** How a validation notice names the day its itemisation starts from (Regulation F § 1006.34(b)(3)). */
export const ITEMISATION_BASIS: Readonly<Record<'last_payment' | 'transaction', Record<LetterLanguage, string>>> = {
  last_payment: { 'zh-CN': '您最后一次还款之日', en: 'the day of your last payment' },
  transaction: { 'zh-CN': '借款发放之日', en: 'the day the loan was made' },
};

/** The rows of a validation notice's itemisation table. */
export const ITEMISATION_ROWS: Readonly<
  Record<'owed_then' | 'interest' | 'fees' | 'paid' | 'owed_now', Record<LetterLanguage, string>>
> = {
  owed_then: { 'zh-CN': '截至{itemisation_date}的欠款', en: 'Owed on {itemisation_date}' },
  interest: { 'zh-CN': '此后产生的利息（含罚息）', en: 'Interest charged since (+)' },
  fees: { 'zh-CN': '此后产生的费用（含滞纳金）', en: 'Fees charged since (+)' },
  paid: { 'zh-CN': '此后的还款与减免', en: 'Paid or credited since (−)' },
  owed_now: { 'zh-CN': '截至{as_of}的欠款总额', en: 'Total owed now, as of {as_of}' },
};
