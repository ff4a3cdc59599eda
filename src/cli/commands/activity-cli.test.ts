/** `dunwell activity log` and `dunwell activity list` end to end: exit codes, text and --json shapes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../../test/support/engines.js';
import { runCli as cli } from '../../../test/support/run-cli.js';
import { seedWorkedBook } from '../../activity/activity-fixtures.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';

describe.each(testEngines)('dunwell activity on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedWorkedBook(store, TEST_NOW);
    await store.close();
  });
  afterAll(async () => drop());

  it('logs a call entered later and lists it back, as text and JSON', async () => {
    const logged = await cli(
      db,
      'activity',
      'log',
      'A-1',
      '--by',
      'li.na',
      '--channel',
      'phone',
      '--outcome',
      'promise',
      '--contact-point',
      '+86 138 0013 8000',
      '--at',
      '2026-11-28T19:05:00+08:00',
      '--excuse',
      'over_indebted',
      '--note',
      '月底前还一期',
      '--evidence',
      'rec-1,rec-2',
      '--json',
    );
    expect(logged).toMatchObject({ code: 0, err: '' });
    const activity = JSON.parse(logged.out);
    expect(activity).toMatchObject({
      account_id: 'A-1',
      party_id: 'P-1',
      channel: 'phone',
      direction: 'outbound',
      staff: ['li.na'],
      started_at: '2026-11-28T11:05:00.000Z',
      occurred_on: '2026-11-28',
      local_time: '19:05',
      outcome: 'promise',
      right_party: true,
      evidence: ['rec-1', 'rec-2'],
      source: 'desk',
    });
    const visit = await cli(
      db,
      'activity',
      'log',
      'A-1',
      '--by',
      'wang.wei,zhao.lei',
      '--channel',
      'visit',
      '--outcome',
      'not_found',
      '--at',
      '2026-11-28T15:00:00+08:00',
      '--visit-type',
      'search',
      '--recording-ref',
      'cam-77',
    );
    expect(visit.code).toBe(0);
    expect(visit.out).toMatch(
      /^A-1: act_\S+ · 2026-11-28 15:00 · visit 外访, we reached out 主动联系 · with P-1 · not found 未找到本人 · by wang\.wei, zhao\.lei · search 查找式上门 visit, recording 录音 cam-77$/,
    );
    const listed = await cli(db, 'activity', 'list', 'A-1', '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual({ activities: [activity, expect.objectContaining({ channel: 'visit' })] });
    const text = await cli(db, 'activity', 'list', 'A-1', '--from', '2026-11-28', '--to', '2026-11-28');
    expect(text.out.split('\n')).toEqual([
      'A-1: 2 activities 条记录',
      expect.stringContaining(
        '· 2026-11-28 19:05 · phone 电话, we reached out 主动联系 · with P-1 (+86 138****8000) · promised to pay 承诺还款 · by li.na · excuse over_indebted · “月底前还一期” · evidence rec-1, rec-2',
      ),
      expect.stringContaining('visit 外访'),
    ]);
  });

  it('account timeline tells the account’s story as JSON and as text', async () => {
    const json = await cli(db, 'account', 'timeline', 'A-1', '--to', '2026-11-28', '--json');
    expect(json.code).toBe(0);
    const timeline = JSON.parse(json.out);
    expect(timeline).toMatchObject({ account_id: 'A-1', time_zone: 'Asia/Shanghai' });
    expect(timeline.entries.map((e: { on: string; at: string; kind: string }) => [e.on, e.at, e.kind])).toEqual([
      ['2026-11-28', '2026-11-28T07:00:00.000Z', 'activity'],
      ['2026-11-28', '2026-11-28T11:05:00.000Z', 'activity'],
    ]);
    expect(timeline.entries[1]).toMatchObject({
      summary: expect.stringContaining('promised to pay 承诺还款'),
      details: expect.objectContaining({ outcome: 'promise', evidence: ['rec-1', 'rec-2'] }),
    });
    const text = await cli(db, 'account', 'timeline', 'A-1', '--from', '2026-11-28', '--to', '2026-11-28');
    expect(text.out.split('\n')).toEqual([
      'A-1 timeline 时间线 · Asia/Shanghai · 2 entries 条',
      expect.stringMatching(/^2026-11-28 15:00 {2}activity {14}visit 外访/),
      expect.stringMatching(/^2026-11-28 19:05 {2}activity {14}phone 电话/),
    ]);
    expect((await cli(db, 'account', 'timeline', 'A-404')).code).toBe(1);
    expect((await cli(db, 'account', 'timeline', 'A-1', '--from', '2026-11-29', '--to', '2026-11-28')).code).toBe(2);
  });

  it('exits 2 on a malformed line or an unacceptable value, 1 when something does not exist', async () => {
    const base = ['activity', 'log', 'A-1', '--by', 'li.na', '--channel', 'phone'];
    const noOutcome = await cli(db, ...base);
    expect(noOutcome.code).toBe(2);
    expect(noOutcome.err).toContain('--outcome is required');
    const noOffset = await cli(db, ...base, '--outcome', 'busy', '--at', '2026-11-28T10:00:00');
    expect(noOffset.code).toBe(2);
    expect(noOffset.err).toContain('is not an ISO 8601 instant with an offset');
    const unknownUser = await cli(
      db,
      'activity',
      'log',
      'A-1',
      '--by',
      'ghost',
      '--channel',
      'phone',
      '--outcome',
      'busy',
    );
    expect(unknownUser.code).toBe(1);
    expect(unknownUser.err).toContain('there is no user "ghost"');
    expect((await cli(db, 'activity', 'list', 'A-404')).code).toBe(1);
    expect((await cli(db, 'activity', 'list', 'A-1', '--from', '2026-02-30')).code).toBe(2);
  });
});
