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
import { logActivity } from '../activity/log-activity.js';
import { cancelArrangement } from '../arrangement/cancel-arrangement.js';
import { decideArrangement } from '../arrangement/decide-arrangement.js';
import { proposeArrangement } from '../arrangement/propose-arrangement.js';
import { type CycleReport, runCycle } from '../cycle/run-cycle.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { addDays, type IsoDate } from '../domain/calendar/calendar.js';
import { formatAmount } from '../domain/money/money.js';
import { importRecords } from '../import/import-records.js';
import type { ChannelsSetup } from '../outbox/channels-config.js';
import { sendOutbox } from '../outbox/send-outbox.js';
import { addPromise } from '../promise/add-promise.js';
import type { Store } from '../store/open-database.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';
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

interface Picked {
  accountId: string;
  currency: string;
  pastDue: number;
  outstanding: number;
}

const answers = { funds_now: true, pay_today: false, sole_decider: true };
const EXCUSES = ['over_indebted', 'third_party_owes_me', 'crying_poor_or_scene', 'co_borrowers_passing_buck'] as const;

/** An instant on business day `day` in Shanghai, at `hhmm` local time. */
const at = (day: IsoDate, hhmm = '10:30') => `${day}T${hhmm}:00+08:00`;

export async function workDemoDesk(options: DeskWorkOptions): Promise<DeskWorkSummary> {
  const { store, asOf } = options;
  const start = addDays(asOf, -DESK_WORK_DAYS);
  const day = (n: number) => addDays(start, n);
  const random = new Random(`demo-desk/${options.seed}/${asOf}`);
  const people = await floorPeople(store);
  const picked = await pickAccounts(store, start, random);
  const summary = { activities: 0, promises: 0, arrangements: 0, payments: 0, messagesSent: 0 };
  const money: Record<string, string>[] = [];
  const amount = (p: Picked, minor: number) => formatAmount(Math.max(1, Math.round(minor)), p.currency);
  const pay = (p: Picked, on: IsoDate, minor: number, hhmm = '14:05') => {
    money.push({
      payment_id: `DESK-${p.accountId}-${money.length + 1}`,
      account_id: p.accountId,
      paid_at: at(on, hhmm),
      amount: amount(p, minor),
      currency: p.currency,
      channel: 'wechat_pay',
      payer_party_id: '',
    });
  };
  const bankFile = async () => {
    if (money.length === 0) return;
    const report = await importRecords({
      store,
      kind: 'payments',
      records: money.splice(0),
      allOrNothing: true,
      actor: options.actor,
      now: options.now(),
      source: 'demo desk work',
    });
    summary.payments += report.rows;
  };
  const channels = options.channels;
  const cycleTo = async (d: IsoDate) => {
    await bankFile();
    options.onCycle?.(d);
    // A stage day is in the past: its messages go out at that day's 10:15 below, not at today's clock (the
    // cycle's own outbox step would find their windows long closed). Today's run sends what is due now.
    const report = await runCycle({ store, asOf: d, now: options.now, channels: d < asOf ? undefined : channels });
    // The stage day's automatic messages go out at 10:15 Shanghai time, inside the strategy's morning window.
    if (channels && d < asOf) {
      const sent = await sendOutbox({
        store,
        asOf: d,
        now: () => new Date(at(d, '10:15')),
        channels,
        listMessages: false,
      });
      summary.messagesSent += sent.counts.sent;
    }
    return report;
  };
  const call = async (p: Picked, d: IsoDate, outcome: string, by: string, excuse?: string) => {
    summary.activities++;
    const logged = await logActivity({
      store,
      accountId: p.accountId,
      by: [by],
      channel: 'phone',
      outcome,
      at: at(d, outcome === 'no_answer' ? '09:40' : '10:15'),
      excuse,
      note: outcome === 'promise' ? '客户承诺按期还款 / promised to pay on the day' : undefined,
      now: options.now(),
    });
    return logged.activity_id;
  };
  const propose = async (
    p: Picked,
    d: IsoDate,
    extra: Omit<Parameters<typeof proposeArrangement>[0], 'store' | 'accountId' | 'by' | 'at' | 'now' | 'answers'>,
  ) => {
    summary.arrangements++;
    return proposeArrangement({
      store,
      accountId: p.accountId,
      by: people.collector(),
      at: at(d, '11:00'),
      now: options.now(),
      answers,
      ...extra,
    });
  };
  const decide = (id: string, d: IsoDate, decision: 'approve' | 'reject', by: string, reason?: string) =>
    decideArrangement({ store, arrangementId: id, decision, by, at: at(d, '16:00'), reason, now: options.now() });
  const take = async (p: Picked, d: IsoDate, due: IsoDate, minor: number) => {
    summary.promises++;
    const by = people.collector();
    // The call the promise was taken on, with the excuse heard; the promise names it.
    const activityId = await call(p, d, 'promise', by, EXCUSES[summary.promises % EXCUSES.length]);
    await addPromise({
      store,
      accountId: p.accountId,
      amount: amount(p, minor),
      dueOn: due,
      dueAt: '18:00',
      by,
      channel: 'phone',
      activityId,
      at: at(d, '10:20'),
      actor: options.actor,
      now: options.now(),
    });
  };

  const next = () => picked.shift();
  // Calls that reached nobody and calls that found the debtor, on a tenth of the chosen accounts.
  for (const p of picked.splice(0, Math.min(12, picked.length))) {
    await call(p, day(1), 'no_answer', people.collector());
    await call(
      p,
      day(2),
      random.next() < 0.5 ? 'busy' : 'right_party_contact',
      people.collector(),
      EXCUSES[random.int(0, 3)],
    );
  }

  // Stage 1 (days 1–7): promises; settlements and plans proposed and decided.
  for (const outcome of ['kept', 'kept', 'partly', 'broken', 'kept', 'broken'] as const) {
    const p = next();
    if (!p) break;
    const due = day(5);
    await take(p, day(2), due, p.pastDue);
    if (outcome === 'kept') pay(p, due, p.pastDue);
    if (outcome === 'partly') pay(p, due, p.pastDue / 2);
  }
  const settled = next();
  if (settled) {
    const agreed = Math.round(settled.outstanding * 0.8);
    const s = await propose(settled, day(1), { type: 'settlement', amount: amount(settled, agreed), payBy: day(12) });
    await decide(s.id, day(2), 'approve', people.manager(0));
    // Paid in two parts; the second reaches the agreed amount and the rest is waived that day.
    const first = Math.round(settled.outstanding * 0.5);
    pay(settled, day(6), first);
    pay(settled, day(9), agreed - first);
  }
  const lapsed = next();
  if (lapsed) {
    const s = await propose(lapsed, day(1), {
      type: 'settlement',
      amount: amount(lapsed, lapsed.outstanding * 0.85),
      payBy: day(10),
    });
    await decide(s.id, day(2), 'approve', people.manager(1));
    pay(lapsed, day(8), lapsed.outstanding * 0.2);
  }
  const planDone = next();
  if (planDone) {
    const s = await propose(planDone, day(1), { type: 'plan', installments: 2, firstDue: day(9), every: 'week' });
    await decide(s.id, day(2), 'approve', people.lead());
  }
  const planBroken = next();
  if (planBroken) {
    const s = await propose(planBroken, day(1), {
      type: 'principal_first',
      installments: 3,
      firstDue: day(9),
      every: 'week',
    });
    await decide(s.id, day(3), 'approve', people.lead());
  }
  const rejected = next();
  if (rejected) {
    const s = await propose(rejected, day(3), {
      type: 'settlement',
      amount: amount(rejected, rejected.outstanding * 0.75),
      payBy: day(20),
    });
    await decide(
      s.id,
      day(4),
      'reject',
      people.manager(0),
      '客户有还款能力，折扣不予批准 / the debtor can pay in full',
    );
  }
  const withdrawn = next();
  if (withdrawn) {
    const s = await propose(withdrawn, day(4), { type: 'plan', installments: 6, firstDue: day(15), every: 'month' });
    await cancelArrangement({
      store,
      arrangementId: s.id,
      by: s.proposed_by,
      at: at(day(5), '09:10'),
      reason: '客户已筹到全款 / the debtor found the money',
      now: options.now(),
    });
  }
  await cycleTo(day(7));

  // Stage 2 (days 8–10): the completed plan's instalments are paid as they fall due; a plan for the long run.
  if (planDone) await payPlan(store, planDone, (due, owed) => pay(planDone, due, owed), 2);
  const planActive = next();
  if (planActive) {
    const s = await propose(planActive, day(7), { type: 'plan', installments: 4, firstDue: day(12), every: 'month' });
    await decide(s.id, day(8), 'approve', people.lead());
  }
  await cycleTo(day(10));
  if (planActive) await payPlan(store, planActive, (due, owed) => pay(planActive, due, owed), 1);

  // Stage 3 (days 11–28): more promises, an open settlement being paid, a proposal waiting for a manager.
  for (const outcome of ['kept', 'broken', 'pending', 'pending'] as const) {
    const p = next();
    if (!p) break;
    const due = outcome === 'pending' ? addDays(asOf, 3) : day(18);
    await take(p, day(14), due, p.pastDue);
    if (outcome === 'kept') pay(p, due, p.pastDue);
  }
  const open = next();
  if (open) {
    const s = await propose(open, day(18), {
      type: 'settlement',
      amount: amount(open, open.outstanding * 0.82),
      payBy: addDays(asOf, 14),
    });
    await decide(s.id, day(19), 'approve', people.manager(1));
    pay(open, day(22), open.outstanding * 0.3);
  }
  const waiting = next();
  if (waiting) {
    await propose(waiting, day(25), {
      type: 'settlement',
      amount: amount(waiting, waiting.outstanding * 0.78),
      payBy: addDays(asOf, 20),
    });
  }
  const cycle = await cycleTo(asOf);
  return { ...summary, cycle };
}

