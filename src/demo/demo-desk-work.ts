/**
 * The floor's work in the four weeks before the demo's as-of day, done through the same use cases the desk
 * uses, so the demo shows a lived-in book: calls logged with their outcomes and excuses, promises to pay
 * kept, partly kept, broken and still pending, and arrangements in every state — a proposal waiting for a
 * manager, one rejected, one withdrawn, an approved settlement being paid, a settlement paid (the account
 * settled), one breached, a plan being paid, one completed and one breached.
 *
 * The story runs forward in stages: the desk acts on the days of a stage, the bank files bring the debtors'
 * money, and the cycle catches up to the stage's last day, so arrangements act on their own days and the
 * next stage can see what they did (a plan's instalments exist only once it has started).
 *
 * The accounts are chosen from the Chinese consumer books (portfolio time zone Asia/Shanghai, so the desk's
 * instants carry +08:00) among those the generator gave no money after the work starts, so every outcome
 * here comes from this story alone; the choice is seeded and repeatable.
 *
 * Given channels, the outbox sends each stage day's automatic messages at 10:15 that day, so the demo has
 * days of messages really delivered (the demo's channels write files; see localChannels).
 */
import type { CycleReport } from '../cycle/run-cycle.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import type { ChannelsSetup } from '../outbox/channels-config.js';
import type { Store } from '../store/open-database.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';
import { DemoDesk, type DeskPeople, EXCUSES, type Picked } from './demo-desk.js';
import { demoDeskGate } from './demo-desk-gate.js';
import { demoEvidence } from './demo-evidence.js';
import { demoGate } from './demo-gate.js';
import { workLegalDesk } from './demo-legal.js';
import { demoLetters } from './demo-letters.js';
import { demoLimitation } from './demo-limitation.js';
import { demoPrivacy } from './demo-privacy.js';
import { Random } from './random.js';

/** How many days before as-of the desk's work starts (the day the demo's first cycle runs). */
export const DESK_WORK_DAYS = 28;

export interface DeskWorkOptions {
  store: Store;
  asOf: IsoDate;
  seed: number;
  now: () => Date;
  actor: string;
  onCycle?: (asOf: IsoDate) => void;
  /**
   * Where the day's automatic messages go (the demo uses the file adapter); without it nothing is sent and
   * the messages stay planned.
   */
  channels?: ChannelsSetup;
}

export interface DeskWorkSummary {
  activities: number;
  promises: number;
  arrangements: number;
  payments: number;
  /** Automatic messages the outbox sent on the stage days (through the configured channels). */
  messagesSent: number;
  /** The last cycle run: the one to as-of. */
  cycle: CycleReport;
}

export async function workDemoDesk(options: DeskWorkOptions): Promise<DeskWorkSummary> {
  const { store, asOf } = options;
  const start = addDays(asOf, -DESK_WORK_DAYS);
  const random = new Random(`demo-desk/${options.seed}/${asOf}`);
  const desk = new DemoDesk(options, await floorPeople(store), start);
  const picked = await pickAccounts(store, start, random);
  await firstCalls(desk, picked.splice(0, Math.min(12, picked.length)), random);
  const { planDone } = await weekOne(desk, picked);
  await desk.cycleTo(desk.day(7));
  if (planDone) await desk.payPlan(planDone, 2);
  const planActive = picked.shift();
  if (planActive) {
    const s = await desk.propose(planActive, desk.day(7), {
      type: 'plan',
      installments: 4,
      firstDue: desk.day(12),
      every: 'month',
    });
    await desk.decide(s.id, desk.day(8), 'approve', desk.people.lead());
  }
  await desk.cycleTo(desk.day(10));
  if (planActive) await desk.payPlan(planActive, 1);
  await lastWeeks(desk, picked, asOf);
  await workLegalDesk({ ...options, desk, picked });
  const cycle = await desk.cycleTo(asOf);
  await demoPrivacy({ store, now: options.now });
  await demoEvidence({ store, now: options.now });
  await demoLetters({ store, asOf, now: options.now });
  await demoDeskGate({ store, asOf, now: options.now });
  await demoGate({ store, asOf, now: options.now });
  await demoLimitation({ store, asOf, now: options.now });
  return { ...desk.summary, cycle };
}

