/**
 * `compliance precheck` on both engines: the gate answers a collector before they dial, from what the desk
 * recorded — a party's requests (and their withdrawal), typed holds (and their lifting), overrides (and
 * their expiry) — with reasons in the language asked and the next allowed instant. Nothing is written.
 * The book: A-1 (portfolio consumer, pack cn, Asia/Shanghai) with borrower P-1, guarantor G-1, emergency
 * contact C-1; users of every role (desk-users.ts) and the worked book's li.na, wang.wei, zhao.lei.
 */
import { describe, expect, it } from 'vitest';
import { placeHold } from '../src/account/place-hold.js';
import { releaseHold } from '../src/account/release-hold.js';
import { seedWorkedBook } from '../src/activity/activity-fixtures.js';
import { type PrecheckContactOptions, precheckContact } from '../src/activity/precheck-contact.js';
import { grantOverride } from '../src/compliance/grant-override.js';
import { addPartyRequest } from '../src/party/add-party-request.js';
import { withdrawPartyRequest } from '../src/party/withdraw-party-request.js';
import type { Store } from '../src/store/open-database.js';
import { addDeskUsers } from './support/desk-users.js';
import { freshStores, testEngines } from './support/engines.js';

// 10:00 on Sunday 29 November in Shanghai.
const NOW = new Date('2026-11-29T02:00:00Z');
const hour = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

