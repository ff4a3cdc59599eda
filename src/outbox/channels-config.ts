/**
 * The channels config: which adapter delivers each channel's messages (smtp for email; a configurable
 * http request for sms and wechat, or any channel; a file folder for local runs and the demo), who the
 * sender is per portfolio (the creditor's name, the callback line, a payment link), and the default
 * language. A YAML or JSON file named by `--channels F` or DUNWELL_CHANNELS; see README "Templates and the
 * outbox".
 *
 * Secrets never sit in the file: it names environment variables (`password_env`, `secrets:`), and loading
 * reads them, refusing a config whose variable is not set. Everything is checked at load, request
 * templates included, so a bad config fails before any message is claimed.
 */
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { MESSAGE_CHANNELS, type MessageChannel } from '../domain/outbox/message-statuses.js';
import { issueLines, parseConfigText, readConfigFile, refuse } from './read-config-text.js';
import { REQUEST_HELPERS, scanTemplate } from './render-template.js';
import { canonicalLanguage } from './template-file.js';

/** How long a claim holds a message; an adapter's worst case (tries × (timeout + backoff)) must fit in it. */
export const CLAIM_LEASE_MS = 15 * 60_000;
const WORST_CASE_MS = 10 * 60_000;

/** The values a request template may use, besides `secrets.<name>`. */
export const REQUEST_VARIABLES = ['to', 'subject', 'body', 'message_id', 'channel', 'language', 'template'] as const;

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');
const retry = z
  .strictObject({
    attempts: z.int().min(1).max(10).default(4),
    base_ms: z.int().min(1).max(60_000).default(500),
    max_ms: z.int().min(1).max(120_000).default(8_000),
  })
  .default({ attempts: 4, base_ms: 500, max_ms: 8_000 });
const common = {
  timeout_ms: z.int().min(100).max(120_000).default(15_000),
  retry,
  concurrency: z.int().min(1).max(64).default(4),
};

const smtp = z.strictObject({
  adapter: z.literal('smtp'),
  host: z.string().min(1),
  port: z.int().min(1).max(65_535).default(587),
  /** Implicit TLS (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: z.boolean().default(false),
  /** Refuse to send unless the connection is upgraded to TLS. */
  require_tls: z.boolean().default(false),
  user: z.string().min(1).optional(),
  password_env: envName.optional(),
  from: z.string().min(3),
  reply_to: z.string().min(3).optional(),
  ...common,
});

const http = z.strictObject({
  adapter: z.literal('http'),
  url: z.string().min(1),
  method: z.enum(['POST', 'PUT']).default('POST'),
  headers: z.record(z.string().min(1), z.string()).default({}),
  body: z.string().min(1),
  success_status: z.array(z.int().min(200).max(299)).min(1).default([200, 201, 202]),
  /** Where the provider's id is in a JSON answer: `data.id`, `messages.0.id`. */
  id_path: z
    .string()
    .regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/)
    .optional(),
  /** Names a request template uses as {{secrets.name}} → the environment variable holding each. */
  secrets: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), envName).default({}),
  ...common,
});

const file = z.strictObject({
  adapter: z.literal('file'),
  /** Relative to the config file's folder. */
  folder: z.string().min(1),
});

const adapter = z.discriminatedUnion('adapter', [smtp, http, file]);

const sender = z.strictObject({
  /** One name, or one per language (`zh-CN: 示例消费金融`, `en: Example Consumer Finance`). */
  lender_name: z.union([z.string().min(1), z.record(z.string(), z.string().min(1))]),
  callback_line: z.string().min(1),
  payment_link: z.string().min(1).optional(),
});

const config = z.strictObject({
  default_language: z.string().default('zh-CN'),
  /** By portfolio id; `"*"` for every portfolio not named. */
  senders: z.record(z.string().min(1), sender).default({}),
  channels: z.partialRecord(z.enum(MESSAGE_CHANNELS as unknown as [MessageChannel, ...MessageChannel[]]), adapter),
});

