/**
 * One message's text: the template the strategy named (or the channel's generic reminder when it named
 * none), in the language chosen for the party (domain/template/choose-language.ts), rendered with the
 * account's variables. No text of that template on that channel is `no_template` (the message waits until
 * one is set); a variable without a value is `render` (the message cannot be sent as planned).
 */
import { AppError, isAppError } from '../domain/errors.js';
import type { MessageChannel } from '../domain/outbox/message-statuses.js';
import { chooseLanguage } from '../domain/template/choose-language.js';
import { type MessageVariables, messageVariables } from '../domain/template/message-variables.js';
import { FALLBACK_TEMPLATE } from '../domain/template/template-variables.js';
import { type ChannelsSetup, lenderNameIn, senderFor } from './channels-config.js';
import type { AccountFacts, PartyFacts } from './load-message-facts.js';
import { renderTemplate } from './render-template.js';
import type { TemplateCatalogue } from './template-catalogue.js';

export interface ComposeInput {
  channel: MessageChannel;
  templateId: string | null;
  asOf: string;
  account: AccountFacts;
  party: PartyFacts | null;
  /** A language asked for (a preview); otherwise the party's decides. */
  language?: string;
}

export type Composed =
  | {
      ok: true;
      templateId: string;
      language: string;
      version: number;
      subject: string | null;
      body: string;
      variables: MessageVariables;
    }
  | { ok: false; reason: 'no_template' | 'render'; templateId: string; language: string | null; error: string };

export function composeMessage(input: ComposeInput, catalogue: TemplateCatalogue, setup: ChannelsSetup): Composed {
  const templateId = input.templateId ?? FALLBACK_TEMPLATE;
  const texts = catalogue.texts(templateId, input.channel);
  const wanted = input.language ?? input.party?.language ?? null;
  const language = chooseLanguage(
    wanted,
    texts.map((t) => t.language),
    setup.defaultLanguage,
  );
  const text = language === null ? undefined : catalogue.text(templateId, input.channel, language);
  if (language === null || text === undefined) {
    return {
      ok: false,
      reason: 'no_template',
      templateId,
      language: null,
      error: `no_template: there is no text of ${templateId} on ${input.channel}${texts.length > 0 ? ` in a language for ${wanted}` : ''}`,
    };
  }
  const sender = senderFor(setup, input.account.portfolioId);
  const variables = messageVariables({
    channel: input.channel,
    language,
    asOf: input.asOf,
    party: { name: input.party?.name ?? null, kind: input.party?.kind ?? 'person' },
    account: input.account,
    sender: {
      lenderName: sender ? lenderNameIn(sender, language) : null,
      callbackLine: sender?.callbackLine ?? null,
      paymentLink: sender?.paymentLink ?? null,
    },
  });
  const label = `${templateId} (${input.channel}, ${language}) for ${input.account.accountRef}`;
  try {
    return {
      ok: true,
      templateId,
      language,
      version: text.version,
      subject: text.subject === null ? null : renderTemplate(text.subject, variables, label),
      body: renderTemplate(text.body, variables, label),
      variables,
    };
  } catch (error) {
    if (!isAppError(error, 'INVALID_INPUT')) throw error;
    return { ok: false, reason: 'render', templateId, language, error: `render: ${error.message}` };
  }
}

/** For a preview: the composed text, or the reason it cannot be composed as an AppError. */
export function composeOrThrow(input: ComposeInput, catalogue: TemplateCatalogue, setup: ChannelsSetup) {
  const composed = composeMessage(input, catalogue, setup);
  if (!composed.ok) {
    throw new AppError(composed.reason === 'no_template' ? 'NOT_FOUND' : 'INVALID_INPUT', composed.error);
  }
  return composed;
}
