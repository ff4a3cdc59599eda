import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  channelsFromOptionOrEnv,
  lenderNameIn,
  loadChannelsFile,
  localChannels,
  NO_CHANNELS,
  parseChannels,
  senderFor,
} from './channels-config.js';

const ENV = { DUNWELL_SMTP_PASSWORD: 'p', DUNWELL_SMS_TOKEN: 't', DUNWELL_WECHAT_KEY: 'k', DUNWELL_WECHAT_APP: 'a' };
const problems = (text: string, env: Record<string, string> = {}) => {
  try {
    parseChannels(text, 'c.yaml', env, '/base');
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('the channels config', () => {
  it('reads the shipped example with its secrets from the environment', async () => {
    const setup = await loadChannelsFile('examples/channels.yaml', ENV);
    expect(setup.defaultLanguage).toBe('zh-CN');
    expect(setup.channels.email).toMatchObject({
      adapter: 'smtp',
      auth: { user: 'notices@example.com', pass: 'p' },
      requireTls: true,
    });
    expect(setup.channels.sms).toMatchObject({ adapter: 'http', secrets: { token: 't' }, idPath: 'data.message_id' });
    expect(setup.channels.post).toEqual({ adapter: 'file', folder: resolve('data/outbox/letters') });
    const sme = senderFor(setup, 'sme');
    const other = senderFor(setup, 'consumer');
    expect(sme && lenderNameIn(sme, 'en')).toBe('Example Commercial Factoring');
    expect(other && lenderNameIn(other, 'zh-TW')).toBe('示例消费金融');
    expect(other?.paymentLink).toBe('https://pay.example.com');
    const local = await loadChannelsFile('examples/channels-local.yaml', {});
    expect(Object.keys(local.channels).sort()).toEqual(['email', 'post', 'sms', 'wechat']);
    expect(localChannels('data/outbox')).toEqual(local);
  });

  it('is named by the option, else DUNWELL_CHANNELS, else there is none', async () => {
    expect(await channelsFromOptionOrEnv(undefined, {})).toBe(NO_CHANNELS);
    expect(
      (await channelsFromOptionOrEnv(undefined, { DUNWELL_CHANNELS: 'examples/channels-local.yaml' })).channels.sms,
    ).toBeDefined();
    await expect(channelsFromOptionOrEnv('no/such.yaml', {})).rejects.toThrow(/cannot read no\/such\.yaml/);
  });

  it('refuses a secret whose variable is not set, naming both', () => {
    expect(
      problems('channels:\n  email: { adapter: smtp, host: h, from: a@b.c, user: u, password_env: SMTP_PW }\n'),
    ).toContain('channels.email.password_env: the environment variable SMTP_PW is not set');
  });

  it('refuses what cannot work: smtp for sms, an unknown key, a request variable that does not exist', () => {
    const text = [
      'channels:',
      '  sms: { adapter: smtp, host: h, from: a@b.c }',
      '  wechat: { adapter: http, url: "http://x/{{who}}", body: "{{> partial}}" }',
    ].join('\n');
    const message = problems(text);
    expect(message).toContain('channels.sms: the smtp adapter delivers email only');
    expect(message).toContain('channels.wechat.url: {{who}} is not a request variable');
    expect(message).toContain('channels.wechat.body: line 1: a PartialStatement is not allowed');
    expect(problems('channels:\n  fax: { adapter: file, folder: x }\n')).toContain('channels.fax: unknown key "fax"');
    expect(problems('channels:\n  sms: { adapter: file, folder: x, speed: 3 }\n')).toMatch(/speed/);
  });

  it('keeps a claim’s tries within its lease', () => {
    expect(
      problems(
        'channels:\n  sms: { adapter: http, url: "http://x", body: b, timeout_ms: 120000, retry: { attempts: 10, max_ms: 60000 } }\n',
      ),
    ).toContain('retry.attempts × (timeout_ms + retry.max_ms) must stay within 10 minutes');
  });
});
