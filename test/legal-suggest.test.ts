/**
 * `legal suggest` on both engines: the six triggers read from the stored book (limitation clock, collateral,
 * a deceased hold, right-party talks, watch events, excuses), each on its own account, the accounts not
 * weighed (an open case, a time-barred debt) counted apart, the same answer however the book is cut into
 * ranges, and the command's text and JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityRow } from '../src/activity/activity-fixtures.js';
import { account, instalment, runImport } from '../src/import/import-fixtures.js';
import type { ImportKind } from '../src/import/import-kinds.js';
import { LEGAL_SEEDED_AT, seedLegalBook } from '../src/legal/legal-fixtures.js';
import { openLegalCase } from '../src/legal/open-legal-case.js';
import { suggestLegalCases } from '../src/legal/suggest-legal-cases.js';
import { migrate } from '../src/store/migrate.js';
import { openStore, type Store } from '../src/store/open-database.js';
import { TEST_NOW, testEngines } from './support/engines.js';
import { runCli } from './support/run-cli.js';

const now = new Date('2026-11-29T03:00:00Z');

async function ok(store: Store, kind: ImportKind, rows: Record<string, string>[]) {
  const report = await runImport(store, kind, rows, { allOrNothing: true, now: LEGAL_SEEDED_AT });
  if (report.rejected.length > 0) throw new Error(`${kind}: ${JSON.stringify(report.rejected)}`);
}

/** Accounts beside the legal book's, imported before its cycle runs. */
async function moreAccounts(store: Store): Promise<void> {
  const old = (id: string, due: string) => [
    account({ account_id: id, opened_on: '2023-01-01', principal: '1000.00', cost_cap_rate: '' }),
    instalment({ account_id: id, installment_no: '1', due_on: due, principal: '1000.00', interest: '0.00' }),
  ];
  const recent = (id: string) => [
    account({ account_id: id, principal: '1000.00', cost_cap_rate: '' }),
    instalment({ account_id: id, installment_no: '1', due_on: '2026-09-30', principal: '1000.00', interest: '0.00' }),
  ];
  // O-1: limitation runs out 2026-12-15. B-1: ran out 2026-06-30 (time-barred). T-1: five refusals.
  // W-1: its ownership changed. K-1: hiding, but a case is already open.
  const rows = [old('O-1', '2023-12-15'), old('B-1', '2023-06-30'), recent('T-1'), recent('W-1'), recent('K-1')];
  await ok(
    store,
    'accounts',
    rows.map((r) => r[0] as Record<string, string>),
  );
  await ok(
    store,
    'schedules',
    rows.map((r) => r[1] as Record<string, string>),
  );
}

/** The legal book, and one account per trigger besides (see each line). */
async function seedTriggers(store: Store): Promise<void> {
  await seedLegalBook(store, (s) => moreAccounts(s));
  // N-1: a flat mortgaged, 881 days past due.
  await ok(store, 'collateral', [
    {
      collateral_id: 'COL-1',
      account_id: 'N-1',
      type: 'real_estate',
      description: '浦东新区住宅',
      value: '800000.00',
      valued_on: '2024-01-01',
    },
  ]);
  // L-1: the borrower died.
  const l1 = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', 'L-1')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('account_holds')
    .values({
      account_id: Number(l1.id),
      from_on: '2026-11-10',
      to_on: null,
      reason: '借款人身故 / the borrower died',
      created_at: LEGAL_SEEDED_AT.toISOString(),
      type: 'deceased',
    })
    .execute();
  await ok(store, 'events', [
    {
      event_id: 'EV-W1',
      account_id: 'W-1',
      party_id: '',
      type: 'ownership_change',
      occurred_on: '2026-11-20',
      details: '房产已过户',
      source: 'registry',
    },
  ]);
  const call = (id: string, accountId: string, day: string, outcome: string, excuse = '') =>
    activityRow({
      activity_id: id,
      account_id: accountId,
      party_id: '',
      staff: 'col-1',
      contact_point: '',
      outcome,
      excuse,
      evidence: '',
      note: '',
      started_at: `${day}T10:00:00+08:00`,
      ended_at: '',
    });
  await ok(store, 'activities', [
    ...['2026-10-08', '2026-10-15', '2026-10-22', '2026-11-05', '2026-11-19'].map((d, i) =>
      call(`T${i}`, 'T-1', d, 'refused'),
    ),
    call('R-HIDE', 'R-1', '2026-11-12', 'right_party_contact', 'hiding'),
    call('K-HIDE', 'K-1', '2026-11-12', 'right_party_contact', 'hiding'),
  ]);
  await openLegalCase({ store, accountId: 'K-1', kind: 'lawsuit', by: 'legal-1', actor: 'test', now });
}

