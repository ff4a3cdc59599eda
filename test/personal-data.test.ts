/**
 * Personal data on both engines: encrypted at rest (the raw SQLite file and raw PostgreSQL rows hold no
 * clear value), opened only with the right key, tampering detected, found again by blind index, masked
 * everywhere, revealed by role with an audit event, and legacy plain data sealed by encrypt-existing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showAccount } from '../src/account/show-account.js';
import { listActivities } from '../src/activity/list-activities.js';
import { logActivity } from '../src/activity/log-activity.js';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { account, instalment, party, runImport } from '../src/import/import-fixtures.js';
import { revealStoredValues } from '../src/privacy/contact-values.js';
import { encryptExisting } from '../src/privacy/encrypt-existing.js';
import { keysFromText } from '../src/privacy/personal-data-key.js';
import { revealPartyField } from '../src/privacy/reveal-party-field.js';
import { blindIndex } from '../src/privacy/sealed-value.js';
import type { Store } from '../src/store/open-database.js';
import { addUser } from '../src/user/add-user.js';
import { freshStores, TEST_NOW, testEngines } from './support/engines.js';

const KEY = randomBytes(32).toString('base64');
const ID_NUMBER = '110101199003071234';
const MOBILE = '+86 139 1234 5678';
const EMAIL = 'wang.fang@example.com';
const ADDRESS = '上海市浦东新区世纪大道100号3栋2单元1201室';
const CLEAR = [ID_NUMBER, '13912345678', '139 1234 5678', EMAIL, '世纪大道100号'];

async function seed(store: Store): Promise<void> {
  const ok = async (kind: Parameters<typeof runImport>[1], rows: Record<string, string>[]) =>
    expect(await runImport(store, kind, rows, { allOrNothing: true })).toMatchObject({ rejected: [] });
  await ok('parties', [party({ id_number: ID_NUMBER }), party({ party_id: 'P-2', name: '李强', id_number: '' })]);
  await ok('accounts', [account()]);
  await ok('schedules', [instalment()]);
  await ok('relations', [
    { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
    { account_id: 'A-1', party_id: 'P-2', role: 'emergency_contact' },
  ]);
  await ok('contacts', [
    { party_id: 'P-1', type: 'mobile', value: MOBILE, verified: '1', do_not_contact: '0' },
    { party_id: 'P-1', type: 'email', value: EMAIL, verified: '0', do_not_contact: '0' },
    { party_id: 'P-1', type: 'address', value: ADDRESS, verified: '1', do_not_contact: '0' },
  ]);
  for (const [userId, role] of [
    ['ann', 'collector'],
    ['bo', 'collector'],
    ['fay', 'field_agent'],
    ['max', 'manager'],
    ['aud', 'auditor'],
    ['lee', 'legal'],
  ] as const) {
    await addUser({ db: store.db, userId, name: userId, role, actor: 'test', now: TEST_NOW });
  }
}

/** An open work item for `assignee` on A-1's borrower (what the own_work / own_visits grants look at). */
async function workItem(store: Store, assignee: string, channel: string): Promise<void> {
  const ids = await store.db
    .selectFrom('relations')
    .innerJoin('accounts', 'accounts.id', 'relations.account_id')
    .select(['relations.account_id', 'relations.party_id'])
    .where('accounts.account_id', '=', 'A-1')
    .where('relations.role', '=', 'borrower')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('work_items')
    .values({
      item_id: `wi_${assignee}_${channel}`,
      as_of: '2026-11-29',
      account_id: Number(ids.account_id),
      party_id: Number(ids.party_id),
      action: channel,
      channel,
      window_from: '2026-11-29T09:00:00+08:00',
      window_to: '2026-11-29T18:00:00+08:00',
      priority: 1,
      rank: 1,
      assignee,
      partner: null,
      reason: 'test',
      segment: 'white_collar',
      variant: null,
      tier: 'junior',
      grade: 'medium',
      customer_type: 'person',
      template: null,
      tone: null,
      minutes: 10,
      strategy_version: 1,
      status: 'open',
      created_at: TEST_NOW.toISOString(),
      updated_at: TEST_NOW.toISOString(),
    })
    .execute();
}

