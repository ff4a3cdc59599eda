import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { runCli } from '../../test/support/run-cli.js';
import { bucketFor } from '../domain/ageing/ageing.js';
import { daysBetween, toDay } from '../domain/calendar/calendar.js';
import type { Store } from '../store/open-database.js';
import { DEMO_KINDS, type DemoOptions, demoAccounts, demoRecords } from './generate-demo.js';
import { type LoadDemoSummary, loadDemo } from './load-demo.js';

const AS_OF = '2026-11-29';
const OPTIONS: DemoOptions = { accounts: 150, seed: 1, asOf: AS_OF };

async function count(
  store: Store,
  table: 'parties' | 'accounts' | 'installments' | 'relations' | 'contact_points' | 'collateral' | 'payments' | 'users',
) {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testEngines)('demo portfolio on $name', (engine) => {
  let store: Store;
  let summary: LoadDemoSummary;
  beforeAll(async () => {
    store = await engine.open();
    summary = await loadDemo({ store, ...OPTIONS, now: () => TEST_NOW, actor: 'test' });
  });
  afterAll(async () => {
    await store.close();
  });

  it('imports every generated record, kind by kind, with no rejection', async () => {
    // loadDemo throws on any rejection; here every generated record must also have arrived.
    const generated = Object.fromEntries(DEMO_KINDS.map((k) => [k, [...demoRecords(OPTIONS, k)].length]));
    expect(summary.imports.map((i) => i.kind)).toEqual([...DEMO_KINDS]);
    for (const i of summary.imports) expect(i.rows, i.kind).toBe(generated[i.kind]);
    expect(await count(store, 'parties')).toBe(generated.parties);
    expect(await count(store, 'accounts')).toBe(150);
    expect(await count(store, 'installments')).toBe(generated.schedules);
    expect(await count(store, 'relations')).toBe(generated.relations);
    expect(await count(store, 'contact_points')).toBe(generated.contacts);
    expect(await count(store, 'collateral')).toBe(generated.collateral);
    expect(await count(store, 'payments')).toBe(generated.payments);
    // The floor comes with the demo, so the queue has people to give work to.
    expect(summary.floor).toEqual({ teams: 4, users: await count(store, 'users') });
    expect(await count(store, 'users')).toBeGreaterThanOrEqual(20);
    // us-consumer is set up first (New York calendar); the importer creates the others with defaults.
    expect([...summary.createdPortfolios].sort()).toEqual(['cards', 'consumer-loans', 'sme-invoices']);
    const zones = await store.db
      .selectFrom('portfolios')
      .select(['portfolio_id', 'time_zone'])
      .orderBy('portfolio_id')
      .execute();
    expect(zones.find((z) => z.portfolio_id === 'us-consumer')?.time_zone).toBe('America/New_York');
    expect(zones.find((z) => z.portfolio_id === 'cards')?.time_zone).toBe('Asia/Shanghai');
  });

  it('runs the cycle to the as-of date: every payment posted, every account with work processed', async () => {
    expect(summary.cycle.asOf).toBe(AS_OF);
    const pending = await store.db.selectFrom('payments').select('payment_id').where('posted_on', 'is', null).execute();
    expect(pending).toEqual([]);
    // Every portfolio is closed through the as-of date, and every account is aged as of it: an account the
    // cycle did not need to touch has nothing past due.
    const portfolios = await store.db.selectFrom('portfolios').select(['portfolio_id', 'closed_through']).execute();
    expect(portfolios.every((p) => p.closed_through === AS_OF)).toBe(true);
    const accounts = await store.db
      .selectFrom('accounts')
      .select(['account_id', 'oldest_unpaid_due_on', 'dpd', 'replay_from'])
      .execute();
    const misaged = accounts.filter((a) => {
      const owing = a.oldest_unpaid_due_on !== null && a.oldest_unpaid_due_on < AS_OF;
      return (
        a.replay_from !== null || (owing ? a.dpd !== daysBetween(AS_OF, a.oldest_unpaid_due_on as string) : a.dpd !== 0)
      );
    });
    expect(misaged).toEqual([]);
  });

  it('ends lived-in: most accounts current, a tail spread over the later buckets', async () => {
    const rows = await store.db
      .selectFrom('accounts')
      .select(['bucket', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('bucket')
      .execute();
    const buckets = new Map(rows.map((r) => [r.bucket, Number(r.n)]));
    const current = buckets.get('M0') ?? 0;
    expect(current).toBeGreaterThan(150 * 0.55);
    expect(current).toBeLessThan(150 * 0.92);
    const tail = [...buckets.keys()].filter((b) => b !== 'M0');
    expect(tail.length).toBeGreaterThanOrEqual(4);
    expect(buckets.get('M7+') ?? 0).toBeGreaterThan(0);
  });

  it('matches each customer’s own view: the DPD the payments aimed at is the DPD the cycle computed', async () => {
    const rows = await store.db.selectFrom('accounts').select(['account_id', 'dpd', 'bucket']).execute();
    const byId = new Map(rows.map((r) => [r.account_id, r]));
    const asOfDay = toDay(AS_OF);
    const differ: string[] = [];
    for (const account of demoAccounts(OPTIONS)) {
      const predicted = account.history().mirror.dpdOn(asOfDay);
      const stored = byId.get(account.accountId);
      if (stored?.dpd !== predicted || stored.bucket !== bucketFor(predicted)) {
        differ.push(`${account.accountId} (${account.archetype}): cycle ${stored?.dpd}, expected ${predicted}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('refuses to load into a database that already holds accounts', async () => {
    const again = loadDemo({ store, ...OPTIONS, seed: 2, now: () => TEST_NOW, actor: 'test' });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(again).rejects.toThrow(/already holds 150 accounts/);
    expect(await count(store, 'accounts')).toBe(150);
  });
});

const cli = runCli;

describe.each(testEngines)('dunwell demo on $name', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ location: db, drop } = await engine.location());
  });
  afterAll(async () => drop());

  it('refuses bad options with a usage error', async () => {
    expect((await cli(db, 'demo', '--accounts', '0')).code).toBe(2);
    expect((await cli(db, 'demo', '--seed', 'abc')).code).toBe(2);
    expect((await cli(db, 'demo', '--as-of', '2026-02-30')).code).toBe(2);
    expect((await cli(db, 'demo', '--bogus')).code).toBe(2);
  });

  it('loads, runs the cycle (as of today in Shanghai by default) and reports both as JSON', async () => {
    const r = await cli(db, 'demo', '--accounts', '40', '--seed', '3', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ accounts: 40, seed: 3, as_of: '2026-11-29' });
    expect(report.imported.accounts).toBe(40);
    expect(Object.keys(report.imported)).toEqual([...DEMO_KINDS]);
    expect(report.cycle.steps.map((s: { name: string }) => s.name)).toContain('ledger');
    const agedAccounts = report.aging.totals.reduce((n: number, t: { accounts: number }) => n + t.accounts, 0);
    expect(agedAccounts).toBe(40);
  });

  it('prints a readable summary and will not load a second demo over the first', async () => {
    const r = await cli(db, 'demo', '--accounts', '40');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already holds 40 accounts/);
  });
});

describe('dunwell demo output', () => {
  it('names what it loaded and shows the ageing table', async () => {
    const engine = testEngines[0];
    if (!engine) return;
    const { location, drop } = await engine.location();
    try {
      const r = await cli(location, 'demo', '--accounts', '25', '--as-of', '2026-06-30');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/demo portfolio: 25 accounts, seed 1, as of 2026-06-30/);
      expect(r.out).toMatch(/imported \d+ parties, 25 accounts, \d+ schedules/);
      expect(r.out).toMatch(/cycle as of 2026-06-30/);
      expect(r.out).toMatch(/Ageing as of 2026-06-30 \(CNY\)/);
    } finally {
      await drop();
    }
  });
});