type Common = { timeoutMs: number; retry: RetryPolicy; concurrency: number };
export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
}
export type SmtpSetup = Common & {
  adapter: 'smtp';
  host: string;
  port: number;
  secure: boolean;
  requireTls: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
  replyTo: string | null;
};
export type HttpSetup = Common & {
  adapter: 'http';
  url: string;
  method: 'POST' | 'PUT';
  headers: Readonly<Record<string, string>>;
  body: string;
  successStatus: readonly number[];
  idPath: string | null;
  secrets: Readonly<Record<string, string>>;
};
export interface FileSetup {
  adapter: 'file';
  folder: string;
}
export type AdapterSetup = SmtpSetup | HttpSetup | FileSetup;

export interface Sender {
  lenderName: Readonly<Record<string, string>> | string;
  callbackLine: string;
  paymentLink: string | null;
}

/** A loaded, checked channels config with its secrets read. */
export interface ChannelsSetup {
  defaultLanguage: string;
  senders: Readonly<Record<string, Sender>>;
  channels: Partial<Readonly<Record<MessageChannel, AdapterSetup>>>;
}

/** No adapters and no senders: every message waits, counted as having no adapter. */
export const NO_CHANNELS: ChannelsSetup = { defaultLanguage: 'zh-CN', senders: {}, channels: {} };

export type Env = Readonly<Record<string, string | undefined>>;

/** Reads and checks the config file at `path`, with secrets from `env`. */
export async function loadChannelsFile(path: string, env: Env): Promise<ChannelsSetup> {
  return parseChannels(await readConfigFile(path), path, env, dirname(resolve(path)));
}

/** The config named by the option, else by DUNWELL_CHANNELS; NO_CHANNELS when neither names one. */
export async function channelsFromOptionOrEnv(option: string | undefined, env: Env): Promise<ChannelsSetup> {
  const path = option ?? (env.DUNWELL_CHANNELS === '' ? undefined : env.DUNWELL_CHANNELS);
  return path === undefined ? NO_CHANNELS : loadChannelsFile(path, env);
}

