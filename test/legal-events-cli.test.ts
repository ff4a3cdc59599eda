/**
 * Legal events and the limitation clock through the `dunwell` command on both engines: recording what
 * restarts the clock (who may, what is refused), listing it, and the account's clock with what restarted it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { addDeskUsers } from './support/desk-users.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';
import { seedAccounts } from './support/seed-accounts.js';

describe.each(testEngines)('legal events and the clock through the CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await addDeskUsers(store, TEST_NOW);
    await seedAccounts(store, [
      {
        account_id: 'OLD-1',
        opened_on: '2021-01-15',
        installments: [
          { no: 1, due_on: '2023-11-30', principal: 100_000 },
          { no: 2, due_on: '2023-12-30', principal: 100_000 },
        ],
        payments: [{ payment_id: 'PAY-OLD', paid_at: '2024-03-04T10:00:00+08:00', amount: 5_000 }],
      },
      {
        account_id: 'NEW-1',
        opened_on: '2026-11-01',
        installments: [{ no: 1, due_on: '2026-12-01', principal: 1_000 }],
      },
      { account_id: 'EMPTY-1', opened_on: '2026-11-01', installments: [] },
    ]);
    await store.close();
  });
  afterAll(async () => drop());

  const ok = async (...args: string[]) => {
    const r = await runCli(db, ...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };

  it('records a delivered demand and an acknowledgement; the clock moves with each', async () => {
    const before = await ok('legal', 'clock', 'OLD-1', '--lang', 'en');
    // 30 December 2023 + 3 years: Wednesday 30 December 2026; the payment of 4 March 2024 restarted it to
    // 2027-03-04 (a Thursday; 2027's make-up days are not published, as the clock says).
    expect(before).toMatchObject({
      account_id: 'OLD-1',
      pack: 'cn',
      starts_from: '2023-12-30',
      expires_on: '2027-03-04',
      as_of: '2026-11-29',
      days_left: 95,
      calendar: 'cn',
      calendar_covers: false,
    });
    expect(before.restarted_by).toEqual([
      expect.objectContaining({ type: 'payment', on: '2024-03-04', effect: 'restart', ref: 'PAY-OLD' }),
    ]);

    const demand = await ok(
      'legal',
      'event',
      'add',
      'OLD-1',
      '--type',
      'demand_delivered',
      '--on',
      '2025-06-09',
      '--method',
      'registered_mail',
      '--by',
      'ann',
    );
    expect(demand).toMatchObject({
      account_id: 'OLD-1',
      type: 'demand_delivered',
      on: '2025-06-09',
      method: 'registered_mail',
      recorded_by: 'ann',
      clock: { expires_on: '2028-06-09', time_barred: false, waived: false },
    });
    expect(demand.event_id).toMatch(/^lev_/);
    const ack = await ok(
      'legal',
      'event',
      'add',
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2026-11-20',
      '--method',
      'signed_slip',
      '--by',
      'fay',
      '--note',
      '债务人在催收通知书回执上签字确认欠款',
    );
    expect(ack.clock).toMatchObject({ expires_on: '2029-11-20' });

    const after = await ok('legal', 'clock', 'OLD-1');
    expect(after.expires_on).toBe('2029-11-20');
    expect(after.restarted_by.map((r: { type: string; ref: string }) => [r.type, r.ref])).toEqual([
      ['payment', 'PAY-OLD'],
      ['demand_delivered', demand.event_id],
      ['acknowledgement', ack.event_id],
    ]);
    expect(after.summary).toMatch(/^诉讼时效 3 年，至 2029-11-20 届满/);

    const listed = await ok('legal', 'event', 'list', 'OLD-1');
    expect(listed.map((e: { type: string }) => e.type)).toEqual(['demand_delivered', 'acknowledgement']);
    expect(await ok('legal', 'event', 'list', '--type', 'acknowledgement')).toHaveLength(1);
    expect(await ok('legal', 'event', 'list', '--from', '2026-01-01', '--to', '2026-12-31')).toHaveLength(1);

    const text = await runCli(db, 'legal', 'clock', 'OLD-1', '--lang', 'en', '--as-of', '2030-01-02');
    expect(text.code).toBe(0);
    expect(text.out.split('\n').slice(0, 2)).toEqual([
      'OLD-1 (cn)',
      'The 3-year period ends on 2029-11-20. As of 2030-01-02 the debt is time-barred. The holidays of that year are not published yet, so the last day may still move.',
    ]);
  });

  it('counts from a last due date still to come, and says when there is nothing to count', async () => {
    // 1 December 2029 is a Saturday.
    expect(await ok('legal', 'clock', 'NEW-1')).toMatchObject({ starts_from: '2026-12-01', expires_on: '2029-12-03' });
    expect(await ok('legal', 'clock', 'EMPTY-1', '--lang', 'en')).toEqual({
      account_id: 'EMPTY-1',
      pack: 'cn',
      as_of: '2026-11-29',
      expires_on: null,
      restarted_by: [],
      summary: 'The account has no contract instalments, so there is no limitation period to count.',
    });
  });

  it('refuses what cannot restart the clock, and who may not record it', async () => {
    const refused = async (code: number, message: RegExp, ...args: string[]) => {
      const r = await runCli(db, 'legal', 'event', 'add', ...args);
      expect(r.code, r.out).toBe(code);
      expect(r.err).toMatch(message);
    };
    await refused(
      2,
      /a demand restarts the period only once it reached the debtor; say how it was proven/,
      'OLD-1',
      '--type',
      'demand_delivered',
      '--on',
      '2025-07-01',
      '--by',
      'ann',
    );
    await refused(
      2,
      /type "payment" is not one of demand_delivered, acknowledgement, suit_filed, assignment_notice_delivered \(payments and agreed plans are read from their own records\)/,
      'OLD-1',
      '--type',
      'payment',
      '--on',
      '2025-07-01',
      '--by',
      'ann',
    );
    await refused(
      2,
      /on: 2026-12-05 is after today \(2026-11-29\)/,
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2026-12-05',
      '--by',
      'ann',
    );
    await refused(
      2,
      /on: 2020-05-01 is before account OLD-1 was opened \(2021-01-15\)/,
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2020-05-01',
      '--by',
      'ann',
    );
    await refused(
      1,
      /ann is a collector; only a legal, manager, admin may record a suit_filed event/,
      'OLD-1',
      '--type',
      'suit_filed',
      '--on',
      '2026-11-02',
      '--by',
      'ann',
    );
    await refused(1, /aud is a auditor/, 'OLD-1', '--type', 'acknowledgement', '--on', '2026-11-02', '--by', 'aud');
    await refused(
      1,
      /acknowledgement on 2026-11-20 by signed_slip is already recorded/,
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2026-11-20',
      '--method',
      'signed_slip',
      '--by',
      'tom',
    );
    await refused(
      1,
      /no account with account_id "NOPE"/,
      'NOPE',
      '--type',
      'acknowledgement',
      '--on',
      '2026-11-02',
      '--by',
      'ann',
    );
    await refused(
      1,
      /evidence: no evidence file/,
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2026-11-02',
      '--by',
      'ann',
      '--evidence',
      'a'.repeat(64),
    );
    await refused(
      2,
      /note: the language guard refuses this text/,
      'OLD-1',
      '--type',
      'acknowledgement',
      '--on',
      '2026-11-02',
      '--by',
      'ann',
      '--note',
      '这个老赖不还钱就等着坐牢',
    );
    await refused(2, /--on is required/, 'OLD-1', '--type', 'acknowledgement', '--by', 'ann');
    const list = await runCli(db, 'legal', 'event', 'list', 'OLD-1', '--type', 'payment');
    expect(list.code).toBe(2);
    // Nothing refused was written: the two events of the first test only.
    expect(await ok('legal', 'event', 'list')).toHaveLength(2);
    // As text, in both languages: the event and the clock after it.
    const text = await runCli(
      db,
      'legal',
      'event',
      'add',
      'NEW-1',
      '--type',
      'assignment_notice_delivered',
      '--on',
      '2026-11-28',
      '--method',
      'registered_mail',
      '--by',
      'lee',
    );
    expect(text.code, text.err).toBe(0);
    const [first, second] = text.out.split('\n');
    expect(first).toMatch(
      /^lev_\w+: assignment_notice_delivered 债权转让通知送达 on 2026-11-28 for NEW-1 \(registered_mail\), recorded by lee$/,
    );
    // 2026-11-28 is before NEW-1's last due date (2026-12-01): the period from that date runs later.
    expect(second).toBe('limitation runs to 2029-12-03, 1100 days left / 诉讼时效至 2029-12-03 届满，尚余 1100 天');
  });
});
