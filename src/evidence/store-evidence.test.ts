import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../test/support/engines.js';
import { refusal } from '../../test/support/refusal.js';
import { seedWorkedBook } from '../activity/activity-fixtures.js';
import { logActivity } from '../activity/log-activity.js';
import type { Store } from '../store/open-database.js';
import { evidencePath, sha256Hex } from './evidence-file.js';
import { evidenceFolder } from './evidence-folder.js';
import { type StoreEvidenceOptions, storeEvidence } from './store-evidence.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const BYTES = new TextEncoder().encode('RIFF…a recording, as bytes');

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
function newFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'dunwell-evidence-'));
  folders.push(folder);
  return folder;
}

describe.each(testEngines)('storeEvidence on $name', (engine) => {
  const open = freshStores(engine);

  async function setUp() {
    const store = await open();
    const keys = await seedWorkedBook(store, NOW);
    const folder = newFolder();
    const store1 = (over: Partial<StoreEvidenceOptions> = {}) =>
      storeEvidence({
        db: store.db,
        folder,
        bytes: BYTES,
        mediaType: 'audio/wav',
        name: 'call-1.wav',
        kind: 'recording',
        accountId: keys.get('A-1') as number,
        activityId: null,
        actor: 'li.na',
        now: NOW,
        ...over,
      });
    return { store, keys, folder, store1 };
  }

  const evidenceEvents = (store: Store) =>
    store.db.selectFrom('events').selectAll().where('kind', '=', 'evidence.store').orderBy('id').execute();

  it('stores the bytes under their hash, a row, a link and an event naming the hash', async () => {
    const { store, keys, folder, store1 } = await setUp();
    const stored = await store1();
    const sha = sha256Hex(BYTES);
    // cn keeps recordings at least 2 years: from 29 November 2026 (Shanghai) to 29 November 2028.
    expect(stored).toEqual({ sha256: sha, size: BYTES.length, retainUntil: '2028-11-29' });
    const path = evidencePath(folder, sha);
    expect(path).toBe(join(folder, 'sha256', sha.slice(0, 2), sha.slice(2, 4), sha));
    expect(new Uint8Array(readFileSync(path))).toEqual(BYTES);
    expect(await store.db.selectFrom('evidence_files').selectAll().execute()).toEqual([
      {
        sha256: sha,
        size: BYTES.length,
        media_type: 'audio/wav',
        name: 'call-1.wav',
        kind: 'recording',
        stored_by: 'li.na',
        stored_at: NOW.toISOString(),
        retain_until: '2028-11-29',
        purged_at: null,
        purged_by: null,
      },
    ]);
    const links = await store.db.selectFrom('evidence_links').select(['sha256', 'account_id', 'activity_id']).execute();
    expect(links.map((l) => ({ ...l, account_id: Number(l.account_id) }))).toEqual([
      { sha256: sha, account_id: keys.get('A-1'), activity_id: null },
    ]);
    const [event] = await evidenceEvents(store);
    expect(event?.actor).toBe('li.na');
    expect(Number(event?.account_id)).toBe(keys.get('A-1'));
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ sha256: sha, file: 'new', linked: true, pack: 'cn' });
    expect(event?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is idempotent for the same bytes, and links them to a further activity with one more event', async () => {
    const { store, keys, store1 } = await setUp();
    await store1();
    await store1({ name: 'copy.wav' });
    expect(await evidenceEvents(store)).toHaveLength(1);
    const logged = await logActivity({
      store,
      accountId: 'A-1',
      by: ['li.na'],
      channel: 'phone',
      outcome: 'promise',
      now: NOW,
    });
    await store1({ activityId: logged.activity_id });
    await store1({ activityId: logged.activity_id });
    expect(await store.db.selectFrom('evidence_files').select('sha256').execute()).toHaveLength(1);
    expect(await store.db.selectFrom('evidence_links').select('activity_id').orderBy('id').execute()).toEqual([
      { activity_id: null },
      { activity_id: logged.activity_id },
    ]);
    const events = await evidenceEvents(store);
    expect(events.map((e) => JSON.parse(e.payload))).toMatchObject([
      { file: 'new', linked: true, activity_id: null },
      { file: 'existing', linked: true, activity_id: logged.activity_id },
    ]);
    expect(keys.size).toBeGreaterThan(0);
  });

  it('keeps a file as long as the longest pack that stored it', async () => {
    const { store, keys, store1 } = await setUp();
    await store1();
    await store.db.updateTable('portfolios').set({ compliance_pack: 'us-regf' }).execute();
    const again = await store1({ accountId: keys.get('A-2') as number });
    // us-regf keeps records 3 years (12 CFR 1006.100).
    expect(again.retainUntil).toBe('2029-11-29');
    const [, second] = await evidenceEvents(store);
    expect(JSON.parse(second?.payload ?? '{}')).toMatchObject({
      retain_until: '2029-11-29',
      retain_until_before: '2028-11-29',
      pack: 'us-regf',
    });
  });

  it('refuses what it cannot store, writing nothing', async () => {
    const { store, keys, store1 } = await setUp();
    expect(await refusal(store1({ bytes: new Uint8Array() }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(store1({ mediaType: 'wav' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(store1({ name: ' ' }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await refusal(store1({ kind: 'selfie' as 'photo' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('recording, photo, letter, notice, document'),
    });
    expect(await refusal(store1({ accountId: 999_999 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(store1({ activityId: 'act-none' }))).toMatchObject({ code: 'NOT_FOUND' });
    const other = await logActivity({
      store,
      accountId: 'A-2',
      by: ['li.na'],
      channel: 'phone',
      outcome: 'no_answer',
      now: NOW,
    });
    expect(await refusal(store1({ activityId: other.activity_id }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not an activity of account A-1'),
    });
    expect(await store.db.selectFrom('evidence_files').select('sha256').execute()).toEqual([]);
    expect(await store.db.selectFrom('evidence_links').select('id').execute()).toEqual([]);
    expect(keys.get('A-2')).toBeDefined();
  });

  it('finds its folder beside the SQLite file unless DUNWELL_EVIDENCE_DIR says where', async () => {
    const { store } = await setUp();
    expect(evidenceFolder(store, { DUNWELL_EVIDENCE_DIR: '/srv/evidence' })).toBe('/srv/evidence');
    if (store.engine === 'sqlite') expect(evidenceFolder(store, {})).toBe(join(store.location, '..', 'evidence'));
    else expect(evidenceFolder(store, {})).toBe(join(process.cwd(), 'data', 'evidence'));
  });
});
