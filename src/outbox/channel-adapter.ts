/**
 * What the outbox hands a channel adapter, and the adapters the channels config asks for. An adapter
 * delivers one rendered message and says whether the channel took it (with the provider's id), or why
 * not and whether trying again later might help. Each carries the message id to the provider (SMTP
 * Message-ID, HTTP Idempotency-Key, the file's name), so a provider that deduplicates never delivers a
 * message twice even if Dunwell were to hand it over twice.
 */
import type { MessageChannel } from '../domain/outbox/message-statuses.js';
import type { AdapterSetup, ChannelsSetup } from './channels-config.js';
import { fileAdapter } from './file-adapter.js';
import { httpAdapter } from './http-adapter.js';
import type { DeliveryResult, Sleep } from './retry-delivery.js';
import { smtpAdapter } from './smtp-adapter.js';

export interface OutgoingMessage {
  messageId: string;
  channel: MessageChannel;
  /** The contact point: a mobile number, an email address, a WeChat id, a postal address. */
  to: string;
  subject: string | null;
  body: string;
  language: string;
  templateId: string;
  /** The day the message is for, and the instant it was claimed (ISO). */
  asOf: string;
  claimedAt: string;
}

export interface ChannelAdapter {
  readonly kind: AdapterSetup['adapter'];
  /** How many messages it may have in flight at once. */
  readonly concurrency: number;
  send(message: OutgoingMessage): Promise<DeliveryResult>;
  close(): Promise<void>;
}

export function makeAdapter(setup: AdapterSetup, sleep?: Sleep): ChannelAdapter {
  switch (setup.adapter) {
    case 'smtp':
      return smtpAdapter(setup, sleep);
    case 'http':
      return httpAdapter(setup, sleep);
    case 'file':
      return fileAdapter(setup);
  }
}

/** An adapter per configured channel, made when first asked for; close them all at the end of a run. */
export function adapterPool(setup: ChannelsSetup, sleep?: Sleep) {
  const made = new Map<MessageChannel, ChannelAdapter>();
  return {
    has: (channel: MessageChannel) => setup.channels[channel] !== undefined,
    get(channel: MessageChannel): ChannelAdapter | null {
      const known = made.get(channel);
      if (known) return known;
      const config = setup.channels[channel];
      if (!config) return null;
      const adapter = makeAdapter(config, sleep);
      made.set(channel, adapter);
      return adapter;
    },
    async close() {
      for (const a of made.values()) await a.close();
      made.clear();
    },
  };
}
