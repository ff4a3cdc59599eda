/**
 * The HTTP adapter, for SMS and WeChat gateways (or any channel a provider offers over HTTP): the request's
 * URL, headers and body are templates rendered with the message (`{{json body}}` in a JSON body,
 * `{{urlencode to}}` in a form or a query) and the configured secrets; it carries the message id as the
 * Idempotency-Key header. A status in `success_status` is delivered, and `id_path` finds the provider's id
 * in a JSON answer. Timeouts, refused connections, 408, 425, 429 and 5xx are transient and tried again
 * with backoff (a Retry-After in seconds is honoured within the cap); any other answer is permanent.
 */
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter.js';
import type { HttpSetup } from './channels-config.js';
import { renderTemplate } from './render-template.js';
import { realSleep, type Sleep, type TryResult, withRetries } from './retry-delivery.js';

const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export function httpAdapter(setup: HttpSetup, sleep: Sleep = realSleep): ChannelAdapter {
  return {
    kind: 'http',
    concurrency: setup.concurrency,
    send: (m) => withRetries(setup.retry, () => tryOnce(setup, m), sleep),
    async close() {},
  };
}

function requestValues(setup: HttpSetup, m: OutgoingMessage) {
  return {
    to: m.to,
    subject: m.subject ?? '',
    body: m.body,
    message_id: m.messageId,
    channel: m.channel,
    language: m.language,
    template: m.templateId,
    secrets: setup.secrets,
  };
}

async function tryOnce(setup: HttpSetup, m: OutgoingMessage): Promise<TryResult> {
  const values = requestValues(setup, m);
  const label = `channels.${m.channel}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(setup.headers))
    headers[name] = renderTemplate(value, values, `${label}.headers.${name}`);
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'idempotency-key'))
    headers['Idempotency-Key'] = m.messageId;
  let response: Response;
  try {
    response = await fetch(renderTemplate(setup.url, values, `${label}.url`), {
      method: setup.method,
      headers,
      body: renderTemplate(setup.body, values, `${label}.body`),
      signal: AbortSignal.timeout(setup.timeoutMs),
      redirect: 'manual',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const name = (error as Error).name;
    const what =
      name === 'TimeoutError' ? `no answer within ${setup.timeoutMs} ms` : (cause ?? (error as Error).message);
    return { ok: false, transient: true, error: `HTTP request failed: ${what}` };
  }
  const text = await response.text().catch(() => '');
  if (setup.successStatus.includes(response.status)) {
    return { ok: true, deliveryId: setup.idPath === null ? null : idAt(text, setup.idPath) };
  }
  const error = `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
  if (!TRANSIENT_STATUS.has(response.status)) return { ok: false, transient: false, error };
  const retryAfterMs = retryAfter(response.headers.get('retry-after'));
  return retryAfterMs === undefined
    ? { ok: false, transient: true, error }
    : { ok: false, transient: true, error, retryAfterMs };
}

/** The value at a dotted path of a JSON text, as text; null when the answer has none. */
export function idAt(text: string, path: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** Retry-After in seconds as milliseconds; the HTTP-date form is ignored (backoff applies). */
function retryAfter(header: string | null): number | undefined {
  const seconds = header?.trim() ?? '';
  return /^\d{1,6}$/.test(seconds) ? Number(seconds) * 1000 : undefined;
}
