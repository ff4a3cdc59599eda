/**
 * One account's share of a cycle run up to day D: what the cycle does for each account it loads.
 *
 * Days up to the closed day (the later of the portfolio's last closed day and the last day this account's
 * ledger changed) are never rewritten. The stored state is moved forward from the day after it, with the
 * payments that arrived in time, each allocated on its own date.
 *
 * A payment dated on or before the closed day arrived late (bank files often come days after the money
 * moved). It is value-dated: the ledger is worked out again from the opening date with that payment on its
 * own date, and the difference against the moved-forward state is posted on D as a `payment` entry plus
 * `correction`/`reallocation` entries that reference it. Late payments are taken one at a time, oldest
 * first, so each correction names the payment that caused it. An instalment booked after its due date was
 * closed (`replayFrom`) is value-dated the same way, with corrections that reference no payment.
 *
 * After it, the balances are exactly those of on-time arrival, so every later day runs as if nothing had
 * been late. A run for a day already closed posts nothing late: that waits for the next day's run.
 *
 * Arrangements (plans, settlements) act on the ledger on their days, and a replay reproduces them. An
 * arrangement fixes the balance it acted on: money that arrives after a plan started, was breached or a
 * settlement waived the rest, but is dated on or before that day, counts from the day after it
 * (`valueDateFloor`) — it pays the plan, it does not reopen what the plan moved.
 */
import { addDays, type IsoDate, maxDate } from '../calendar/calendar.js';
import { advanceLedger } from './advance-ledger.js';
import type { ArrangementOutcome, LedgerArrangement } from './arrangement-effects.js';
import { correctLedger } from './correct-ledger.js';
import type { Hold, LedgerState, PaymentToPost, Posting } from './ledger-types.js';
import { replayLedger, scheduleOf, type TermsPeriod } from './replay-ledger.js';

export interface AccountPayment {
  id: number;
  /** The calendar date of paid_at in the portfolio's time zone. */
  valueOn: IsoDate;
  paidAt: string;
  amount: number;
  /** The day the cycle posted it; null while pending. */
  postedOn?: IsoDate | null;
}

export interface MoveAccountLedgerOptions {
  /** Oldest first; the last period holds the terms in force now. */
  terms: readonly TermsPeriod[];
  state: LedgerState;
  /** The last day this account's ledger changed; null when it never did. */
  changedThrough: IsoDate | null;
  /** The last day the account's portfolio closed; null before its first completed run. */
  closedThrough: IsoDate | null;
  to: IsoDate;
  /** Payments not yet posted, dated on or before `to`. */
  pending: readonly AccountPayment[];
  holds: readonly Hold[];
  /** Set when an instalment arrived after its due date was closed. */
  replayFrom: IsoDate | null;
  /**
   * Payments already posted, each on its value date. Needed only when something is value-dated
   * (`needsHistory`); the cycle loads them for those accounts alone.
   */
  posted?: readonly AccountPayment[];
  /** Approved plans and settlements with their days. */
  arrangements?: readonly LedgerArrangement[];
  /** The last day an arrangement acted on this ledger; money dated on or before it counts from the next day. */
  valueDateFloor?: IsoDate | null;
}

export interface MoveAccountLedgerResult {
  state: LedgerState;
  postings: Posting[];
  /** The day each pending payment was posted on (its value date, or D when it arrived late). */
  postedPayments: { id: number; postedOn: IsoDate }[];
  /** The last day the ledger changed, after this run. */
  changedThrough: IsoDate | null;
  /** True when late payments or instalments were value-dated. */
  valueDated: boolean;
  /** How many late payments were value-dated. */
  latePayments: number;
  /** Instalment-days that accrued penalty in the days this run moved forward. */
  accrualDays: number;
  /** What arrangements did on the days this run moved forward. */
  outcomes: ArrangementOutcome[];
}

/** The last day no run may rewrite for this account. */
export function closedDay(changedThrough: IsoDate | null, closedThrough: IsoDate | null): IsoDate | null {
  if (changedThrough === null) return closedThrough;
  if (closedThrough === null) return changedThrough;
  return maxDate(changedThrough, closedThrough);
}

function toPost(p: AccountPayment, openedOn: IsoDate): PaymentToPost {
  // A payment dated before the opening date (refused by the import, possible in older data) counts from it.
  return { id: p.id, postedOn: p.valueOn < openedOn ? openedOn : p.valueOn, paidAt: p.paidAt, amount: p.amount };
}

function byArrivalOrder(a: AccountPayment, b: AccountPayment): number {
  if (a.valueOn !== b.valueOn) return a.valueOn < b.valueOn ? -1 : 1;
  if (a.paidAt !== b.paidAt) return a.paidAt < b.paidAt ? -1 : 1;
  return a.id - b.id;
}

