/**
 * `activity log` behind the contact gate, on both engines. An outbound contact the gate refuses leaves
 * nothing but its block row (source desk) and is refused with the rules and the next allowed instant; one
 * an override lets through is recorded, with a block row naming the override; inbound contacts and notes
 * are not gated but count in the history; notes go through the language guard; visits carry two staff, a
 * type, a recording (a stored evidence file or a reference) and, for a home entered, who consented; what
 * the party asks on a call is recorded with it, and stops the next contact until withdrawn.
 * The book: A-1 (portfolio consumer, pack cn, Asia/Shanghai), borrower P-1, guarantor G-1, emergency
 * contact C-1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { ContactBlockedError } from '../src/activity/desk-gate.js';
import { type LogActivityOptions, logActivity } from '../src/activity/log-activity.js';
import { grantOverride } from '../src/compliance/grant-override.js';
import { listPartyRequests } from '../src/party/list-party-requests.js';
import { withdrawPartyRequest } from '../src/party/withdraw-party-request.js';
import type { Store } from '../src/store/open-database.js';
import { addDeskUsers } from './support/desk-users.js';
import { freshStores, testEngines } from './support/engines.js';
import { refusal } from './support/refusal.js';

// 10:00 on 29 November in Shanghai.
const NOW = new Date('2026-11-29T02:00:00Z');
const MOBILE = '+86 138 0013 8000';

let evidenceDir = '';
const savedDir = process.env.DUNWELL_EVIDENCE_DIR;
beforeAll(() => {
  evidenceDir = mkdtempSync(join(tmpdir(), 'dunwell-desk-evidence-'));
  process.env.DUNWELL_EVIDENCE_DIR = evidenceDir;
});
afterAll(() => {
  if (savedDir === undefined) delete process.env.DUNWELL_EVIDENCE_DIR;
  else process.env.DUNWELL_EVIDENCE_DIR = savedDir;
  rmSync(evidenceDir, { recursive: true, force: true });
});

describe.each(testEngines)('activity log behind the gate on $name', (engine) => {
  const open = freshStores(engine);

  async function book(): Promise<Store> {
    const store = await open();
    await seedWorkedBook(store, NOW);
    await addDeskUsers(store, NOW);
    return store;
  }
  const log = (store: Store, over: Partial<LogActivityOptions> = {}) =>
    logActivity({
      store,
      accountId: 'A-1',
      by: ['li.na'],
      channel: 'phone',
      outcome: 'no_answer',
      contactPoint: MOBILE,
      lang: 'en',
      now: NOW,
      ...over,
    });
  const visit = (store: Store, over: Partial<LogActivityOptions> = {}) =>
    log(store, {
      by: ['wang.wei', 'zhao.lei'],
      channel: 'visit',
      outcome: 'visited',
      contactPoint: undefined,
      visitType: 'confirm',
      recordingRef: 'bodycam-7781',
      ...over,
    });
  const activities = (store: Store) => store.db.selectFrom('activities').selectAll().orderBy('id').execute();
  const blocks = (store: Store) => store.db.selectFrom('contact_blocks').selectAll().orderBy('id').execute();
  const eventKinds = async (store: Store) =>
    (await store.db.selectFrom('events').select('kind').orderBy('id').execute())
      .map((e) => e.kind)
      .filter((k) => !k.startsWith('user.') && !k.startsWith('import.'));

  it('refuses a call at 22:30 with the rule, its reason and 08:00 next; only the block row is written', async () => {
    const store = await book();
    const before = await eventKinds(store);
    const at = '2026-11-28T22:30:00+08:00';
    const error = await log(store, { at }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContactBlockedError);
    const blocked = error as ContactBlockedError;
    expect(blocked.code).toBe('CONTACT_BLOCKED');
    expect(blocked.message).toMatch(
      /^the contact gate blocked this contact \(A-1 P-1 phone @ 2026-11-28T14:30:00.000Z\)/,
    );
    expect(blocked.message).toContain('cn.contact_window');
    expect(blocked.message).toContain('Next allowed at 2026-11-29T00:00:00.000Z.');
    expect(blocked.decision).toMatchObject({
      allowed: false,
      next_allowed_at: '2026-11-29T00:00:00.000Z',
      override_id: null,
    });
    expect(blocked.decision.rules.filter((r) => r.verdict === 'block').map((r) => r.id)).toEqual(['cn.contact_window']);
    expect(await activities(store)).toEqual([]);
    expect(await eventKinds(store)).toEqual(before);
    const [row, ...more] = await blocks(store);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      channel: 'call',
      source: 'desk',
      attempted_at: '2026-11-28T14:30:00.000Z',
      business_day: '2026-11-28',
      next_allowed_at: '2026-11-29T00:00:00.000Z',
      override_id: null,
      actor: 'li.na',
    });
    expect(
      JSON.parse(row?.rules ?? '[]').map((r: { id: string; verdict: string }) => [r.id, r.verdict]),
    ).toContainEqual(['cn.contact_window', 'block']);
    // The same refusal in Chinese.
    expect(await refusal(log(store, { at, lang: 'zh-CN' }))).toMatchObject({
      code: 'CONTACT_BLOCKED',
      message: expect.stringMatching(/^合规闸门拦截了这次联系.*最早可再联系时间：2026-11-29T00:00:00.000Z/s),
    });
  });

  it('counts what the desk logged: the seventh unanswered call to a number in a day is refused', async () => {
    const store = await book();
    for (const hhmm of ['08:10', '08:40', '09:00', '09:20', '09:40', '09:50']) {
      await log(store, { at: `2026-11-29T${hhmm}:00+08:00` });
    }
    expect(await refusal(log(store))).toMatchObject({
      code: 'CONTACT_BLOCKED',
      message: expect.stringContaining('cn.daily_attempts'),
    });
    // Another number of the same person is another contact point.
    expect(await log(store, { contactPoint: '+86 139 0000 1111' })).toMatchObject({ outcome: 'no_answer' });
    expect((await activities(store)).length).toBe(7);
  });

  it('two collectors logging the sixth and seventh call at once: one is recorded, the other refused', async () => {
    const store = await book();
    for (const hhmm of ['08:10', '08:40', '09:00', '09:20', '09:40']) {
      await log(store, { at: `2026-11-29T${hhmm}:00+08:00` });
    }
    const both = await Promise.allSettled([log(store), log(store, { by: ['wang.wei'] })]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await activities(store)).length).toBe(6);
    expect((await blocks(store)).length).toBe(1);
  });

  it('records inbound calls ungated, and they count: after three conversations today a call out is refused', async () => {
    const store = await book();
    for (const hhmm of ['07:00', '08:30', '09:15']) {
      // 07:00 is outside the window, but the borrower called us.
      await log(store, { at: `2026-11-29T${hhmm}:00+08:00`, direction: 'inbound', outcome: 'right_party_contact' });
    }
    expect(await blocks(store)).toEqual([]);
    expect(await refusal(log(store, { outcome: 'right_party_contact' }))).toMatchObject({
      message: expect.stringContaining('cn.daily_conversations'),
    });
    // A note is no contact at all.
    expect(
      await log(store, { channel: 'note', outcome: 'note', contactPoint: undefined, note: '已核对还款记录' }),
    ).toMatchObject({ direction: 'internal' });
  });

  it('lets a contact an override sets aside through, and keeps a block row naming the override', async () => {
    const store = await book();
    const granted = await grantOverride({
      db: store.db,
      accountId: 'A-1',
      partyId: 'P-1',
      ruleId: 'cn.contact_window',
      reason: 'The borrower works nights and asked to be called after 22:00 today',
      by: 'max',
      hours: 24,
      now: new Date('2026-11-28T10:00:00Z'),
    });
    const logged = await log(store, { at: '2026-11-28T22:30:00+08:00', outcome: 'right_party_contact' });
    expect(logged.outcome).toBe('right_party_contact');
    const [row] = await blocks(store);
    expect(row).toMatchObject({ source: 'desk', override_id: granted.override_id, next_allowed_at: null });
    const events = await store.db
      .selectFrom('events')
      .select(['kind', 'payload'])
      .where('kind', '=', 'activity.log')
      .execute();
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ override_id: granted.override_id });
  });

  it('refuses an insulting or threatening note with the words and why, writing nothing', async () => {
    const store = await book();
    expect(await refusal(log(store, { note: '这个老赖又不接电话' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^note: the language guard refuses this text .*"老赖" \(insult: /),
    });
    expect(
      await refusal(log(store, { note: 'Told him we will send someone round to his house tonight' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^note: .*\((threat|intimidation): /),
    });
    expect(await activities(store)).toEqual([]);
    expect(await blocks(store)).toEqual([]);
    // Neutral words for the same call pass.
    expect(await log(store, { note: '对方情绪激动，挂断电话' })).toMatchObject({ note: '对方情绪激动，挂断电话' });
  });

  it('records what the party asked with the call, and it stops the next contact until withdrawn', async () => {
    const store = await book();
    const logged = await log(store, { outcome: 'refused', request: 'cease', at: '2026-11-29T09:00:00+08:00' });
    const [cease] = await listPartyRequests({ db: store.db, partyId: 'P-1', now: NOW });
    expect(cease).toMatchObject({
      type: 'cease',
      account_id: null,
      requested_at: '2026-11-29T01:00:00.000Z',
      recorded_by: 'li.na',
      note: `on activity ${logged.activity_id}`,
      active: true,
    });
    expect(await refusal(log(store))).toMatchObject({ message: expect.stringContaining('cn.cease') });
    // By letter is a contact too; the guarantor asked nothing.
    expect(await refusal(log(store, { channel: 'post', outcome: 'delivered', contactPoint: undefined }))).toMatchObject(
      {
        code: 'CONTACT_BLOCKED',
      },
    );
    expect(await log(store, { partyId: 'G-1', contactPoint: '+86 139 1111 2222' })).toMatchObject({ party_id: 'G-1' });
    await withdrawPartyRequest({ db: store.db, requestId: cease?.request_id ?? '', by: 'tom', now: NOW });
    expect(await log(store)).toMatchObject({ outcome: 'no_answer' });
    // stop_channel on an SMS stops SMS only.
    await log(store, { channel: 'sms', outcome: 'delivered', request: 'stop_channel' });
    expect(await refusal(log(store, { channel: 'sms', outcome: 'delivered' }))).toMatchObject({
      message: expect.stringContaining('cn.stop_channel'),
    });
    expect(await log(store)).toMatchObject({ channel: 'phone' });
    expect(await refusal(log(store, { request: 'walk_away' }))).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('a visit is made in pairs, names its type and recording, and enters a home only with recorded consent', async () => {
    const store = await book();
    expect(await refusal(visit(store, { by: ['wang.wei'] }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('by: a visit is made by at least 2 staff, nobody visits alone'),
    });
    expect(await refusal(visit(store, { visitType: undefined }))).toMatchObject({
      message: expect.stringMatching(/^visit_type: name the kind of visit, one of confirm, search, breach/),
    });
    expect(await refusal(visit(store, { visitType: 'raid' }))).toMatchObject({
      message: 'visit_type "raid" is not one of confirm, search, breach',
    });
    expect(await refusal(visit(store, { recordingRef: undefined }))).toMatchObject({
      message: expect.stringMatching(/^recording: a visit is recorded from arrival/),
    });
    expect(await refusal(visit(store, { enteredHome: true }))).toMatchObject({
      message: expect.stringMatching(/^consent_by: the staff entered a home, which they do only when invited/),
    });
    expect(await refusal(visit(store, { enteredHome: true, consentBy: 'Z-9' }))).toMatchObject({
      message: 'consent_by: party Z-9 is not linked to account A-1',
    });
    expect(await refusal(visit(store, { consentBy: 'P-1' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(log(store, { visitType: 'confirm' }))).toMatchObject({
      message: 'visit_type: only an outbound visit carries them, not a outbound phone',
    });
    // At 22:30 a visit is outside the window like a call.
    expect(await refusal(visit(store, { at: '2026-11-28T22:30:00+08:00' }))).toMatchObject({ code: 'CONTACT_BLOCKED' });
    expect(await activities(store)).toEqual([]);

    const entered = await visit(store, { visitType: 'breach', enteredHome: true, consentBy: 'P-1' });
    expect(entered.visit).toEqual({ type: 'breach', recording: 'bodycam-7781', entered_home: true, consent_by: 'P-1' });
    const [row] = await activities(store);
    expect(row).toMatchObject({ visit_type: 'breach', recording: 'bodycam-7781' });
    expect(row?.home_consent_by).not.toBeNull();
  });

  it('stores a visit’s recording file as evidence linked to the activity', async () => {
    const store = await book();
    const file = join(evidenceDir, 'visit-2026-11-29.m4a');
    writeFileSync(file, 'not really audio, but bytes all the same');
    const logged = await visit(store, { recordingRef: undefined, recordingFile: file, visitType: 'search' });
    expect(logged.visit?.recording).toMatch(/^sha256:[0-9a-f]{64}$/);
    const sha = (logged.visit?.recording ?? '').slice('sha256:'.length);
    expect(
      await store.db.selectFrom('evidence_files').select(['sha256', 'kind', 'media_type', 'name']).execute(),
    ).toEqual([{ sha256: sha, kind: 'recording', media_type: 'audio/mp4', name: 'visit-2026-11-29.m4a' }]);
    expect(await store.db.selectFrom('evidence_links').select(['sha256', 'activity_id']).execute()).toEqual([
      { sha256: sha, activity_id: logged.activity_id },
    ]);
    expect(
      await refusal(visit(store, { recordingRef: undefined, recordingFile: join(evidenceDir, 'missing.wav') })),
    ).toMatchObject({
      code: 'UNREADABLE_INPUT',
    });
  });
});
