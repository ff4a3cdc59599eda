/**
 * The desk's work on the book before the timed cycle at D, written set-based in one transaction: promises to
 * pay on about 5% of the past-due accounts, approved instalment plans on about 0.5% and approved discount
 * settlements on about 0.5%. The rows are the ones the use cases write (src/promise/add-promise.ts,
 * src/arrangement/propose-arrangement.ts then decide-arrangement.ts), column for column — a promise with the
 * conversation it was taken in (through the one activity writer) and its `promise.add` event; an arrangement
 * with its terms from `buildTerms`, the role the authority ladder asks for, the three qualifying answers, and
 * its `arrangement.propose` and `arrangement.approve` events — but written in bulk, since a million calls to
 * the use cases would time the use cases, not the cycle.
 *
 * What the timed cycle at D then does with them:
 * - promises: about half were due before D and are judged (the dataset has no payments before D, so they
 *   are broken); of the rest, those of accounts that pay on D are due on D for that payment (most for the
 *   amount paid, some for more), so the cycle counts it and the next day's run judges them kept or partly
 *   kept; the others are due within two weeks;
 * - plans (3–6 monthly instalments, the first 1–4 weeks after D), approved on D − 1: the first day the ledger
 *   can still change is D, so the timed cycle starts them (reschedule entries);
 * - settlements approved on D − 1, counting payments from that day: about half are of accounts whose payment
 *   of D reaches the agreed amount, so the timed cycle waives the rest and settles them; the others wait.
 *
 * Runs after D's payments are imported (it reads who pays on D) and before the timed cycle. Seeded: the
 * same database gives the same choices (the record ids are new each run, as the use cases make them).
 */
import type { Kysely } from 'kysely';
import { recordActivities } from '../src/activity/record-activities.js';
import { approversFor } from '../src/domain/arrangement/authority-ladder.js';
import { buildTerms } from '../src/domain/arrangement/build-terms.js';
import { addDays, dateInZone, type IsoDate } from '../src/domain/calendar/calendar.js';
import { formatAmount } from '../src/domain/money/money.js';
import { maxPromiseAmount } from '../src/domain/promise/promise-rules.js';
import { type AppendEventOptions, appendEvents } from '../src/event/append-event.js';
import { bulkWriter, type Row } from '../src/store/bulk.js';
import { inList } from '../src/store/in-list.js';
import { newId } from '../src/store/new-id.js';
import type { Store } from '../src/store/open-database.js';
import type { Schema } from '../src/store/schema.js';
import { loadPortfolioSettings, settingsFor } from '../src/store/shapes/portfolio-settings.js';
import type { DeskSetup, PhaseResult, PhaseSpec } from './bench-result.js';
import { seededRandom } from './seeded-random.js';

const PROMISE_SHARE = 0.05;
const PLAN_SHARE = 0.005;
const SETTLEMENT_SHARE = 0.005;
/** Of the settlements, the share picked among accounts whose payment of D reaches half of what they owe. */
const PAID_SETTLEMENT_SHARE = 0.5;
const DUE_TIMES = ['12:00', '15:00', '18:00', '20:00'];

interface PastDueAccount {
  id: number;
  accountId: string;
  currency: string;
  portfolioId: string;
  assignedTo: string | null;
  dpd: number;
  outstanding: number;
  pastDue: number;
  paidOnD: number;
}

const PROMISE_COLUMNS = [
  'promise_id',
  'account_id',
  'party_id',
  'amount',
  'currency',
  'due_on',
  'due_at',
  'taken_at',
  'taken_on',
  'taken_by',
  'channel',
  'activity_id',
  'status',
  'paid',
  'decided_on',
  'created_at',
  'updated_at',
] as const;

const ARRANGEMENT_COLUMNS = [
  'arrangement_id',
  'account_id',
  'type',
  'status',
  'terms',
  'answers',
  'discount_bp',
  'plan_installments',
  'outstanding',
  'required_role',
  'proposed_by',
  'proposed_at',
  'proposed_on',
  'decided_by',
  'decided_at',
  'decided_on',
  'effective_on',
  'closed_on',
  'counted',
  'note',
  'created_at',
  'updated_at',
] as const;