/** Whether this account's run value-dates something, so the caller must load its posted payments. */
export function needsHistory(options: Omit<MoveAccountLedgerOptions, 'posted' | 'terms' | 'state'>): boolean {
  const closed = closedDay(options.changedThrough, options.closedThrough);
  if (closed === null || options.to <= closed) return false;
  return options.replayFrom !== null || options.pending.some((p) => p.valueOn <= closed);
}

/**
 * A payment dated on or before the floor that was not yet posted when the floor's arrangement acted counts
 * from the day after the floor (see the header).
 */
function floored(payments: readonly AccountPayment[], floor: IsoDate | null | undefined): AccountPayment[] {
  if (!floor) return [...payments];
  const next = addDays(floor, 1);
  return payments.map((p) =>
    p.valueOn <= floor && (p.postedOn === undefined || p.postedOn === null || p.postedOn > floor)
      ? { ...p, valueOn: next }
      : p,
  );
}

export function moveAccountLedger(input: MoveAccountLedgerOptions): MoveAccountLedgerResult {
  const options: MoveAccountLedgerOptions = {
    ...input,
    pending: floored(input.pending, input.valueDateFloor),
    posted: input.posted && floored(input.posted, input.valueDateFloor),
  };
  const current = options.terms.at(-1);
  if (!current) throw new Error('an account needs its terms');
  const terms = current.terms;
  const { to } = options;
  const closed = closedDay(options.changedThrough, options.closedThrough);
  const from = closed === null ? terms.openedOn : addDays(closed, 1);
  const canValueDate = closed !== null && to > closed;
  const late = canValueDate ? options.pending.filter((p) => p.valueOn <= closed).sort(byArrivalOrder) : [];
  const onTime = closed === null ? options.pending : options.pending.filter((p) => p.valueOn > closed);

  const onTimePosts = onTime.map((p) => toPost(p, terms.openedOn));
  const moved = advanceLedger({
    terms,
    state: options.state,
    from,
    to,
    payments: onTimePosts,
    holds: options.holds,
    arrangements: options.arrangements,
  });
  const postedPayments = onTimePosts.map((p) => ({ id: p.id, postedOn: p.postedOn }));
  const replay = canValueDate && (late.length > 0 || options.replayFrom !== null);
  if (!replay) {
    return {
      state: moved.state,
      postings: moved.postings,
      postedPayments,
      changedThrough: moved.lastChangedOn ?? options.changedThrough,
      valueDated: false,
      latePayments: 0,
      accrualDays: moved.accrualDays,
      outcomes: moved.outcomes,
    };
  }
  if (!options.posted) throw new Error('value-dating needs the posted payments of the account');

  // Plan instalments are not part of the contract's schedule: the replay creates them when their plan starts.
  const schedule = scheduleOf(options.state).filter((s) => !s.arrangementId);
  const known = [...options.posted.map((p) => toPost(p, terms.openedOn)), ...onTimePosts];
  const postings = [...moved.postings];
  let state = moved.state;
  let outcomes: ArrangementOutcome[] = moved.outcomes;
  const replayWith = (payments: PaymentToPost[]) => {
    const sink: ArrangementOutcome[] = [];
    const replayed = replayLedger({
      terms: options.terms,
      schedule,
      payments,
      holds: options.holds,
      to,
      arrangements: options.arrangements,
      outcomes: sink,
    });
    // Days up to the closed day were reported by the runs that closed them.
    outcomes = closed === null ? sink : sink.filter((o) => o.on > closed);
    return replayed;
  };

  if (options.replayFrom !== null) {
    // A late instalment: the same payments, but the instalment's closed days worked out as on time.
    const target = replayWith(known);
    postings.push(...correctLedger({ from: state, to: target, on: to, payment: null }));
    state = target;
  }
  for (const payment of late) {
    const entry = toPost(payment, terms.openedOn);
    known.push(entry);
    const target = replayWith(known);
    postings.push(...correctLedger({ from: state, to: target, on: to, payment: { ...entry, postedOn: to } }));
    state = target;
    postedPayments.push({ id: payment.id, postedOn: to });
  }
  // Money is conserved: every credit movement is an entry, so the entries must carry the credit exactly.
  const moves = postings.reduce((sum, p) => sum + p.credit, 0);
  if (options.state.credit + moves !== state.credit) {
    throw new Error(
      `value-dating would leave unapplied credit ${state.credit} but entries that add up to ${options.state.credit + moves}`,
    );
  }
  return {
    state,
    postings,
    postedPayments,
    changedThrough: to,
    valueDated: true,
    latePayments: late.length,
    accrualDays: moved.accrualDays,
    outcomes,
  };
}
