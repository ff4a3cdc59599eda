/**
 * The rule that judges promises to pay (README: "Promises to pay"), for one account on one cycle day.
 *
 * A promise of amount A due on day D counts the account's payments dated (value date, the portfolio's time
 * zone) from the day it was taken through D + grace days: its window. Several promises of one account take
 * those payments earliest due first, each at most its own amount, and each from the earliest payments in
 * its window first (a later promise's window ends no earlier, so the earliest payments are the ones it is
 * least likely to be able to use). The first run whose day is after D + grace gives the verdict: `kept`
 * when the counted payments reach A, `partly_kept` when above zero, `broken` at zero. Until then the
 * promise is `pending`, with what it has counted so far.
 *
 * A verdict is final: a promise already judged keeps its verdict and the payments it counted (its stored
 * `paid`, taken from its window before any pending promise takes anything), even when a payment arrives
 * later dated inside its window or a promise taken in error is entered afterwards with an earlier due day.
 * Cancelled promises count nothing.
 */
import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { Minor } from '../money/money.js';
import { PROMISE_VERDICTS, type PromiseStatus, type PromiseVerdict } from './promise-codes.js';

export interface PromiseToJudge {
  /** The promise's id: the last tie-break of the order. */
  id: string;
  amount: Minor;
  takenOn: IsoDate;
  /** The instant it was taken (UTC ISO): orders promises due on the same day. */
  takenAt: string;
  dueOn: IsoDate;
  status: PromiseStatus;
  /** What it counted as of its verdict (judged promises) or the last run (pending ones). */
  paid: Minor;
}

export interface DatedPayment {
  /** The payment's value date in the portfolio's time zone. */
  valueOn: IsoDate;
  amount: Minor;
}

export interface PromiseJudgement {
  id: string;
  /** `pending`, or the verdict; a promise judged earlier (or cancelled) keeps its status. */
  status: PromiseStatus;
  /** The payments counted towards it, at most its amount. */
  paid: Minor;
  /** True when this run gave the verdict. */
  judgedNow: boolean;
}

export interface PromiseWindow {
  from: IsoDate;
  to: IsoDate;
}

/** The days whose payments count towards a promise: taken day through due day + grace, inclusive. */
export function promiseWindow(p: Pick<PromiseToJudge, 'takenOn' | 'dueOn'>, graceDays: number): PromiseWindow {
  return { from: p.takenOn, to: addDays(p.dueOn, graceDays) };
}

/** The verdict for what was counted towards a promise of `amount`. */
export function verdictFor(paid: Minor, amount: Minor): PromiseVerdict {
  if (paid >= amount) return 'kept';
  return paid > 0 ? 'partly_kept' : 'broken';
}

const isVerdict = (s: PromiseStatus): s is PromiseVerdict => (PROMISE_VERDICTS as readonly string[]).includes(s);

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** Earliest due first; then earliest taken (UTC ISO instants sort as text); then id, so the order is total. */
export function compareByDue(a: PromiseToJudge, b: PromiseToJudge): number {
  return daysBetween(a.dueOn, b.dueOn) || compareText(a.takenAt, b.takenAt) || compareText(a.id, b.id);
}

/**
 * Judges the promises of ONE account as of cycle day `asOf`: payments dated after `asOf` are not counted
 * yet. Returns one judgement per promise, in the order given.
 */
export function judgePromises(input: {
  promises: readonly PromiseToJudge[];
  payments: readonly DatedPayment[];
  graceDays: number;
  asOf: IsoDate;
}): PromiseJudgement[] {
  const { graceDays, asOf } = input;
  // What is left of each payment (a payment of nothing or less counts nothing), earliest value date first.
  // Payments of one day are in or out of a window together, so their order among themselves cannot matter.
  const left = input.payments
    .filter((p) => p.valueOn <= asOf)
    .map((p) => ({ valueOn: p.valueOn, amount: Math.max(0, p.amount) }))
    .sort((a, b) => daysBetween(a.valueOn, b.valueOn));
  /** Takes up to `want` from the payments inside `window`, earliest first; returns what it took. */
  const take = (window: PromiseWindow, want: Minor): Minor => {
    let taken = 0;
    for (const p of left) {
      if (p.valueOn < window.from || p.valueOn > window.to) continue;
      // Nothing once `want` is reached or the payment is used up.
      const part = Math.min(p.amount, want - taken);
      p.amount -= part;
      taken += part;
    }
    return taken;
  };
  const judged = new Map<string, PromiseJudgement>();
  const ordered = [...input.promises].sort(compareByDue);
  for (const p of ordered) {
    if (!isVerdict(p.status)) continue;
    // A verdict's payments stay its own; they are taken first so no pending promise counts them again.
    take(promiseWindow(p, graceDays), Math.min(p.paid, p.amount));
    judged.set(p.id, { id: p.id, status: p.status, paid: p.paid, judgedNow: false });
  }
  for (const p of ordered) {
    if (p.status !== 'pending') continue;
    const window = promiseWindow(p, graceDays);
    const paid = take(window, p.amount);
    const due = asOf > window.to;
    judged.set(p.id, {
      id: p.id,
      status: due ? verdictFor(paid, p.amount) : 'pending',
      paid,
      judgedNow: due,
    });
  }
  return input.promises.map((p) => judged.get(p.id) ?? { id: p.id, status: p.status, paid: p.paid, judgedNow: false });
}