async function loadPastDue(db: Kysely<Schema>, day: IsoDate): Promise<PastDueAccount[]> {
  const [accounts, payments] = await Promise.all([
    db
      .selectFrom('accounts')
      .select([
        'id',
        'account_id',
        'currency',
        'portfolio_id',
        'assigned_to',
        'dpd',
        'out_principal',
        'out_interest',
        'out_fee',
        'out_penalty',
        'out_late_fee',
        'past_due_total',
      ])
      .where('status', '=', 'active')
      .where('past_due_total', '>', 0)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('payments')
      .select((eb) => ['account_id', eb.fn.sum<number>('amount').as('paid')])
      .where('value_on', '=', day)
      .groupBy('account_id')
      .execute(),
  ]);
  const paid = new Map(payments.map((p) => [Number(p.account_id), Number(p.paid)]));
  return accounts.map((a) => ({
    id: Number(a.id),
    accountId: a.account_id,
    currency: a.currency,
    portfolioId: a.portfolio_id,
    assignedTo: a.assigned_to,
    dpd: Number(a.dpd),
    outstanding:
      Number(a.out_principal) +
      Number(a.out_interest) +
      Number(a.out_fee) +
      Number(a.out_penalty) +
      Number(a.out_late_fee),
    pastDue: Number(a.past_due_total),
    paidOnD: paid.get(Number(a.id)) ?? 0,
  }));
}

/** Each account's borrower: the lowest-keyed one, as the use cases pick it when no party is named. */
async function borrowersOf(store: Store, ids: readonly number[]): Promise<Map<number, { key: number; id: string }>> {
  const out = new Map<number, { key: number; id: string }>();
  for (let start = 0; start < ids.length; start += 5_000) {
    const chunk = ids.slice(start, start + 5_000);
    const rows = await store.db
      .selectFrom('relations as r')
      .innerJoin('parties as p', 'p.id', 'r.party_id')
      .select(['r.account_id', 'p.id', 'p.party_id'])
      .where('r.role', '=', 'borrower')
      .where(inList(store.engine, 'r.account_id', chunk, 'bigint'))
      .execute();
    for (const r of rows) {
      const known = out.get(Number(r.account_id));
      if (!known || Number(r.id) < known.key) out.set(Number(r.account_id), { key: Number(r.id), id: r.party_id });
    }
  }
  return out;
}

/** Whole yuan (or whatever the major unit is), rounded up: what a debtor promises. */
const wholeUp = (minor: number) => Math.ceil(minor / 100) * 100;
const wholeDown = (minor: number) => Math.floor(minor / 100) * 100;
const pad2 = (n: number) => String(n).padStart(2, '0');

