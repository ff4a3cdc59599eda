import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../test/support/engines.js';
import { activityRow, seedWorkedBook } from '../activity/activity-fixtures.js';
import { logActivity } from '../activity/log-activity.js';
import type { Store } from '../store/open-database.js';
import { importFile } from './import-file.js';
import { dumpDatabase, FIXTURE_NOW, runImport, tempDir } from './import-fixtures.js';

describe.each(testEngines)('import activities on $name', (engine) => {
  let store: Store;
  let keys: Map<string, number>;
  beforeEach(async () => {
    store = await engine.open();
    keys = await seedWorkedBook(store, FIXTURE_NOW);
  });
  afterEach(async () => {
    await store.close();
  });

  const stored = () => store.db.selectFrom('activities').selectAll().orderBy('activity_id').execute();

  it('records activities through the one writer, with defaults and the business day in the portfolio zone', async () => {
    const report = await runImport(store, 'activities', [
      activityRow(),
      // Blank party: the borrower. Blank direction on a note: internal. Staff who has left: history still imports.
      activityRow({
        activity_id: 'CRM-2',
        party_id: '',
        channel: 'note',
        direction: '',
        contact_point: '',
        staff: 'old.hand',
        started_at: '2026-11-21T16:30:00Z',
        ended_at: '',
        outcome: 'note',
        excuse: '',
        note: '',
        evidence: '',
      }),
      // An automatic reminder the old system sent: `system`, no person.
      activityRow({
        activity_id: 'CRM-3',
        channel: 'sms',
        direction: '',
        staff: 'system',
        outcome: 'delivered',
        ended_at: '',
        excuse: '',
        evidence: ' sms-9 , sms-9,sms-10',
      }),
      activityRow({
        activity_id: 'CRM-4',
        account_id: 'A-2',
        party_id: 'G-1',
        staff: 'wang.wei, zhao.lei',
        channel: 'visit',
      }),
    ]);
    expect(report).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0, rejected: [] });
    const rows = await stored();
    expect(rows[0]).toEqual({
      id: expect.any(Number),
      activity_id: 'CRM-1',
      account_id: keys.get('A-1'),
      party_id: keys.get('P-1'),
      channel: 'phone',
      direction: 'outbound',
      // Sealed at rest (src/privacy), with its masked form.
      contact_point: expect.stringMatching(/^enc:v1:[0-9a-f]{8}:[A-Za-z0-9+/]+=*:\+86 138\*\*\*\*8000$/),
      staff: 'li.na',
      started_at: '2026-11-20T02:05:00.000Z',
      ended_at: '2026-11-20T02:12:30.000Z',
      occurred_on: '2026-11-20',
      outcome: 'promise',
      excuse: 'over_indebted',
      note: '答应月底前先还一期',
      evidence: 'rec-20261120-001',
      work_item_id: null,
      message_id: null,
      source: 'import',
      created_at: FIXTURE_NOW.toISOString(),
      // What only the desk records of a visit.
      visit_type: null,
      recording: null,
      home_consent_by: null,
    });
    // 16:30 UTC on the 21st is 00:30 on the 22nd in Shanghai.
    expect(rows[1]).toMatchObject({
      party_id: keys.get('P-1'),
      direction: 'internal',
      staff: 'old.hand',
      occurred_on: '2026-11-22',
      contact_point: null,
      excuse: null,
      evidence: null,
    });
    expect(rows[2]).toMatchObject({ direction: 'outbound', staff: 'system', evidence: 'sms-9,sms-10' });
    expect(rows[3]).toMatchObject({
      account_id: keys.get('A-2'),
      party_id: keys.get('G-1'),
      staff: 'wang.wei,zhao.lei',
    });
  });

  it('re-importing the same file changes nothing; a recorded activity is never changed', async () => {
    const file = [activityRow(), activityRow({ activity_id: 'CRM-2', outcome: 'no_answer', excuse: '' })];
    await runImport(store, 'activities', file);
    const before = await dumpDatabase(store);
    expect(await runImport(store, 'activities', file)).toMatchObject({ inserted: 0, unchanged: 2, rejected: [] });
    // The same instant with another offset is the same activity; a blank party is the borrower named before.
    const same = await runImport(store, 'activities', [
      activityRow({ started_at: '2026-11-20T02:05:00Z', party_id: '' }),
    ]);
    expect(same).toMatchObject({ unchanged: 1, rejected: [] });
    const changed = await runImport(store, 'activities', [
      activityRow({ outcome: 'refused' }),
      activityRow({ activity_id: 'CRM-2', outcome: 'no_answer', excuse: '', party_id: 'G-1' }),
      activityRow({ account_id: 'A-2', party_id: 'G-1' }),
    ]);
    expect(changed).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
    expect(changed.rejected).toEqual([
      {
        row: 1,
        field: 'outcome',
        reason:
          'activity CRM-1 is already recorded with outcome promise, not refused; a recorded activity is never changed',
      },
      {
        row: 2,
        field: 'party_id',
        reason: 'activity CRM-2 is already recorded with party_id P-1, not G-1; a recorded activity is never changed',
      },
      {
        row: 3,
        field: 'account_id',
        reason: 'activity CRM-1 is already recorded with account_id A-1, not A-2; a recorded activity is never changed',
      },
    ]);
    // An id the desk made is not the import's to repeat.
    const desk = await logActivity({
      store,
      accountId: 'A-1',
      by: ['li.na'],
      channel: 'phone',
      outcome: 'busy',
      now: FIXTURE_NOW,
    });
    const collision = await runImport(store, 'activities', [activityRow({ activity_id: desk.activity_id })]);
    expect(collision.rejected).toEqual([
      {
        row: 1,
        field: 'activity_id',
        reason: `activity ${desk.activity_id} was recorded by the desk, not imported; a recorded activity is never changed (use another activity_id)`,
      },
    ]);
    const after = await dumpDatabase(store);
    expect(after.activities).toHaveLength(3);
    expect(after.activities?.filter((a) => !String(a).includes(desk.activity_id))).toEqual(before.activities);
  });

  it('within one file, a repeated activity id is unchanged when identical and refused when different', async () => {
    const report = await runImport(store, 'activities', [activityRow(), activityRow(), activityRow({ note: 'x' })]);
    expect(report).toMatchObject({ inserted: 1, unchanged: 1 });
    expect(report.rejected).toEqual([expect.objectContaining({ row: 3, field: 'note' })]);
    expect(await stored()).toHaveLength(1);
  });

  it('reports each bad row by row, field and reason and applies the good ones', async () => {
    const report = await runImport(store, 'activities', [
      activityRow({ activity_id: 'B-1', account_id: 'A-9' }),
      activityRow({ activity_id: 'B-2', channel: 'telegram' }),
      activityRow({ activity_id: 'B-3', staff: 'li.na,nobody' }),
      activityRow({ activity_id: 'B-4', started_at: '2026-11-20T10:05:00' }),
      activityRow({ activity_id: 'B-5', started_at: '2026-11-29T08:00:01+08:00', ended_at: '' }),
      activityRow({ activity_id: 'B-6', started_at: '2025-12-31T23:00:00+08:00', ended_at: '' }),
      activityRow({ activity_id: 'B-7', ended_at: '2026-11-20T10:00:00+08:00' }),
      activityRow({ activity_id: 'B-8', account_id: 'A-2', party_id: 'P-1' }),
      activityRow({ activity_id: 'B-9', party_id: 'C-1' }),
      activityRow({ activity_id: 'B-10', excuse: 'dog_ate_it' }),
      activityRow({ activity_id: 'B-11', channel: 'note', direction: '' }),
      activityRow({ activity_id: 'B-12', staff: ' , ' }),
      activityRow({ activity_id: 'OK-1', party_id: 'C-1', outcome: 'third_party', excuse: '' }),
    ]);
    expect(report).toMatchObject({ rows: 13, inserted: 1 });
    expect(report.rejected).toEqual([
      { row: 1, field: 'account_id', reason: 'account A-9 does not exist' },
      {
        row: 2,
        field: 'channel',
        reason: 'channel "telegram" is not one of sms, email, wechat, phone, post, visit, review, note',
      },
      {
        row: 3,
        field: 'staff',
        reason:
          'user nobody does not exist (dunwell user add; someone who has left is kept as a user with --active no)',
      },
      {
        row: 4,
        field: 'started_at',
        reason:
          'started_at "2026-11-20T10:05:00" is not an ISO 8601 instant with an offset (e.g. 2026-03-01T09:30:00+08:00)',
      },
      {
        row: 5,
        field: 'started_at',
        reason:
          'started_at 2026-11-29T00:00:01.000Z is in the future (now is 2026-11-29T00:00:00.000Z); record what has happened',
      },
      {
        row: 6,
        field: 'started_at',
        reason:
          'started_at 2025-12-31T15:00:00.000Z is on 2025-12-31 (Asia/Shanghai), before account A-1 opened on 2026-01-01',
      },
      {
        row: 7,
        field: 'ended_at',
        reason: 'ended_at 2026-11-20T02:00:00.000Z is before the activity started (2026-11-20T02:05:00.000Z)',
      },
      {
        row: 8,
        field: 'party_id',
        reason: 'party P-1 is not linked to account A-2 (its parties: G-1 borrower)',
      },
      {
        row: 9,
        field: 'outcome',
        reason:
          "outcome promise means an obligor was reached, but party C-1 is the account's emergency_contact; record third_party (a contact is never told about the debt)",
      },
      expect.objectContaining({ row: 10, field: 'excuse' }),
      expect.objectContaining({ row: 11, field: 'outcome', reason: expect.stringContaining('internal') }),
      expect.objectContaining({ row: 12, field: 'staff' }),
    ]);
    expect((await stored()).map((a) => a.activity_id)).toEqual(['OK-1']);
  });

  it('all or nothing: one bad row and nothing is applied', async () => {
    const report = await runImport(
      store,
      'activities',
      [activityRow(), activityRow({ activity_id: 'X', staff: 'nobody' })],
      {
        allOrNothing: true,
      },
    );
    expect(report).toMatchObject({ inserted: 0, rejected: [expect.objectContaining({ row: 2, field: 'staff' })] });
    expect(await stored()).toEqual([]);
  });

  it('reads CSV and JSON lines; a phone number must be a JSON string', async () => {
    const dir = tempDir();
    try {
      const csv = dir.file(
        'activities.csv',
        'activity_id,account_id,channel,staff,started_at,outcome,note\n' +
          'CSV-1,A-1,phone,li.na,2026-11-20T10:05:00+08:00,no_answer,"rang twice, ""no answer"""\n',
      );
      expect(await importFile({ store, kind: 'activities', path: csv, now: FIXTURE_NOW })).toMatchObject({
        inserted: 1,
        rejected: [],
      });
      const jsonl = dir.file(
        'activities.jsonl',
        `${JSON.stringify({ ...activityRow({ activity_id: 'J-1' }) })}\n${JSON.stringify({
          ...activityRow({ activity_id: 'J-2' }),
          contact_point: 8613800138000,
        })}\n`,
      );
      const report = await importFile({ store, kind: 'activities', path: jsonl, now: FIXTURE_NOW });
      expect(report).toMatchObject({ inserted: 1 });
      expect(report.rejected).toEqual([expect.objectContaining({ row: 2, field: 'contact_point' })]);
      expect((await stored()).map((a) => [a.activity_id, a.note])).toEqual([
        ['CSV-1', 'rang twice, "no answer"'],
        ['J-1', '答应月底前先还一期'],
      ]);
    } finally {
      dir.remove();
    }
  });
});
