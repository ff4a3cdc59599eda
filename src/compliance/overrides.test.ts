/**
 * Overrides on every engine: only a manager or an administrator grants one, with a reason the language
 * guard accepts, for a rule of the account's own pack that the law lets a manager set aside; it lasts to
 * the end of the business day on the portfolio's clock or the hours given, lands in the audit chain, and
 * `list` says whether it is in force.
 */
import { describe, expect, it } from 'vitest';
import { addDeskUsers } from '../../test/support/desk-users.js';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { refusal } from '../../test/support/refusal.js';
import { seedWorkedBook } from '../activity/activity-fixtures.js';
import type { Store } from '../store/open-database.js';
import { type GrantOverrideOptions, grantOverride } from './grant-override.js';
import { listOverrides } from './list-overrides.js';

// 10:00 in Shanghai, 02:00 in London.
const NOW = new Date('2026-11-29T02:00:00Z');

describe.each(testEngines)('compliance overrides on $name', (engine) => {
  const open = freshStores(engine);

  async function book(): Promise<Store> {
    const store = await open();
    await seedWorkedBook(store, NOW);
    await addDeskUsers(store, NOW);
    return store;
  }
  const grant = (store: Store, over: Partial<GrantOverrideOptions> = {}) =>
    grantOverride({
      db: store.db,
      accountId: 'A-1',
      ruleId: 'cn.daily_attempts',
      reason: '本人来电要求今天下午再打给他',
      by: 'max',
      now: NOW,
      ...over,
    });
  const overrideEvents = async (store: Store) =>
    (await store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute()).filter(
      (e) => e.kind === 'compliance.override',
    );

  it('grants a manager’s override until the end of the business day in the portfolio’s zone, with its event', async () => {
    const store = await book();
    const granted = await grant(store);
    expect(granted).toEqual({
      override_id: expect.stringMatching(/^ovr_[0-9a-z]{10}_[0-9a-f]{16}$/),
      account_id: 'A-1',
      party_id: null,
      rule_id: 'cn.daily_attempts',
      reason: '本人来电要求今天下午再打给他',
      granted_by: 'max',
      role: 'manager',
      granted_at: NOW.toISOString(),
      // Midnight in Shanghai.
      expires_at: '2026-11-29T16:00:00.000Z',
      in_force: true,
    });
    const [event] = await overrideEvents(store);
    expect(event?.actor).toBe('max');
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({
      override_id: granted.override_id,
      rule_id: 'cn.daily_attempts',
      citation: expect.any(String),
      reason: '本人来电要求今天下午再打给他',
      role: 'manager',
      expires_at: '2026-11-29T16:00:00.000Z',
    });
    // An administrator for one party and three hours; a held hardship may be set aside to agree a plan.
    expect(await grant(store, { by: 'ada', partyId: 'G-1', hours: 3, ruleId: 'cn.hold.hardship' })).toMatchObject({
      party_id: 'G-1',
      expires_at: '2026-11-29T05:00:00.000Z',
      role: 'admin',
    });
  });

  it('takes the business day from the portfolio’s own zone', async () => {
    const store = await book();
    await store.db.updateTable('portfolios').set({ time_zone: 'Europe/London', compliance_pack: 'uk-conc' }).execute();
    expect(await grant(store, { ruleId: 'uk-conc.contact_window' })).toMatchObject({
      expires_at: '2026-11-30T00:00:00.000Z',
    });
    // The rule must be one of the portfolio's pack.
    expect(await refusal(grant(store))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^rule: "cn.daily_attempts" is not a rule of the uk-conc pack that account A-1/),
    });
  });

  it('refuses every role but manager and administrator', async () => {
    const store = await book();
    for (const by of ['ann', 'fay', 'tom', 'lee', 'aud']) {
      expect(await refusal(grant(store, { by }))).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining('only a manager, admin may set a rule of the compliance pack aside'),
      });
    }
    expect(await refusal(grant(store, { by: 'old' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.db.selectFrom('compliance_overrides').select('id').execute()).toEqual([]);
    expect(await overrideEvents(store)).toEqual([]);
  });

  it('never sets aside what the law makes absolute, saying why', async () => {
    const store = await book();
    for (const ruleId of [
      'cn.cease',
      'cn.represented',
      'cn.stop_channel',
      'cn.third_party_disclosure',
      'cn.third_party_refused',
      'cn.visit_staff',
      'cn.hold.bankruptcy',
      'cn.hold.deceased',
      'cn.hold.breathing_space',
    ]) {
      expect(await refusal(grant(store, { ruleId })), ruleId).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringMatching(
          new RegExp(`^rule ${ruleId.replaceAll('.', '\\.')} can never be set aside: .*任何人不能豁免`),
        ),
      });
    }
    for (const ruleId of [
      'cn.contact_window',
      'cn.daily_conversations',
      'cn.third_party_unreachable',
      'cn.hold.dispute',
    ]) {
      expect(await grant(store, { ruleId }), ruleId).toMatchObject({ rule_id: ruleId });
    }
  });

  it('refuses a missing or abusive reason, a party not on the account, hours out of range, an unknown account', async () => {
    const store = await book();
    expect(await refusal(grant(store, { reason: '  ' }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'reason: an override needs a reason',
    });
    expect(await refusal(grant(store, { reason: 'this deadbeat must be called again' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^reason: the language guard refuses this text/),
    });
    expect(await refusal(grant(store, { partyId: 'P-404' }))).toMatchObject({
      message: 'party: P-404 is not a party of account A-1',
    });
    expect(await refusal(grant(store, { hours: 0 }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(grant(store, { hours: 169 }))).toMatchObject({ message: expect.stringContaining('1 to 168') });
    expect(await refusal(grant(store, { accountId: 'A-404' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await store.db.selectFrom('compliance_overrides').select('id').execute()).toEqual([]);
  });

  it('lists overrides newest first, in force until they expire', async () => {
    const store = await book();
    const first = await grant(store, { hours: 1 });
    const second = await grant(store, { ruleId: 'cn.contact_window', now: new Date('2026-11-29T03:00:00Z') });
    await grant(store, { accountId: 'A-2', ruleId: 'cn.daily_conversations' });
    const at = (iso: string) => new Date(iso);
    const listed = await listOverrides({ db: store.db, accountId: 'A-1', now: at('2026-11-29T03:30:00Z') });
    expect(listed.map((o) => [o.override_id, o.in_force])).toEqual([
      [second.override_id, true],
      [first.override_id, false],
    ]);
    expect(
      (await listOverrides({ db: store.db, inForceOnly: true, now: at('2026-11-29T16:00:00Z') })).map((o) => o.rule_id),
    ).toEqual([]);
    expect((await listOverrides({ db: store.db, now: NOW })).length).toBe(3);
  });
});
