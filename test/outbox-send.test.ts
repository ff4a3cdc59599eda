/**
 * The outbox against real servers in the test process — SMTP (smtp-server) and HTTP (node:http) — and the
 * file adapter, on both engines: every channel delivered once with the message id carried along, the
 * result on the message and as an activity; a rerun, a crash and a rerun of the cycle never sending twice;
 * transient failures tried again with backoff and permanent ones not; windows in the party's local time;
 * do-not-contact; texts in the party's language; a missing variable refused; a dry run writing nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChannelsSetup, parseChannels } from '../src/outbox/channels-config.js';
import { type SendOutboxOptions, sendOutbox } from '../src/outbox/send-outbox.js';
import { revealStoredValues } from '../src/privacy/contact-values.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';
import { D, IN_WINDOW, messageRow, outboxBook, plan, startHttp, startSmtp } from './support/outbox-book.js';

const SMTP_USER = 'outbox@example.com';
const SMTP_PASS = 's3cret';
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let http: Awaited<ReturnType<typeof startHttp>>;
let folder: string;

beforeAll(async () => {
  smtp = await startSmtp({ user: SMTP_USER, pass: SMTP_PASS });
  http = await startHttp();
});
afterAll(async () => {
  await smtp.close();
  await http.close();
});
beforeEach(() => {
  smtp.received.length = 0;
  smtp.rejectTo.clear();
  http.requests.length = 0;
  http.answers.length = 0;
  folder = mkdtempSync(join(tmpdir(), 'dunwell-outbox-'));
  return () => rmSync(folder, { recursive: true, force: true });
});

/** The channels config the tests use: SMTP for email, HTTP for sms and wechat, files for post. */
function channels(over: { sms?: boolean; senders?: boolean } = {}): ChannelsSetup {
  const yaml = `
default_language: zh-CN
${
  over.senders === false
    ? ''
    : `senders:
  "*":
    lender_name: { zh-CN: 示例消费金融, en: Example Consumer Finance }
    callback_line: 400-800-1234`
}
channels:
  email:
    adapter: smtp
    host: 127.0.0.1
    port: ${smtp.port}
    user: ${SMTP_USER}
    password_env: TEST_SMTP_PASSWORD
    from: "Example Finance <notices@example.com>"
    timeout_ms: 5000
    retry: { attempts: 3, base_ms: 5, max_ms: 20 }
${
  over.sms === false
    ? ''
    : `  sms:
    adapter: http
    url: "${http.url}/sms?account={{urlencode secrets.account}}"
    headers:
      Authorization: "Bearer {{secrets.token}}"
      Content-Type: application/json
    body: '{"to": {{json to}}, "text": {{json body}}, "ref": {{json message_id}} }'
    success_status: [200, 201]
    id_path: data.id
    secrets: { token: TEST_SMS_TOKEN, account: TEST_SMS_ACCOUNT }
    timeout_ms: 2000
    retry: { attempts: 3, base_ms: 5, max_ms: 20 }`
}
  wechat:
    adapter: http
    url: "${http.url}/wechat"
    body: '{"openid": {{json to}}, "content": {{json body}} }'
    timeout_ms: 2000
    retry: { attempts: 2, base_ms: 5, max_ms: 20 }
  post:
    adapter: file
    folder: letters
`;
  return parseChannels(
    yaml,
    'test-channels.yaml',
    { TEST_SMTP_PASSWORD: SMTP_PASS, TEST_SMS_TOKEN: 'tok-123', TEST_SMS_ACCOUNT: 'acc 1&2' },
    folder,
  );
}