describe.each(testEngines)('compliance precheck on $name', (engine) => {
  const open = freshStores(engine);

  async function book(): Promise<Store> {
    const store = await open();
    await seedWorkedBook(store, NOW);
    await addDeskUsers(store, NOW);
    return store;
  }
  const ask = (store: Store, over: Partial<PrecheckContactOptions> = {}) =>
    precheckContact({ store, accountId: 'A-1', channel: 'phone', by: ['li.na'], lang: 'en', now: NOW, ...over });
  const blocking = (r: { rules: { id: string; verdict: string }[] }) =>
    r.rules.filter((x) => x.verdict === 'block').map((x) => x.id);

  it('allows a call to the borrower in the morning; at 22:30 blocks it until 08:00, in either language', async () => {
    const store = await book();
    const day = await ask(store);
    expect(day).toMatchObject({
      account_id: 'A-1',
      party_id: 'P-1',
      channel: 'phone',
      allowed: true,
      override_id: null,
    });
    expect(day.at).toBe(NOW.toISOString());
    const night = await ask(store, { at: '2026-11-29T22:30:00+08:00' });
    expect(night).toMatchObject({ allowed: false, next_allowed_at: '2026-11-30T00:00:00.000Z' });
    expect(blocking(night)).toEqual(['cn.contact_window']);
    const zh = await ask(store, { at: '2026-11-29T22:30:00+08:00', lang: 'zh-CN' });
    expect(zh.rules.find((r) => r.id === 'cn.contact_window')?.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(await store.db.selectFrom('contact_blocks').select('id').execute()).toEqual([]);
  });

  it('blocks after a cease request until it is withdrawn, and only from the instant it was made', async () => {
    const store = await book();
    const cease = await addPartyRequest({
      db: store.db,
      partyId: 'P-1',
      type: 'cease',
      at: '2026-11-29T09:30:00+08:00',
      by: 'li.na',
      note: '本人来电要求停止电话联系',
      now: NOW,
    });
    const now = await ask(store);
    expect(now.allowed).toBe(false);
    expect(blocking(now)).toContain('cn.cease');
    expect(now.next_allowed_at).toBeNull();
    // The guarantor asked nothing: the request is P-1's own.
    expect((await ask(store, { partyId: 'G-1' })).allowed).toBe(true);
    await withdrawPartyRequest({ db: store.db, requestId: cease.request_id, by: 'tom', now: hour(1) });
    expect((await ask(store, { now: hour(2) })).allowed).toBe(true);
  });

  it('stops a channel the person asked to stop, not the others; represented stops every channel', async () => {
    const store = await book();
    await addPartyRequest({
      db: store.db,
      partyId: 'P-1',
      type: 'stop_channel',
      channel: 'sms',
      by: 'li.na',
      now: NOW,
    });
    expect(blocking(await ask(store, { channel: 'sms', now: hour(1) }))).toContain('cn.stop_channel');
    expect((await ask(store, { now: hour(1) })).allowed).toBe(true);
    await addPartyRequest({ db: store.db, partyId: 'P-1', type: 'represented', by: 'li.na', now: hour(1) });
    expect(blocking(await ask(store, { now: hour(2) }))).toContain('cn.represented');
  });

  it('a typed hold stops outreach while it runs; a team lead lifts a dispute and calls resume at once', async () => {
    const store = await book();
    await placeHold({
      db: store.db,
      accountId: 'A-1',
      type: 'dispute',
      from: '2026-11-29',
      to: null,
      reason: 'says the instalment was paid in cash',
      by: 'li.na',
      now: NOW,
    });
    const held = await ask(store, { now: hour(1) });
    expect(blocking(held)).toEqual(['cn.hold.dispute']);
    expect(held.next_allowed_at).toBeNull();
    await releaseHold({
      db: store.db,
      accountId: 'A-1',
      type: 'dispute',
      lastHeldDay: '2026-11-29',
      by: 'tom',
      now: hour(2),
    });
    // Lifted on its last held day: calls may resume from that instant.
    expect((await ask(store, { now: hour(3) })).allowed).toBe(true);
    expect((await ask(store, { now: hour(3), at: '2026-11-30T10:00:00+08:00' })).allowed).toBe(true);
  });

  it('a hold lifted with its last held day still ahead stops calls through that day, as the ledger does', async () => {
    const store = await book();
    await placeHold({
      db: store.db,
      accountId: 'A-1',
      type: 'hardship',
      from: '2026-11-29',
      to: null,
      reason: 'lost their job; a plan is being drawn up',
      by: 'li.na',
      now: NOW,
    });
    await releaseHold({
      db: store.db,
      accountId: 'A-1',
      type: 'hardship',
      lastHeldDay: '2026-11-30',
      by: 'tom',
      now: hour(1),
    });
    expect(blocking(await ask(store, { now: hour(2) }))).toEqual(['cn.hold.hardship']);
    expect(blocking(await ask(store, { now: hour(2), at: '2026-11-30T10:00:00+08:00' }))).toEqual(['cn.hold.hardship']);
    expect((await ask(store, { now: hour(2), at: '2026-12-01T10:00:00+08:00' })).allowed).toBe(true);
  });

  it('an override sets a rule aside until it expires, and the answer names it', async () => {
    const store = await book();
    const night = { at: '2026-11-29T22:30:00+08:00' };
    expect((await ask(store, night)).allowed).toBe(false);
    const granted = await grantOverride({
      db: store.db,
      accountId: 'A-1',
      partyId: 'P-1',
      ruleId: 'cn.contact_window',
      reason: '本人要求晚上十点半以后回电，下班才有空',
      by: 'max',
      now: NOW,
    });
    const overridden = await ask(store, { ...night, now: hour(1) });
    expect(overridden).toMatchObject({ allowed: true, override_id: granted.override_id });
    expect(overridden.rules.find((r) => r.id === 'cn.contact_window')?.reason).toContain(granted.override_id);
    // Only for P-1; the guarantor's window still holds.
    expect((await ask(store, { ...night, partyId: 'G-1', now: hour(1) })).allowed).toBe(false);
    // It ends at midnight in Shanghai: the next evening is blocked again.
    expect((await ask(store, { at: '2026-11-30T22:30:00+08:00', now: hour(1) })).allowed).toBe(false);
  });

  it('refuses a channel that reaches nobody, unknown staff, an auditor, a party not on the account', async () => {
    const store = await book();
    await expect(ask(store, { channel: 'note' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(ask(store, { by: ['nobody'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ask(store, { by: ['aud'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(ask(store, { partyId: 'G-9' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(ask(store, { accountId: 'A-3' })).rejects.toMatchObject({
      message: expect.stringContaining('has no borrower on file'),
    });
  });
});