/** Every text the database holds at rest: the SQLite file with its write-ahead log, or PostgreSQL's rows. */
async function rawText(store: Store): Promise<string> {
  if (store.engine === 'sqlite') {
    const files = [store.location, `${store.location}-wal`].filter((f) => existsSync(f));
    return files.map((f) => readFileSync(f).toString('utf8')).join('\n');
  }
  const tables = ['parties', 'contact_points', 'activities', 'planned_messages', 'events'];
  const dumps = await Promise.all(
    tables.map((t) => sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(t)} t`.execute(store.db)),
  );
  return dumps.flatMap((d) => d.rows.map((r) => r.row)).join('\n');
}

const reveal = (store: Store, by: string, field: string, partyId = 'P-1') =>
  revealPartyField({ store, partyId, field, by, reason: 'calling about the promise', now: TEST_NOW });

for (const engine of testEngines) {
  describe(`personal data on '${engine.name}'`, () => {
    const open = freshStores(engine);
    let store: Store;
    beforeEach(async () => {
      vi.stubEnv('DUNWELL_KEY', KEY);
      store = await open();
      await seed(store);
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('holds no ID number, phone, e-mail or address in clear at rest, and says which key it is under', async () => {
      await logActivity({
        store,
        accountId: 'A-1',
        channel: 'phone',
        outcome: 'no_answer',
        by: ['ann'],
        contactPoint: MOBILE,
        at: '2026-11-28T10:00:00+08:00',
        now: TEST_NOW,
      });
      const raw = await rawText(store);
      for (const clear of CLEAR) expect(raw).not.toContain(clear);
      expect(raw).toContain('enc:v1:');
      const keyId = keysFromText(KEY, 'DUNWELL_KEY').id;
      const registered = await store.db.selectFrom('personal_data_keys').selectAll().execute();
      expect(registered).toEqual([{ purpose: 'personal_data', key_id: keyId, registered_at: expect.any(String) }]);
      // The key itself is nowhere in the database.
      expect(raw).not.toContain(KEY);
    });

    it('opens to the same values with the key (round trip), and finds them by blind index', async () => {
      const keys = keysFromText(KEY, 'DUNWELL_KEY');
      const p = await store.db
        .selectFrom('parties')
        .select(['id_number', 'id_number_index'])
        .where('party_id', '=', 'P-1')
        .executeTakeFirstOrThrow();
      expect(revealStoredValues(store, [p.id_number])).toEqual([ID_NUMBER]);
      expect(p.id_number_index).toBe(blindIndex(keys, 'id_number', ID_NUMBER));
      const found = await store.db
        .selectFrom('contact_points')
        .select(['type', 'value'])
        .where('value_index', '=', blindIndex(keys, 'phone', '13912345678'))
        .execute();
      expect(found.map((f) => f.type)).toEqual(['mobile']);
      expect(revealStoredValues(store, [found[0]?.value ?? null])).toEqual([MOBILE]);
    });

    it('re-importing matches by blind index: the same number written another way changes nothing', async () => {
      const again = await runImport(store, 'contacts', [
        { party_id: 'P-1', type: 'mobile', value: '+86 139-1234-5678', verified: '1', do_not_contact: '0' },
        { party_id: 'P-1', type: 'email', value: ' Wang.Fang@EXAMPLE.com', verified: '0', do_not_contact: '0' },
      ]);
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: [] });
      const parties = await runImport(store, 'parties', [party({ id_number: ID_NUMBER })]);
      expect(parties).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
      const changed = await runImport(store, 'parties', [party({ id_number: '110101199003079999' })]);
      expect(changed).toMatchObject({ updated: 1 });
      expect((await reveal(store, 'max', 'id_number')).values.map((v) => v.value)).toEqual(['110101199003079999']);
      expect(await store.db.selectFrom('contact_points').select('id').execute()).toHaveLength(3);
    });

    it('refuses a wrong key and a missing one, naming where the key comes from, and writes nothing with it', async () => {
      vi.stubEnv('DUNWELL_KEY', randomBytes(32).toString('base64'));
      await expect(reveal(store, 'max', 'phone')).rejects.toMatchObject({
        code: 'PERSONAL_DATA_KEY',
        message: expect.stringMatching(/encrypted with key [0-9a-f]{8}, but the key from DUNWELL_KEY is/),
      });
      await expect(
        runImport(store, 'contacts', [{ party_id: 'P-2', type: 'mobile', value: '13700000000' }]),
      ).rejects.toMatchObject({
        code: 'PERSONAL_DATA_KEY',
        message: expect.stringMatching(
          /is encrypted with key [0-9a-f]{8}, but the key from DUNWELL_KEY is [0-9a-f]{8}/,
        ),
      });
      expect(await store.db.selectFrom('contact_points').select('id').execute()).toHaveLength(3);
      // No key at all (none set, none on file beside the database) once data is encrypted: refused, naming both.
      vi.stubEnv('DUNWELL_KEY', '');
      const missing = join(tmpdir(), `dunwell-no-key-${process.pid}`, 'missing.key');
      vi.stubEnv('DUNWELL_KEY_FILE', missing);
      await expect(
        runImport(store, 'contacts', [{ party_id: 'P-2', type: 'mobile', value: '13700000000' }]),
      ).rejects.toThrow(
        `there is no key here: set DUNWELL_KEY (base64 of 32 bytes) or DUNWELL_KEY_FILE, or restore the key file ${missing}`,
      );
      await expect(reveal(store, 'max', 'phone')).rejects.toThrow(
        /there is no personal-data key for .*set DUNWELL_KEY/,
      );
    });

    it('detects a ciphertext altered in the database (AES-GCM), and does not reveal or record anything', async () => {
      const row = await store.db
        .selectFrom('contact_points')
        .select(['id', 'value'])
        .where('type', '=', 'mobile')
        .executeTakeFirstOrThrow();
      const [, , kid, payload = '', masked] = row.value.split(':');
      const bytes = Buffer.from(payload, 'base64');
      bytes[14] = (bytes[14] as number) ^ 1;
      await store.db
        .updateTable('contact_points')
        .set({ value: `enc:v1:${kid}:${bytes.toString('base64')}:${masked}` })
        .where('id', '=', row.id)
        .execute();
      await expect(reveal(store, 'max', 'phone')).rejects.toThrow(/does not authenticate/);
      const events = await store.db.selectFrom('events').select('kind').where('kind', 'like', 'privacy.%').execute();
      expect(events).toEqual([]);
    });

    it('masks every output: account show, activity views; the rule decides who may reveal, each reveal recorded', async () => {
      const shown = await showAccount({ store, accountId: 'A-1', today: '2026-11-29' });
      const borrower = shown.parties.find((p) => p.party_id === 'P-1');
      expect(borrower).toMatchObject({
        id_number: '1101**********1234',
        contacts: expect.arrayContaining([
          expect.objectContaining({ type: 'mobile', value: '+86 139****5678' }),
          expect.objectContaining({ type: 'email', value: 'w***@example.com' }),
          expect.objectContaining({ type: 'address', value: '上海市浦东新区****' }),
        ]),
      });
      await logActivity({
        store,
        accountId: 'A-1',
        channel: 'phone',
        outcome: 'no_answer',
        by: ['ann'],
        contactPoint: MOBILE,
        at: '2026-11-28T10:00:00+08:00',
        now: TEST_NOW,
      });
      const { activities } = await listActivities({ db: store.db, accountId: 'A-1' });
      expect(activities.map((a) => a.contact_point)).toEqual(['+86 139****5678']);

      // A collector sees phones only of parties in their own work; an auditor never; a manager always.
      await expect(reveal(store, 'ann', 'phone')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await workItem(store, 'ann', 'phone');
      const phone = await reveal(store, 'ann', 'phone');
      expect(phone.values).toEqual([
        { type: 'mobile', value: MOBILE, masked: '+86 139****5678', verified: true, do_not_contact: false },
      ]);
      await expect(reveal(store, 'ann', 'id_number')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(reveal(store, 'bo', 'phone')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(reveal(store, 'aud', 'phone')).rejects.toThrow(
        /auditor may not reveal phone numbers \/ 稽核员无权查看/,
      );
      // A field agent sees the address only with an open visit of theirs.
      await expect(reveal(store, 'fay', 'address')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await workItem(store, 'fay', 'visit');
      expect((await reveal(store, 'fay', 'address')).values.map((v) => v.value)).toEqual([ADDRESS]);
      expect((await reveal(store, 'lee', 'id_number')).values.map((v) => v.value)).toEqual([ID_NUMBER]);
      expect((await reveal(store, 'max', 'email')).values.map((v) => v.value)).toEqual([EMAIL]);
      await expect(reveal(store, 'max', 'fax')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(
        revealPartyField({ store, partyId: 'P-1', field: 'phone', by: 'max', reason: '  ', now: TEST_NOW }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });

      const events = await store.db
        .selectFrom('events')
        .select(['kind', 'actor', 'payload', 'account_id'])
        .where('kind', 'like', 'privacy.%')
        .orderBy('id')
        .execute();
      expect(events.map((e) => [e.kind, e.actor])).toEqual([
        ['privacy.reveal_refused', 'ann'],
        ['privacy.reveal', 'ann'],
        ['privacy.reveal_refused', 'ann'],
        ['privacy.reveal_refused', 'bo'],
        ['privacy.reveal_refused', 'aud'],
        ['privacy.reveal_refused', 'fay'],
        ['privacy.reveal', 'fay'],
        ['privacy.reveal', 'lee'],
        ['privacy.reveal', 'max'],
      ]);
      expect(JSON.parse(events[1]?.payload ?? '{}')).toEqual({
        party_id: 'P-1',
        field: 'phone',
        role: 'collector',
        reason: 'calling about the promise',
        shown: ['mobile +86 139****5678'],
      });
      expect(events[1]?.account_id).not.toBeNull();
      // Who asked and why is recorded; the value never is.
      for (const clear of [...CLEAR, MOBILE, ADDRESS]) expect(events.map((e) => e.payload).join()).not.toContain(clear);
      // Reveals and refusals are links of the audit chain like every other event.
      const folder = mkdtempSync(join(tmpdir(), 'dunwell-evidence-'));
      expect(await verifyAudit({ store, folder })).toMatchObject({ ok: true });
      rmSync(folder, { recursive: true, force: true });
    });

    it('encrypts legacy plain data in batches, fills the blind indexes, and a second run finds nothing', async () => {
      const keys = keysFromText(KEY, 'DUNWELL_KEY');
      const p2 = await store.db
        .selectFrom('parties')
        .select('id')
        .where('party_id', '=', 'P-2')
        .executeTakeFirstOrThrow();
      // What a database from before encryption holds: plain values, no indexes.
      await store.db
        .updateTable('parties')
        .set({ id_number: 'G12345678', id_number_index: null })
        .where('id', '=', p2.id)
        .execute();
      await store.db
        .insertInto('contact_points')
        .values(
          ['13700000001', '13700000002', '13700000003'].map((value) => ({
            party_id: Number(p2.id),
            type: 'mobile',
            value,
            verified: 0,
            do_not_contact: 0,
            created_at: TEST_NOW.toISOString(),
            updated_at: TEST_NOW.toISOString(),
          })),
        )
        .execute();
      // An activity from before the audit chain began, and one the chain vouches for, both in clear.
      const accountKey = Number(
        (await store.db.selectFrom('accounts').select('id').where('account_id', '=', 'A-1').executeTakeFirstOrThrow())
          .id,
      );
      await store.db
        .insertInto('activities')
        .values({
          activity_id: 'OLD-1',
          account_id: accountKey,
          party_id: null,
          channel: 'phone',
          direction: 'outbound',
          contact_point: '13700000009',
          staff: 'ann',
          started_at: '2026-11-01T02:00:00.000Z',
          ended_at: null,
          occurred_on: '2026-11-01',
          outcome: 'no_answer',
          excuse: null,
          note: null,
          evidence: null,
          work_item_id: null,
          message_id: null,
          source: 'import',
          created_at: '2026-11-01T02:00:00.000Z',
        })
        .execute();
      const chained = await logActivity({
        store,
        accountId: 'A-1',
        channel: 'phone',
        outcome: 'no_answer',
        by: ['ann'],
        contactPoint: '13700000008',
        at: '2026-11-28T10:00:00+08:00',
        now: TEST_NOW,
      });
      const first = await encryptExisting({ store, now: TEST_NOW, actor: 'test', batchSize: 2 });
      expect(first).toMatchObject({
        key: { id: keys.id, source: 'DUNWELL_KEY', created: false },
        sealed: { parties: 1, contact_points: 3, activities: 1, planned_messages: 0 },
        indexed: 0,
        left_in_chain: 0,
      });
      const old = await store.db
        .selectFrom('activities')
        .select('contact_point')
        .where('activity_id', '=', 'OLD-1')
        .executeTakeFirstOrThrow();
      expect(revealStoredValues(store, [old.contact_point])).toEqual(['13700000009']);
      // The activity from before the chain began was sealed; the chain still verifies.
      const folder = mkdtempSync(join(tmpdir(), 'dunwell-evidence-'));
      expect(await verifyAudit({ store, folder })).toMatchObject({ ok: true, problems: [] });
      rmSync(folder, { recursive: true, force: true });
      const raw = await rawText(store);
      for (const clear of ['G12345678', '13700000001', '13700000003', '13700000009']) expect(raw).not.toContain(clear);
      const found = await store.db
        .selectFrom('contact_points')
        .select('value')
        .where('value_index', '=', blindIndex(keys, 'phone', '137 0000 0002'))
        .execute();
      expect(
        revealStoredValues(
          store,
          found.map((f) => f.value),
        ),
      ).toEqual(['13700000002']);
      expect((await reveal(store, 'max', 'id_number', 'P-2')).values.map((v) => v.value)).toEqual(['G12345678']);
      const second = await encryptExisting({ store, now: TEST_NOW, actor: 'test', batchSize: 2 });
      expect(second.sealed).toEqual({ parties: 0, contact_points: 0, activities: 0, planned_messages: 0 });
      expect(second.indexed).toBe(0);
      // A row the chain vouches for holding a plain value (a build with the chain but not encryption): left
      // as it is and counted, never rewritten.
      await store.db
        .updateTable('activities')
        .set({ contact_point: '13700000008' })
        .where('activity_id', '=', chained.activity_id)
        .execute();
      const third = await encryptExisting({ store, now: TEST_NOW, actor: 'test' });
      expect(third).toMatchObject({ sealed: { activities: 0 }, left_in_chain: 1 });
    });
  });
}