describe.each(testEngines)('legal suggest on $name', (engine) => {
  let location: string;
  let drop: () => Promise<void>;
  let store: Store;
  beforeAll(async () => {
    ({ location, drop } = await engine.location());
    store = openStore(location);
    await migrate(store.db, store.engine, TEST_NOW);
    await seedTriggers(store);
  });
  afterAll(async () => {
    await store.close();
    await drop();
  });

  it('finds each trigger on its account, and counts what it did not weigh', async () => {
    const s = await suggestLegalCases({ db: store.db, now });
    const byAccount = Object.fromEntries(s.accounts.map((a) => [a.account_id, a.triggers.map((t) => t.code)]));
    expect(byAccount).toEqual({
      'O-1': ['limitation_near'],
      'N-1': ['secured_long_overdue'],
      'L-1': ['debtor_deceased_or_missing'],
      'T-1': ['no_agreement'],
      'W-1': ['assets_to_freeze'],
      'R-1': ['evasion'],
    });
    expect(s.considered).toBe(8);
    expect(s.suggested).toBe(6);
    expect(s.skipped).toEqual({ not_owed: 0, open_case: 1, time_barred: 1 });
    expect(s.by_trigger).toEqual({
      limitation_near: 1,
      secured_long_overdue: 1,
      debtor_deceased_or_missing: 1,
      no_agreement: 1,
      assets_to_freeze: 1,
      evasion: 1,
    });
    const n1 = s.accounts.find((a) => a.account_id === 'N-1');
    expect(n1).toMatchObject({ route: 'notarized_enforcement', dpd: 881, currency: 'CNY' });
    expect(s.accounts.find((a) => a.account_id === 'O-1')?.triggers[0]?.reason.en).toMatch(
      /runs out on 2026-12-15 \(16 days left\)/,
    );
    // Largest debts first among accounts with as many triggers.
    const owed = s.accounts.map((a) => Number(a.outstanding));
    expect(owed).toEqual([...owed].sort((a, b) => b - a));
  });

  it('gives the same answer however the book is cut into ranges, and for one account alone', async () => {
    const whole = await suggestLegalCases({ db: store.db, now });
    const pieces = await suggestLegalCases({ db: store.db, now, rangeSize: 2 });
    expect({ ...pieces, ms: 0 }).toEqual({ ...whole, ms: 0 });
    const one = await suggestLegalCases({ db: store.db, now, accountId: 'T-1' });
    expect(one.accounts.map((a) => a.account_id)).toEqual(['T-1']);
    expect(one.considered).toBe(1);
    const limited = await suggestLegalCases({ db: store.db, now, limit: 2 });
    expect(limited.accounts).toHaveLength(2);
    expect(limited.suggested).toBe(6);
  });

  it('prints the suggestions as text and JSON', async () => {
    const text = await runCli(location, 'legal', 'suggest', '--limit', '3');
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines[0]).toMatch(
      /^6 of 8 past-due accounts meet a lawsuit trigger 符合起诉考量情形 \(not weighed: 1 open case, 1 time barred\)/,
    );
    expect(text.out).toMatch(
      /→ notarized enforcement 公证债权文书强制执行: secured loan long overdue 抵押贷款逾期较长/,
    );
    expect(lines.at(-1)).toBe('… 3 more (--limit N, or --json)');
    const json = await runCli(location, 'legal', 'suggest', 'W-1', '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      considered: 1,
      suggested: 1,
      accounts: [{ account_id: 'W-1', route: 'lawsuit', triggers: [{ code: 'assets_to_freeze' }] }],
    });
    expect((await runCli(location, 'legal', 'suggest', 'NOPE')).code).toBe(1);
  });
});
