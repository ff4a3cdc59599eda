/**
 * The language guard measured on realistic texts: lawful, firm collection wording that must pass, and
 * unlawful wording that must be caught under the right category, in Chinese and English. A text marked
 * `thirdParty` is addressed to someone who does not owe the debt; `timeBarred` is about a debt past its
 * limitation period. When the lexicon changes, these say what it gained or broke.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageCategory } from '../domain/compliance/lexicon.js';
import { lintText } from './lint-text.js';

interface Lawful {
  text: string;
  thirdParty?: true;
  timeBarred?: true;
}
interface Unlawful extends Lawful {
  category: LanguageCategory;
}

const LAWFUL_ZH: Lawful[] = [
  { text: '请于本月25日前还款，逾期将依法上报征信。' },
  { text: '张先生您好，您的账户已逾期15天，请尽快安排还款，如有困难可以致电我们协商。' },
  { text: '根据合同约定，逾期期间将按日计收罚息，请您留意。' },
  { text: '如您暂时无法全额还款，我们可以为您申请分期还款方案。' },
  { text: '您也可以选择一次性结清，我们可以在权限范围内减免部分罚息。' },
  { text: '如协商不成，我司将依法向人民法院提起诉讼，维护自身合法权益。' },
  { text: '如您对欠款金额有异议，请提供相关凭证，我们会在五个工作日内核实并回复。' },
  { text: '我们理解您目前的困难，希望您能和家人商量一下，给我们一个可行的还款计划。' },
  { text: '还款后请保留转账凭证，并告知我们参考号，方便及时入账。' },
  { text: '本次通话将被录音，以保障双方权益。' },
  { text: '您承诺于12月5日下午3点前还款2000元，我们会在当天核实到账情况。' },
  { text: '如您已经还款，请忽略本条提醒，感谢您的配合。' },
  { text: '您的逾期记录可能依法报送金融信用信息基础数据库，影响今后的贷款审批。' },
  { text: '根据《征信业管理条例》，我们在报送不良信息前会提前告知您。' },
  { text: '我们不会要求您借钱还款，请根据自己的实际收入制定还款计划。' },
  { text: '请谨防骗子冒充我司工作人员，我司不会要求您向个人账户转账。' },
  { text: '如遇冒充公检法的诈骗电话，请及时向当地公安机关报案。' },
  { text: '我们是经国家金融监管部门批准设立的持牌消费金融公司，所有还款请通过官方渠道办理。' },
  { text: '您的还款计划已审批通过，首期款项请于1月10日前支付。' },
  { text: '如您按约履行分期计划，我们将暂停计收罚息。' },
  { text: '结清全部欠款后，我们会立即为您开具结清证明。' },
  { text: '如您选择一次性结清，我们将立即为您出具结清证明。' },
  { text: '逾期记录在征信系统中保留五年，按时还款有助于修复您的信用。' },
  { text: '请您在收到本函之日起十五日内归还逾期款项，或与我们商定书面还款计划。' },
  { text: '您的账户已移交我司法务部门审查，审查期间您仍可致电协商还款方案。' },
  { text: '如您因疾病或失业暂时无法还款，请告诉我们，我们可以根据情况调整还款安排。' },
  { text: '我们已于11月20日向您寄送催收通知书，请您及时查收。' },
  { text: '担保人您好，根据保证合同，您对借款人的债务承担连带保证责任，请协助督促还款。' },
  { text: '您好，这里是示例消费金融贷后管理部，今天致电是想和您确认一下还款安排。' },
  { text: '上次您提到工资在15号发放，请问这个月能否先还一部分？' },
  { text: '诚信守约是对自己最好的保护，期待与您共同解决这笔欠款。' },
  { text: '如需上门协商，我们将安排两名工作人员并提前与您预约时间。' },
  { text: '如您对我们的服务有意见，可以拨打客服热线投诉，也可向金融监管部门反映。' },
  { text: '本息合计未还金额为12,345.67元，其中逾期本金3,000元。' },
  { text: '我们可以为您申请减免部分滞纳金，但需要您在月底前还清逾期部分。' },
  { text: '如有疑问，请在工作日9:00至18:00之间致电400-800-1234。' },
  { text: '您的账户目前处于逾期状态，持续逾期可能产生更多罚息和滞纳金。' },
  { text: '如逾期款项仍未清偿，我司可能依照合同约定处置抵押物，处置前会依法通知您。' },
  { text: '非常感谢您今天按时还款，祝您生活顺利！' },
  { text: '公证债权文书已赋予强制执行效力，如仍未履行，我司可依法申请法院强制执行。' },
  { text: '我们会在今天之内为您核实还款是否到账。' },
  { text: '今晚八点前请回电告知您的还款安排，谢谢。' },
  { text: '该笔债务已超过诉讼时效，我们不会对您提起诉讼，您可自愿选择是否还款。', timeBarred: true },
  { text: '您好，我们想和您商量一个可行的分期方案，请问您每月大概能还多少？', timeBarred: true },
  { text: '您好，请问是李明先生的家人吗？麻烦您转告他回电400-800-1234，谢谢。', thirdParty: true },
  { text: '您好，我们有一件与李明先生本人有关的事项需要确认，请他方便时回电。', thirdParty: true },
  { text: '打扰了，如果您不认识李明先生，请告诉我们，我们将不再拨打这个号码。', thirdParty: true },
  { text: '您好，您本期账单已出，最后还款日为12月8日，请按时还款。' },
  { text: '为避免影响您的个人信用，请您尽早处理逾期款项。' },
  { text: '如您确有困难，可申请延期还款，我们会认真评估。' },
  { text: '我们注意到您近期未能按时还款，想了解一下是否遇到了什么问题。' },
  { text: '您好，我是示例消费金融的客户经理小王，工号8123，今天联系您是关于您的借款账户。' },
  { text: '如多次提醒仍未还款，我司保留依法追究的权利。' },
  { text: '请您务必在本周五前与我们联系，商量还款事宜。' },
  { text: '您的担保人也会收到相关还款提醒。' },
  { text: '如果您现在经济困难，我们可以先把每月还款额降低一些。' },
  { text: '根据您的情况，我们可以申请减免部分利息，剩余本金分12期偿还。' },
  { text: '我们会通过短信把还款账户和金额发给您，请注意查收。' },
  { text: '逾期超过90天的账户，可能会被转入法务催收流程。' },
  { text: '您好，刚才电话没有接通，稍后我们会再联系您。' },
  { text: '请不要相信任何要求您转账到私人账户的电话。' },
  { text: '如您认为我们的催收行为不当，可拨打投诉电话95xxx。' },
];

const UNLAWFUL_ZH: Unlawful[] = [
  { text: '你个老赖，欠钱不还还有脸接电话？', category: 'insult' },
  { text: '像你这种不要脸的人，活该被人看不起。', category: 'insult' },
  { text: '你就是个骗子，拿了钱就跑。', category: 'insult' },
  { text: '你这个废物，连几千块都还不上。', category: 'insult' },
  { text: '傻 逼，赶紧还钱。', category: 'insult' },
  { text: '你这种人渣迟早要遭报应。', category: 'insult' },
  { text: '再不还钱，我找人打断你的腿。', category: 'threat' },
  { text: '你不还，我们就找人收拾你。', category: 'threat' },
  { text: '你孩子在哪个学校我们都清楚，小心你孩子出点事。', category: 'threat' },
  { text: '你家人最好小心点。', category: 'threat' },
  { text: '三天内不还，我们就把你的欠款信息发到朋友圈。', category: 'threat' },
  { text: '再不还款就通知你单位和所有同事，让你身败名裂。', category: 'threat' },
  { text: '我们会把你的照片做成大字报贴到你家门口。', category: 'threat' },
  { text: '不还钱就爆你通讯录，让你所有亲戚朋友都知道你欠钱。', category: 'threat' },
  { text: '我 会 杀 了 你。', category: 'threat' },
  { text: '今天再不还，后果自负。', category: 'intimidation' },
  { text: '别怪我们不客气，你等着瞧。', category: 'intimidation' },
  { text: '我们知道你住哪，明天就上门。', category: 'intimidation' },
  { text: '不还钱我们就天天上门，让你不得安宁。', category: 'intimidation' },
  { text: '我们的人已经在你家楼下了。', category: 'intimidation' },
  { text: '你逃不掉的，跑得了和尚跑不了庙。', category: 'intimidation' },
  { text: '不接电话我们就打爆你电话。', category: 'intimidation' },
  { text: '我是朝阳区人民法院的工作人员，你的案子已经立案。', category: 'impersonation' },
  { text: '这里是市公安局经侦支队，你涉嫌恶意透支。', category: 'impersonation' },
  { text: '我们是法 院执行局的，限你三天内还款。', category: 'impersonation' },
  { text: '我是派出所民警，请你配合调查这笔欠款。', category: 'impersonation' },
  { text: '本院已受理你的案件，请立即联系。', category: 'impersonation' },
  { text: '再不还钱你就要坐牢了。', category: 'false_legal_threat' },
  { text: '你已经涉嫌诈骗，我们马上报警抓你。', category: 'false_legal_threat' },
  { text: '不还钱会影响三代，你孩子以后不能考公务员。', category: 'false_legal_threat' },
  { text: '我们会冻结你名下所有银行卡。', category: 'false_legal_threat' },
  { text: '你的案件已经移交公安经侦。', category: 'false_legal_threat' },
  { text: '征信会被永久拉黑，一辈子贷不了款。', category: 'false_legal_threat' },
  { text: '三天内不还款，我们将向法院起诉你。', category: 'false_legal_threat', timeBarred: true },
  { text: '我司将通过法律途径追讨这笔欠款。', category: 'false_legal_threat', timeBarred: true },
  {
    text: '您好，您的朋友张三在我司欠款两万元已逾期，请您转告他尽快还款。',
    category: 'third_party_disclosure',
    thirdParty: true,
  },
  { text: '请转告王先生，他的网贷已经逾期三个月了。', category: 'third_party_disclosure', thirdParty: true },
  { text: '您是李明的同事吧？他拖欠我们的钱一直不还。', category: 'third_party_disclosure', thirdParty: true },
  { text: '我们是催收公司，麻烦您让您丈夫回个电话。', category: 'third_party_disclosure', thirdParty: true },
  { text: '你可以找亲戚朋友借钱还上，今天必须到账。', category: 'pressure' },
  { text: '实在没钱就把房子卖了还债。', category: 'pressure' },
  { text: '你去借网贷也要先把我们的还了。', category: 'pressure' },
  { text: '请你立即将全部欠款一次性还清。', category: 'pressure' },
  { text: '一小时内必须还清所有欠款。', category: 'pressure' },
  { text: '马上把钱一次性打过来。', category: 'pressure' },
  { text: '你可以先刷信用卡还上这笔钱。', category: 'pressure' },
  { text: '今天之内全额还款，否则后果自负。', category: 'pressure' },
  { text: '你这种人就是社会的垃圾。', category: 'insult' },
  { text: '欠钱不还，你还算个男人吗？', category: 'insult' },
  { text: '你要是再不还，我们就去你公司闹。', category: 'threat' },
  { text: '我们会派人去你老家，让你父母替你还。', category: 'pressure' },
  { text: '小心哪天走夜路出什么意外。', category: 'threat' },
  { text: '我们已经把你的资料发给你所有的微信好友了。', category: 'threat' },
  { text: '我们的人每天都会去你家门口等你。', category: 'intimidation' },
  { text: '你躲得了初一躲不了十五。', category: 'intimidation' },
  { text: '我是市中级法院的，你已经被起诉了。', category: 'impersonation' },
  { text: '我们是公安部门委托的，请你配合。', category: 'impersonation' },
  { text: '你这是诈骗，要判三年以上。', category: 'false_legal_threat' },
  { text: '下周法院就会来查封你的房子。', category: 'false_legal_threat' },
  {
    text: '麻烦转告您儿子，他在我们这儿借的钱已经三个月没还了。',
    category: 'third_party_disclosure',
    thirdParty: true,
  },
  { text: '你去找你爸妈要钱也得今天还上。', category: 'pressure' },
  { text: '没钱就去借啊，信用卡、花呗都可以。', category: 'pressure' },
];

const LAWFUL_EN: Lawful[] = [
  { text: 'Please pay the overdue amount of £120 by 25 May; if you cannot, call us so we can agree a plan.' },
  { text: 'If we cannot agree a plan we may pass the account to our legal team, as your agreement allows.' },
  { text: 'Late payments may be reported to credit reference agencies, which could affect your ability to borrow.' },
  { text: 'We understand things can be difficult; free, confidential debt advice is available from StepChange.' },
  { text: 'You can pay the full balance or set up a payment plan that suits your budget.' },
  { text: 'This call may be recorded for training and quality purposes.' },
  { text: 'If you dispute this debt, please tell us in writing within 30 days and we will look into it.' },
  { text: 'We will never ask you to borrow money to pay us, and we will never ask you to sell your home.' },
  { text: 'Your account is 30 days past due; paying now will stop further late fees.' },
  { text: 'If you are struggling, we can pause interest and charges while you get debt advice.' },
  { text: 'We have received your payment of $200. Thank you.' },
  { text: 'You agreed to pay $150 on Friday 5 December; we will check that it has arrived.' },
  { text: 'If the balance remains unpaid, we may refer the matter to a solicitor, who may start court proceedings.' },
  {
    text: 'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
  },
  { text: 'Please quote your reference number LN-2026-001234 when you pay.' },
  { text: 'If you have already paid, please ignore this letter.' },
  { text: 'We can accept token payments for a few months while your circumstances improve.' },
  { text: 'If you would like someone else to speak to us on your behalf, please let us know in writing.' },
  { text: 'Please call us between 9am and 6pm, Monday to Friday, on 0800 123 456.' },
  { text: 'Your payment plan has been approved; the first instalment of £50 is due on 10 January.' },
  { text: 'If the arrangement is kept, we will not add any further interest.' },
  { text: 'You may be able to get free advice from the National Debtline.' },
  { text: 'We want to find a solution that works for you and your family.' },
  { text: 'While you are in breathing space, we will not contact you for payment until it ends.' },
  { text: 'Our records show an issue with your last direct debit; please check with your bank.' },
  { text: 'We noticed the payment did not go through; this could be a technical issue.' },
  { text: 'As your debt is more than six years old, we will not take legal action to recover it.', timeBarred: true },
  {
    text: 'This debt is statute-barred, so we cannot sue you for it, but you may still choose to pay.',
    timeBarred: true,
  },
  {
    text: 'If we do not hear from you within 14 days, we will consider our next steps, which may include legal action.',
  },
  { text: 'You can settle the account in full with a 20% discount if you pay by the end of next month.' },
  { text: 'Please get in touch within 14 days to discuss how you would like to pay.' },
  { text: 'Thank you for keeping your promise; your next payment is due on 1 March.' },
  { text: 'We will write to you again before we report any missed payments to the credit reference agencies.' },
  { text: 'If you have lost your job or are unwell, please tell us so we can take this into account.' },
  { text: 'We are a debt collection agency acting on behalf of Example Bank.' },
  { text: 'We tried to call you today but could not get through; please call us back when convenient.' },
  { text: 'Please pay the overdue instalment as soon as possible to avoid further charges.' },
  { text: 'A court may order you to pay our costs if the matter goes to a hearing.' },
  { text: 'Thank you for your time on the phone today; we have set up the plan we discussed.' },
  { text: 'If you pay the full balance today we will close the account and send you a letter confirming it.' },
  { text: 'Your account has been passed to our recoveries team, who will contact you shortly.' },
  { text: 'We may ask a court to grant judgment if we cannot reach an agreement.' },
  {
    text: 'Hello, we are trying to reach John Smith about a personal matter. Could he call us on 0800 123 456?',
    thirdParty: true,
  },
  {
    text: 'Sorry to trouble you; if you do not know John Smith, please tell us and we will not call again.',
    thirdParty: true,
  },
  { text: 'Hello, this is Example Services. Please ask Ms Lee to return our call when convenient.', thirdParty: true },
  { text: 'Please make a payment by Friday to bring your account up to date.' },
  { text: 'If you are having trouble paying, we have options that could help, including a reduced payment plan.' },
  { text: 'We may contact you by phone, email or letter about this account.' },
  { text: 'Continued non-payment may lead us to consider legal remedies available under your agreement.' },
  { text: 'Your account has been referred to our collections department.' },
  { text: 'We will report the default to the credit bureaus after giving you 28 days notice.' },
  { text: 'If you are experiencing financial hardship, please let us know as soon as possible.' },
  { text: 'This communication is from a debt collector.' },
  { text: 'We would like to help you get back on track; call us today.' },
  { text: 'Paying even a small amount each month shows goodwill and stops the account escalating.' },
  { text: 'Please do not ignore this letter; contact us to avoid further action.' },
  { text: 'We will be in touch again next week if we have not heard from you.' },
  { text: 'Keeping up your repayments protects your credit score.' },
  { text: 'You have the right to request validation of this debt.' },
  { text: 'Our agents are available 7 days a week to discuss your options.' },
];

const UNLAWFUL_EN: Unlawful[] = [
  { text: 'You are a deadbeat and everyone knows it.', category: 'insult' },
  { text: 'Stop lying, you pathetic loser, and pay what you owe.', category: 'insult' },
  { text: 'Only an idiot would ignore these letters.', category: 'insult' },
  { text: "You're nothing but a thief.", category: 'insult' },
  { text: 'Shame on you for not paying your bills.', category: 'insult' },
  { text: "What kind of lowlife doesn't pay back a loan?", category: 'insult' },
  { text: "Pay up or we'll break your legs.", category: 'threat' },
  { text: "If you don't pay, you will get hurt.", category: 'threat' },
  { text: "Your kids will pay the price if this isn't settled.", category: 'threat' },
  { text: 'We will tell your employer that you do not pay your debts.', category: 'threat' },
  { text: "We'll post your name on Facebook so everyone knows what you are.", category: 'threat' },
  { text: "We're going to contact all your neighbours about this.", category: 'threat' },
  { text: 'Keep ignoring us and we will put up posters in your street.', category: 'threat' },
  { text: "You're dead if you don't pay by Friday.", category: 'threat' },
  { text: 'Pay today, or else.', category: 'intimidation' },
  { text: 'We know where you live, and we know where your children go to school.', category: 'intimidation' },
  { text: "You can't hide from us forever.", category: 'intimidation' },
  { text: 'We will keep calling until you pay, every hour of every day.', category: 'intimidation' },
  { text: 'You have been warned.', category: 'intimidation' },
  { text: "Don't make us come round there; you'll regret it.", category: 'intimidation' },
  { text: 'There will be consequences if we do not receive payment.', category: 'intimidation' },
  { text: 'This is Officer Brown from the police department regarding your unpaid loan.', category: 'impersonation' },
  { text: 'I am calling from the court about a warrant in your name.', category: 'impersonation' },
  { text: 'We are a government agency and you must pay now.', category: 'impersonation' },
  { text: "This is the sheriff's office; you must pay the balance.", category: 'impersonation' },
  { text: 'As an officer of the court, I am instructing you to pay.', category: 'impersonation' },
  { text: "If you don't pay, you will go to jail.", category: 'false_legal_threat' },
  { text: 'We will have you arrested.', category: 'false_legal_threat' },
  { text: 'Failure to pay is a criminal offence and we will press charges.', category: 'false_legal_threat' },
  { text: 'We will seize your house next week.', category: 'false_legal_threat' },
  { text: 'Your credit will be ruined forever.', category: 'false_legal_threat' },
  { text: 'We are reporting you to the police for fraud.', category: 'false_legal_threat' },
  {
    text: 'We will sue you if we do not receive payment within 14 days.',
    category: 'false_legal_threat',
    timeBarred: true,
  },
  {
    text: 'Your account has been passed to our legal team to begin legal action.',
    category: 'false_legal_threat',
    timeBarred: true,
  },
  { text: 'We will take you to court.', category: 'false_legal_threat', timeBarred: true },
  {
    text: 'Please tell your brother that his loan is three months overdue.',
    category: 'third_party_disclosure',
    thirdParty: true,
  },
  { text: 'Your husband owes us £2,000 and needs to call us.', category: 'third_party_disclosure', thirdParty: true },
  {
    text: "We are calling about your neighbour's unpaid credit card bill.",
    category: 'third_party_disclosure',
    thirdParty: true,
  },
  {
    text: 'This is ABC Collections; can you ask Mr Smith to call us?',
    category: 'third_party_disclosure',
    thirdParty: true,
  },
  { text: 'Borrow the money from your family if you have to, but pay today.', category: 'pressure' },
  { text: 'Why not sell your car to clear the balance?', category: 'pressure' },
  { text: 'You need to pay the full amount within the hour.', category: 'pressure' },
  { text: 'Take out a payday loan and pay us immediately.', category: 'pressure' },
  { text: 'Pay the whole balance right now or we will escalate this.', category: 'pressure' },
  { text: 'Put it on your credit card and clear the account tonight.', category: 'pressure' },
  { text: 'Immediately pay the entire balance.', category: 'pressure' },
  { text: 'You people are a waste of space.', category: 'insult' },
  { text: 'You are a useless bum.', category: 'insult' },
  { text: 'We will make sure your whole street knows you do not pay your debts.', category: 'threat' },
  { text: 'It would be a shame if something happened to your car.', category: 'threat' },
  { text: 'We will send someone to your workplace to collect in person.', category: 'intimidation' },
  { text: 'Ignore us at your peril.', category: 'intimidation' },
  { text: 'This is the county court enforcement office calling.', category: 'impersonation' },
  { text: 'I am a federal officer and you must pay today.', category: 'impersonation' },
  { text: 'Non-payment of this debt is a crime and you could be jailed.', category: 'false_legal_threat' },
  { text: 'We will garnish your wages starting Monday.', category: 'false_legal_threat' },
  { text: 'Tell your son he still owes us money.', category: 'third_party_disclosure', thirdParty: true },
  { text: 'Ask your parents for the money and pay by tonight.', category: 'pressure' },
  { text: 'Get a second job or sell something, we do not care, just pay.', category: 'pressure' },
  { text: 'You must clear the entire debt in the next 2 hours.', category: 'pressure' },
  { text: 'Pay everything now.', category: 'pressure' },
];

const lint = (t: Lawful) => lintText({ text: t.text, toThirdParty: t.thirdParty, timeBarred: t.timeBarred });

describe.each([
  ['Chinese', LAWFUL_ZH, UNLAWFUL_ZH],
  ['English', LAWFUL_EN, UNLAWFUL_EN],
] as const)('the language guard on %s texts', (_, lawful, unlawful) => {
  it('has at least 30 texts of each kind, every category among the unlawful', () => {
    expect(lawful.length).toBeGreaterThanOrEqual(30);
    expect(unlawful.length).toBeGreaterThanOrEqual(30);
    expect(new Set(unlawful.map((t) => t.category)).size).toBe(7);
  });

  it('passes every lawful text', () => {
    const flagged = lawful.filter((t) => !lint(t).ok).map((t) => ({ text: t.text, findings: lint(t).findings }));
    expect(flagged).toEqual([]);
  });

  it('catches every unlawful text under its category', () => {
    const missed = unlawful
      .filter((t) => !lint(t).findings.some((f) => f.category === t.category))
      .map((t) => ({ text: t.text, expected: t.category, found: lint(t).findings }));
    expect(missed).toEqual([]);
  });

  it('passes the unlawful texts that need a flag when the flag is off', () => {
    for (const t of unlawful.filter((x) => x.thirdParty || x.timeBarred)) {
      const plain = lintText({ text: t.text }).findings.map((f) => f.category);
      expect(plain, t.text).not.toContain(t.thirdParty ? 'third_party_disclosure' : 'false_legal_threat');
    }
  });
});
