/** `dunwell arrangement …` end to end: exit codes, the --json shapes, text lines and refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../../test/support/engines.js';
import { runCli as cli } from '../../../test/support/run-cli.js';
import { seedArrangementBook } from '../../arrangement/arrangement-fixtures.js';
import { runCycle } from '../../cycle/run-cycle.js';
import { migrate } from '../../store/migrate.js';
import { openStore } from '../../store/open-database.js';

describe.each(testEngines)('dunwell arrangement on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedArrangementBook(store, ['A-1', 'A-2']);
    await runCycle({ store, asOf: '2026-11-28', now: () => TEST_NOW });
    await store.close();
  });
  afterAll(async () => drop());

  it('proposes a settlement, refuses the proposer as approver, approves it and lists it', async () => {
    const proposed = await cli(
      db,
      'arrangement',
      'propose',
      'A-1',
      '--type',
      'settlement',
      '--amount',
      '2600.00',
      '--pay-by',
      '2026-12-15',
      '--by',
      'col-1',
      '--answers',
      'funds_now=yes,pay_today=no,sole_decider=yes',
      '--at',
      '2026-11-28T16:30:00+08:00',
      '--json',
    );
    expect(proposed.err).toBe('');
    expect(proposed.code).toBe(0);
    const view = JSON.parse(proposed.out);
    expect(view).toMatchObject({
      account_id: 'A-1',
      type: 'settlement',
      status: 'proposed',
      terms: { amount: '2600.00', pay_by: '2026-12-15', waive_rest: true },
      proposed_by: 'col-1',
      proposed_on: '2026-11-28',
      approved_by: null,
      answers: { funds_now: true, pay_today: false, sole_decider: true },
    });
    expect(view.id).toMatch(/^arr_/);

    const own = await cli(db, 'arrangement', 'approve', view.id, '--by', 'col-1');
    expect(own.code).not.toBe(0);
    expect(own.err).toMatch(/four eyes/);
    const approved = await cli(
      db,
      'arrangement',
      'approve',
      view.id,
      '--by',
      view.required_role === 'team_lead' ? 'lead-1' : 'mgr-1',
    );
    expect(approved.code).toBe(0);
    expect(approved.out).toMatch(
      new RegExp(`${view.id} A-1 settlement approved: CNY 2600.00 by 2026-12-15, rest waived`),
    );

    const listed = await cli(db, 'arrangement', 'list', 'A-1', '--json');
    const { arrangements } = JSON.parse(listed.out);
    expect(arrangements).toHaveLength(1);
    expect(Object.keys(arrangements[0])).toEqual(
      expect.arrayContaining(['id', 'account_id', 'type', 'status', 'terms', 'proposed_by', 'approved_by']),
    );
    expect(arrangements[0]).toMatchObject({ status: 'approved', approved_by: 'mgr-1' });
  });

  it('proposes a plan and rejects it with a reason; bad input names the field', async () => {
    const plan = await cli(
      db,
      'arrangement',
      'propose',
      'A-2',
      '--type',
      'plan',
      '--installments',
      '4',
      '--first-due',
      '2026-12-20',
      '--every',
      '2weeks',
      '--by',
      'col-1',
      '--answers',
      'funds_now=no,pay_today=no,sole_decider=yes',
      '--json',
    );
    expect(plan.code).toBe(0);
    const view = JSON.parse(plan.out);
    expect(view.terms.due_dates).toEqual(['2026-12-20', '2027-01-03', '2027-01-17', '2027-01-31']);
    expect(view.required_role).toBe('team_lead');
    const noReason = await cli(db, 'arrangement', 'reject', view.id, '--by', 'lead-1');
    expect(noReason.err).toMatch(/reason/);
    const rejected = await cli(
      db,
      'arrangement',
      'reject',
      view.id,
      '--by',
      'lead-1',
      '--reason',
      '收入证明不足',
      '--json',
    );
    expect(JSON.parse(rejected.out)).toMatchObject({ status: 'rejected', rejected_by: 'lead-1', note: '收入证明不足' });

    const badType = await cli(db, 'arrangement', 'propose', 'A-2', '--type', 'gift', '--by', 'col-1');
    expect(badType.err).toMatch(/type: "gift" is not one of settlement/);
    const badEvery = await cli(
      db,
      'arrangement',
      'propose',
      'A-2',
      '--type',
      'plan',
      '--every',
      'day',
      '--by',
      'col-1',
    );
    expect(badEvery.err).toMatch(/--every takes month, week, 2weeks/);
    const auditorless = await cli(db, 'arrangement', 'list', 'NOPE');
    expect(auditorless.err).toMatch(/no account with account_id "NOPE"/);
  });
});
