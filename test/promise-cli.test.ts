/**
 * Promises through the `dunwell` command on both engines: add (text and --json in the list shape), list
 * with its filters, cancel, the cycle judging them, the report, and exit statuses for what is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/migrate.js';
import { openStore } from '../src/store/open-database.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { pay, promiseBook } from './support/promise-book.js';
import { runCli } from './support/run-cli.js';

const LIST_KEYS = ['id', 'account_id', 'amount', 'due_on', 'due_at', 'taken_on', 'taken_by', 'status', 'paid'];

describe.each(testEngines)('promises through the CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await promiseBook(store);
    await pay(store, 'PAY-1', 'A-1', '2026-11-04T12:00:00+08:00', '500.00');
    await store.close();
  });
  afterAll(async () => drop());

  const json = async (...args: string[]) => {
    const r = await runCli(db, ...args, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };

  it('takes promises, lists them, cancels one, and the cycle judges the rest', async () => {
    const kept = await json(
      'promise',
      'add',
      'A-1',
      '--amount',
      '500',
      '--on',
      '2026-11-05',
      '--time',
      '15:00',
      '--by',
      'early-1',
      '--at',
      '2026-11-02T10:00:00+08:00',
    );
    expect(Object.keys(kept)).toEqual(LIST_KEYS);
    expect(kept).toMatchObject({
      account_id: 'A-1',
      amount: '500.00',
      due_on: '2026-11-05',
      due_at: '15:00',
      taken_on: '2026-11-02',
      taken_by: 'early-1',
      status: 'pending',
      paid: '0.00',
    });
    const text = await runCli(
      db,
      'promise',
      'add',
      'A-2',
      '--amount',
      '1200.50',
      '--on',
      '2026-11-05',
      '--by',
      'early-2',
      '--channel',
      'wechat',
      '--at',
      '2026-11-02T11:00:00+08:00',
    );
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(
      /^prm_\S+ A-2 CNY 1,200\.50 due 2026-11-05, taken 2026-11-02 by early-2: pending 待兑现 \(paid 0\.00\)$/,
    );
    const broken = text.out.split(' ')[0] as string;
    const typo = await json('promise', 'add', 'A-3', '--amount', '10', '--on', '2026-11-30', '--by', 'early-1');
    expect(typo.taken_on).toBe('2026-11-29');

    const cancelled = await json('promise', 'cancel', typo.id, '--by', 'early-1', '--reason', 'wrong account');
    expect(cancelled.status).toBe('cancelled');

    const cycle = await json('cycle', '--as-of', '2026-11-06');
    const step = cycle.steps.find((s: { name: string }) => s.name === 'promises');
    expect(step.counts).toMatchObject({ judged: 2, kept: 1, broken: 1 });

    const { promises } = await json('promise', 'list');
    expect(promises.map((p: { id: string; status: string; paid: string }) => [p.id, p.status, p.paid])).toEqual([
      [kept.id, 'kept', '500.00'],
      [broken, 'broken', '0.00'],
      [typo.id, 'cancelled', '0.00'],
    ]);
    for (const p of promises) expect(Object.keys(p)).toEqual(LIST_KEYS);
    expect((await json('promise', 'list', 'A-1')).promises.map((p: { id: string }) => p.id)).toEqual([kept.id]);
    expect((await json('promise', 'list', '--status', 'broken')).promises.map((p: { id: string }) => p.id)).toEqual([
      broken,
    ]);
    const listed = await runCli(db, 'promise', 'list', 'A-1');
    expect(listed.out).toContain('kept 已兑现 (paid 500.00, judged 2026-11-06)');

    const report = await json('report', 'promises', '--from', '2026-11-01', '--to', '2026-11-06');
    expect(report.totals).toMatchObject({ taken: 2, kept: 1, broken: 1, kept_rate: '0.5000' });
    expect(report.collectors.map((c: { collector: string }) => c.collector)).toEqual(['early-1', 'early-2']);
    const printed = await runCli(db, 'report', 'promises', '--from', '2026-11-01', '--to', '2026-11-06');
    expect(printed.code).toBe(0);
    expect(printed.out).toContain('per collector 按催收员');
    expect(printed.out).toMatch(
      /early-1 +1 taken {2}kept 1 {2}partly 0 {2}broken 0 {2}pending 0 {2}kept rate 100\.0 %/,
    );
  });

  it('exits 2 for bad input, 1 for what is not there or not allowed, and says why', async () => {
    const cases: [string[], number, RegExp][] = [
      [['promise', 'add', 'A-4', '--on', '2026-11-30', '--by', 'early-1'], 2, /--amount is required/],
      [['promise', 'add', 'A-4', '--amount', '5', '--by', 'early-1'], 2, /--on is required/],
      [['promise', 'add', 'A-4', '--amount', '5', '--on', '2026-11-31', '--by', 'early-1'], 2, /--on "2026-11-31"/],
      [
        ['promise', 'add', 'A-4', '--amount=-5', '--on', '2026-11-30', '--by', 'early-1'],
        2,
        /amount: amount -5 is negative/,
      ],
      [['promise', 'add', 'A-4', '--amount', '5', '--on', '2026-11-30', '--by', 'audit'], 1, /a promise is taken by/],
      [['promise', 'add', 'NOPE', '--amount', '5', '--on', '2026-11-30', '--by', 'early-1'], 1, /no account/],
      [
        ['promise', 'add', 'A-4', 'A-5', '--amount', '5', '--on', '2026-11-30', '--by', 'early-1'],
        2,
        /unexpected argument/,
      ],
      [['promise', 'list', '--status', 'late'], 2, /status "late" is not one of/],
      [['promise', 'cancel', 'prm_nope', '--by', 'early-1', '--reason', 'x'], 1, /no promise "prm_nope"/],
      [['promise', 'cancel', 'prm_nope', '--by', 'early-1'], 2, /--reason is required/],
    ];
    for (const [args, code, message] of cases) {
      const r = await runCli(db, ...args);
      expect([r.code, r.err], args.join(' ')).toEqual([code, expect.stringMatching(message)]);
    }
  });
});
