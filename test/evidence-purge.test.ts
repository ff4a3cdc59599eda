/**
 * Retention and purge on both engines: a file is purged only once its last day kept has ended (read at
 * UTC−12), the row stays marked and the purge is an event, verify accepts the purged file, and bytes
 * stored again after a purge are restored.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { evidencePath } from '../src/evidence/evidence-file.js';
import { purgeEvidence } from '../src/evidence/purge-evidence.js';
import { storeEvidence } from '../src/evidence/store-evidence.js';
import { addUser } from '../src/user/add-user.js';
import { AUDIT_NOW, type AuditBook, seedAuditBook, toneWav } from './support/audit-book.js';
import { freshStores, testEngines } from './support/engines.js';
import { refusal } from './support/refusal.js';

const books: AuditBook[] = [];
afterEach(() => {
  for (const b of books.splice(0)) b.dispose();
});

describe.each(testEngines)('evidence purge on $name', (engine) => {
  const open = freshStores(engine);

  async function setUp() {
    const store = await open();
    const book = await seedAuditBook(store);
    books.push(book);
    await addUser({ db: store.db, userId: 'root', name: '管理员', role: 'admin', actor: 'test', now: AUDIT_NOW });
    const purge = (now: string, over: { before?: string; files?: string[] } = {}) =>
      purgeEvidence({ store, folder: book.folder, by: 'root', now: new Date(now), ...over });
    return { store, book, purge };
  }

  it('keeps everything through the last day kept, everywhere, and purges the day after', async () => {
    const { store, book, purge } = await setUp();
    // Both files are kept until 2028-11-29 (cn: 2 years). At 11:59 UTC on the 30th it is still the 29th at UTC−12.
    expect(await purge('2028-11-30T11:59:00Z')).toEqual({ today: '2028-11-29', purged: [] });
    expect(await refusal(purge('2028-11-30T11:59:00Z', { files: [book.recording] }))).toEqual({
      code: 'FORBIDDEN',
      message: expect.stringContaining(`evidence ${book.recording} must be kept until 2028-11-29`),
    });
    const done = await purge('2028-11-30T12:00:00Z');
    expect(done.today).toBe('2028-11-30');
    expect(done.purged.map((p) => p.sha256).sort()).toEqual([book.recording, book.photo].sort());
    expect(done.purged.every((p) => p.bytes_deleted)).toBe(true);
    expect(existsSync(evidencePath(book.folder, book.recording))).toBe(false);
    const rows = await store.db.selectFrom('evidence_files').select(['purged_at', 'purged_by']).execute();
    expect(rows).toEqual([
      { purged_at: '2028-11-30T12:00:00.000Z', purged_by: 'root' },
      { purged_at: '2028-11-30T12:00:00.000Z', purged_by: 'root' },
    ]);
    const events = await store.db
      .selectFrom('events')
      .select(['actor', 'payload'])
      .where('kind', '=', 'evidence.purge')
      .execute();
    expect(events.map((e) => [e.actor, JSON.parse(e.payload).today])).toEqual([
      ['root', '2028-11-30'],
      ['root', '2028-11-30'],
    ]);
    // The purged files verify as purged; the activities and the rest of the chain as before.
    expect(await verifyAudit({ store, folder: book.folder })).toMatchObject({ ok: true, files: 2, problems: [] });
    expect(await purge('2028-12-01T12:00:00Z')).toMatchObject({ purged: [] });
  });

  it('purges only what --before names, and never with a --before after today', async () => {
    const { book, purge, store } = await setUp();
    await storeEvidence({
      db: store.db,
      folder: book.folder,
      bytes: new TextEncoder().encode('a signed notice, stored a year later'),
      mediaType: 'application/pdf',
      name: 'notice.pdf',
      kind: 'notice',
      accountId: book.keys.get('A-1') as number,
      activityId: null,
      actor: 'li.na',
      now: new Date('2027-11-29T02:00:00Z'),
    });
    expect(await refusal(purge('2029-06-01T12:00:00Z', { before: '2029-06-02' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('--before 2029-06-02 is after today (2029-06-01'),
    });
    const first = await purge('2029-12-31T12:00:00Z', { before: '2029-01-01' });
    expect(first.purged).toHaveLength(2);
    const second = await purge('2029-12-31T12:00:00Z');
    expect(second.purged.map((p) => p.retain_until)).toEqual(['2029-11-29']);
  });

  it('restores bytes stored again after their purge, with a new retention, and the chain agrees', async () => {
    const { store, book, purge } = await setUp();
    await purge('2029-01-01T12:00:00Z');
    const again = await storeEvidence({
      db: store.db,
      folder: book.folder,
      bytes: toneWav(),
      mediaType: 'audio/wav',
      name: 'call-A-1.wav',
      kind: 'recording',
      accountId: book.keys.get('A-1') as number,
      activityId: book.calls[0] ?? null,
      actor: 'li.na',
      now: new Date('2029-01-02T02:00:00Z'),
    });
    expect(again).toMatchObject({ sha256: book.recording, retainUntil: '2031-01-02' });
    expect(existsSync(evidencePath(book.folder, book.recording))).toBe(true);
    const report = await verifyAudit({ store, folder: book.folder });
    expect(report).toMatchObject({ ok: true, problems: [] });
  });

  it('lets only an administrator purge', async () => {
    const { store, book } = await setUp();
    expect(
      await refusal(
        purgeEvidence({ store, folder: book.folder, by: 'qian.audit', now: new Date('2030-01-01T00:00:00Z') }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('may purge evidence') });
  });
});