export async function setupDeskPhase(
  store: Store,
  spec: Extract<PhaseSpec, { phase: 'setup-desk' }>,
): Promise<PhaseResult> {
  const started = performance.now();
  const now = new Date(spec.now);
  const stamp = now.toISOString();
  const day = spec.cycleDay;
  const db = store.db;
  const rnd = seededRandom(spec.seed + 2);
  const [accounts, users, portfolios] = await Promise.all([
    loadPastDue(db, day),
    db.selectFrom('users').select(['user_id', 'role']).where('active', '=', 1).orderBy('user_id').execute(),
    loadPortfolioSettings(db),
  ]);
  const byRole = (role: string) => users.filter((u) => u.role === role).map((u) => u.user_id);
  const collectors = byRole('collector');
  if (collectors.length === 0) throw new Error('the desk setup needs the floor: no collectors');
  const collectorSet = new Set(collectors);
  const workerOf = (a: PastDueAccount) =>
    a.assignedTo !== null && collectorSet.has(a.assignedTo) ? a.assignedTo : rnd.pick(collectors);
  /** A local instant on day D + offset in Shanghai (the bench portfolio's zone), as the use cases store it (UTC). */
  const instant = (offset: number, hour: number, minute: number) =>
    new Date(`${addDays(day, offset)}T${pad2(hour)}:${pad2(minute)}:00+08:00`).toISOString();

  // Who gets what: settlements first among the accounts whose payment of D reaches half their debt, then
  // one draw per account for a promise, a plan or a settlement.
  const bigPayers = accounts.filter((a) => a.paidOnD * 2 >= a.outstanding).length;
  const paidSettlementChance =
    bigPayers === 0 ? 0 : Math.min(1, (accounts.length * SETTLEMENT_SHARE * PAID_SETTLEMENT_SHARE) / bigPayers);
  const chosen: { account: PastDueAccount; kind: 'promise' | 'plan' | 'settlement' }[] = [];
  for (const a of accounts) {
    if (a.paidOnD * 2 >= a.outstanding && rnd.chance(paidSettlementChance)) {
      chosen.push({ account: a, kind: 'settlement' });
      continue;
    }
    const u = rnd.next();
    if (u < PROMISE_SHARE) chosen.push({ account: a, kind: 'promise' });
    else if (u < PROMISE_SHARE + PLAN_SHARE) chosen.push({ account: a, kind: 'plan' });
    else if (u < PROMISE_SHARE + PLAN_SHARE + SETTLEMENT_SHARE * (1 - PAID_SETTLEMENT_SHARE))
      chosen.push({ account: a, kind: 'settlement' });
  }
  const borrowers = await borrowersOf(
    store,
    chosen.filter((c) => c.kind === 'promise').map((c) => c.account.id),
  );

  const figures: DeskSetup = {
    ms: 0,
    pastDueAccounts: accounts.length,
    promises: 0,
    promisesDueBeforeD: 0,
    promisesDueOnD: 0,
    promisesDueAfterD: 0,
    plans: 0,
    planInstallments: 0,
    settlements: 0,
    settlementsPaidOnD: 0,
    activities: 0,
    events: 0,
  };
  const activities: Parameters<typeof recordActivities>[2][number][] = [];
  const promises: Row[] = [];
  const arrangements: Row[] = [];
  const events: AppendEventOptions[] = [];

  for (const { account: a, kind } of chosen) {
    const settings = settingsFor(portfolios, a.portfolioId);
    const zone = settings.timeZone;
    if (kind === 'promise') {
      const party = borrowers.get(a.id);
      if (party === undefined) continue;
      // Taken on a call in the last ten days, once the account was past due.
      const offset = rnd.int(Math.min(-1, Math.max(-10, -a.dpd)), -1);
      const takenAt = instant(offset, rnd.int(9, 19), rnd.int(0, 59));
      const takenOn = dateInZone(takenAt, zone);
      let dueOn: IsoDate;
      let amount: number;
      if (rnd.chance(0.5)) {
        dueOn = addDays(day, rnd.int(offset, -1));
        amount = wholeUp(Math.round(a.pastDue * (0.3 + 0.7 * rnd.next())));
        figures.promisesDueBeforeD++;
      } else if (a.paidOnD > 0) {
        // The payment of D is what was promised (kept), or part of it (partly kept).
        dueOn = day;
        amount = rnd.chance(0.7) ? a.paidOnD : wholeUp(Math.round(a.paidOnD * 1.5));
        figures.promisesDueOnD++;
      } else {
        dueOn = addDays(day, rnd.int(0, 14));
        amount = wholeUp(Math.round(a.pastDue * (0.3 + 0.7 * rnd.next())));
        if (dueOn === day) figures.promisesDueOnD++;
        else figures.promisesDueAfterD++;
      }
      amount = Math.max(1, Math.min(amount, maxPromiseAmount(a.outstanding)));
      const dueAt = rnd.chance(0.6) ? rnd.pick(DUE_TIMES) : null;
      const takenBy = workerOf(a);
      const dueText = `${dueOn}${dueAt === null ? '' : ` ${dueAt}`}`;
      const amountText = `${a.currency} ${formatAmount(amount, a.currency)}`;
      const activityId = newId('act', now);
      activities.push({
        activityId,
        accountId: a.id,
        partyId: party.key,
        channel: 'phone',
        direction: 'outbound',
        contactPoint: null,
        staff: [takenBy],
        startedAt: takenAt,
        endedAt: null,
        occurredOn: takenOn,
        outcome: 'promise',
        excuse: null,
        note: `承诺还款 ${amountText}，${dueText} 前 · promised to pay ${amountText} by ${dueText}`,
        evidence: [],
        workItemId: null,
        messageId: null,
        source: 'desk',
      });
      const promiseId = newId('prm', now);
      promises.push([
        promiseId,
        a.id,
        party.key,
        amount,
        a.currency,
        dueOn,
        dueAt,
        takenAt,
        takenOn,
        takenBy,
        'phone',
        activityId,
        'pending',
        0,
        null,
        stamp,
        stamp,
      ]);
      events.push({
        kind: 'promise.add',
        actor: takenBy,
        now,
        accountId: a.id,
        payload: {
          promise_id: promiseId,
          amount: formatAmount(amount, a.currency),
          currency: a.currency,
          due_on: dueOn,
          due_at: dueAt,
          taken_at: takenAt,
          taken_on: takenOn,
          taken_by: takenBy,
          party_id: party.id,
          channel: 'phone',
          activity_id: activityId,
        },
      });
      figures.promises++;
      continue;
    }

    // An arrangement: proposed on D − 2 or D − 1 by the collector, approved late on D − 1.
    const proposedAt = instant(rnd.int(-2, -1), rnd.int(9, 16), rnd.int(0, 59));
    const proposedOn = dateInZone(proposedAt, zone);
    const decidedAt = instant(-1, rnd.int(17, 18), rnd.int(0, 59));
    const decidedOn = dateInZone(decidedAt, zone);
    const paidOnD = kind === 'settlement' && a.paidOnD * 2 >= a.outstanding;
    const { terms, concession } =
      kind === 'plan'
        ? buildTerms({
            type: 'plan',
            proposedOn,
            outstanding: a.outstanding,
            pastDue: a.pastDue,
            installments: rnd.int(3, 6),
            firstDue: addDays(day, rnd.int(7, 28)),
            every: 'month',
          })
        : buildTerms({
            type: 'settlement',
            proposedOn,
            outstanding: a.outstanding,
            pastDue: a.pastDue,
            amount: paidOnD
              ? Math.min(a.outstanding, a.paidOnD >= 100 ? wholeDown(a.paidOnD) : a.paidOnD)
              : wholeUp(Math.round(a.outstanding * (0.7 + 0.25 * rnd.next()))),
            payBy: addDays(day, paidOnD ? rnd.int(0, 7) : rnd.int(7, 30)),
          });
    const roles = approversFor(settings.authority, concession);
    const deciderRole = roles.find((r) => byRole(r).length > 0);
    if (deciderRole === undefined) continue;
    const proposedBy = workerOf(a);
    const decidedBy = rnd.pick(byRole(deciderRole).filter((u) => u !== proposedBy));
    const answers =
      kind === 'plan'
        ? { funds_now: false, pay_today: false, sole_decider: true }
        : { funds_now: true, pay_today: paidOnD, sole_decider: true };
    const arrangementId = newId('arr', now);
    arrangements.push([
      arrangementId,
      a.id,
      kind,
      'approved',
      JSON.stringify(terms),
      JSON.stringify(answers),
      concession.discountBp,
      concession.planInstallments,
      a.outstanding,
      roles[0],
      proposedBy,
      proposedAt,
      proposedOn,
      decidedBy,
      decidedAt,
      decidedOn,
      null,
      null,
      0,
      null,
      stamp,
      stamp,
    ]);
    events.push(
      {
        kind: 'arrangement.propose',
        actor: proposedBy,
        now,
        accountId: a.id,
        payload: { arrangement_id: arrangementId, type: kind, terms, answers, required_role: roles[0], at: proposedAt },
      },
      {
        kind: 'arrangement.approve',
        actor: decidedBy,
        now,
        accountId: a.id,
        payload: { arrangement_id: arrangementId, at: decidedAt, decided_on: decidedOn, reason: null },
      },
    );
    if (kind === 'plan') {
      figures.plans++;
      figures.planInstallments += concession.planInstallments;
    } else {
      figures.settlements++;
      if (paidOnD) figures.settlementsPaidOnD++;
    }
  }

  await db.transaction().execute(async (trx) => {
    await recordActivities(store, trx, activities, now);
    const bulk = bulkWriter(store, trx);
    await bulk.insert('promises', PROMISE_COLUMNS, promises);
    await bulk.insert('arrangements', ARRANGEMENT_COLUMNS, arrangements);
    await appendEvents(store, trx, events);
  });
  figures.activities = activities.length;
  figures.events = events.length;
  figures.ms = Math.round((performance.now() - started) * 10) / 10;
  return { phase: 'setup-desk', ...figures };
}
