import { afterEach, describe, expect, it } from 'vitest';
import { TEST_NOW, testEngines } from '../../test/support/engines.js';
import { addPayment, seedAccounts } from '../../test/support/seed-accounts.js';
import { runCycle } from '../cycle/run-cycle.js';
import type { Store } from '../store/open-database.js';
import { configurePortfolio, parseLadder, parsePaydays } from './configure-portfolio.js';
import { listPortfolios } from './list-portfolios.js';

describe('ladder specs', () => {
  it('parses NAME=MIN_DPD lists and refuses bad ones with the reason', () => {
    expect(parseLadder('M0=0, M1=1,M2=31', 'buckets')).toEqual([
      { name: 'M0', minDpd: 0 },
      { name: 'M1', minDpd: 1 },
      { name: 'M2', minDpd: 31 },
    ]);
    const refused = (spec: string, what: 'buckets' | 'stages') => {
      try {
        if (what === 'buckets') parseLadder(spec, what);
        else parseLadder(spec, what);
      } catch (error) {
        expect(error).toMatchObject({ code: 'INVALID_INPUT' });
        return error instanceof Error ? error.message : '';
      }
      return 'accepted';
    };
    expect(refused('M1=1,M2=31', 'buckets')).toMatch(/start at 0/);
    expect(refused('M0=0,M1', 'buckets')).toMatch(/rung 2/);
    expect(refused('M0=0,M1=-1', 'buckets')).toMatch(/rung 2 "M1=-1" is not NAME=MIN_DPD/);
    expect(refused('M0=0,M2=31,M1=1', 'buckets')).toMatch(/ascend strictly/);
    expect(refused('M0=0,M1=1,M1=31', 'buckets')).toMatch(/M1 appears twice/);
    expect(refused('M0=0,M1=36501', 'buckets')).toMatch(/from 0 to 36,500/);
    expect(refused('M0=0,M1=99999999999', 'buckets')).toMatch(/not NAME=MIN_DPD/);
    expect(refused('current=0,soon=10', 'stages')).toMatch(/"soon" is not a stage/);
    expect(refused('current=0,late=10,early=20', 'stages')).toMatch(/life cycle/);
  });
});