describe.each(testEngines)('the outbox on $name', (engine) => {
  const open = freshStores(engine);
  let store: Store;
  const send = (over: Partial<SendOutboxOptions> = {}) =>
    sendOutbox({ store, asOf: D, now: () => IN_WINDOW, channels: channels(), ...over });
  const activities = () =>
    store.db.selectFrom('activities').selectAll().where('source', '=', 'outbox').orderBy('message_id').execute();

  beforeEach(async () => {
    store = await open();
    await outboxBook(store);
  });

  it('delivers every channel once, carrying the message id, and records each result', async () => {
    await plan(store, [
      { message_id: 'msg_email', account: 'A-ZH', channel: 'email', template: 'm1_statement' },
      { message_id: 'msg_sms', account: 'A-ZH', channel: 'sms', template: 'm1_friendly_reminder' },
      { message_id: 'msg_wechat', account: 'A-ZH', channel: 'wechat', template: 'm1_wechat_reminder' },
      { message_id: 'msg_post', account: 'A-ZH', channel: 'post', template: 'm2_formal_notice' },
    ]);
    const report = await send();
    expect(report.counts).toMatchObject({ considered: 4, sent: 4, failed: 0, retry: 0 });

    // SMTP: one mail, from the configured sender, to the borrower's email, Message-ID from the message id.
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail?.to).toEqual(['zhang@example.com']);
    expect(mail?.from).toBe('notices@example.com');
    expect(mail?.raw).toMatch(/^Message-ID: <msg_email@example\.com>/im);
    expect(mail?.raw).toMatch(/^X-Dunwell-Message-Id: msg_email/im);

    // HTTP: the rendered body, the secrets in place, the message id as the Idempotency-Key.
    const sms = http.requests.find((r) => r.url.startsWith('/sms'));
    expect(sms?.url).toBe('/sms?account=acc%201%262');
    expect(sms?.headers.authorization).toBe('Bearer tok-123');
    expect(sms?.headers['idempotency-key']).toBe('msg_sms');
    const payload = JSON.parse(sms?.body ?? '{}');
    expect(payload).toMatchObject({ to: '13800000001', ref: 'msg_sms' });
    expect(payload.text).toContain('【示例消费金融】张**您好');
    expect(http.requests.find((r) => r.url === '/wechat')?.headers['idempotency-key']).toBe('msg_wechat');

    // File: one letter, addressed in full.
    const letters = readdirSync(join(folder, 'letters', D));
    expect(letters).toEqual(['msg_post.json']);
    const letter = JSON.parse(readFileSync(join(folder, 'letters', D, 'msg_post.json'), 'utf8'));
    expect(letter).toMatchObject({ to: '上海市徐汇区漕溪北路1号', subject: '逾期还款通知书', language: 'zh-CN' });
    expect(letter.body).toMatch(/^张三丰：/);

    const sent = await messageRow(store, 'msg_sms');
    // The recipient is stored sealed (src/privacy); the adapter alone got it in clear.
    expect(revealStoredValues(store, [sent.recipient])).toEqual(['13800000001']);
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 1,
      recipient: expect.stringMatching(/^enc:v1:.*:138\*\*\*\*0001$/),
      language: 'zh-CN',
      delivery_id: expect.stringMatching(/^gw-\d+$/),
      sent_at: IN_WINDOW.toISOString(),
      last_error: null,
    });
    expect(sent.body).toBe(payload.text);
    expect((await messageRow(store, 'msg_email')).delivery_id).toBe('<msg_email@example.com>');
    expect((await messageRow(store, 'msg_post')).delivery_id).toBe(join(D, 'msg_post.json'));

    const recorded = await activities();
    expect(recorded.every((a) => a.contact_point?.startsWith('enc:v1:'))).toBe(true);
    const points = revealStoredValues(
      store,
      recorded.map((a) => a.contact_point),
    );
    expect(recorded.map((a, i) => [a.message_id, a.channel, a.outcome, a.staff, a.direction, points[i]])).toEqual([
      ['msg_email', 'email', 'delivered', 'system', 'outbound', 'zhang@example.com'],
      ['msg_post', 'post', 'delivered', 'system', 'outbound', '上海市徐汇区漕溪北路1号'],
      ['msg_sms', 'sms', 'delivered', 'system', 'outbound', '13800000001'],
      ['msg_wechat', 'wechat', 'delivered', 'system', 'outbound', 'zhang_wx'],
    ]);
    expect(recorded.every((a) => a.occurred_on === D)).toBe(true);
    const claims = await store.db.selectFrom('events').selectAll().where('kind', '=', 'outbox.claim').execute();
    expect(claims).toHaveLength(4);
  });

  it('sends nothing twice: a rerun finds nothing to do', async () => {
    await plan(store, [
      { message_id: 'msg_1', account: 'A-ZH', channel: 'sms' },
      { message_id: 'msg_2', account: 'A-EN', channel: 'email', template: 'm1_statement' },
    ]);
    expect((await send()).counts.sent).toBe(2);
    const again = await send();
    expect(again.counts).toMatchObject({ considered: 0, sent: 0 });
    expect(http.requests).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
    expect(await activities()).toHaveLength(2);
  });

  it('recognises a message the cycle rewrote after it was sent, and does not send it again', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    await send();
    // What a rerun of the strategy step for the day does: the day's rows deleted and written again as planned.
    await store.db.deleteFrom('planned_messages').where('message_id', '=', 'msg_1').execute();
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    const report = await send();
    expect(report.counts).toMatchObject({ considered: 1, reconciled: 1, sent: 0 });
    expect(http.requests).toHaveLength(1);
    const restored = await messageRow(store, 'msg_1');
    expect(revealStoredValues(store, [restored.recipient])).toEqual(['13800000001']);
    expect(restored).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_at: IN_WINDOW.toISOString(),
      delivery_id: expect.stringMatching(/^gw-\d+$/),
    });
    expect((await send()).counts.considered).toBe(0);
  });

  it('never sends again a message a crashed run had claimed: unconfirmed once its lease ran out', async () => {
    await plan(store, [
      { message_id: 'msg_crash', account: 'A-ZH', channel: 'sms' },
      { message_id: 'msg_busy', account: 'A-EN', channel: 'sms' },
    ]);
    // A run claimed both and stopped before recording; one lease has run out, the other not yet.
    await store.db
      .updateTable('planned_messages')
      .set({ status: 'sending', attempts: 1, next_attempt_at: '2026-11-29T01:59:00.000Z' })
      .where('message_id', '=', 'msg_crash')
      .execute();
    await store.db
      .updateTable('planned_messages')
      .set({ status: 'sending', attempts: 1, next_attempt_at: '2026-11-29T02:10:00.000Z' })
      .where('message_id', '=', 'msg_busy')
      .execute();
    const report = await send();
    expect(report.counts).toMatchObject({ unconfirmed: 1, considered: 0, sent: 0 });
    expect(http.requests).toHaveLength(0);
    expect(await messageRow(store, 'msg_crash')).toMatchObject({
      status: 'unconfirmed',
      last_error: expect.stringContaining('not sent again'),
    });
    expect((await messageRow(store, 'msg_busy')).status).toBe('sending');
  });

  it('tries a transient failure again with backoff (503 twice, then 200) with the same key', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    http.answers.push({ status: 503 }, { status: 503, headers: { 'retry-after': '0' } });
    const report = await send();
    expect(report.counts.sent).toBe(1);
    expect(http.requests.map((r) => r.headers['idempotency-key'])).toEqual(['msg_1', 'msg_1', 'msg_1']);
    expect(await messageRow(store, 'msg_1')).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await activities()).map((a) => a.outcome)).toEqual(['delivered']);
  });

  it('does not retry a permanent failure (400): failed, once, recorded', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    http.answers.push({ status: 400, body: '{"error":"invalid number"}' });
    const report = await send();
    expect(report.counts).toMatchObject({ failed: 1, sent: 0 });
    expect(http.requests).toHaveLength(1);
    expect(await messageRow(store, 'msg_1')).toMatchObject({
      status: 'failed',
      last_error: 'HTTP 400: {"error":"invalid number"}',
    });
    const [a] = await activities();
    expect(a).toMatchObject({ outcome: 'failed', channel: 'sms', message_id: 'msg_1' });
    expect(revealStoredValues(store, [a?.contact_point ?? null])).toEqual(['13800000001']);
    expect((await send()).counts.considered).toBe(0);
  });

  it('treats a gateway that does not answer in time as transient', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'wechat', template: 'm1_wechat_reminder' }]);
    const fast = channels();
    const wechat = fast.channels.wechat;
    if (wechat?.adapter !== 'http') throw new Error('wechat is http here');
    http.answers.push({ status: 0, hang: true }, { status: 0, hang: true });
    const report = await send({
      channels: { ...fast, channels: { ...fast.channels, wechat: { ...wechat, timeoutMs: 200 } } },
    });
    expect(report.counts.retry).toBe(1);
    expect(http.requests).toHaveLength(2);
    expect((await messageRow(store, 'msg_1')).last_error).toBe(
      'HTTP request failed: no answer within 200 ms (after 2 tries)',
    );
  });

  it('leaves a message whose tries ran out for a later run, after its backoff, while the window is open', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    http.answers.push({ status: 503 }, { status: 502 }, { status: 504 });
    expect((await send()).counts.retry).toBe(1);
    const row = await messageRow(store, 'msg_1');
    expect(row).toMatchObject({ status: 'retry', attempts: 1, next_attempt_at: '2026-11-29T02:05:00.000Z' });
    expect(row.last_error).toMatch(/^HTTP 504.*after 3 tries/);
    expect((await send({ now: () => new Date('2026-11-29T02:04:00Z') })).counts.waiting).toBe(1);
    expect(http.requests).toHaveLength(3);
    expect((await send({ now: () => new Date('2026-11-29T02:05:00Z') })).counts.sent).toBe(1);
    expect(await messageRow(store, 'msg_1')).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await activities()).map((a) => a.outcome).sort()).toEqual(['delivered', 'failed']);
  });

  it('fails a retry whose window closed, and expires a message never sent in its window', async () => {
    await plan(store, [
      { message_id: 'msg_retry', account: 'A-ZH', channel: 'sms' },
      { message_id: 'msg_late', account: 'A-EN', channel: 'sms' },
    ]);
    await store.db
      .updateTable('planned_messages')
      .set({ status: 'retry', attempts: 1, next_attempt_at: '2026-11-29T02:05:00.000Z' })
      .where('message_id', '=', 'msg_retry')
      .execute();
    const report = await send({ now: () => new Date('2026-11-29T03:00:00Z') });
    expect(report.counts).toMatchObject({ expired: 1, failed: 1, sent: 0 });
    expect(await messageRow(store, 'msg_late')).toMatchObject({ status: 'expired' });
    expect(await messageRow(store, 'msg_retry')).toMatchObject({
      status: 'failed',
      last_error: expect.stringMatching(/^window_closed/),
    });
    expect(http.requests).toHaveLength(0);
  });

  it('sends only inside the window, judged in the party’s local time', async () => {
    // The contact gate reads the party's zone too: this party lives in New York.
    await store.db
      .updateTable('parties')
      .set({ timezone: 'America/New_York' })
      .where('party_id', '=', 'P-EN')
      .execute();
    await plan(store, [
      { message_id: 'msg_sh', account: 'A-ZH', channel: 'sms' },
      // The same 09:30–11:00 for a party in New York: 14:30–16:00 UTC.
      {
        message_id: 'msg_ny',
        account: 'A-EN',
        channel: 'sms',
        window: { from: `${D}T09:30:00-05:00`, to: `${D}T11:00:00-05:00` },
      },
    ]);
    const early = await send({ now: () => new Date('2026-11-29T01:00:00Z') });
    expect(early.counts).toMatchObject({ waiting: 2, sent: 0 });
    expect(early.messages.find((m) => m.message_id === 'msg_sh')?.reason).toBe(
      `before_window: opens ${D}T09:30:00+08:00`,
    );
    expect((await messageRow(store, 'msg_sh')).status).toBe('planned');
    const shanghaiMorning = await send();
    expect(shanghaiMorning.counts).toMatchObject({ sent: 1, waiting: 1 });
    expect((await messageRow(store, 'msg_ny')).status).toBe('planned');
    expect((await send({ now: () => new Date('2026-11-29T15:00:00Z') })).counts.sent).toBe(1);
  });

  it('never contacts a point marked do-not-contact: blocked with the reason; no point at all fails', async () => {
    await plan(store, [
      { message_id: 'msg_dnc_sms', account: 'A-DNC', channel: 'sms' },
      { message_id: 'msg_dnc_email', account: 'A-DNC', channel: 'email', template: 'm1_statement' },
      { message_id: 'msg_no_wechat', account: 'A-EN', channel: 'wechat', template: 'm1_wechat_reminder' },
    ]);
    const report = await send();
    expect(report.counts).toMatchObject({ blocked: 1, sent: 1, failed: 1 });
    expect(await messageRow(store, 'msg_dnc_sms')).toMatchObject({
      status: 'blocked',
      last_error: 'do_not_contact: its only mobile is marked do-not-contact',
      recipient: null,
    });
    expect(await messageRow(store, 'msg_no_wechat')).toMatchObject({
      status: 'failed',
      last_error: 'no_contact_point: the party has no wechat on file',
    });
    expect(http.requests).toHaveLength(0);
    expect(smtp.received.map((m) => m.to)).toEqual([['li@example.com']]);
    expect((await activities()).map((a) => a.message_id)).toEqual(['msg_dnc_email']);
  });

  it('leaves a channel without an adapter planned, counted, not failed', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    const report = await send({ channels: channels({ sms: false }) });
    expect(report.counts).toMatchObject({ no_adapter: 1, sent: 0, failed: 0 });
    expect((await messageRow(store, 'msg_1')).status).toBe('planned');
    expect((await send()).counts.sent).toBe(1);
  });

  it('writes in the party’s language: Chinese for one, English for the other', async () => {
    await plan(store, [
      { message_id: 'msg_zh', account: 'A-ZH', channel: 'email', template: 'm1_statement' },
      { message_id: 'msg_en', account: 'A-EN', channel: 'email', template: 'm1_statement' },
    ]);
    await send();
    const zh = await messageRow(store, 'msg_zh');
    const en = await messageRow(store, 'msg_en');
    expect(zh).toMatchObject({ language: 'zh-CN', subject: expect.stringContaining('示例消费金融账户提醒') });
    expect(zh.body).toContain('张**您好');
    expect(zh.body).toContain('2026年11月12日');
    expect(en).toMatchObject({ language: 'en', subject: expect.stringContaining('Example Consumer Finance:') });
    expect(en.body).toContain('Hello Wei Z.,');
    const account = await store.db
      .selectFrom('accounts')
      .select(['past_due_total', 'dpd'])
      .where('account_id', '=', 'A-EN')
      .executeTakeFirstOrThrow();
    expect(account.past_due_total).toBeGreaterThan(104_500);
    const yuan = (account.past_due_total / 100).toFixed(2).replace(/^(\d)(\d{3})/, '$1,$2');
    expect(en.body).toContain(`Past due: CN¥${yuan}`);
    expect(en.body).toContain(`Days overdue: ${account.dpd}`);
    expect(zh.body).toContain(`逾期金额：¥${yuan}`);
    const mails = smtp.received.map((m) => m.raw);
    expect(mails.some((m) => /Content-Language: en/i.test(m))).toBe(true);
  });

  it('refuses to send a text with a hole: a variable without a value fails the message, naming it', async () => {
    await plan(store, [{ message_id: 'msg_1', account: 'A-ZH', channel: 'sms' }]);
    const report = await send({ channels: channels({ senders: false }) });
    expect(report.counts).toMatchObject({ failed: 1, sent: 0 });
    expect((await messageRow(store, 'msg_1')).last_error).toBe(
      'render: m1_reminder (sms, zh-CN) for A-ZH: {{lender_name}} has no value here, so the text cannot be rendered',
    );
    expect(http.requests).toHaveLength(0);
  });

  it('waits for a template that has no text on the channel; sends the generic line when none is named', async () => {
    await plan(store, [
      { message_id: 'msg_unknown', account: 'A-ZH', channel: 'sms', template: 'no_such_text' },
      { message_id: 'msg_none', account: 'A-EN', channel: 'sms', template: null },
    ]);
    const report = await send();
    expect(report.counts).toMatchObject({ no_template: 1, sent: 1 });
    expect((await messageRow(store, 'msg_unknown')).status).toBe('planned');
    const generic = await messageRow(store, 'msg_none');
    expect(generic.body).toBe(
      'Hello, we have a matter to go over with you personally. Please call us on 400-800-1234 when convenient. If you have already been in touch, please ignore this message.',
    );
  });

  it('SMTP: a rejected address fails for good; a 4xx is tried again', async () => {
    await plan(store, [
      { message_id: 'msg_bad', account: 'A-ZH', channel: 'email', template: 'm1_statement' },
      { message_id: 'msg_busy', account: 'A-EN', channel: 'email', template: 'm1_statement' },
    ]);
    smtp.rejectTo.set('zhang@example.com', [550]);
    smtp.rejectTo.set('wei@example.com', [451]);
    const report = await send();
    expect(report.counts).toMatchObject({ failed: 1, sent: 1 });
    expect(await messageRow(store, 'msg_bad')).toMatchObject({
      status: 'failed',
      last_error: expect.stringMatching(/^SMTP 550/),
    });
    expect((await messageRow(store, 'msg_busy')).status).toBe('sent');
    expect(smtp.received.map((m) => m.to)).toEqual([['wei@example.com']]);
  });

  it('a dry run renders and reports, and writes and sends nothing', async () => {
    await plan(store, [
      { message_id: 'msg_1', account: 'A-ZH', channel: 'sms' },
      { message_id: 'msg_2', account: 'A-DNC', channel: 'sms' },
    ]);
    const before = await store.db.selectFrom('planned_messages').selectAll().orderBy('message_id').execute();
    const report = await send({ dryRun: true });
    expect(report.dry_run).toBe(true);
    expect(report.counts).toMatchObject({ sent: 1, blocked: 1 });
    const one = report.messages.find((m) => m.message_id === 'msg_1');
    // The report shows the recipient masked.
    expect(one).toMatchObject({ result: 'sent', recipient: '138****0001', language: 'zh-CN' });
    expect(one?.body).toContain('张**您好');
    expect(await store.db.selectFrom('planned_messages').selectAll().orderBy('message_id').execute()).toEqual(before);
    expect(http.requests).toHaveLength(0);
    expect(await activities()).toHaveLength(0);
    expect(await store.db.selectFrom('events').selectAll().where('kind', '=', 'outbox.claim').execute()).toHaveLength(
      0,
    );
  });
});
