/**
 * For the outbox tests: a small book of borrowers in Shanghai with their contact points (one speaks
 * English), planned messages written the way the strategy step writes them, and real servers to deliver
 * to — an SMTP server (smtp-server) and an HTTP endpoint (node:http) whose answers a test scripts.
 */
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import { runCycle } from '../../src/cycle/run-cycle.js';
import { account, instalment, party, runImport } from '../../src/import/import-fixtures.js';
import type { Store } from '../../src/store/open-database.js';

/** The day, and an instant inside the 09:30–11:00 Shanghai window of it. */
export const D = '2026-11-29';
export const IN_WINDOW = new Date('2026-11-29T02:00:00Z');
export const WINDOW = { from: `${D}T09:30:00+08:00`, to: `${D}T11:00:00+08:00` };

async function importOk(store: Store, kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) {
  const report = await runImport(store, kind, rows, { allOrNothing: true, now: new Date('2026-11-01T00:00:00Z') });
  expect(report.rejected).toEqual([]);
}

/**
 * A-ZH (张三丰, zh-CN, every kind of contact point), A-EN (Wei Zhang, en), A-DNC (a borrower whose only
 * mobile is marked do-not-contact, with a second email); each owes one instalment due 2026-11-12.
 */
export async function outboxBook(store: Store): Promise<void> {
  await importOk(store, 'parties', [
    party({ party_id: 'P-ZH', name: '张三丰' }),
    party({ party_id: 'P-EN', name: 'Wei Zhang', language: 'en' }),
    party({ party_id: 'P-DNC', name: '李四' }),
  ]);
  const ids = ['A-ZH', 'A-EN', 'A-DNC'];
  await importOk(
    store,
    'accounts',
    ids.map((id) => account({ account_id: id, principal: '1000.00' })),
  );
  await importOk(
    store,
    'schedules',
    ids.map((id) => instalment({ account_id: id, installment_no: '1', due_on: '2026-11-12' })),
  );
  await importOk(store, 'relations', [
    { account_id: 'A-ZH', party_id: 'P-ZH', role: 'borrower' },
    { account_id: 'A-EN', party_id: 'P-EN', role: 'borrower' },
    { account_id: 'A-DNC', party_id: 'P-DNC', role: 'borrower' },
  ]);
  const contact = (party_id: string, type: string, value: string, do_not_contact = '0') => ({
    party_id,
    type,
    value,
    verified: '1',
    do_not_contact,
  });
  await importOk(store, 'contacts', [
    contact('P-ZH', 'mobile', '13800000001'),
    contact('P-ZH', 'email', 'zhang@example.com'),
    contact('P-ZH', 'wechat', 'zhang_wx'),
    contact('P-ZH', 'address', '上海市徐汇区漕溪北路1号'),
    contact('P-EN', 'mobile', '13800000002'),
    contact('P-EN', 'email', 'wei@example.com'),
    contact('P-DNC', 'mobile', '13800000003', '1'),
    contact('P-DNC', 'email', 'li@example.com'),
  ]);
  await runCycle({ store, asOf: D, now: () => new Date(`${D}T00:30:00+08:00`) });
}

export interface Planned {
  message_id: string;
  account: string;
  channel: 'sms' | 'email' | 'wechat' | 'post';
  template?: string | null;
  window?: { from: string; to: string };
  as_of?: string;
}

/** Writes planned messages as the strategy step does (status planned, the borrower as the party). */
export async function plan(store: Store, messages: readonly Planned[]): Promise<void> {
  for (const m of messages) {
    const row = await store.db
      .selectFrom('accounts')
      .innerJoin('relations', 'relations.account_id', 'accounts.id')
      .select(['accounts.id as account_id', 'relations.party_id'])
      .where('accounts.account_id', '=', m.account)
      .where('relations.role', '=', 'borrower')
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('planned_messages')
      .values({
        message_id: m.message_id,
        as_of: m.as_of ?? D,
        account_id: row.account_id,
        party_id: row.party_id,
        channel: m.channel,
        template: m.template === undefined ? 'm1_reminder' : m.template,
        tone: 'friendly',
        window_from: (m.window ?? WINDOW).from,
        window_to: (m.window ?? WINDOW).to,
        segment: 'early',
        variant: null,
        strategy_version: 1,
        status: 'planned',
        created_at: '2026-11-28T16:30:00.000Z',
      })
      .execute();
  }
}

export async function messageRow(store: Store, id: string) {
  return store.db.selectFrom('planned_messages').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
}

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port: authenticated, no TLS; `rejectTo` scripts refusals per recipient. */
export async function startSmtp(options: { user: string; pass: string }) {
  const received: ReceivedMail[] = [];
  /** Per recipient, the SMTP codes to answer RCPT TO with, one per try (then accepted). */
  const rejectTo = new Map<string, number[]>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('bad credentials'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const code = rejectTo.get(address.address)?.shift();
      if (code !== undefined) callback(Object.assign(new Error(`scripted ${code}`), { responseCode: code }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback(null, 'queued');
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    rejectTo,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP endpoint; `answers` scripts the next responses (then 200 with a provider id). */
export async function startHttp() {
  const requests: ReceivedRequest[] = [];
  /** `hang` never answers (the client's timeout decides). */
  const answers: { status: number; body?: string; headers?: Record<string, string>; hang?: boolean }[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const a = answers.shift() ?? { status: 200, body: JSON.stringify({ data: { id: `gw-${++n}` } }) };
      if (a.hang) return;
      res.writeHead(a.status, { 'content-type': 'application/json', ...(a.headers ?? {}) });
      res.end(a.body ?? '');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answers,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