describe.each(testEngines)('portfolio settings on $name', (engine) => {
  let store: Store;
  afterEach(async () => store.close());

  it('re-buckets accounts at once when the ladder changes', async () => {
    store = await engine.open();
    await seedAccounts(store, [
      { account_id: 'L', portfolio: 'p', installments: [{ no: 1, due_on: '2026-01-31', principal: 1_000 }] },
    ]);
    await runCycle({ store, asOf: '2026-03-17', now: () => TEST_NOW }); // DPD 45 → M2
    await configurePortfolio({
      db: store.db,
      portfolioId: 'p',
      buckets: parseLadder('C=0,X1=1,X2=40,X3=100', 'buckets'),
      stages: parseLadder('current=0,early=1,late=40', 'stages'),
      actor: 'test',
      now: TEST_NOW,
    });
    const row = await store.db.selectFrom('accounts').select(['dpd', 'bucket', 'stage']).executeTakeFirstOrThrow();
    expect(row).toEqual({ dpd: 45, bucket: 'X2', stage: 'late' });
    const [view] = await listPortfolios(store.db, 'p');
    expect(view).toMatchObject({ portfolio_id: 'p', time_zone: 'Asia/Shanghai', accounts: 1 });
  });

  it('dates waiting payments by the new time zone and leaves posted ones alone', async () => {
    store = await engine.open();
    await seedAccounts(store, [
      { account_id: 'L', portfolio: 'us', installments: [{ no: 1, due_on: '2026-12-31', principal: 100_000 }] },
    ]);
    // 02:00 on 1 March in Shanghai is still 28 February in New York.
    await addPayment(store, 'L', { payment_id: 'P', paid_at: '2026-03-01T02:00:00+08:00', amount: 100 });
    const set = { db: store.db, portfolioId: 'us', actor: 'test', now: TEST_NOW };
    await configurePortfolio({ ...set, timeZone: 'America/New_York' });
    const p = await store.db.selectFrom('payments').select('value_on').executeTakeFirstOrThrow();
    expect(p.value_on).toBe('2026-02-28');
    for (const zone of ['Mars/Olympus', '+08:00', 'GMT+8', '']) {
      await expect(configurePortfolio({ ...set, timeZone: zone }), zone).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
  });

  it('refuses ladders built without parseLadder too, and keeps the old settings', async () => {
    store = await engine.open();
    const set = { db: store.db, portfolioId: 'p', actor: 'test', now: TEST_NOW };
    await configurePortfolio(set);
    const bad = [
      { name: 'M0', minDpd: 0 },
      { name: 'M1', minDpd: 40_000 },
    ];
    await expect(configurePortfolio({ ...set, buckets: bad })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const [view] = await listPortfolios(store.db, 'p');
    expect(view?.buckets.at(-1)).toEqual({ name: 'M7+', minDpd: 181 });
  });

  it('records whether rates above 100 % are allowed, and who changed what, as an event', async () => {
    store = await engine.open();
    const set = { db: store.db, portfolioId: 'payday', actor: 'cli:alice', now: TEST_NOW };
    expect((await configurePortfolio(set)).allow_rates_above_one).toBe(false);
    expect((await configurePortfolio({ ...set, allowRatesAboveOne: true })).allow_rates_above_one).toBe(true);
    // Left out, it keeps its value.
    expect((await configurePortfolio({ ...set, timeZone: 'Asia/Manila' })).allow_rates_above_one).toBe(true);
    const stored = await store.db
      .selectFrom('portfolios')
      .select('allow_rates_above_one')
      .where('portfolio_id', '=', 'payday')
      .executeTakeFirstOrThrow();
    expect(Number(stored.allow_rates_above_one)).toBe(1);
    const events = await store.db.selectFrom('events').select(['kind', 'actor', 'payload']).orderBy('id').execute();
    expect(events.map((e) => [e.kind, e.actor])).toEqual([
      ['portfolio.create', 'cli:alice'],
      ['portfolio.update', 'cli:alice'],
      ['portfolio.update', 'cli:alice'],
    ]);
    expect(JSON.parse(events[2]?.payload ?? '{}')).toMatchObject({
      time_zone: 'Asia/Manila',
      allow_rates_above_one: true,
      buckets: expect.arrayContaining([{ name: 'M0', minDpd: 0 }]),
    });
  });

  it('keeps paydays (default 5,10,15,28,30), changes them with an event, and refuses bad ones', async () => {
    store = await engine.open();
    const set = { db: store.db, portfolioId: 'p', actor: 'test', now: TEST_NOW };
    expect((await configurePortfolio(set)).paydays).toEqual([5, 10, 15, 28, 30]);
    expect((await configurePortfolio({ ...set, paydays: parsePaydays(' 1, 15,31') })).paydays).toEqual([1, 15, 31]);
    // Left out, they keep their value.
    expect((await configurePortfolio({ ...set, timeZone: 'Asia/Manila' })).paydays).toEqual([1, 15, 31]);
    const stored = await store.db.selectFrom('portfolios').select('paydays').executeTakeFirstOrThrow();
    expect(stored.paydays).toBe('1,15,31');
    const events = await store.db.selectFrom('events').select('payload').orderBy('id').execute();
    expect(JSON.parse(events[1]?.payload ?? '{}')).toMatchObject({ paydays: [1, 15, 31] });
    const refused: [string, RegExp][] = [
      ['10,5', /paydays: days must ascend \(5 follows 10\)/],
      ['5,5', /paydays: 5 appears twice/],
      ['0,5', /paydays: 0 is not a day of the month \(1–31\)/],
      ['5,32', /paydays: 32 is not a day/],
      ['5,,10', /paydays: day 2 "" is not a day of the month/],
      ['5.5', /paydays: day 1 "5.5"/],
      ['', /paydays: day 1 ""/],
    ];
    for (const [spec, reason] of refused) {
      expect(() => parsePaydays(spec), spec).toThrow(reason);
    }
    await expect(configurePortfolio({ ...set, paydays: [] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'paydays: give at least one day of the month',
    });
    await expect(configurePortfolio({ ...set, paydays: [3, 2] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await listPortfolios(store.db, 'p'))[0]?.paydays).toEqual([1, 15, 31]);
  });

  it("joins the caller's transaction: rolled back with it, event and all", async () => {
    store = await engine.open();
    await expect(
      store.db.transaction().execute(async (trx) => {
        await configurePortfolio({ db: trx, portfolioId: 'gone', actor: 'test', now: TEST_NOW });
        throw new Error('the caller changes its mind');
      }),
    ).rejects.toThrow(/changes its mind/);
    expect(await listPortfolios(store.db)).toEqual([]);
    expect(await store.db.selectFrom('events').select('id').execute()).toEqual([]);
  });
});

describe.each(testEngines)('arrangement settings of a portfolio on $name', (engine) => {
  let store: Store;
  afterEach(async () => store.close());

  it('keeps promise grace days, plan breach days and the authority ladder, with defaults and bounds', async () => {
    store = await engine.open();
    const set = (over: Partial<Parameters<typeof configurePortfolio>[0]>) =>
      configurePortfolio({ db: store.db, portfolioId: 'p', actor: 'test', now: TEST_NOW, ...over });
    const created = await set({});
    expect(created).toMatchObject({
      promise_grace_days: 0,
      plan_breach_days: 15,
      authority_text: 'team_lead=10%:6,manager=30%:12,admin=100%:60',
    });
    const changed = await set({
      promiseGraceDays: 2,
      planBreachDays: 10,
      authority: [{ role: 'manager', maxDiscountBp: 2500, maxPlanInstallments: 9 }],
    });
    expect(changed).toMatchObject({ promise_grace_days: 2, plan_breach_days: 10, authority_text: 'manager=25%:9' });
    // A later change of something else keeps them.
    expect(await set({ paydays: [1, 15] })).toMatchObject({ promise_grace_days: 2, authority_text: 'manager=25%:9' });
    await expect(set({ planBreachDays: 0 })).rejects.toThrow(
      /plan breach days: 0 is not a whole number of days from 1/,
    );
    await expect(set({ promiseGraceDays: 61 })).rejects.toThrow(/promise grace days: 61/);
    const [listed] = await listPortfolios(store.db, 'p');
    expect(listed?.authority).toEqual([{ role: 'manager', maxDiscountBp: 2500, maxPlanInstallments: 9 }]);
  });
});
