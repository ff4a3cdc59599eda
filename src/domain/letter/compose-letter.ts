/**
 * A letter's content from an account's facts: the creditor's heading, title, reference and date, the
 * addressee, the body in order (paragraphs, the table of what is owed by component or the validation
 * notice's itemisation, how to pay, what may follow), the signature and the slip. Pure and the same for
 * every kind and language: the words come from letter-texts.ts, the layout from the PDF renderer.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { type Amounts, COMPONENTS, totalOf } from '../ledger/amounts.js';
import type { Minor } from '../money/money.js';
import { fillText } from './fill-text.js';
import type { LetterKind, LetterLanguage } from './letter-codes.js';
import { amountText, currencyName, dateText, moneyText } from './letter-format.js';
import { ITEMISATION_BASIS, ITEMISATION_ROWS, LETTER_CHROME, LETTER_TEMPLATES, type SlipLine } from './letter-texts.js';
import { type Letterhead, PAYMENT_CHANNEL_LABELS } from './letterhead.js';

/** A validation notice's itemisation (Regulation F § 1006.34(c)(2)): owed then, and what changed since. */
export interface Itemisation {
  date: IsoDate;
  basis: 'last_payment' | 'transaction';
  owedThen: Minor;
  /** Interest and penalty interest charged since the itemisation date. */
  interest: Minor;
  /** Fees and late fees charged since. */
  fees: Minor;
  /** Payments and credits (waivers) since, as a positive amount. */
  paid: Minor;
}

export interface LetterFacts {
  kind: LetterKind;
  language: LetterLanguage;
  reference: string;
  letterDate: IsoDate;
  respondBy: IsoDate;
  /** The day the amounts are as of: the letter's date. */
  asOf: IsoDate;
  letterhead: Letterhead;
  /** The ID number only masked (first and last four characters), never in full. */
  debtor: { name: string; addressLines: readonly string[]; idMasked: string | null };
  accountId: string;
  currency: string;
  /** Fallen due and unpaid, by component. */
  pastDue: Amounts;
  /** Owed but not yet due, by component. */
  notYetDue: Amounts;
  /** Only for a validation notice. */
  itemisation: Itemisation | null;
}

export interface TableRow {
  cells: string[];
  total: boolean;
}

export type LetterBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; caption: string; unit: string; columns: string[]; rows: TableRow[] }
  | { type: 'payments'; intro: string; items: { label: string; text: string }[] };

export interface LetterDocument {
  kind: LetterKind;
  language: LetterLanguage;
  sender: { name: string; lines: string[] };
  title: string;
  meta: { label: string; value: string }[];
  addressee: string[];
  body: LetterBlock[];
  signature: string[];
  slip: { cutHere: string; title: string; lines: SlipLine[] };
  /** `第 {page} 页，共 {pages} 页`, filled by the renderer, after the reference. */
  footer: { reference: string; page: string };
}

/** What the letter asks for (past due) and the whole balance it states. */
export function letterAmounts(facts: Pick<LetterFacts, 'pastDue' | 'notYetDue'>): { due: Minor; outstanding: Minor } {
  const due = totalOf(facts.pastDue);
  return { due, outstanding: due + totalOf(facts.notYetDue) };
}

function componentTable(facts: LetterFacts, caption: string, unit: string): LetterBlock {
  const chrome = LETTER_CHROME[facts.language];
  const money = (m: Minor) => moneyText(m, facts.currency);
  const rows: TableRow[] = COMPONENTS.map((c) => ({
    cells: [
      chrome.components[c],
      money(facts.pastDue[c]),
      money(facts.notYetDue[c]),
      money(facts.pastDue[c] + facts.notYetDue[c]),
    ],
    total: false,
  }));
  const { due, outstanding } = letterAmounts(facts);
  rows.push({ cells: [chrome.total, money(due), money(outstanding - due), money(outstanding)], total: true });
  return {
    type: 'table',
    caption,
    unit,
    columns: [chrome.component, chrome.pastDue, chrome.notYetDue, chrome.total],
    rows,
  };
}

function itemisationTable(
  facts: LetterFacts,
  it: Itemisation,
  values: Record<string, string>,
  unit: string,
): LetterBlock {
  const chrome = LETTER_CHROME[facts.language];
  const money = (m: Minor) => moneyText(m, facts.currency);
  const label = (row: keyof typeof ITEMISATION_ROWS) => fillText(ITEMISATION_ROWS[row][facts.language], values);
  const { outstanding } = letterAmounts(facts);
  return {
    type: 'table',
    caption: fillText(LETTER_TEMPLATES.validation_notice[facts.language].tableCaption, values),
    unit,
    columns: [chrome.item, chrome.amount],
    rows: [
      { cells: [label('owed_then'), money(it.owedThen)], total: false },
      { cells: [label('interest'), money(it.interest)], total: false },
      { cells: [label('fees'), money(it.fees)], total: false },
      { cells: [label('paid'), money(it.paid)], total: false },
      { cells: [label('owed_now'), money(outstanding)], total: true },
    ],
  };
}

