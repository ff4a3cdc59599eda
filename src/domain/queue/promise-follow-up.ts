/**
 * What promises to pay add to the day's work (README: "The daily queue" and "Promises to pay").
 *
 * A promise the cycle judged broken today is a reason for a call this morning, the morning after the last
 * day that counted: the debtor has just shown they will not pay of their own accord, and the methodology
 * follows a broken promise at once (毁约 is answered the next day, not at the next turn of the strategy).
 * If the strategy already planned a phone action to the party who promised, that action carries the
 * reason; otherwise a call is added, to the borrower (`call`) or to the co-borrower or guarantor who
 * promised (`guarantor_call`), in the morning, when negotiation goes best (上午头脑清醒时适合进行谈判). Either
 * way the item's priority counts double (BROKEN_PROMISE_WEIGHT).
 *
 * A promise due today adds no work: a planned manual action that reaches the account says in its reason
 * that the debtor promised to pay today, so the collector reminds rather than presses.
 */
import type { IsoDate } from '../calendar/calendar.js';
import { formatAmount, type Minor } from '../money/money.js';
import type { PlannedAction } from '../strategy/decision.js';
import { ACTIONS, type Tier } from '../strategy/strategy-codes.js';

/** A broken-promise call counts double in priority (expected recovery per minute × 2). */
export const BROKEN_PROMISE_WEIGHT = 2;

/** The local window of a call added for a broken promise: the morning. */
export const FOLLOW_UP_WINDOW = { from: '09:00', to: '12:00' } as const;

/** A promise as the queue sees it: which, how much, when, and who promised (internal party id). */
export interface QueuedPromise {
  promiseId: string;
  amount: Minor;
  currency: string;
  dueOn: IsoDate;
  dueAt: string | null;
  partyId: number | null;
}

/** An action of the day with the party it addresses, and whether it follows up a broken promise. */
export interface DayAction {
  planned: PlannedAction;
  partyId: number | null;
  brokenPromise: boolean;
}

const money = (p: QueuedPromise) => `${p.currency} ${formatAmount(p.amount, p.currency)}`;

/** `跳票 promise broken: CNY 500.00 due 2026-11-05, nothing paid (prm_…)`, one clause per promise. */
export function brokenPromiseReason(broken: readonly QueuedPromise[]): string {
  return `跳票 promise broken: ${broken
    .map((p) => `${money(p)} due ${p.dueOn}, nothing paid (${p.promiseId})`)
    .join('; ')}`;
}

/** `承诺今日还款 promised for today: CNY 500.00 by 15:00 (prm_…); remind, do not press`. */
export function duePromiseReason(due: readonly QueuedPromise[]): string {
  return `承诺今日还款 promised for today: ${due
    .map((p) => `${money(p)}${p.dueAt === null ? '' : ` by ${p.dueAt}`} (${p.promiseId})`)
    .join('; ')}; remind, do not press`;
}

/**
 * The day's actions of one account with its promises taken into account. `actions` are the strategy's, each
 * with the party it resolved to; broken are the promises judged broken today, due those falling due today
 * (pending). A broken promise is followed up only while something is past due (`pastDue` > 0): otherwise
 * there is nothing to ask for.
 */
export function withPromiseFollowUps(options: {
  actions: readonly Omit<DayAction, 'brokenPromise'>[];
  broken: readonly QueuedPromise[];
  due: readonly QueuedPromise[];
  borrowerPartyId: number | null;
  tier: Tier;
  pastDue: Minor;
}): DayAction[] {
  const { broken, due, borrowerPartyId } = options;
  const out: DayAction[] = options.actions.map((a) => ({ ...a, brokenPromise: false }));
  if (due.length > 0) {
    for (const a of out) {
      if (a.planned.manual) a.planned = { ...a.planned, reason: `${a.planned.reason} · ${duePromiseReason(due)}` };
    }
  }
  if (broken.length === 0 || options.pastDue <= 0) return out;
  // Each party who broke a promise is called once, about all they broke.
  const byParty = new Map<number | null, QueuedPromise[]>();
  for (const p of broken) {
    const party = p.partyId ?? borrowerPartyId;
    byParty.set(party, [...(byParty.get(party) ?? []), p]);
  }
  for (const [partyId, promises] of byParty) {
    if (partyId === null) continue;
    const reason = brokenPromiseReason(promises);
    const planned = out.find((a) => a.planned.manual && a.planned.channel === 'phone' && a.partyId === partyId);
    if (planned) {
      planned.planned = { ...planned.planned, reason: `${planned.planned.reason} · ${reason}` };
      planned.brokenPromise = true;
      continue;
    }
    const action = partyId === borrowerPartyId ? 'call' : 'guarantor_call';
    const spec = ACTIONS[action];
    out.push({
      partyId,
      brokenPromise: true,
      planned: {
        action,
        channel: spec.channel,
        manual: true,
        target: spec.target,
        window: FOLLOW_UP_WINDOW,
        tone: 'firm',
        template: null,
        tier: options.tier,
        minutes: spec.minutes,
        reason: `${reason} · call the morning after`,
      },
    });
  }
  return out;
}
