import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { seedAccounts } from '../../test/support/seed-accounts.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/open-database.js';

const cli = runCli;

describe.each(testEngines)('dunwell CLI on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
    const store = openStore(db);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedAccounts(store, [
      {
        account_id: 'LN-1',
        late_fee: 5_000,
        installments: [
          { no: 1, due_on: '2026-01-31', principal: 100_000, interest: 1_000 },
          { no: 2, due_on: '2026-02-28', principal: 100_000, interest: 1_000 },
        ],
        payments: [{ payment_id: 'P1', paid_at: '2026-01-30T09:00:00+08:00', amount: 101_000 }],
      },
      { account_id: 'LN-2', installments: [{ no: 1, due_on: '2026-01-31', principal: 50_000 }] },
    ]);
    await store.close();
  });
  afterAll(async () => drop());

  it('runs the cycle and prints each step with counts and time as JSON', async () => {
    const r = await cli(db, 'cycle', '--as-of', '2026-03-10', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.as_of).toBe('2026-03-10');
    expect(report.steps.map((s: { name: string }) => s.name)).toEqual([
      'payments',
      'ledger',
      'age',
      'promises',
      'restrictions',
      'features',
      'strategy',
      'gate',
      'odds',
      'queue',
      'outbox',
      'snapshot',
    ]);
    for (const s of report.steps) expect(typeof s.ms).toBe('number');
    expect(report.steps[1].counts).toMatchObject({ accounts: 2, payments_posted: 1 });
  });

  it('shows an account with balances by component, instalments and entries', async () => {
    const r = await cli(db, 'account', 'show', 'LN-1', '--json');
    expect(r.code).toBe(0);
    const view = JSON.parse(r.out);
    expect(Object.keys(view)).toEqual(
      expect.arrayContaining([
        'account_id',
        'status',
        'dpd',
        'bucket',
        'stage',
        'outstanding',
        'past_due',
        'unapplied_credit',
        'installments',
        'entries',
      ]),
    );
    expect(view).toMatchObject({ account_id: 'LN-1', dpd: 10, bucket: 'M1', stage: 'early', unapplied_credit: '0.00' });
    expect(view.installments[0]).toEqual({
      installment_no: 1,
      due_on: '2026-01-31',
      accrued_penalty: '0.00',
      accrued_from: null,
      plan: null,
      cleared: { principal: '0.00', interest: '0.00', fee: '0.00', penalty: '0.00', late_fee: '0.00', total: '0.00' },
      due: {
        principal: '1000.00',
        interest: '10.00',
        fee: '0.00',
        penalty: '0.00',
        late_fee: '0.00',
        total: '1010.00',
      },
      paid: {
        principal: '1000.00',
        interest: '10.00',
        fee: '0.00',
        penalty: '0.00',
        late_fee: '0.00',
        total: '1010.00',
      },
    });
    expect(view.outstanding.total).toBe(view.past_due.total);
    expect(view.entries.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['charge', 'payment', 'allocation', 'late_fee']),
    );
    // Penalty interest accrues daily and is posted by period: March's is still accruing on 2026-03-10.
    expect(view.installments[1]).toMatchObject({ installment_no: 2, accrued_from: '2026-03-01' });
    expect(Number(view.installments[1].accrued_penalty)).toBeGreaterThan(0);
  });

  it('reports ageing per bucket as a table, JSON and CSV', async () => {
    const json = JSON.parse((await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--json')).out);
    expect(json.rows.map((r: { bucket: string; accounts: number }) => [r.bucket, r.accounts])).toEqual([
      ['M1', 1],
      ['M2', 1],
    ]);
    const csv = (await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--csv')).out.split('\n');
    expect(csv[0]).toBe('bucket,currency,accounts,outstanding,past_due');
    expect(csv).toHaveLength(3);
    const table = await cli(db, 'report', 'aging', '--as-of', '2026-03-10');
    expect(table.out).toMatch(/M2\s+1\s+/);
    const missing = await cli(db, 'report', 'aging', '--as-of', '2026-03-09');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/has not run for 2026-03-09/);
  });

  it('puts an account on hold only from the first open day, and the cycle accrues nothing while held', async () => {
    expect((await cli(db, 'user', 'add', 'mia', '--name', 'Mia', '--role', 'manager')).code).toBe(0);
    const by = ['--by', 'mia'];
    const early = await cli(db, 'account', 'hold', 'LN-2', '--from', '2026-03-01', '--reason', 'dispute', ...by);
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/closed through 2026-03-10/);
    expect((await cli(db, 'account', 'hold', 'LN-2', '--from', '2026-03-11', '--reason', 'dispute', ...by)).code).toBe(
      0,
    );
    expect((await cli(db, 'cycle', '--as-of', '2026-03-15')).code).toBe(0);
    // Penalty accrued before the hold is posted when it starts (through 2026-03-10); none for held days.
    const view = JSON.parse((await cli(db, 'account', 'show', 'LN-2', '--json')).out);
    type Entry = { kind: string; posted_on: string; accrued_from: string | null; accrued_to: string | null };
    const penalties = (entries: Entry[]) =>
      entries.filter((e) => e.kind === 'penalty').map((e) => [e.posted_on, e.accrued_from, e.accrued_to]);
    expect(penalties(view.entries).filter(([posted]) => (posted ?? '') > '2026-03-10')).toEqual([
      ['2026-03-11', '2026-03-01', '2026-03-10'],
    ]);
    expect(view.installments[0].accrued_penalty).toBe('0.00');
    expect((await cli(db, 'account', 'release', 'LN-2', '--last-day', '2026-03-16', ...by)).code).toBe(0);
    await cli(db, 'cycle', '--as-of', '2026-03-18');
    const after = JSON.parse((await cli(db, 'account', 'show', 'LN-2', '--json')).out);
    expect(penalties(after.entries)).toEqual(penalties(view.entries));
    // Accruing again from the first day after the hold.
    expect(after.installments[0].accrued_from).toBe('2026-03-17');
    expect(Number(after.installments[0].accrued_penalty)).toBeGreaterThan(0);
  });

  it('exits 2 with usage for unknown commands and options', async () => {
    expect((await cli(db, 'frobnicate')).code).toBe(2);
    const bad = await cli(db, 'cycle', '--as-off', '2026-01-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/as-off/);
    expect((await cli(db, 'account', 'show', 'NOPE')).code).toBe(1);
  });

  it('refuses every impossible date on the command line as a usage error naming the option', async () => {
    const cases: [string[], string][] = [
      [['cycle', '--as-of', '2026-02-30'], '--as-of "2026-02-30"'],
      [['account', 'show', 'LN-1', '--as-of', '2026-13-01'], '--as-of "2026-13-01"'],
      [['account', 'hold', 'LN-1', '--from', '2026-04-31', '--reason', 'x'], '--from "2026-04-31"'],
      [['account', 'hold', 'LN-1', '--from', '2026-04-01', '--to', '26-5-1', '--reason', 'x'], '--to "26-5-1"'],
      [['account', 'release', 'LN-1', '--last-day', 'tomorrow'], '--last-day "tomorrow"'],
      [['report', 'aging', '--as-of', '2026-02-29'], '--as-of "2026-02-29"'],
      [['demo', '--as-of', '2026-00-10'], '--as-of "2026-00-10"'],
    ];
    for (const [args, named] of cases) {
      const r = await cli(db, ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toContain(`${named} is not a valid date (YYYY-MM-DD)`);
    }
  });

  it('says a portfolio does not exist instead of printing an empty ageing table', async () => {
    const r = await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--portfolio', 'nosuch');
    expect(r.code).toBe(1);
    expect(r.err).toBe('dunwell report aging: there is no portfolio "nosuch" (see dunwell portfolio list)');
    const known = await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--portfolio', 'test', '--json');
    expect(known.code).toBe(0);
    expect(JSON.parse(known.out).portfolio).toBe('test');
  });

  it('groups thousands in the tables people read, never in --json or --csv', async () => {
    const table = (await cli(db, 'report', 'aging', '--as-of', '2026-03-10')).out;
    const json = JSON.parse((await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--json')).out);
    const total: string = json.totals[0].outstanding;
    expect(total).toMatch(/^\d{4,}\.\d{2}$/);
    const grouped = total.replace(/\B(?=(\d{3})+\.)/g, ',');
    expect(table).toMatch(new RegExp(`total\\s+2\\s+${grouped.replace('.', '\\.')}`));
    const csv = (await cli(db, 'report', 'aging', '--as-of', '2026-03-10', '--csv')).out.split('\n');
    for (const line of csv.slice(1)) expect(line.split(',')).toHaveLength(5);
    const show = (await cli(db, 'account', 'show', 'LN-1')).out;
    expect(show).toMatch(/outstanding \d,\d{3}\.\d{2} \(principal 1,000\.00,/);
  });
});

describe.each(testEngines)('dunwell portfolio on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
  });
  afterAll(async () => drop());

  it('sets and lists whether a portfolio allows annual rates above 100 %', async () => {
    const set = await cli(db, 'portfolio', 'set', 'payday', '--allow-rates-above-one', 'yes', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.out)).toMatchObject({ portfolio_id: 'payday', allow_rates_above_one: true });
    expect((await cli(db, 'portfolio', 'set', 'other')).code).toBe(0);
    const list = JSON.parse((await cli(db, 'portfolio', 'list', '--json')).out);
    expect(
      list.map((p: { portfolio_id: string; allow_rates_above_one: boolean }) => [
        p.portfolio_id,
        p.allow_rates_above_one,
      ]),
    ).toEqual([
      ['other', false],
      ['payday', true],
    ]);
    expect((await cli(db, 'portfolio', 'list')).out).toContain(
      'payday: 0 accounts, time zone Asia/Shanghai\n  buckets M0=0',
    );
    expect((await cli(db, 'portfolio', 'list')).out).toMatch(/payday[\s\S]*annual rates above 100 %: allowed/);
    expect((await cli(db, 'portfolio', 'set', 'payday', '--allow-rates-above-one', 'no', '--json')).out).toContain(
      '"allow_rates_above_one":false',
    );
    const maybe = await cli(db, 'portfolio', 'set', 'payday', '--allow-rates-above-one', 'maybe');
    expect(maybe.code).toBe(2);
    expect(maybe.err).toContain('--allow-rates-above-one takes yes or no, not "maybe"');
  });

  it('refuses ladders that do not ascend from 0 within 36,500 days with unique names, and unknown zones (exit 2)', async () => {
    const refused: [string[], RegExp][] = [
      [['--buckets', 'M0=0,M2=31,M1=1'], /rungs must ascend strictly/],
      [['--buckets', 'M1=1,M2=31'], /first rung must start at 0/],
      [['--buckets', 'M0=0,M1=1,M1=31'], /M1 appears twice/],
      [['--buckets', 'M0=0,M1=36501'], /from 0 to 36,500/],
      [['--buckets', 'M0=0,M1=-1'], /is not NAME=MIN_DPD/],
      [['--stages', 'current=0,late=10,early=20'], /life cycle/],
      [['--stages', 'current=0,soon=1'], /"soon" is not a stage/],
      [['--time-zone', 'Mars/Olympus'], /not an IANA time zone/],
      [['--time-zone', '+08:00'], /not an IANA time zone/],
    ];
    for (const [options, reason] of refused) {
      const r = await cli(db, 'portfolio', 'set', 'p', ...options);
      expect(r.code, options.join(' ')).toBe(2);
      expect(r.err, options.join(' ')).toMatch(reason);
    }
    const names = JSON.parse((await cli(db, 'portfolio', 'list', '--json')).out).map(
      (p: { portfolio_id: string }) => p.portfolio_id,
    );
    expect(names).not.toContain('p');
    const ok = await cli(db, 'portfolio', 'set', 'p', '--buckets', 'M0=0,M1=1,MX=36500', '--time-zone', 'Etc/GMT-8');
    expect(ok.code).toBe(0);
  });
});