/** Pays a started plan's first `count` instalments on their due dates, exactly what each owes. */
async function payPlan(
  store: Store,
  p: Picked,
  pay: (due: IsoDate, owed: number) => void,
  count: number,
): Promise<void> {
  const rows = await store.db
    .selectFrom('installments')
    .innerJoin('accounts', 'accounts.id', 'installments.account_id')
    .select([
      'installments.due_on',
      'installments.principal',
      'installments.interest',
      'installments.fee',
      'installments.penalty',
      'installments.late_fee',
    ])
    .where('accounts.account_id', '=', p.accountId)
    .where('installments.arrangement_id', 'is not', null)
    .orderBy('installments.due_on')
    .limit(count)
    .execute();
  for (const r of rows) {
    const owed = Number(r.principal) + Number(r.interest) + Number(r.fee) + Number(r.penalty) + Number(r.late_fee);
    pay(String(r.due_on), owed);
  }
}

/** The people the story needs, from the demo floor: collectors take turns; two managers; a team lead. */
async function floorPeople(store: Store) {
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

/** Past-due accounts of the Shanghai books with a borrower and no generated money after `start`, shuffled. */
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
          .select('relations.account_id')
          .whereRef('relations.account_id', '=', 'accounts.id')
          .where('relations.role', '=', 'borrower'),
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
