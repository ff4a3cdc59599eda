/**
 * Tampering with the audit chain, the activities it vouches for or the evidence, by raw SQL and by
 * touching the evidence folder, as someone with access to the database and the disk would: each kind is
 * detected, and names the first event that no longer verifies.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/verify-audit.js';
import { appendEvent, appendEvents } from '../src/event/append-event.js';
import { eventHash } from '../src/event/event-hash.js';
import { evidencePath } from '../src/evidence/evidence-file.js';
import { openStore, type Store } from '../src/store/open-database.js';
import { type AuditBook, dropAppendOnlyTriggers, seedAuditBook } from './support/audit-book.js';
import { freshStores, TEST_NOW, testEngines } from './support/engines.js';

const books: AuditBook[] = [];
afterEach(() => {
  for (const b of books.splice(0)) b.dispose();
});

describe.each(testEngines)('audit verify on $name', (engine) => {
  const open = freshStores(engine);

  async function setUp() {
    const store = await open();
    const book = await seedAuditBook(store);
    books.push(book);
    const verify = () => verifyAudit({ store, folder: book.folder, pageSize: 7 });
    const ids = (await store.db.selectFrom('events').select('id').orderBy('id').execute()).map((r) => Number(r.id));
    await dropAppendOnlyTriggers(store);
    return { store, book, verify, ids, last: ids.at(-1) as number };
  }

  const eventId = async (store: Store, kind: string, subject: string) => {
    const rows = await store.db.selectFrom('events').select(['id', 'payload']).where('kind', '=', kind).execute();
    return Number(rows.find((r) => r.payload.includes(subject))?.id);
  };

  it('finds an untouched book whole: every event, activity and file verifies', async () => {
    const { store, verify, ids, last } = await setUp();
    const report = await verify();
    expect(report).toMatchObject({ ok: true, events: ids.length, files: 2, first_bad_seq: null, problems: [] });
    // Dense ids from 1, every one chained, the head on the last.
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
    const head = await store.db.selectFrom('audit_head').selectAll().executeTakeFirst();
    expect(report.head).toEqual({ last_id: last, last_hash: head?.last_hash });
    expect(report.activities).toEqual({ checked: 2, before_chain: 0 });
  });

  const FIELD_EDITS: [string, (s: Store, id: number) => Promise<unknown>][] = [
    [
      'occurred_at',
      (s, id) => sql`UPDATE events SET occurred_at = '2026-11-28T02:00:00.000Z' WHERE id = ${id}`.execute(s.db),
    ],
    ['actor', (s, id) => sql`UPDATE events SET actor = 'someone.else' WHERE id = ${id}`.execute(s.db)],
    ['kind', (s, id) => sql`UPDATE events SET kind = 'user.remove' WHERE id = ${id}`.execute(s.db)],
    ['account_id', (s, id) => sql`UPDATE events SET account_id = 424242 WHERE id = ${id}`.execute(s.db)],
    ['payload', (s, id) => sql`UPDATE events SET payload = '{"forged":true}' WHERE id = ${id}`.execute(s.db)],
    ['prev_hash', (s, id) => sql`UPDATE events SET prev_hash = ${'f'.repeat(64)} WHERE id = ${id}`.execute(s.db)],
    ['hash', (s, id) => sql`UPDATE events SET hash = ${'e'.repeat(64)} WHERE id = ${id}`.execute(s.db)],
  ];

  it.each(FIELD_EDITS)('detects an edited %s and names the event', async (_field, edit) => {
    const { store, verify } = await setUp();
    await edit(store, 4);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.first_bad_seq).toBe(4);
    expect(report.problems.map((p) => p.code)).toContain('event_changed');
  });

  it('detects a deleted event in the middle, at the start and at the end', async () => {
    const middle = await setUp();
    await sql`DELETE FROM events WHERE id = 5`.execute(middle.store.db);
    const m = await middle.verify();
    expect(m).toMatchObject({ ok: false, first_bad_seq: 6 });
    expect(m.problems[0]).toMatchObject({ code: 'event_unlinked', seq: 6 });
    expect(m.problems[0]?.reason.en).toContain('events 5–5 between them were deleted');

    const first = await setUp();
    await sql`DELETE FROM events WHERE id = 1`.execute(first.store.db);
    expect(await first.verify()).toMatchObject({ ok: false, first_bad_seq: 2 });

    const end = await setUp();
    await sql`DELETE FROM events WHERE id = ${end.last}`.execute(end.store.db);
    const e = await end.verify();
    expect(e).toMatchObject({ ok: false, first_bad_seq: end.last });
    expect(e.problems.map((p) => p.code)).toEqual(['head_mismatch']);
  });

  it('detects two events whose contents were swapped (a reordering)', async () => {
    const { store, verify } = await setUp();
    const [a, b] = await store.db.selectFrom('events').selectAll().where('id', 'in', [3, 6]).orderBy('id').execute();
    if (!a || !b) throw new Error('seeded events missing');
    const put = (id: number, r: typeof a) =>
      sql`UPDATE events SET occurred_at = ${r.occurred_at}, actor = ${r.actor}, kind = ${r.kind}, account_id = ${r.account_id},
        payload = ${r.payload}, prev_hash = ${r.prev_hash}, hash = ${r.hash} WHERE id = ${id}`.execute(store.db);
    await put(3, b);
    await put(6, a);
    const report = await verify();
    expect(report).toMatchObject({ ok: false, first_bad_seq: 3 });
    expect(report.problems.filter((p) => p.code === 'event_changed').map((p) => p.seq)).toEqual([3, 6]);
  });

  it('detects a forged event appended without a hash, and one chained correctly onto the last', async () => {
    const bare = await setUp();
    const forged = bare.last + 1;
    await sql`INSERT INTO events (id, occurred_at, actor, kind, account_id, payload, prev_hash, hash)
      VALUES (${forged}, '2026-11-29T03:00:00.000Z', 'li.na', 'promise.cancel', NULL, '{}', NULL, NULL)`.execute(
      bare.store.db,
    );
    const b = await bare.verify();
    expect(b).toMatchObject({ ok: false, first_bad_seq: forged });
    expect(b.problems.map((p) => p.code)).toEqual(['event_unchained', 'head_mismatch']);

    // A forger who knows the scheme chains a row onto the last; only the head (which they did not move) says so.
    const chained = await setUp();
    const last = await chained.store.db
      .selectFrom('events')
      .select('hash')
      .where('id', '=', chained.last)
      .executeTakeFirstOrThrow();
    const row = {
      id: chained.last + 1,
      occurred_at: '2026-11-29T03:00:00.000Z',
      actor: 'li.na',
      kind: 'promise.cancel',
      account_id: null,
      payload: '{}',
    };
    const hash = eventHash(row, last.hash ?? '');
    await sql`INSERT INTO events (id, occurred_at, actor, kind, account_id, payload, prev_hash, hash)
      VALUES (${row.id}, ${row.occurred_at}, ${row.actor}, ${row.kind}, NULL, ${row.payload}, ${last.hash}, ${hash})`.execute(
      chained.store.db,
    );
    const c = await chained.verify();
    expect(c).toMatchObject({ ok: false, first_bad_seq: chained.last + 1 });
    expect(c.problems.map((p) => p.code)).toEqual(['head_mismatch']);
  });

  it('detects an activity edited, deleted or added behind the chain', async () => {
    const edited = await setUp();
    await sql`UPDATE activities SET outcome = 'refused' WHERE activity_id = ${edited.book.calls[0]}`.execute(
      edited.store.db,
    );
    const e = await edited.verify();
    const recorded = await eventId(edited.store, 'activity.record', edited.book.calls[0] as string);
    expect(e).toMatchObject({ ok: false, first_bad_seq: recorded });
    expect(e.problems).toEqual([expect.objectContaining({ code: 'record_changed', subject: edited.book.calls[0] })]);

    const deleted = await setUp();
    await sql`DELETE FROM activities WHERE activity_id = ${deleted.book.calls[1]}`.execute(deleted.store.db);
    const d = await deleted.verify();
    expect(d.problems).toEqual([expect.objectContaining({ code: 'record_missing', subject: deleted.book.calls[1] })]);

    const added = await setUp();
    await sql`INSERT INTO activities (activity_id, account_id, party_id, channel, direction, contact_point, staff,
        started_at, ended_at, occurred_on, outcome, excuse, note, evidence, work_item_id, message_id, source, created_at)
      SELECT 'act-forged', account_id, party_id, channel, direction, contact_point, staff, started_at, ended_at,
        occurred_on, 'paid', excuse, note, evidence, work_item_id, message_id, source, created_at
      FROM activities WHERE activity_id = ${added.book.calls[0]}`.execute(added.store.db);
    const a = await added.verify();
    expect(a.ok).toBe(false);
    expect(a.problems).toEqual([expect.objectContaining({ code: 'record_unchained', subject: 'act-forged' })]);
  });

  it('detects an evidence file edited, replaced by bytes of the same size, or deleted', async () => {
    const edited = await setUp();
    writeFileSync(evidencePath(edited.book.folder, edited.book.recording), 'not the recording');
    const e = await edited.verify();
    const stored = await eventId(edited.store, 'evidence.store', edited.book.recording);
    expect(e).toMatchObject({ ok: false, first_bad_seq: stored });
    expect(e.problems).toEqual([
      expect.objectContaining({ code: 'evidence_file_changed', subject: edited.book.recording }),
    ]);

    const replaced = await setUp();
    const path = evidencePath(replaced.book.folder, replaced.book.photo);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(path);
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const r = await replaced.verify();
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'evidence_file_changed', subject: replaced.book.photo }),
    ]);

    const removed = await setUp();
    rmSync(evidencePath(removed.book.folder, removed.book.recording));
    const m = await removed.verify();
    expect(m.problems).toEqual([
      expect.objectContaining({ code: 'evidence_file_missing', subject: removed.book.recording }),
    ]);
  });

  it('detects an evidence row deleted, edited or forged, and a link deleted', async () => {
    const deleted = await setUp();
    await sql`DELETE FROM evidence_files WHERE sha256 = ${deleted.book.photo}`.execute(deleted.store.db);
    const d = await deleted.verify();
    const stored = await eventId(deleted.store, 'evidence.store', deleted.book.photo);
    expect(d).toMatchObject({ ok: false, first_bad_seq: stored });
    expect(d.problems).toEqual([
      expect.objectContaining({ code: 'evidence_row_missing', subject: deleted.book.photo }),
    ]);

    // Shortening the retention so that the file could be purged early.
    const shortened = await setUp();
    await sql`UPDATE evidence_files SET retain_until = '2026-11-01' WHERE sha256 = ${shortened.book.recording}`.execute(
      shortened.store.db,
    );
    const s = await shortened.verify();
    expect(s.problems).toEqual([
      expect.objectContaining({ code: 'evidence_row_changed', subject: shortened.book.recording }),
    ]);
    expect(s.problems[0]?.reason.en).toContain('retain_until');

    const forged = await setUp();
    const fake = 'a'.repeat(64);
    await sql`INSERT INTO evidence_files (sha256, size, media_type, name, kind, stored_by, stored_at, retain_until)
      VALUES (${fake}, 10, 'audio/wav', 'fake.wav', 'recording', 'li.na', '2026-11-29T02:00:00.000Z', '2028-11-29')`.execute(
      forged.store.db,
    );
    const f = await forged.verify();
    expect(f.problems).toEqual([expect.objectContaining({ code: 'evidence_row_unchained', subject: fake })]);

    const unlinked = await setUp();
    await sql`DELETE FROM evidence_links WHERE sha256 = ${unlinked.book.recording}`.execute(unlinked.store.db);
    const u = await unlinked.verify();
    expect(u.problems).toEqual([
      expect.objectContaining({ code: 'evidence_row_missing', subject: unlinked.book.recording }),
    ]);
  });

  it('seals what an older database holds when the chain starts, and finds it changed afterwards', async () => {
    // Rows as a database from before migration 008's chain left them: events without hashes, an activity.
    const store = await open();
    for (const kind of ['import.accounts', 'portfolio.update', 'user.add']) {
      await sql`INSERT INTO events (occurred_at, actor, kind, account_id, payload, prev_hash, hash)
        VALUES ('2026-06-01T00:00:00.000Z', 'ops', ${kind}, NULL, '{}', NULL, NULL)`.execute(store.db);
    }
    await sql`INSERT INTO activities (activity_id, account_id, party_id, channel, direction, contact_point, staff,
        started_at, ended_at, occurred_on, outcome, excuse, note, evidence, work_item_id, message_id, source, created_at)
      VALUES ('act-old', 1, NULL, 'phone', 'outbound', NULL, 'li.na', '2026-06-01T02:00:00.000Z', NULL, '2026-06-01',
        'no_answer', NULL, NULL, NULL, NULL, NULL, 'desk', '2026-06-01T02:00:00.000Z')`.execute(store.db);
    const book = await seedAuditBook(store);
    books.push(book);
    const first = await store.db
      .selectFrom('events')
      .select(['id', 'prev_hash'])
      .where('hash', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(Number(first.id)).toBe(4);
    expect(first.prev_hash).not.toBe('0'.repeat(64));
    const report = await verifyAudit({ store, folder: book.folder });
    expect(report).toMatchObject({ ok: true, problems: [], activities: { checked: 2, before_chain: 1 } });
    expect(report.events).toBeGreaterThan(3);

    await dropAppendOnlyTriggers(store);
    await sql`UPDATE events SET actor = 'nobody' WHERE id = 2`.execute(store.db);
    const changed = await verifyAudit({ store, folder: book.folder });
    expect(changed).toMatchObject({ ok: false, first_bad_seq: 4 });
    expect(changed.problems[0]).toMatchObject({ code: 'event_unlinked', seq: 4 });
  });

  it('refuses to restart a chain whose head was removed', async () => {
    const { store } = await setUp();
    await sql`DELETE FROM audit_head`.execute(store.db);
    await expect(appendEvent(store.db, { kind: 'x.y', actor: 't', now: TEST_NOW, payload: {} })).rejects.toThrow(
      /head is missing while event 1 is chained/,
    );
  });

  // SQLite takes one writer at a time (transactions begin immediate); two connections in one process would
  // only block each other's thread, so this is PostgreSQL's test: the head's row lock orders the writers.
  it.runIf(engine.name === 'postgres')(
    'lets writers on two connections at once each chain onto the other, never onto the same event',
    async () => {
      const { location, drop } = await engine.location();
      const first = openStore(location);
      const { migrate } = await import('../src/store/migrate.js');
      await migrate(first.db, first.engine, TEST_NOW);
      const second = openStore(location);
      try {
        const pause = () => new Promise((r) => setTimeout(r, 3));
        const writer = (store: Store, name: string) =>
          Array.from({ length: 12 }, (_, i) =>
            store.db.transaction().execute(async (trx) => {
              if (i % 2 === 0) await appendEvent(trx, { kind: 'test.one', actor: name, now: TEST_NOW, payload: { i } });
              else {
                await appendEvents(store, trx, [
                  { kind: 'test.many', actor: name, now: TEST_NOW, payload: { i, n: 1 } },
                  { kind: 'test.many', actor: name, now: TEST_NOW, payload: { i, n: 2 } },
                ]);
              }
              // Hold the head a moment, so the other connection's writer has to wait for it.
              await pause();
            }),
          );
        await Promise.all([...writer(first, 'a'), ...writer(second, 'b')]);
        const rows = await first.db.selectFrom('events').select(['id', 'actor']).orderBy('id').execute();
        expect(rows.map((r) => Number(r.id))).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
        expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['a', 'b']));
        expect(await verifyAudit({ store: first, folder: '/nonexistent' })).toMatchObject({ ok: true, events: 36 });
      } finally {
        await first.close();
        await second.close();
        await drop();
      }
    },
  );
});
