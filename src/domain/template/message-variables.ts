/**
 * The values of the template variables for one message, from what is known about the account, the party
 * and the sender. A value that is unknown (no name on file, nothing past due so no due date, no payment
 * link configured) is left out, not set empty, so a template that uses it fails to render and says which
 * variable was missing.
 *
 * Money is written from integer minor units through its exact decimal text, never through a binary
 * fraction, in the text's language (`¥1,234.50`, `CN¥1,234.50`); dates are written out in the text's
 * language (`2026年11月1日`, `1 November 2026`).
 */
import { formatAmount, type Minor } from '../money/money.js';
import type { MessageChannel } from '../outbox/message-statuses.js';
import { maskName } from './mask-name.js';
import type { TemplateVariableName } from './template-variables.js';

export interface MessageFacts {
  channel: MessageChannel;
  /** The language of the text being rendered (a BCP 47 tag). */
  language: string;
  /** The day the message is for. */
  asOf: string;
  party: { name: string | null; kind: string };
  account: {
    /** The account number as the lender knows it. */
    accountRef: string;
    currency: string;
    pastDue: Minor;
    outstanding: Minor;
    dpd: number;
    oldestUnpaidDueOn: string | null;
  };
  sender: { lenderName: string | null; callbackLine: string | null; paymentLink: string | null };
}

export type MessageVariables = Partial<Record<TemplateVariableName, string | number>>;

export function messageVariables(f: MessageFacts): MessageVariables {
  const v: MessageVariables = {
    amount_past_due: moneyText(f.account.pastDue, f.account.currency, f.language),
    amount_outstanding: moneyText(f.account.outstanding, f.account.currency, f.language),
    dpd: f.account.dpd,
    account_tail: f.account.accountRef.slice(-4),
    payment_reference: f.account.accountRef,
    today: dateText(f.asOf, f.language),
  };
  if (f.party.name !== null && f.party.name.trim() !== '') {
    v.debtor_name = f.channel === 'post' ? f.party.name.trim() : maskName(f.party.name, f.party.kind);
  }
  if (f.account.oldestUnpaidDueOn !== null) v.due_date = dateText(f.account.oldestUnpaidDueOn, f.language);
  if (f.sender.lenderName !== null) v.lender_name = f.sender.lenderName;
  if (f.sender.callbackLine !== null) v.callback_line = f.sender.callbackLine;
  if (f.sender.paymentLink !== null) v.payment_link = f.sender.paymentLink;
  return v;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Minor units as money in `language`: the exact decimal text handed to Intl, which never rounds it. */
export function moneyText(minor: Minor, currency: string, language: string): string {
  const key = `${language}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { style: 'currency', currency });
    moneyFormats.set(key, f);
  }
  return f.format(formatAmount(minor, currency) as Intl.StringNumericLiteral);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date written out in `language`; the date is read at UTC so it is the same day everywhere. */
export function dateText(date: string, language: string): string {
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, f);
  }
  return f.format(new Date(`${date}T00:00:00Z`));
}