/** Calls that reached nobody and calls that found the debtor, on the first accounts chosen. */
async function firstCalls(desk: DemoDesk, accounts: readonly Picked[], random: Random): Promise<void> {
  for (const p of accounts) {
    await desk.call(p, desk.day(1), 'no_answer', desk.people.collector());
    const outcome = random.next() < 0.5 ? 'busy' : 'right_party_contact';
    await desk.call(p, desk.day(2), outcome, desk.people.collector(), EXCUSES[random.int(0, 3)]);
  }
}

/**
 * Days 1–7: promises kept, partly kept and broken; a settlement paid in two parts and one left to lapse; a
 * plan that will be paid and one that will be breached; a settlement rejected and a plan withdrawn.
 */
async function weekOne(desk: DemoDesk, picked: Picked[]): Promise<{ planDone: Picked | undefined }> {
  const day = (n: number) => desk.day(n);
  for (const outcome of ['kept', 'kept', 'partly', 'broken', 'kept', 'broken'] as const) {
    const p = picked.shift();
    if (!p) break;
    await desk.take(p, day(2), day(5), p.pastDue);
    if (outcome === 'kept') desk.pay(p, day(5), p.pastDue);
    if (outcome === 'partly') desk.pay(p, day(5), p.pastDue / 2);
  }
  const settled = picked.shift();
  if (settled) {
    const agreed = Math.round(settled.outstanding * 0.8);
    const s = await desk.propose(settled, day(1), {
      type: 'settlement',
      amount: desk.amount(settled, agreed),
      payBy: day(12),
    });
    await desk.decide(s.id, day(2), 'approve', desk.people.manager(0));
    // Paid in two parts; the second reaches the agreed amount and the rest is waived that day.
    const first = Math.round(settled.outstanding * 0.5);
    desk.pay(settled, day(6), first);
    desk.pay(settled, day(9), agreed - first);
  }
  const lapsed = picked.shift();
  if (lapsed) {
    const s = await desk.propose(lapsed, day(1), {
      type: 'settlement',
      amount: desk.amount(lapsed, lapsed.outstanding * 0.85),
      payBy: day(10),
    });
    await desk.decide(s.id, day(2), 'approve', desk.people.manager(1));
    desk.pay(lapsed, day(8), lapsed.outstanding * 0.2);
  }
  const planDone = picked.shift();
  if (planDone) {
    const s = await desk.propose(planDone, day(1), { type: 'plan', installments: 2, firstDue: day(9), every: 'week' });
    await desk.decide(s.id, day(2), 'approve', desk.people.lead());
  }
  const planBroken = picked.shift();
  if (planBroken) {
    const s = await desk.propose(planBroken, day(1), {
      type: 'principal_first',
      installments: 3,
      firstDue: day(9),
      every: 'week',
    });
    await desk.decide(s.id, day(3), 'approve', desk.people.lead());
  }
  const rejected = picked.shift();
  if (rejected) {
    const s = await desk.propose(rejected, day(3), {
      type: 'settlement',
      amount: desk.amount(rejected, rejected.outstanding * 0.75),
      payBy: day(20),
    });
    await desk.decide(
      s.id,
      day(4),
      'reject',
      desk.people.manager(0),
      '客户有还款能力，折扣不予批准 / the debtor can pay in full',
    );
  }
  const withdrawn = picked.shift();
  if (withdrawn) {
    const s = await desk.propose(withdrawn, day(4), {
      type: 'plan',
      installments: 6,
      firstDue: day(15),
      every: 'month',
    });
    await desk.withdraw(s.id, s.proposed_by, day(5), '客户已筹到全款 / the debtor found the money');
  }
  return { planDone };
}

