/**
 * `dunwell template render <template> --account A`: a template rendered for one account, as the outbox
 * would render it now (the account's balances as they stand, its borrower's name and language, the sender
 * of its portfolio from the channels config), with the contact point it would go to. It writes nothing.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../domain/errors.js';
import { contactFor } from '../domain/outbox/check-message.js';
import { isMessageChannel, type MessageChannel } from '../domain/outbox/message-statuses.js';
import type { MessageVariables } from '../domain/template/message-variables.js';
import { maskContactValue } from '../privacy/contact-values.js';
import type { Schema } from '../store/schema.js';
import type { ChannelsSetup } from './channels-config.js';
import { composeOrThrow } from './compose-message.js';
import { loadMessageFacts } from './load-message-facts.js';
import { loadTemplateCatalogue } from './template-catalogue.js';

export interface PreviewOptions {
  db: Kysely<Schema>;
  templateId: string;
  /** The account number (as imported). */
  accountRef: string;
  /** Needed when the template is written for more than one channel. */
  channel?: string;
  /** Another language than the party's (the fallback rules still apply). */
  language?: string;
  asOf: string;
  channels: ChannelsSetup;
}

export interface PreviewView {
  template_id: string;
  channel: MessageChannel;
  language: string;
  version: number;
  account_id: string;
  party_id: string | null;
  /** Where the outbox would send it, or why it would not. */
  recipient: string | null;
  recipient_problem: string | null;
  subject: string | null;
  body: string;
  variables: MessageVariables;
}

export async function previewMessage(options: PreviewOptions): Promise<PreviewView> {
  const { db } = options;
  const catalogue = await loadTemplateCatalogue(db);
  const channels = [
    ...new Set(
      catalogue
        .all()
        .filter((t) => t.templateId === options.templateId)
        .map((t) => t.channel),
    ),
  ];
  if (channels.length === 0) throw new AppError('NOT_FOUND', `there is no template ${options.templateId}`);
  let channel: MessageChannel;
  if (options.channel !== undefined) {
    if (!isMessageChannel(options.channel) || !channels.includes(options.channel)) {
      throw new AppError(
        'NOT_FOUND',
        `template ${options.templateId} is written for ${channels.join(', ')}, not ${options.channel}`,
      );
    }
    channel = options.channel;
  } else if (channels.length === 1) {
    channel = channels[0] as MessageChannel;
  } else {
    throw new AppError(
      'INVALID_INPUT',
      `template ${options.templateId} is written for ${channels.join(', ')}: give --channel`,
    );
  }
  const account = await db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', options.accountRef)
    .executeTakeFirst();
  if (!account) throw new AppError('NOT_FOUND', `there is no account ${options.accountRef}`);
  const borrower = await db
    .selectFrom('relations')
    .select('party_id')
    .where('account_id', '=', account.id)
    .where('role', '=', 'borrower')
    .orderBy('party_id')
    .executeTakeFirst();
  const partyId = borrower ? Number(borrower.party_id) : null;
  const facts = await loadMessageFacts(db, [Number(account.id)], partyId === null ? [] : [partyId]);
  const accountFacts = facts.accounts.get(Number(account.id));
  if (!accountFacts) throw new AppError('NOT_FOUND', `there is no account ${options.accountRef}`);
  const party = partyId === null ? null : (facts.parties.get(partyId) ?? null);
  const composed = composeOrThrow(
    {
      channel,
      templateId: options.templateId,
      asOf: options.asOf,
      account: accountFacts,
      party,
      ...(options.language !== undefined ? { language: options.language } : {}),
    },
    catalogue,
    options.channels,
  );
  const contact = contactFor(channel, partyId === null ? [] : (facts.contactPoints.get(partyId) ?? []));
  return {
    template_id: composed.templateId,
    channel,
    language: composed.language,
    version: composed.version,
    account_id: accountFacts.accountRef,
    party_id: party?.partyRef ?? null,
    recipient: contact.verdict === 'send' ? maskContactValue(contact.contactType, contact.recipient) : null,
    recipient_problem: contact.verdict === 'send' ? null : contact.reason,
    subject: composed.subject,
    body: composed.body,
    variables: composed.variables,
  };
}
