/**
 * Arrangements followed through the cycle to their end state on both engines, with the ledger reconciled
 * at every stop: a discount settlement paid in two parts (settled, the rest waived), one left unpaid
 * (breached, nothing waived), a plan that starts, is paid on time and completes, one that is breached, and
 * a debt-for-asset settlement. Also the authority ladder and four eyes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { showAccount } from '../src/account/show-account.js';
import { seedArrangementBook, seedPayment } from '../src/arrangement/arrangement-fixtures.js';
import { decideArrangement } from '../src/arrangement/decide-arrangement.js';
import { listArrangements } from '../src/arrangement/list-arrangements.js';
import { proposeArrangement } from '../src/arrangement/propose-arrangement.js';
import { runCycle } from '../src/cycle/run-cycle.js';
import { activateDemoStrategy } from '../src/demo/activate-demo-strategy.js';
import { isAppError } from '../src/domain/errors.js';
import { runImport, watchEvent } from '../src/import/import-fixtures.js';
import type { Store } from '../src/store/open-database.js';
import { freshStores, testEngines } from './support/engines.js';

const NOW = new Date('2026-11-29T02:00:00Z');
const answers = { funds_now: true, pay_today: false, sole_decider: true };

const cycle = (store: Store, asOf: string) => runCycle({ store, asOf, now: () => NOW, allowFuture: true });

async function refused(code: string, f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (isAppError(e) && e.code === code) return e.message;
    throw e;
  }
  throw new Error(`expected ${code}`);
}

async function reconciled(store: Store, accountId: string) {
  const view = await showAccount({ store, accountId, today: '2026-11-29' });
  expect(view.reconciled).toBe(true);
  return view;
}

async function arrangement(store: Store, accountId: string) {
  const { arrangements } = await listArrangements({ store, accountId });
  expect(arrangements).toHaveLength(1);
  return arrangements[0]!;
}

describe.each(testEngines)('arrangements through the cycle on $name', (engine) => {
  const fresh = freshStores(engine);
  let store: Store;
  beforeEach(async () => {
    store = await fresh();
    await seedArrangementBook(store, ['A-SET', 'A-BREACH', 'A-PLAN', 'A-PLAN-BAD', 'A-ASSET']);
    await cycle(store, '2026-10-20');
  });

  it('settles an account once the agreed amount is paid: the rest is waived, DPD 0, reconciled', async () => {
    const before = await reconciled(store, 'A-SET');
    expect(before.dpd).toBeGreaterThan(40);
    const proposed = await proposeArrangement({
      store,
      accountId: 'A-SET',
      type: 'settlement',
      amount: '2500.00',
      payBy: '2026-11-15',
      by: 'col-1',
      at: '2026-10-21T10:00:00+08:00',
      answers,
      now: NOW,
    });
    expect(proposed).toMatchObject({ status: 'proposed', required_role: 'manager', answers });
    expect(Number(proposed.discount_percent)).toBeGreaterThan(10);
    expect(Number(proposed.discount_percent)).toBeLessThanOrEqual(30);
    const decide = (by: string) =>
      decideArrangement({
        store,
        arrangementId: proposed.id,
        decision: 'approve',
        by,
        at: '2026-10-21T15:00:00+08:00',
        now: NOW,
      });
    expect(await refused('FORBIDDEN', () => decide('col-1'))).toMatch(/four eyes/);
    expect(await refused('FORBIDDEN', () => decide('lead-1'))).toMatch(/needs a manager/);
    const approved = await decide('mgr-1');
    expect(approved).toMatchObject({ status: 'approved', approved_by: 'mgr-1', decided_on: '2026-10-21' });

    await seedPayment(store, 'PAY-S1', 'A-SET', '2026-10-25T09:00:00+08:00', '1000.00');
    await cycle(store, '2026-10-30');
    expect(await arrangement(store, 'A-SET')).toMatchObject({ status: 'approved', counted: '1000.00' });
    await seedPayment(store, 'PAY-S2', 'A-SET', '2026-11-02T09:00:00+08:00', '1500.00');
    // The borrower's phone changes the day before the run: on an account that still owed, the strategy
    // would plan a call to verify it; on a settled one, nobody's work.
    await activateDemoStrategy({ db: store.db, now: NOW });
    const watch = await runImport(
      store,
      'events',
      [watchEvent({ account_id: 'A-SET', type: 'phone_change', occurred_on: '2026-11-09' })],
      {
        allOrNothing: true,
      },
    );
    expect(watch.rejected).toEqual([]);
    await cycle(store, '2026-11-10');
    const done = await arrangement(store, 'A-SET');
    expect(done).toMatchObject({
      status: 'completed',
      closed_on: '2026-11-02',
      effective_on: '2026-11-02',
      counted: '2500.00',
    });

    const after = await reconciled(store, 'A-SET');
    const work = await store.db
      .selectFrom('work_items')
      .innerJoin('accounts', 'accounts.id', 'work_items.account_id')
      .select('item_id')
      .where('accounts.account_id', '=', 'A-SET')
      .execute();
    expect(work).toEqual([]);
    expect(after.status).toBe('settled');
    expect(after.dpd).toBe(0);
    expect(after.outstanding.total).toBe('0.00');
    const waivers = after.entries.filter((e) => e.kind === 'waiver');
    expect(waivers.length).toBeGreaterThan(0);
    expect(waivers.every((e) => e.posted_on === '2026-11-02' && e.arrangement_id === done.id)).toBe(true);
    // Nothing accrues once settled, and a rerun of the day changes nothing.
    await cycle(store, '2026-11-20');
    const later = await reconciled(store, 'A-SET');
    expect(later.entries).toHaveLength(after.entries.length);
  });

  it('breaches a settlement whose pay-by day passes first: nothing is waived, the money stays paid', async () => {
    const proposed = await proposeArrangement({
      store,
      accountId: 'A-BREACH',
      type: 'settlement',
      amount: '2600.00',
      payBy: '2026-11-05',
      by: 'col-1',
      answers,
      at: '2026-10-21T10:00:00+08:00',
      now: NOW,
    });
    await decideArrangement({
      store,
      arrangementId: proposed.id,
      decision: 'approve',
      by: 'mgr-1',
      at: '2026-10-21T11:00:00+08:00',
      now: NOW,
    });
    await seedPayment(store, 'PAY-B1', 'A-BREACH', '2026-10-25T09:00:00+08:00', '500.00');
    await cycle(store, '2026-11-10');
    expect(await arrangement(store, 'A-BREACH')).toMatchObject({
      status: 'breached',
      closed_on: '2026-11-06',
      counted: '500.00',
    });
    const view = await reconciled(store, 'A-BREACH');
    expect(view.status).toBe('active');
    expect(view.entries.filter((e) => e.kind === 'waiver')).toEqual([]);
    expect(view.dpd).toBeGreaterThan(0);
  });

  it('starts a plan, keeps it free of penalty while paid on time, and completes it', async () => {
    const proposed = await proposeArrangement({
      store,
      accountId: 'A-PLAN',
      type: 'plan',
      installments: 2,
      firstDue: '2026-11-15',
      every: 'month',
      by: 'col-1',
      answers,
      at: '2026-10-21T10:00:00+08:00',
      now: NOW,
    });
    expect(proposed).toMatchObject({ required_role: 'team_lead', plan_installments: 2 });
    await decideArrangement({
      store,
      arrangementId: proposed.id,
      decision: 'approve',
      by: 'lead-1',
      at: '2026-10-21T12:00:00+08:00',
      now: NOW,
    });
    await cycle(store, '2026-10-22');
    expect(await arrangement(store, 'A-PLAN')).toMatchObject({ status: 'active', effective_on: '2026-10-21' });
    const started = await reconciled(store, 'A-PLAN');
    expect(started.dpd).toBe(0);
    const reschedule = started.entries.filter((e) => e.kind === 'reschedule');
    for (const c of ['principal', 'interest', 'fee', 'penalty', 'late_fee'] as const) {
      expect(reschedule.reduce((s, e) => s + Math.round(Number(e[c]) * 100), 0)).toBe(0);
    }
    const plan = started.installments.filter((i) => i.plan !== null);
    expect(plan.map((i) => i.due_on)).toEqual(['2026-11-15', '2026-12-15']);
    const [first, second] = plan.map((i) => i.due.total);
    await seedPayment(store, 'PAY-P1', 'A-PLAN', '2026-11-15T09:00:00+08:00', first!);
    await cycle(store, '2026-11-30');
    expect((await arrangement(store, 'A-PLAN')).status).toBe('active');
    await seedPayment(store, 'PAY-P2', 'A-PLAN', '2026-12-14T09:00:00+08:00', second!);
    await cycle(store, '2026-12-20');
    expect(await arrangement(store, 'A-PLAN')).toMatchObject({ status: 'completed', closed_on: '2026-12-14' });
    const done = await reconciled(store, 'A-PLAN');
    // No penalty ever ran on the plan's instalments.
    expect(done.entries.filter((e) => e.kind === 'penalty' && e.posted_on > '2026-10-21')).toEqual([]);
  });

  it('breaches a plan whose instalment stays unpaid past the breach days: the rest falls due, penalty runs', async () => {
    const proposed = await proposeArrangement({
      store,
      accountId: 'A-PLAN-BAD',
      type: 'plan',
      installments: 3,
      firstDue: '2026-11-15',
      by: 'col-1',
      answers,
      at: '2026-10-21T10:00:00+08:00',
      now: NOW,
    });
    await decideArrangement({
      store,
      arrangementId: proposed.id,
      decision: 'approve',
      by: 'lead-1',
      at: '2026-10-21T12:00:00+08:00',
      now: NOW,
    });
    await cycle(store, '2026-12-05');
    expect(await arrangement(store, 'A-PLAN-BAD')).toMatchObject({ status: 'breached', closed_on: '2026-11-30' });
    const view = await reconciled(store, 'A-PLAN-BAD');
    const plan = view.installments.filter((i) => i.plan !== null);
    expect(plan.map((i) => i.due_on)).toEqual(['2026-11-15', '2026-11-30', '2026-11-30']);
    expect(plan.every((i) => i.plan?.penalty_free === false)).toBe(true);
    expect(plan.every((i) => i.accrued_from === '2026-12-01')).toBe(true);
    expect(view.dpd).toBe(20);
  });

  it('settles a debt for an asset taken at its valuation', async () => {
    const proposed = await proposeArrangement({
      store,
      accountId: 'A-ASSET',
      type: 'debt_for_asset',
      asset: { description: '2019 五菱面包车', valuation: '2500.00' },
      payBy: '2026-10-31',
      by: 'col-1',
      answers,
      at: '2026-10-21T10:00:00+08:00',
      now: NOW,
    });
    await decideArrangement({
      store,
      arrangementId: proposed.id,
      decision: 'approve',
      by: 'mgr-1',
      at: '2026-10-22T10:00:00+08:00',
      now: NOW,
    });
    await cycle(store, '2026-10-25');
    expect(await arrangement(store, 'A-ASSET')).toMatchObject({ status: 'completed', closed_on: '2026-10-22' });
    const view = await reconciled(store, 'A-ASSET');
    expect(view.status).toBe('settled');
  });

  it('refuses a second open arrangement and a proposal without the qualifying questions', async () => {
    const base = {
      store,
      accountId: 'A-SET',
      type: 'settlement',
      amount: '2500.00',
      payBy: '2026-11-30',
      by: 'col-1',
      now: NOW,
    };
    expect(await refused('INVALID_INPUT', () => proposeArrangement({ ...base, answers: { funds_now: true } }))).toMatch(
      /pay_today, sole_decider/,
    );
    await proposeArrangement({ ...base, answers });
    expect(await refused('CONFLICT', () => proposeArrangement({ ...base, answers }))).toMatch(
      /already has arrangement/,
    );
  });
});