/** Days 11–28: more promises (two still pending), a settlement being paid, a proposal waiting for a manager. */
async function lastWeeks(desk: DemoDesk, picked: Picked[], asOf: IsoDate): Promise<void> {
  const day = (n: number) => desk.day(n);
  for (const outcome of ['kept', 'broken', 'pending', 'pending'] as const) {
    const p = picked.shift();
    if (!p) break;
    const due = outcome === 'pending' ? addDays(asOf, 3) : day(18);
    await desk.take(p, day(14), due, p.pastDue);
    if (outcome === 'kept') desk.pay(p, due, p.pastDue);
  }
  const open = picked.shift();
  if (open) {
    const s = await desk.propose(open, day(18), {
      type: 'settlement',
      amount: desk.amount(open, open.outstanding * 0.82),
      payBy: addDays(asOf, 14),
    });
    await desk.decide(s.id, day(19), 'approve', desk.people.manager(1));
    desk.pay(open, day(22), open.outstanding * 0.3);
  }
  const waiting = picked.shift();
  if (waiting) {
    await desk.propose(waiting, day(25), {
      type: 'settlement',
      amount: desk.amount(waiting, waiting.outstanding * 0.78),
      payBy: addDays(asOf, 20),
    });
  }
}

/** The people the story needs, from the demo floor: collectors take turns; two managers; a team lead. */
async function floorPeople(store: Store): Promise<DeskPeople> {
  const users = await store.db
    .selectFrom('users')
    .select(['user_id', 'role', 'team_id'])
    .where('active', '=', 1)
    .orderBy('user_id')
    .execute();
  const of = (role: string) => users.filter((u) => u.role === role).map((u) => u.user_id);
  const collectors = of('collector');
  const managers = of('manager');
  const leads = of('team_lead');
  if (collectors.length === 0 || managers.length < 2 || leads.length === 0) {
    throw new Error('the demo desk work needs the demo floor (collectors, two managers, a team lead)');
  }
  let turn = 0;
  return {
    collector: () => collectors[turn++ % collectors.length]!,
    manager: (i: number) => managers[i % managers.length]!,
    lead: () => leads[0]!,
  };
}

/**
 * Past-due accounts of the Shanghai books with a borrower living in China and no generated money after
 * `start`, shuffled.
 */
async function pickAccounts(store: Store, start: IsoDate, random: Random): Promise<Picked[]> {
  const rows = await store.db
    .selectFrom('accounts')
    .innerJoin('portfolios', 'portfolios.portfolio_id', 'accounts.portfolio_id')
    .select([
      'accounts.account_id',
      'accounts.currency',
      'accounts.past_due_total',
      ...OUTSTANDING_COLUMNS.map((c) => `accounts.${c}` as const),
    ])
    .where('portfolios.time_zone', '=', DEFAULT_TIME_ZONE)
    .where('accounts.status', '=', 'active')
    .where('accounts.dpd', '>=', 5)
    .where('accounts.dpd', '<=', 150)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('relations')
          .innerJoin('parties', 'parties.id', 'relations.party_id')
          .select('relations.account_id')
          .whereRef('relations.account_id', '=', 'accounts.id')
          .where('relations.role', '=', 'borrower')
          // Living on China's clocks, so the desk's morning calls are inside the contact window (a debtor
          // abroad is called on their own clock, which this story does not plan for).
          .where('parties.timezone', 'in', [DEFAULT_TIME_ZONE, 'Asia/Urumqi']),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('payments')
            .select('payments.account_id')
            .whereRef('payments.account_id', '=', 'accounts.id')
            .where('payments.value_on', '>', start),
        ),
      ),
    )
    .orderBy('accounts.id')
    .limit(400)
    .execute();
  const picked = rows.map((r) => ({
    accountId: r.account_id,
    currency: r.currency,
    pastDue: Number(r.past_due_total),
    outstanding: outstandingTotal(r),
  }));
  for (let i = picked.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [picked[i], picked[j]] = [picked[j]!, picked[i]!];
  }
  return picked;
}
