/**
 * The SMTP adapter (nodemailer): one pooled connection set per run, plain-text mail, the message id as the
 * Message-ID (`<msg_…@sender-domain>`) and as an X-Dunwell-Message-Id header, so the mail server's log and
 * any deduplicating relay know each message once. An SMTP 4xx, a dropped or timed-out connection and a DNS
 * failure are transient (tried again with backoff); a 5xx (a rejected address, a refused message), failed
 * authentication and an invalid envelope are permanent.
 */
import nodemailer from 'nodemailer';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter.js';
import type { SmtpSetup } from './channels-config.js';
import { realSleep, type Sleep, type TryResult, withRetries } from './retry-delivery.js';

const TRANSIENT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']);

export function smtpAdapter(setup: SmtpSetup, sleep: Sleep = realSleep): ChannelAdapter {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: setup.concurrency,
    host: setup.host,
    port: setup.port,
    secure: setup.secure,
    requireTLS: setup.requireTls,
    ...(setup.auth ? { auth: setup.auth } : {}),
    connectionTimeout: setup.timeoutMs,
    greetingTimeout: setup.timeoutMs,
    socketTimeout: setup.timeoutMs,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(setup.from)?.[1] ?? 'dunwell.invalid';
  const tryOnce = async (m: OutgoingMessage): Promise<TryResult> => {
    try {
      const info = await transport.sendMail({
        from: setup.from,
        ...(setup.replyTo ? { replyTo: setup.replyTo } : {}),
        to: m.to,
        subject: m.subject ?? '',
        text: m.body,
        messageId: `<${m.messageId}@${domain}>`,
        headers: { 'X-Dunwell-Message-Id': m.messageId, 'Content-Language': m.language },
      });
      return { ok: true, deliveryId: info.messageId ?? null };
    } catch (error) {
      const e = error as {
        code?: string;
        responseCode?: number;
        permanent?: boolean;
        response?: string;
        message?: string;
      };
      const transient =
        e.responseCode !== undefined
          ? // nodemailer reads the reply class (503, a bad command sequence, may pass on a new connection).
            !(e.permanent ?? e.responseCode >= 500)
          : e.code !== undefined && TRANSIENT_CODES.has(e.code);
      const detail = e.response ?? e.message ?? String(error);
      return { ok: false, transient, error: `SMTP ${e.responseCode ?? e.code ?? 'error'}: ${detail.slice(0, 200)}` };
    }
  };
  return {
    kind: 'smtp',
    concurrency: setup.concurrency,
    send: (m) => withRetries(setup.retry, () => tryOnce(m), sleep),
    async close() {
      transport.close();
    },
  };
}
