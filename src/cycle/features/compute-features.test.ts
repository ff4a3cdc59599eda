import { describe, expect, it } from 'vitest';
import { freshStores, testEngines } from '../../../test/support/engines.js';
import { type SeedAccount, seedAccounts } from '../../../test/support/seed-accounts.js';
import { arrangementRow, promiseRow } from '../../activity/activity-fixtures.js';
import { type ActivityInput, recordActivities } from '../../activity/record-activities.js';
import { DIRECTIONS, type Direction, OUTCOMES, type Outcome } from '../../domain/activity/activity-codes.js';
import { addDays } from '../../domain/calendar/calendar.js';
import { isContactAttempt, isRightPartyActivity } from '../../domain/features/contact-features.js';
import type { AccountFacts } from '../../domain/strategy/account-facts.js';
import { party, runImport, watchEvent } from '../../import/import-fixtures.js';
import type { Store } from '../../store/open-database.js';
import { runCycle } from '../run-cycle.js';
import { computeFeatures, deriveFeatures } from './compute-features.js';
import { loadAccountFacts } from './load-account-facts.js';
import { loadPaymentOdds, recomputePaymentOdds } from './recompute-payment-odds.js';

const now = () => new Date('2026-11-29T00:00:00Z');

/** Twelve monthly instalments of 1,045.00 due on the 5th, February 2026 to January 2027. */
const monthly = Array.from({ length: 12 }, (_, k) => ({
  no: k + 1,
  due_on: k < 11 ? `2026-${String(k + 2).padStart(2, '0')}-05` : '2027-01-05',
  principal: 100_000,
  interest: 4_500,
}));
const paidOn = (accountId: string, months: readonly number[]) =>
  months.map((m) => ({
    payment_id: `${accountId}-PAY-${m}`,
    paid_at: `2026-${String(m).padStart(2, '0')}-05T10:00:00+08:00`,
    amount: 104_500,
  }));

/**
 * a salaried borrower with a guarantor and a car pledged, paid February to September, then stopped
 *      (55 days past due on 2026-11-29);
 * a trading company's loan with its owner as co-borrower; the owner died on 2026-11-10, the company was
 *      sued in June (outside the 90-day watch window); paid every month, the last on 2026-11-05;
 * opened in November, first instalment due in December: nothing has fallen due yet, no relations.
 */
