/**
 * The limitation clocks of stored accounts, on both engines: the last contract instalment's due date, the
 * payments, the arrangements agreed and the legal events, read set-based and judged by the portfolio's
 * pack and its holiday calendar.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { limitationClocks, limitationClocksInRange } from '../src/legal/limitation-clocks.js';
import type { Store } from '../src/store/open-database.js';
import { testEngines } from './support/engines.js';
import { seedAccounts } from './support/seed-accounts.js';

const TODAY = '2026-11-29';
const STAMP = '2026-01-01T00:00:00.000Z';

async function idOf(store: Store, accountId: string): Promise<number> {
  const row = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

async function legalEvent(store: Store, accountId: number, type: string, on: string, n: number) {
  await store.db
    .insertInto('legal_events')
    .values({
      event_id: `lev_test_${n}`,
      account_id: accountId,
      type,
      occurred_on: on,
      method: null,
      activity_id: null,
      evidence: null,
      note: null,
      recorded_by: 'test',
      created_at: STAMP,
    })
    .execute();
}

async function arrangement(store: Store, accountId: number, status: string, decidedOn: string | null, n: number) {
  await store.db
    .insertInto('arrangements')
    .values({
      arrangement_id: `arr_test_${n}`,
      account_id: accountId,
      type: 'plan',
      status,
      terms: '{}',
      answers: null,
      required_role: null,
      proposed_by: 'test',
      proposed_at: STAMP,
      proposed_on: '2023-02-20',
      decided_by: decidedOn === null ? null : 'lead',
      decided_at: decidedOn === null ? null : `${decidedOn}T02:00:00.000Z`,
      decided_on: decidedOn,
      effective_on: null,
      closed_on: null,
      note: null,
      created_at: STAMP,
      updated_at: STAMP,
    })
    .execute();
}

describe.each(testEngines)('limitation clocks on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('reads payments, legal events and agreed plans, and judges each account by the cn pack', async () => {
    await seedAccounts(store, [
      {
        account_id: 'RESTARTED',
        opened_on: '2020-06-30',
        installments: [
          { no: 1, due_on: '2021-05-31', principal: 100_000 },
          { no: 2, due_on: '2021-06-30', principal: 100_000 },
        ],
        payments: [{ payment_id: 'P-1', paid_at: '2022-01-10T10:00:00+08:00', amount: 10_000 }],
      },
      {
        account_id: 'BARRED',
        opened_on: '2018-01-10',
        installments: [{ no: 1, due_on: '2019-01-10', principal: 50_000 }],
      },
      {
        account_id: 'PLANNED',
        opened_on: '2019-03-31',
        installments: [{ no: 1, due_on: '2020-03-31', principal: 80_000 }],
      },
      { account_id: 'NOTHING-DUE', installments: [] },
    ]);
    const restarted = await idOf(store, 'RESTARTED');
    const barred = await idOf(store, 'BARRED');
    const planned = await idOf(store, 'PLANNED');
    const nothing = await idOf(store, 'NOTHING-DUE');
    await legalEvent(store, restarted, 'demand_delivered', '2023-05-10', 1);
    // 29 February 2024 + 3 years: 28 February 2027, a Sunday, so Monday 1 March.
    await legalEvent(store, restarted, 'acknowledgement', '2024-02-29', 2);
    // Recorded for a later day than today: not yet part of the clock.
    await legalEvent(store, barred, 'acknowledgement', '2026-12-01', 3);
    await arrangement(store, planned, 'active', '2023-03-01', 4);
    await arrangement(store, planned, 'cancelled', '2023-03-20', 5);
    await arrangement(store, planned, 'proposed', null, 6);

    const clocks = await limitationClocks(store.db, [restarted, barred, planned, nothing, 999_999], TODAY);
    expect([...clocks.keys()].sort()).toEqual([restarted, barred, planned].sort());
    const r = clocks.get(restarted);
    expect(r).toMatchObject({ pack: 'cn', expiresOn: '2027-03-01', timeBarred: false, waived: false, daysLeft: 92 });
    expect(r?.restartedBy.map((s) => [s.type, s.on, s.expiresOn])).toEqual([
      ['payment', '2022-01-10', '2025-01-10'],
      ['demand_delivered', '2023-05-10', '2026-05-11'],
      ['acknowledgement', '2024-02-29', '2027-03-01'],
    ]);
    expect(clocks.get(barred)).toMatchObject({ expiresOn: '2022-01-10', timeBarred: true, restartedBy: [] });
    // The plan was agreed on 2023-03-01 (inside the period that ended 2023-03-31): 2026-03-01 is a Sunday.
    expect(clocks.get(planned)).toMatchObject({ expiresOn: '2026-03-02', timeBarred: true });
    expect(clocks.get(planned)?.restartedBy.map((s) => s.type)).toEqual(['plan_agreed']);

    const inRange = await limitationClocksInRange(store.db, { from: restarted, to: barred }, TODAY);
    expect(inRange.get(restarted)?.expiresOn).toBe('2027-03-01');
    expect(inRange.has(planned)).toBe(planned >= restarted && planned <= barred);
  });

  it('a payment after expiry waives the defence; a portfolio on the uk-conc pack counts 6 years', async () => {
    await seedAccounts(store, [
      {
        account_id: 'WAIVED',
        opened_on: '2018-01-10',
        installments: [{ no: 1, due_on: '2019-01-10', principal: 50_000 }],
        payments: [{ payment_id: 'P-9', paid_at: '2023-03-01T10:00:00+08:00', amount: 1_000 }],
      },
      {
        account_id: 'LONDON',
        portfolio: 'uk',
        opened_on: '2018-01-10',
        installments: [{ no: 1, due_on: '2019-01-10', principal: 50_000 }],
      },
    ]);
    await store.db
      .updateTable('portfolios')
      .set({ compliance_pack: 'uk-conc' })
      .where('portfolio_id', '=', 'uk')
      .execute();
    const clocks = await limitationClocks(store.db, [await idOf(store, 'WAIVED'), await idOf(store, 'LONDON')], TODAY);
    expect(clocks.get(await idOf(store, 'WAIVED'))).toMatchObject({
      waived: true,
      expiresOn: '2026-03-02',
      timeBarred: true,
    });
    expect(clocks.get(await idOf(store, 'LONDON'))).toMatchObject({ pack: 'uk-conc', expiresOn: '2025-01-10' });
  });

  it('reads many accounts in a few statements', async () => {
    await seedAccounts(
      store,
      Array.from({ length: 30 }, (_, n) => ({
        account_id: `M-${n}`,
        opened_on: '2023-01-01',
        installments: [{ no: 1, due_on: '2024-01-15', principal: 1_000 }],
      })),
    );
    const ids = (await store.db.selectFrom('accounts').select('id').execute()).map((r) => Number(r.id));
    const clocks = await limitationClocks(store.db, [...ids, ...ids], TODAY);
    expect(clocks.size).toBe(30);
    for (const c of clocks.values()) expect(c).toMatchObject({ expiresOn: '2027-01-15', daysLeft: 47 });
  });
});