export function parseChannels(text: string, source: string, env: Env, baseFolder: string): ChannelsSetup {
  const parsed = config.safeParse(parseConfigText(text, source));
  if (!parsed.success) refuse(source, issueLines(parsed.error.issues));
  const c = parsed.data;
  const problems: string[] = [];
  const secret = (where: string, name: string): string => {
    const value = env[name];
    if (value === undefined || value === '') {
      problems.push(`${where}: the environment variable ${name} is not set`);
      return '';
    }
    return value;
  };
  const defaultLanguage = canonicalLanguage(c.default_language);
  if (defaultLanguage === null) problems.push(`default_language: "${c.default_language}" is not a BCP 47 language tag`);
  const senders: Record<string, Sender> = {};
  for (const [portfolio, s] of Object.entries(c.senders)) {
    let lenderName: Sender['lenderName'] = s.lender_name;
    if (typeof s.lender_name !== 'string') {
      const names: Record<string, string> = {};
      for (const [tag, name] of Object.entries(s.lender_name)) {
        const language = canonicalLanguage(tag);
        if (language === null) problems.push(`senders.${portfolio}.lender_name: "${tag}" is not a language tag`);
        else names[language] = name;
      }
      lenderName = names;
    }
    senders[portfolio] = { lenderName, callbackLine: s.callback_line, paymentLink: s.payment_link ?? null };
  }
  const channels: Partial<Record<MessageChannel, AdapterSetup>> = {};
  for (const [channel, a] of Object.entries(c.channels) as [MessageChannel, z.infer<typeof adapter>][]) {
    const where = `channels.${channel}`;
    if (a.adapter === 'file') {
      channels[channel] = { adapter: 'file', folder: resolve(baseFolder, a.folder) };
      continue;
    }
    const policy = { attempts: a.retry.attempts, baseMs: a.retry.base_ms, maxMs: a.retry.max_ms };
    if (policy.attempts * (a.timeout_ms + policy.maxMs) > WORST_CASE_MS) {
      problems.push(
        `${where}: retry.attempts × (timeout_ms + retry.max_ms) must stay within ${WORST_CASE_MS / 60_000} minutes, so a claim's lease outlives its tries`,
      );
    }
    if (a.adapter === 'smtp') {
      if (channel !== 'email') problems.push(`${where}: the smtp adapter delivers email only`);
      if ((a.user === undefined) !== (a.password_env === undefined)) {
        problems.push(`${where}: give user and password_env together, or neither`);
      }
      const auth =
        a.user !== undefined && a.password_env !== undefined
          ? { user: a.user, pass: secret(`${where}.password_env`, a.password_env) }
          : null;
      channels[channel] = {
        adapter: 'smtp',
        host: a.host,
        port: a.port,
        secure: a.secure,
        requireTls: a.require_tls,
        auth,
        from: a.from,
        replyTo: a.reply_to ?? null,
        timeoutMs: a.timeout_ms,
        retry: policy,
        concurrency: a.concurrency,
      };
      continue;
    }
    const secrets: Record<string, string> = {};
    for (const [name, variable] of Object.entries(a.secrets))
      secrets[name] = secret(`${where}.secrets.${name}`, variable);
    const known = new Set<string>([...REQUEST_VARIABLES, ...Object.keys(a.secrets).map((n) => `secrets.${n}`)]);
    const parts: [string, string][] = [
      ['url', a.url],
      ['body', a.body],
      ...Object.entries(a.headers).map(([h, v]): [string, string] => [`headers.${h}`, v]),
    ];
    for (const [part, source] of parts) {
      const scan = scanTemplate(source, REQUEST_HELPERS);
      for (const p of scan.problems) problems.push(`${where}.${part}: ${p}`);
      for (const v of scan.variables) {
        if (!known.has(v)) {
          problems.push(`${where}.${part}: {{${v}}} is not a request variable (known: ${[...known].join(', ')})`);
        }
      }
    }
    channels[channel] = {
      adapter: 'http',
      url: a.url,
      method: a.method,
      headers: a.headers,
      body: a.body,
      successStatus: a.success_status,
      idPath: a.id_path ?? null,
      secrets,
      timeoutMs: a.timeout_ms,
      retry: policy,
      concurrency: a.concurrency,
    };
  }
  if (problems.length > 0) refuse(source, problems);
  return { defaultLanguage: defaultLanguage ?? 'zh-CN', senders, channels };
}

/** The sender of a portfolio's messages: its own entry, else `"*"`, else null. */
export function senderFor(setup: ChannelsSetup, portfolioId: string): Sender | null {
  return setup.senders[portfolioId] ?? setup.senders['*'] ?? null;
}

/** The creditor's name in `language`: exact, else the same family, else the first given. */
export function lenderNameIn(sender: Sender, language: string): string | null {
  if (typeof sender.lenderName === 'string') return sender.lenderName;
  const names = sender.lenderName;
  const family = language.split('-')[0]?.toLowerCase();
  const key =
    Object.keys(names).find((k) => k.toLowerCase() === language.toLowerCase()) ??
    Object.keys(names).find((k) => k.split('-')[0]?.toLowerCase() === family) ??
    Object.keys(names)[0];
  return key === undefined ? null : (names[key] ?? null);
}

/**
 * Every channel written to files under `folder`, with the demo's sender: examples/channels-local.yaml as a
 * value (a test holds them equal), for the demo and local runs that must not reach any network.
 */
export function localChannels(folder: string): ChannelsSetup {
  const file: FileSetup = { adapter: 'file', folder: resolve(folder) };
  return {
    defaultLanguage: 'zh-CN',
    senders: {
      '*': {
        lenderName: { 'zh-CN': '邓韦尔演示金融', en: 'Dunwell Demo Finance' },
        callbackLine: '400-000-0000',
        paymentLink: null,
      },
    },
    channels: { sms: file, email: file, wechat: file, post: file },
  };
}