const BOOK: SeedAccount[] = [
  { account_id: 'A-1', installments: monthly, payments: paidOn('A-1', [2, 3, 4, 5, 6, 7, 8, 9]) },
  { account_id: 'A-2', installments: monthly, payments: paidOn('A-2', [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) },
  {
    account_id: 'A-3',
    opened_on: '2026-11-10',
    installments: [{ no: 1, due_on: '2026-12-05', principal: 50_000, interest: 900 }],
  },
];

async function seedBook(store: Store): Promise<Map<string, number>> {
  await seedAccounts(store, BOOK);
  await runImport(store, 'parties', [
    party({ party_id: 'P-1' }),
    party({ party_id: 'G-1', name: '李强', segment: 'retiree', language: 'zh-CN' }),
    party({
      party_id: 'CO-1',
      kind: 'company',
      name: '东方贸易有限公司',
      segment: '',
      region: '广州',
      language: 'zh-CN',
      birth_date: '',
      occupation: '',
      employer: '',
    }),
    party({ party_id: 'P-2', name: 'Chen Ming', segment: 'small_business', language: 'en', region: '深圳' }),
  ]);
  const relations = await runImport(store, 'relations', [
    { account_id: 'A-1', party_id: 'P-1', role: 'borrower' },
    { account_id: 'A-1', party_id: 'G-1', role: 'guarantor' },
    { account_id: 'A-2', party_id: 'CO-1', role: 'borrower' },
    { account_id: 'A-2', party_id: 'P-2', role: 'co_borrower' },
    // A neighbour to locate the borrower: a third party, it makes no account guaranteed.
    { account_id: 'A-3', party_id: 'G-1', role: 'emergency_contact' },
  ]);
  expect(relations.rejected).toEqual([]);
  const collateral = await runImport(store, 'collateral', [
    {
      collateral_id: 'C-1',
      account_id: 'A-1',
      type: 'vehicle',
      description: '大众轿车',
      value: '60000.00',
      valued_on: '2026-01-01',
    },
    {
      collateral_id: 'C-2',
      account_id: 'A-1',
      type: 'deposit',
      description: '定期存款',
      value: '5000.50',
      valued_on: '2026-01-01',
    },
  ]);
  expect(collateral.rejected).toEqual([]);
  const events = await runImport(store, 'events', [
    watchEvent({ event_id: 'EV-1', account_id: '', party_id: 'P-2', type: 'death', occurred_on: '2026-11-10' }),
    watchEvent({ event_id: 'EV-2', account_id: 'A-2', type: 'litigation', occurred_on: '2026-06-01' }),
    watchEvent({ event_id: 'EV-3', account_id: 'A-2', type: 'address_change', occurred_on: '2026-09-01' }),
  ]);
  expect(events.rejected).toEqual([]);
  const rows = await store.db.selectFrom('accounts').select(['id', 'account_id']).execute();
  return new Map(rows.map((r) => [r.account_id, Number(r.id)]));
}

async function featureRows(store: Store) {
  return store.db.selectFrom('account_features').selectAll().orderBy('account_id').execute();
}

const ALL = { from: 1, to: 1_000 };

describe.each(testEngines)('features on $name', (engine) => {
  const open = freshStores(engine);

  it('computes the facts of realistic accounts and stores them', async () => {
    const store = await open();
    const ids = await seedBook(store);
    await runCycle({ store, asOf: '2026-11-29', now });
    const facts = await computeFeatures({ store, range: ALL, asOf: '2026-11-29' });
    expect(facts.map((f) => f.account_id)).toEqual(['A-1', 'A-2', 'A-3']);
    const [a1, a2, a3] = facts;
    expect(a1).toEqual({
      id: ids.get('A-1'),
      account_id: 'A-1',
      portfolio: 'test',
      product: 'installment_loan',
      currency: 'CNY',
      dpd: 55,
      bucket: 'M2',
      stage: 'mid',
      outstanding: expect.any(Number),
      past_due: expect.any(Number),
      principal_outstanding: 400_000,
      days_since_payment: 85,
      // Nothing paid in the 30 days; in the 90 days the September payment against September to November.
      pay_ratio_30: 0,
      pay_ratio_90: 104_500 / (3 * 104_500),
      max_dpd_12m: 55,
      rpc_30: 0,
      attempts_30: 0,
      days_without_rpc: 55,
      promises_kept: 0,
      promises_broken: 0,
      arrangements_breached: 0,
      has_collateral: true,
      collateral_value: 6_500_050,
      has_guarantor: true,
      has_co_borrower: false,
      customer_type: 'white_collar',
      language: 'zh-CN',
      region: '上海',
      watch: [],
      days_since_watch: null,
      // Three years from the last instalment (2027-01-05) end on Saturday 2030-01-05: Monday the 7th.
      limitation_days_left: 1135,
    });
    expect(a1?.past_due).toBeGreaterThan(2 * 104_500);
    expect(a1?.outstanding).toBeGreaterThanOrEqual(a1?.past_due ?? 0);
    expect(a2).toMatchObject({
      dpd: 0,
      days_since_payment: 24,
      pay_ratio_30: 1,
      pay_ratio_90: 1,
      has_collateral: false,
      collateral_value: 0,
      has_guarantor: false,
      has_co_borrower: true,
      // The company names no segment: it is a company. The owner's death is on it; the June lawsuit is too old.
      customer_type: 'company',
      region: '广州',
      watch: ['address_change', 'death'],
      days_since_watch: 19,
    });
    expect(a3).toMatchObject({
      dpd: 0,
      days_since_payment: null,
      pay_ratio_30: 1,
      pay_ratio_90: 1,
      has_guarantor: false,
      customer_type: 'other',
      language: null,
      watch: [],
    });
    const rows = await featureRows(store);
    expect(rows[0]).toMatchObject({
      account_id: ids.get('A-1'),
      as_of: '2026-11-29',
      bucket: 'M2',
      previous_bucket: null,
      last_payment_on: '2026-09-05',
      paid_30: 0,
      paid_90: 104_500,
      due_30: 104_500,
      due_90: 313_500,
      dpd_peaks: '2026-11:55',
      has_guarantor: 1,
      has_collateral: 1,
      collateral_value: 6_500_050,
      time_zone: 'Asia/Shanghai',
      limitation_expires_on: '2030-01-07',
    });
    expect(rows[1]).toMatchObject({ watch: 'address_change,death', last_watch_on: '2026-11-10', paid_30: 104_500 });
    // The stored rows give back the same facts without recomputing.
    expect(await loadAccountFacts({ db: store.db, asOf: '2026-11-29' })).toEqual(facts);
    expect(
      await loadAccountFacts({ db: store.db, asOf: '2026-11-29', range: { from: 0, to: ids.get('A-1') ?? 0 } }),
    ).toEqual([a1]);
  });

  it('computing a day twice writes the same rows; the next day remembers the bucket and the peaks', async () => {
    const store = await open();
    const ids = await seedBook(store);
    await runCycle({ store, asOf: '2026-11-29', now });
    await computeFeatures({ store, range: ALL, asOf: '2026-11-29' });
    // The strategy step's columns are left alone by the features step.
    await store.db.updateTable('account_features').set({ tier: 'intermediate', segment: 'early' }).execute();
    const first = await featureRows(store);
    await computeFeatures({ store, range: ALL, asOf: '2026-11-29' });
    expect(await featureRows(store)).toEqual(first);

    // December: A-1 rolls from M2 into M3 (oldest unpaid 2026-10-05 is 61 days late on 2026-12-05).
    const asOf = '2026-12-05';
    await runCycle({ store, asOf, now, allowFuture: true });
    await computeFeatures({ store, range: ALL, asOf });
    const next = await featureRows(store);
    const a1 = next.find((r) => Number(r.account_id) === ids.get('A-1'));
    expect(a1).toMatchObject({
      as_of: asOf,
      bucket: 'M3',
      previous_bucket: 'M2',
      dpd_peaks: '2026-11:55,2026-12:61',
      max_dpd_12m: 61,
      tier: 'intermediate',
      segment: 'early',
    });
    await computeFeatures({ store, range: ALL, asOf });
    expect(await featureRows(store)).toEqual(next);
  });

  it('counts right-party contacts and attempts in the 30 days, judged promises and breached arrangements in the year', async () => {
    const store = await open();
    const ids = await seedBook(store);
    await runCycle({ store, asOf: '2026-11-29', now });
    const [a1, a2, a3] = ['A-1', 'A-2', 'A-3'].map((a) => ids.get(a) ?? 0) as [number, number, number];
    const activity = (
      accountId: number,
      occurredOn: string,
      direction: Direction,
      outcome: Outcome,
    ): ActivityInput => ({
      accountId,
      partyId: null,
      channel: direction === 'internal' ? 'note' : 'phone',
      direction,
      contactPoint: null,
      staff: ['li.na'],
      startedAt: `${occurredOn}T02:00:00.000Z`,
      endedAt: null,
      occurredOn,
      outcome,
      excuse: null,
      note: null,
      evidence: [],
      workItemId: null,
      messageId: null,
      source: 'import',
    });
    await store.db.transaction().execute((trx) =>
      recordActivities(
        store,
        trx,
        [
          activity(a1, '2026-11-28', 'outbound', 'no_answer'),
          activity(a1, '2026-11-20', 'outbound', 'promise'),
          // The window is the 30 days ending on as_of: 2026-10-31 is its first day, 2026-10-30 is outside.
          activity(a1, '2026-10-31', 'outbound', 'busy'),
          activity(a1, '2026-10-30', 'outbound', 'busy'),
          // The debtor rang in: a right-party contact, not our attempt.
          activity(a1, '2026-11-25', 'inbound', 'hardship'),
          activity(a1, '2026-11-26', 'internal', 'note'),
          // Reached a third party only: an attempt, no right-party contact.
          activity(a1, '2026-11-27', 'outbound', 'third_party'),
          // Dated after as_of: it has not happened yet on as_of.
          activity(a1, '2026-12-01', 'outbound', 'promise'),
          activity(a1, '2026-08-01', 'outbound', 'right_party_contact'),
          activity(a2, '2026-08-01', 'outbound', 'right_party_contact'),
        ],
        now(),
      ),
    );
    await store.db
      .insertInto('promises')
      .values([
        promiseRow(a1, { promise_id: 'P1', status: 'kept', decided_on: '2026-11-10' }),
        promiseRow(a1, { promise_id: 'P2', status: 'broken', decided_on: '2026-06-01' }),
        // Decided 365 days before as_of: out of the year.
        promiseRow(a1, { promise_id: 'P3', status: 'broken', decided_on: '2025-11-29' }),
        promiseRow(a1, { promise_id: 'P4', status: 'partly_kept', decided_on: '2026-11-01' }),
        promiseRow(a1, { promise_id: 'P5', status: 'pending' }),
        promiseRow(a1, { promise_id: 'P6', status: 'kept', decided_on: '2026-11-30' }),
        promiseRow(a2, { promise_id: 'P7', status: 'broken', decided_on: '2026-11-29' }),
      ])
      .execute();
    await store.db
      .insertInto('arrangements')
      .values([
        arrangementRow(a1, { arrangement_id: 'R1', status: 'breached', closed_on: '2026-09-01' }),
        arrangementRow(a1, { arrangement_id: 'R2', status: 'breached', closed_on: '2025-11-29' }),
        arrangementRow(a1, { arrangement_id: 'R3', status: 'completed', closed_on: '2026-10-01' }),
        arrangementRow(a1, { arrangement_id: 'R4', status: 'active' }),
        arrangementRow(a2, { arrangement_id: 'R5', status: 'breached', closed_on: '2026-11-29' }),
      ])
      .execute();

    const derived = await deriveFeatures({ store, range: ALL, asOf: '2026-11-29' });
    const pick = (f: AccountFacts | undefined) => ({
      rpc_30: f?.rpc_30,
      attempts_30: f?.attempts_30,
      days_without_rpc: f?.days_without_rpc,
      promises_kept: f?.promises_kept,
      promises_broken: f?.promises_broken,
      arrangements_breached: f?.arrangements_breached,
    });
    expect(derived.facts.map(pick)).toEqual([
      {
        rpc_30: 2,
        attempts_30: 4,
        days_without_rpc: 4,
        promises_kept: 1,
        promises_broken: 1,
        arrangements_breached: 1,
      },
      {
        rpc_30: 0,
        attempts_30: 0,
        days_without_rpc: 120,
        promises_kept: 0,
        promises_broken: 1,
        arrangements_breached: 1,
      },
      {
        rpc_30: 0,
        attempts_30: 0,
        days_without_rpc: 0,
        promises_kept: 0,
        promises_broken: 0,
        arrangements_breached: 0,
      },
    ]);
    // The cycle's run stored rows before any of this existed: change, A-3 has nothing new.
    expect(derived.changed.map((r) => r.account_id)).toEqual([a1, a2]);
    await computeFeatures({ store, range: ALL, asOf: '2026-11-29' });
    const rows = await featureRows(store);
    expect(rows.map((r) => [r.rpc_30, r.attempts_30, r.last_rpc_on, r.promises_kept, r.promises_broken])).toEqual([
      [2, 4, '2026-11-25', 1, 1],
      [0, 0, '2026-08-01', 0, 1],
      [0, 0, null, 0, 0],
    ]);
    expect(await loadAccountFacts({ db: store.db, asOf: '2026-11-29' })).toEqual(derived.facts);
    // The same day again: nothing to rewrite.
    expect((await deriveFeatures({ store, range: ALL, asOf: '2026-11-29' })).changed).toEqual([]);

    // Three weeks on, the window has moved: 11-20 has left it, 12-01 has come into it.
    const later = await deriveFeatures({ store, range: { from: a1, to: a3 }, asOf: '2026-12-20' });
    expect(later.rows[0]).toMatchObject({ rpc_30: 2, attempts_30: 3, last_rpc_on: '2026-12-01', promises_kept: 2 });
  });

  it('the database counts every direction and outcome as the domain rules say', async () => {
    const store = await open();
    const ids = await seedBook(store);
    await runCycle({ store, asOf: '2026-11-29', now });
    const [a1, a2] = ['A-1', 'A-2'].map((a) => ids.get(a) ?? 0) as [number, number];
    // one activity of each direction and outcome in the window, on days counting back from as_of;
    // the same, all before the window (only the last right-party contact can come of them).
    const combos = DIRECTIONS.flatMap((direction) => OUTCOMES.map((outcome) => ({ direction, outcome })));
    const activities = combos.flatMap(({ direction, outcome }, n): ActivityInput[] =>
      [
        [a1, addDays('2026-11-29', -(n % 30))],
        [a2, addDays('2026-10-30', -n)],
      ].map(([accountId, day]) => ({
        accountId: Number(accountId),
        partyId: null,
        channel: 'phone',
        direction,
        contactPoint: null,
        staff: ['li.na'],
        startedAt: `${day}T02:00:00.000Z`,
        endedAt: null,
        occurredOn: String(day),
        outcome,
        excuse: null,
        note: null,
        evidence: [],
        workItemId: null,
        messageId: null,
        source: 'import',
      })),
    );
    await store.db.transaction().execute((trx) => recordActivities(store, trx, activities, now()));
    const expected = (accountId: number) => {
      const mine = activities.filter((a) => a.accountId === accountId);
      const inWindow = mine.filter((a) => a.occurredOn > '2026-10-30');
      const reached = mine.filter((a) => isRightPartyActivity(a.direction, a.outcome)).map((a) => a.occurredOn);
      return {
        rpc_30: inWindow.filter((a) => isRightPartyActivity(a.direction, a.outcome)).length,
        attempts_30: inWindow.filter((a) => isContactAttempt(a.direction, a.outcome)).length,
        last_rpc_on: reached.sort().at(-1) ?? null,
      };
    };
    await computeFeatures({ store, range: ALL, asOf: '2026-11-29' });
    const rows = await featureRows(store);
    const counted = (accountId: number) => {
      const r = rows.find((row) => Number(row.account_id) === accountId);
      return { rpc_30: Number(r?.rpc_30), attempts_30: Number(r?.attempts_30), last_rpc_on: r?.last_rpc_on };
    };
    expect(counted(a1)).toEqual(expected(a1));
    expect(counted(a2)).toEqual({ ...expected(a2), rpc_30: 0, attempts_30: 0 });
    // The rules are not vacuous here: both kinds were found, and not every activity is either.
    expect(expected(a1).rpc_30).toBeGreaterThan(0);
    expect(expected(a1).attempts_30).toBeLessThan(combos.length);
  });

  it('works range by range: a range sees only its own accounts', async () => {
    const store = await open();
    const ids = await seedBook(store);
    await runCycle({ store, asOf: '2026-11-29', now });
    const a2 = ids.get('A-2') ?? 0;
    // The cycle already ran the features step over every range; start this day over.
    await store.db.deleteFrom('account_features').execute();
    const facts = await computeFeatures({ store, range: { from: a2, to: a2 }, asOf: '2026-11-29' });
    expect(facts.map((f) => f.account_id)).toEqual(['A-2']);
    expect((await featureRows(store)).map((r) => Number(r.account_id))).toEqual([a2]);
  });

  it('the chance of payment by portfolio, grade and bucket, Laplace-smoothed, rounded half-even', async () => {
    const store = await open();
    await seedBook(store);
    // A card book: B-0 and B-1 paid their November instalment (current); B-2…B-31 paid nothing; of B-32…B-61
    // two paid a tenth of it (still past due, but paying).
    const paid = (n: number) => (n <= 1 ? 10_000 : n === 32 || n === 33 ? 1_000 : 0);
    const cards: SeedAccount[] = Array.from({ length: 62 }, (_, n) => ({
      account_id: `B-${n}`,
      portfolio: 'cards',
      opened_on: '2026-10-01',
      installments: [
        { no: 1, due_on: '2026-11-20', principal: 10_000 },
        { no: 2, due_on: '2026-12-20', principal: 10_000 },
      ],
      payments:
        paid(n) > 0 ? [{ payment_id: `B-PAY-${n}`, paid_at: '2026-11-19T10:00:00+08:00', amount: paid(n) }] : [],
    }));
    await seedAccounts(store, cards);
    await runCycle({ store, asOf: '2026-11-29', now });
    await computeFeatures({ store, range: { from: 1, to: 10_000 }, asOf: '2026-11-29' });
    await store.db.updateTable('accounts').set({ grade: 'good' }).where('portfolio_id', '=', 'cards').execute();
    await store.db
      .updateTable('accounts')
      .set({ grade: 'poor' })
      .where(
        'account_id',
        'in',
        cards.slice(32).map((c) => c.account_id),
      )
      .execute();
    await store.db.updateTable('accounts').set({ grade: 'medium' }).where('account_id', 'in', ['A-1', 'A-2']).execute();
    // A-3 has no grade yet: it is left out.
    const result = await recomputePaymentOdds({ db: store.db, asOf: '2026-11-29' });
    const rows = await store.db
      .selectFrom('payment_odds')
      .selectAll()
      .orderBy('portfolio_id')
      .orderBy('grade')
      .orderBy('bucket')
      .execute();
    const cell = (
      portfolio_id: string,
      grade: string,
      bucket: string,
      accounts: number,
      paying: number,
      p: string,
    ) => ({
      portfolio_id,
      grade,
      bucket,
      as_of: '2026-11-29',
      accounts,
      paying,
      probability: p,
    });
    expect(rows.map((r) => ({ ...r, accounts: Number(r.accounts), paying: Number(r.paying) }))).toEqual([
      cell('cards', 'good', 'M0', 2, 2, '0.7500'),
      // 1/32 = 0.03125: a tie at four places goes to the even digit, down.
      cell('cards', 'good', 'M1', 30, 0, '0.0312'),
      // 3/32 = 0.09375: a tie goes to the even digit, up.
      cell('cards', 'poor', 'M1', 30, 2, '0.0938'),
      cell('test', 'medium', 'M0', 1, 1, '0.6667'),
      cell('test', 'medium', 'M2', 1, 0, '0.3333'),
    ]);
    expect(result.cells).toBe(5);
    const odds = await loadPaymentOdds(store.db);
    expect(odds.get('cards|poor|M1')).toBe(0.0938);
    expect(odds.get('test|medium|M2')).toBe(0.3333);
    // Recomputing replaces the table rather than adding to it.
    await recomputePaymentOdds({ db: store.db, asOf: '2026-11-29' });
    expect((await loadPaymentOdds(store.db)).size).toBe(5);
  });
});
