/**
 * A small book for the audit tests: the worked book (imports and users, so events from several writers),
 * two logged calls, a recording linked to the first call and a photo for the second account, and a bulk
 * append; plus the raw SQL a tamperer would use, starting with dropping the append-only triggers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { seedWorkedBook } from '../../src/activity/activity-fixtures.js';
import { logActivity } from '../../src/activity/log-activity.js';
import { demoCallRecording } from '../../src/demo/demo-media.js';
import { appendEvents } from '../../src/event/append-event.js';
import { storeEvidence } from '../../src/evidence/store-evidence.js';
import type { Store } from '../../src/store/open-database.js';

export const AUDIT_NOW = new Date('2026-11-29T02:00:00Z');

/** A short recording (a twentieth of a second of the demo's ringing tone): a real WAV file. */
export function toneWav(): Uint8Array {
  return demoCallRecording(0.05);
}

export interface AuditBook {
  folder: string;
  keys: Map<string, number>;
  calls: string[];
  recording: string;
  photo: string;
  dispose: () => void;
}

export async function seedAuditBook(store: Store): Promise<AuditBook> {
  const now = AUDIT_NOW;
  const keys = await seedWorkedBook(store, now);
  const calls: string[] = [];
  for (const accountId of ['A-1', 'A-2']) {
    const logged = await logActivity({
      store,
      accountId,
      by: ['li.na'],
      channel: 'phone',
      outcome: 'promise',
      note: '答应月底前先还一期',
      now,
    });
    calls.push(logged.activity_id);
  }
  const folder = mkdtempSync(join(tmpdir(), 'dunwell-audit-'));
  const recording = await storeEvidence({
    db: store.db,
    folder,
    bytes: toneWav(),
    mediaType: 'audio/wav',
    name: 'call-A-1.wav',
    kind: 'recording',
    accountId: keys.get('A-1') as number,
    activityId: calls[0] ?? null,
    actor: 'li.na',
    now,
  });
  const photo = await storeEvidence({
    db: store.db,
    folder,
    bytes: new TextEncoder().encode('a visit photo stands in here (bytes are bytes to the chain)'),
    mediaType: 'image/png',
    name: 'visit-A-2.png',
    kind: 'photo',
    accountId: keys.get('A-2') as number,
    activityId: null,
    actor: 'wang.wei',
    now,
  });
  await appendEvents(store, store.db, [
    { kind: 'test.bulk', actor: 'cycle', now, accountId: keys.get('A-1') ?? null, payload: { n: 1 } },
    { kind: 'test.bulk', actor: 'cycle', now, accountId: null, payload: { n: 2 } },
    { kind: 'test.bulk', actor: 'cycle', now, accountId: keys.get('A-2') ?? null, payload: { n: 3 } },
  ]);
  return {
    folder,
    keys,
    calls,
    recording: recording.sha256,
    photo: photo.sha256,
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** What a tamperer with database access does first: drop the triggers that refuse UPDATE and DELETE. */
export async function dropAppendOnlyTriggers(store: Store): Promise<void> {
  if (store.engine === 'postgres') {
    await sql`DROP TRIGGER events_append_only ON events`.execute(store.db);
  } else {
    await sql`DROP TRIGGER events_no_update`.execute(store.db);
    await sql`DROP TRIGGER events_no_delete`.execute(store.db);
  }
}
