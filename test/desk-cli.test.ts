/**
 * The desk side of the gate end to end through `dunwell`, on both engines: typed holds with who may place
 * and lift them, party requests, overrides, the precheck, a manual contact the gate blocks (exit 1, the
 * decision on stdout with --json, in Chinese by default), the visit rules, and the account's timeline
 * telling all of it. The book: A-1 (borrower P-1, guarantor G-1, emergency contact C-1) and A-2 (borrower
 * G-1), portfolio consumer, pack cn, Asia/Shanghai; the clock is 08:00 on 29 November in Shanghai.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { addDeskUsers } from './support/desk-users.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { runCli as cli } from './support/run-cli.js';

describe.each(testEngines)('the desk side of the gate through dunwell on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  let files: string;
  const savedDir = process.env.DUNWELL_EVIDENCE_DIR;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedWorkedBook(store, TEST_NOW);
    await addDeskUsers(store, TEST_NOW);
    await store.close();
    files = mkdtempSync(join(tmpdir(), 'dunwell-desk-cli-'));
    process.env.DUNWELL_EVIDENCE_DIR = join(files, 'evidence');
  });
  afterAll(async () => {
    if (savedDir === undefined) delete process.env.DUNWELL_EVIDENCE_DIR;
    else process.env.DUNWELL_EVIDENCE_DIR = savedDir;
    rmSync(files, { recursive: true, force: true });
    await drop();
  });

  it('places a typed hold as the role allows, shows it, and the precheck stops calls until a lead lifts it', async () => {
    const hold = ['account', 'hold', 'A-1', '--from', '2026-11-29', '--reason', 'disputes the late fee'];
    expect((await cli(db, ...hold, '--type', 'dispute')).code).toBe(2);
    const refused = await cli(db, ...hold, '--type', 'bankruptcy', '--by', 'li.na');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'li.na is a collector; only a legal, manager, admin may place a bankruptcy (破产) hold',
    );
    const placed = await cli(db, ...hold, '--type', 'dispute', '--by', 'li.na', '--json');
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.out)).toEqual({
      account_id: 'A-1',
      type: 'dispute',
      from: '2026-11-29',
      to: null,
      reason: 'disputes the late fee',
      placed_by: 'li.na',
    });
    const shown = await cli(db, 'account', 'show', 'A-1');
    expect(shown.out).toContain(
      'hold 暂停 (dispute 异议核实) 2026-11-29 – until lifted 至解除: disputes the late fee, placed by li.na',
    );
    const asked = await cli(
      db,
      'compliance',
      'precheck',
      'A-1',
      '--channel',
      'phone',
      '--by',
      'li.na',
      '--json',
      '--lang',
      'en',
    );
    expect(asked.code).toBe(0);
    const decision = JSON.parse(asked.out);
    expect(decision).toMatchObject({ account_id: 'A-1', party_id: 'P-1', allowed: false, next_allowed_at: null });
    expect(
      decision.rules.filter((r: { verdict: string }) => r.verdict === 'block').map((r: { id: string }) => r.id),
    ).toEqual(['cn.hold.dispute']);
    expect((await cli(db, 'account', 'release', 'A-1', '--last-day', '2026-11-29', '--by', 'li.na')).code).toBe(1);
    const lifted = await cli(db, 'account', 'release', 'A-1', '--last-day', '2026-11-29', '--by', 'tom');
    expect(lifted).toMatchObject({ code: 0, out: 'A-1: 1 hold(s) (dispute) end on 2026-11-29, lifted by tom' });
  });

  it('records, lists and withdraws party requests', async () => {
    const added = await cli(
      db,
      'party',
      'request',
      'add',
      'P-1',
      '--type',
      'stop_channel',
      '--channel',
      'sms',
      '--account',
      'A-1',
      '--by',
      'li.na',
      '--note',
      '本人要求不要再发短信',
      '--json',
    );
    expect(added.code).toBe(0);
    const request = JSON.parse(added.out);
    expect(request).toMatchObject({
      party_id: 'P-1',
      account_id: 'A-1',
      type: 'stop_channel',
      channel: 'sms',
      active: true,
    });
    const listed = await cli(db, 'party', 'request', 'list', '--party', 'P-1');
    expect(listed.out.split('\n')).toEqual([
      '1 party request(s) 条当事人请求',
      `${request.request_id}  P-1 stop a channel 停用渠道 (sms) on A-1 since ${TEST_NOW.toISOString()} [in force 生效中] by li.na — 本人要求不要再发短信`,
    ]);
    expect((await cli(db, 'party', 'request', 'add', 'P-1', '--by', 'li.na')).code).toBe(2);
    expect((await cli(db, 'party', 'request', 'withdraw', request.request_id, '--by', 'li.na')).code).toBe(1);
    const withdrawn = await cli(db, 'party', 'request', 'withdraw', request.request_id, '--by', 'tom', '--json');
    expect(JSON.parse(withdrawn.out)).toMatchObject({ withdrawn_at: TEST_NOW.toISOString(), active: false });
    expect(JSON.parse((await cli(db, 'party', 'request', 'list', '--active', '--json')).out)).toEqual([]);
  });

  it('grants an override a manager may give, refuses the law’s absolutes, and lists it', async () => {
    const base = [
      'compliance',
      'override',
      'A-1',
      '--by',
      'max',
      '--reason',
      'Borrower asked to be called after 22:00 tonight',
    ];
    const absolute = await cli(db, ...base, '--rule', 'cn.cease');
    expect(absolute.code).toBe(1);
    expect(absolute.err).toContain('rule cn.cease can never be set aside');
    expect((await cli(db, ...base, '--rule', 'cn.contact_window', '--hours', '999')).code).toBe(2);
    const granted = await cli(db, ...base, '--rule', 'cn.contact_window', '--party', 'P-1', '--json');
    expect(granted.code).toBe(0);
    expect(JSON.parse(granted.out)).toMatchObject({
      rule_id: 'cn.contact_window',
      party_id: 'P-1',
      expires_at: '2026-11-29T16:00:00.000Z',
      in_force: true,
    });
    const listed = JSON.parse((await cli(db, 'compliance', 'override', 'list', '--account', 'A-1', '--json')).out);
    expect(listed.map((o: { rule_id: string }) => o.rule_id)).toEqual(['cn.contact_window']);
  });

  it('refuses a manual call the gate blocks: exit 1, the decision as JSON, only the block written', async () => {
    // G-1 on A-2 at 07:30: outside the window (the override of A-1 is for P-1 on A-1 only).
    const call = ['activity', 'log', 'A-2', '--by', 'li.na', '--channel', 'phone', '--outcome', 'no_answer'];
    const at = ['--at', '2026-11-29T07:30:00+08:00'];
    const json = await cli(db, ...call, ...at, '--json', '--lang', 'en');
    expect(json.code).toBe(1);
    const decision = JSON.parse(json.out);
    expect(decision).toMatchObject({ blocked: true, allowed: false, next_allowed_at: '2026-11-29T00:00:00.000Z' });
    const text = await cli(db, ...call, ...at);
    expect(text.code).toBe(1);
    expect(text.err).toMatch(/合规闸门拦截了这次联系（A-2 G-1 phone @ 2026-11-28T23:30:00.000Z）/);
    expect(text.err).toContain('cn.contact_window');
    expect(JSON.parse((await cli(db, 'activity', 'list', 'A-2', '--json')).out)).toEqual({ activities: [] });
    // The same call at 08:00 goes through.
    expect((await cli(db, ...call)).code).toBe(0);
  });

  it('holds visits to the field rules and stores the recording file', async () => {
    const visit = ['activity', 'log', 'A-1', '--channel', 'visit', '--outcome', 'visited'];
    const alone = await cli(db, ...visit, '--by', 'wang.wei', '--visit-type', 'confirm', '--recording-ref', 'cam-1');
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('nobody visits alone');
    const noConsent = await cli(
      db,
      ...visit,
      '--by',
      'wang.wei,zhao.lei',
      '--visit-type',
      'confirm',
      '--recording-ref',
      'cam-1',
      '--entered-home',
    );
    expect(noConsent.code).toBe(2);
    expect(noConsent.err).toContain('consent_by: the staff entered a home');
    const file = join(files, 'visit.wav');
    writeFileSync(file, 'RIFF....WAVEfmt ');
    const ok = await cli(
      db,
      ...visit,
      '--by',
      'wang.wei,zhao.lei',
      '--visit-type',
      'confirm',
      '--recording',
      file,
      '--entered-home',
      '--consent-by',
      'P-1',
      '--json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).visit).toMatchObject({
      type: 'confirm',
      recording: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      entered_home: true,
      consent_by: 'P-1',
    });
  });

  it('tells the holds, requests and overrides in the account timeline', async () => {
    const timeline = JSON.parse((await cli(db, 'account', 'timeline', 'A-1', '--json')).out);
    const summaries = timeline.entries.map((e: { summary: string }) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'on dispute 异议核实 hold 暂停 from 2026-11-29 until released: disputes the late fee (placed by li.na)',
        'hold ends 解除暂停 (dispute 异议核实): last held day 2026-11-29 (lifted by tom)',
        'P-1 asked 当事人请求: stop_channel (sms), recorded by li.na',
        "P-1's stop_channel request withdrawn 请求撤回 (by tom)",
        'rule cn.contact_window set aside 合规豁免 until 2026-11-29T16:00:00.000Z by max: Borrower asked to be called after 22:00 tonight',
      ]),
    );
  });
});