export function composeLetter(facts: LetterFacts): LetterDocument {
  const { language, letterhead } = facts;
  const template = LETTER_TEMPLATES[facts.kind][language];
  const chrome = LETTER_CHROME[language];
  const { due, outstanding } = letterAmounts(facts);
  const creditor = letterhead.creditor[language];
  const values: Record<string, string> = {
    creditor,
    debtor: facts.debtor.name,
    account: facts.accountId,
    reference: facts.reference,
    letter_date: dateText(facts.letterDate, language),
    as_of: dateText(facts.asOf, language),
    respond_by: dateText(facts.respondBy, language),
    amount_due: amountText(due, facts.currency, language),
    outstanding: amountText(outstanding, facts.currency, language),
    phone: letterhead.phone,
    address: letterhead.address[language],
    tel: chrome.tel,
    currency: language === 'zh-CN' && facts.currency === 'CNY' ? '人民币元' : currencyName(facts.currency, language),
    id_number: facts.debtor.idMasked ?? '',
  };
  if (facts.itemisation !== null) {
    values.itemisation_date = dateText(facts.itemisation.date, language);
    values.itemisation_basis = ITEMISATION_BASIS[facts.itemisation.basis][language];
  }
  const fill = (text: string) => fillText(text, values);
  const paragraphs = (texts: readonly string[]): LetterBlock[] =>
    texts.map((t) => ({ type: 'paragraph', text: fill(t) }));
  const unit = fill(chrome.unit);
  const table =
    facts.itemisation === null
      ? componentTable(facts, fill(template.tableCaption), unit)
      : itemisationTable(facts, facts.itemisation, values, unit);
  const hours = letterhead.hours?.[language];
  const phoneLine =
    language === 'zh-CN'
      ? `${chrome.tel}：${letterhead.phone}${hours === undefined ? '' : `（${hours}）`}`
      : `${chrome.tel}: ${letterhead.phone}${hours === undefined ? '' : ` (${hours})`}`;

  const slipLines: SlipLine[] = template.slip.lines.map((l) => ({ ...l, text: fill(l.text) }));
  if (facts.kind !== 'validation_notice') {
    if (facts.debtor.idMasked !== null) {
      slipLines.splice(slipLines.length - 2, 0, { type: 'text', text: fill(chrome.idNumber) });
    }
    slipLines.push({ type: 'text', text: fill(chrome.returnTo) });
    slipLines.push({ type: 'text', text: chrome.slipVoluntary });
  }

  return {
    kind: facts.kind,
    language,
    sender: { name: creditor, lines: [letterhead.address[language], phoneLine] },
    title: template.title,
    meta: [
      { label: chrome.reference, value: facts.reference },
      { label: chrome.date, value: values.letter_date ?? '' },
      { label: chrome.account, value: facts.accountId },
    ],
    addressee: [facts.debtor.name, ...facts.debtor.addressLines],
    body: [
      { type: 'paragraph', text: fill(template.salutation) },
      ...paragraphs(template.opening),
      table,
      ...paragraphs(template.request),
      { type: 'heading', text: chrome.howToPayHeading },
      {
        type: 'payments',
        intro: fill(chrome.howToPay),
        items: letterhead.payment.map((p) => ({
          label: PAYMENT_CHANNEL_LABELS[p.channel][language],
          text: p.details[language],
        })),
      },
      { type: 'heading', text: fill(template.nextStepsHeading) },
      ...paragraphs(template.nextSteps),
      ...paragraphs(template.closing),
    ],
    signature: [chrome.signOff, creditor, values.letter_date ?? ''],
    slip: { cutHere: chrome.cutHere, title: template.slip.title, lines: slipLines },
    footer: { reference: `${chrome.reference} ${facts.reference}`, page: chrome.page },
  };
}

function blockText(b: LetterBlock): string[] {
  if (b.type === 'table') return [b.caption, b.unit, b.columns.join(' '), ...b.rows.map((r) => r.cells.join(' '))];
  if (b.type === 'payments') return [b.intro, ...b.items.map((i) => `${i.label}: ${i.text}`)];
  return [b.text];
}

/** Every word of a letter, one block to a line: what the language guard reads and the tests search. */
export function letterText(doc: LetterDocument): string {
  const body = doc.body.flatMap(blockText);
  return [
    doc.sender.name,
    ...doc.sender.lines,
    doc.title,
    ...doc.meta.map((m) => `${m.label} ${m.value}`),
    ...doc.addressee,
    ...body,
    ...doc.signature,
    doc.slip.title,
    ...doc.slip.lines.map((l) => l.text),
  ].join('\n');
}
