/**
 * `dunwell legal suggest`: the accounts for which the methodology says to consider going to law, each with
 * the triggers that fired and why (src/domain/legal/case-triggers.ts), and the route (notarized enforcement
 * where the contract allows it, else a suit).
 *
 * Set-based for the whole book: the accounts are walked in ranges of internal ids, and each range is read
 * with one statement per table — the past-due active accounts, their collateral, deceased holds, watch
 * events about the borrower, the activities, promises and arrangements of the window, recent payments,
 * open cases — plus the limitation clocks of its past-due accounts (limitation-clocks.ts); the rule runs in
 * memory. The cost grows with the book, never with a round trip per account.
 */
import type { Kysely } from 'kysely';
import { isRightPartyContact, RIGHT_PARTY_OUTCOMES } from '../domain/activity/activity-codes.js';
import { DEFAULT_TIME_ZONE } from '../domain/ageing/ageing.js';
import { addDays, dateInZone, type IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { type CaseKind, FINAL_CASE_STATUSES, type Words } from '../domain/legal/case-codes.js';
import {
  CASE_TRIGGER_CODES,
  CASE_TRIGGER_LABELS,
  CASE_TRIGGER_PARAMS,
  type CaseActivityFact,
  type CaseFacts,
  type CaseSuggestionSkip,
  type CaseTriggerCode,
  suggestCase,
} from '../domain/legal/case-triggers.js';
import { formatAmount } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { OUTSTANDING_COLUMNS, outstandingTotal } from '../store/shapes/account-state.js';
import { type AccountLimitationClock, limitationClocks } from './limitation-clocks.js';

export interface SuggestedCase {
  account_id: string;
  dpd: number;
  currency: string;
  outstanding: string;
  route: CaseKind;
  triggers: { code: CaseTriggerCode; label: Words; reason: Words }[];
}

export interface CaseSuggestions {
  /** Active past-due accounts looked at. */
  considered: number;
  /** Accounts with at least one trigger (all of them, even past `limit`). */
  suggested: number;
  /** Accounts whose facts were not weighed, and why. */
  skipped: Record<CaseSuggestionSkip, number>;
  /** How many accounts each trigger fired for. */
  by_trigger: Record<CaseTriggerCode, number>;
  /** The suggestions, most triggers first, then the largest debts. */
  accounts: SuggestedCase[];
  ms: number;
}

/** Account ids per range: each statement reads at most this many accounts' rows. */
const RANGE = 5_000;

const OPEN_ARRANGEMENTS = ['proposed', 'approved', 'active'];
const ASSET_WATCH_TYPES = ['death', 'ownership_change', 'litigation', 'insolvency'];

export async function suggestLegalCases(options: {
  db: Kysely<Schema>;
  /** One account (the lender's id), or the whole book when left out. */
  accountId?: string;
  now: Date;
  /** Keep only the first N suggestions (the counts are of all). */
  limit?: number;
  rangeSize?: number;
}): Promise<CaseSuggestions> {
  const started = performance.now();
  const { db, now } = options;
  const zones = new Map(
    (await db.selectFrom('portfolios').select(['portfolio_id', 'time_zone']).execute()).map((p) => [
      p.portfolio_id,
      dateInZone(now.toISOString(), p.time_zone),
    ]),
  );
  const todayOf = (portfolio: string) => zones.get(portfolio) ?? dateInZone(now.toISOString(), DEFAULT_TIME_ZONE);
  let lo: number;
  let hi: number;
  if (options.accountId !== undefined) {
    const one = await db
      .selectFrom('accounts')
      .select('id')
      .where('account_id', '=', options.accountId)
      .executeTakeFirst();
    if (!one) throw new AppError('NOT_FOUND', `no account with account_id "${options.accountId}"`);
    lo = hi = Number(one.id);
  } else {
    const bounds = await db
      .selectFrom('accounts')
      .select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')])
      .executeTakeFirst();
    if (bounds?.lo === null || bounds?.lo === undefined || bounds.hi === null) return empty(started);
    lo = Number(bounds.lo);
    hi = Number(bounds.hi);
  }
  const result = empty(started);
  const size = options.rangeSize ?? RANGE;
  for (let from = lo; from <= hi; from += size) {
    const to = Math.min(hi, from + size - 1);
    await suggestRange(db, { from, to }, todayOf, result);
  }
  result.suggested = result.accounts.length;
  result.accounts.sort(
    (a, b) =>
      b.triggers.length - a.triggers.length ||
      Number(b.outstanding) - Number(a.outstanding) ||
      (a.account_id < b.account_id ? -1 : 1),
  );
  if (options.limit !== undefined) result.accounts = result.accounts.slice(0, options.limit);
  result.ms = Math.round((performance.now() - started) * 10) / 10;
  return result;
}

function empty(started: number): CaseSuggestions {
  return {
    considered: 0,
    suggested: 0,
    skipped: { not_owed: 0, open_case: 0, time_barred: 0 },
    by_trigger: Object.fromEntries(CASE_TRIGGER_CODES.map((c) => [c, 0])) as Record<CaseTriggerCode, number>,
    accounts: [],
    ms: Math.round((performance.now() - started) * 10) / 10,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function suggestRange(
  db: Kysely<Schema>,
  range: { from: number; to: number },
  todayOf: (portfolio: string) => IsoDate,
  result: CaseSuggestions,
): Promise<void> {
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'account_id', 'portfolio_id', 'currency', 'dpd', 'notarized_on', ...OUTSTANDING_COLUMNS])
    .where('id', '>=', range.from)
    .where('id', '<=', range.to)
    .where('status', '=', 'active')
    .where('dpd', '>', 0)
    .execute();
  if (accounts.length === 0) return;
  // The window reaches back from the earliest today of the range's portfolios.
  const todays = new Set(accounts.map((a) => todayOf(a.portfolio_id)));
  const earliest = [...todays].sort()[0] as IsoDate;
  const windowFrom = addDays(earliest, -CASE_TRIGGER_PARAMS.windowDays);
  const paidFrom = addDays(earliest, -CASE_TRIGGER_PARAMS.noPaymentDays);

  const [collateral, holds, watch, activities, promises, arrangements, payments, cases] = await Promise.all([
    db
      .selectFrom('collateral')
      .select(['account_id', 'type'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .execute(),
    db
      .selectFrom('account_holds')
      .select(['account_id', 'to_on'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('type', '=', 'deceased')
      .where('lifted_at', 'is', null)
      .execute(),
    db
      .selectFrom('watch_events as w')
      .leftJoin('relations as r', (join) =>
        join
          .onRef('r.account_id', '=', 'w.account_id')
          .onRef('r.party_id', '=', 'w.party_id')
          .on('r.role', '=', 'borrower'),
      )
      .select(['w.account_id', 'w.type', 'w.occurred_on'])
      .where('w.account_id', '>=', range.from)
      .where('w.account_id', '<=', range.to)
      .where('w.type', 'in', ASSET_WATCH_TYPES)
      .where((eb) => eb.or([eb('w.party_id', 'is', null), eb('r.party_id', 'is not', null)]))
      .execute(),
    db
      .selectFrom('activities')
      .select(['account_id', 'occurred_on', 'channel', 'outcome', 'excuse'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('occurred_on', '>=', windowFrom)
      .where((eb) =>
        eb.or([eb('excuse', 'is not', null), eb('outcome', 'in', ['deceased', 'not_found', ...RIGHT_PARTY_OUTCOMES])]),
      )
      .execute(),
    db
      .selectFrom('promises')
      .select(['account_id', 'status', 'taken_on', 'decided_on'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb('taken_on', '>=', windowFrom)]))
      .execute(),
    db
      .selectFrom('arrangements')
      .select(['account_id', 'status', 'proposed_on'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('status', '!=', 'cancelled')
      .where((eb) => eb.or([eb('status', 'in', OPEN_ARRANGEMENTS), eb('proposed_on', '>=', windowFrom)]))
      .execute(),
    db
      .selectFrom('payments')
      .select((eb) => ['account_id', eb.fn.max('value_on').as('last')])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('value_on', '>=', paidFrom)
      .groupBy('account_id')
      .execute(),
    db
      .selectFrom('legal_cases')
      .select(['account_id', 'kind'])
      .where('account_id', '>=', range.from)
      .where('account_id', '<=', range.to)
      .where('status', 'not in', FINAL_CASE_STATUSES)
      .execute(),
  ]);
  const clocks = await clocksOf(db, accounts, todayOf, todays);

  const collateralOf = new Map<number, string[]>();
  for (const c of collateral) push(collateralOf, Number(c.account_id), c.type);
  const watchOf = new Map<number, { type: string; on: IsoDate }[]>();
  for (const w of watch) push(watchOf, Number(w.account_id), { type: w.type, on: w.occurred_on });
  const activitiesOf = new Map<number, CaseActivityFact[]>();
  for (const a of activities) {
    push(activitiesOf, Number(a.account_id), {
      on: a.occurred_on,
      channel: a.channel,
      outcome: a.outcome,
      excuse: a.excuse,
      rightParty: isRightPartyContact(a.outcome),
    });
  }
  const agreement = new Map<number, { last: IsoDate | null; open: boolean; broken: number }>();
  const agreementOf = (id: number) => {
    let a = agreement.get(id);
    if (!a) {
      a = { last: null, open: false, broken: 0 };
      agreement.set(id, a);
    }
    return a;
  };
  for (const p of promises) {
    const a = agreementOf(Number(p.account_id));
    if (a.last === null || p.taken_on > a.last) a.last = p.taken_on;
    if (p.status === 'pending') a.open = true;
    if (p.status === 'broken' && (p.decided_on ?? p.taken_on) >= windowFrom) a.broken++;
  }
  for (const r of arrangements) {
    const a = agreementOf(Number(r.account_id));
    if (a.last === null || r.proposed_on > a.last) a.last = r.proposed_on;
    if (OPEN_ARRANGEMENTS.includes(r.status)) a.open = true;
  }
  const lastPaid = new Map(payments.map((p) => [Number(p.account_id), p.last as IsoDate | null]));
  const openCase = new Map(cases.map((c) => [Number(c.account_id), c.kind as CaseKind]));
  const portfolioOf = new Map(accounts.map((a) => [Number(a.id), a.portfolio_id]));
  const deceased = new Set<number>();
  for (const h of holds) {
    const portfolio = portfolioOf.get(Number(h.account_id));
    if (portfolio !== undefined && (h.to_on === null || h.to_on >= todayOf(portfolio)))
      deceased.add(Number(h.account_id));
  }

  for (const a of accounts) {
    const key = Number(a.id);
    const today = todayOf(a.portfolio_id);
    const agreed = agreement.get(key);
    const facts: CaseFacts = {
      today,
      dpd: Number(a.dpd),
      outstanding: outstandingTotal(a),
      notarizedOn: a.notarized_on,
      collateralTypes: collateralOf.get(key) ?? [],
      deceasedHold: deceased.has(key),
      watch: watchOf.get(key) ?? [],
      activities: activitiesOf.get(key) ?? [],
      lastAgreementOn: agreed?.last ?? null,
      openAgreement: agreed?.open ?? false,
      brokenPromises: agreed?.broken ?? 0,
      lastPaymentOn: lastPaid.get(key) ?? null,
      limitationExpiresOn: clocks.get(key)?.expiresOn ?? null,
      openCase: openCase.get(key) ?? null,
    };
    result.considered++;
    const suggestion = suggestCase(facts);
    if (suggestion.skipped !== null) {
      result.skipped[suggestion.skipped]++;
      continue;
    }
    if (suggestion.triggers.length === 0) continue;
    for (const t of suggestion.triggers) result.by_trigger[t.code]++;
    result.accounts.push({
      account_id: a.account_id,
      dpd: facts.dpd,
      currency: a.currency,
      outstanding: formatAmount(facts.outstanding, a.currency),
      route: suggestion.route,
      triggers: suggestion.triggers.map((t) => ({
        code: t.code,
        label: CASE_TRIGGER_LABELS[t.code],
        reason: t.reason,
      })),
    });
  }
}

/**
 * The limitation clocks of the range's candidates, as of each one's business day. By their ids, not the
 * whole range: only the past-due accounts (a third of a typical book) need one.
 */
async function clocksOf(
  db: Kysely<Schema>,
  accounts: readonly { id: number | string; portfolio_id: string }[],
  todayOf: (portfolio: string) => IsoDate,
  todays: Set<IsoDate>,
): Promise<Map<number, AccountLimitationClock>> {
  const out = new Map<number, AccountLimitationClock>();
  for (const today of todays) {
    const ids = accounts.filter((a) => todayOf(a.portfolio_id) === today).map((a) => Number(a.id));
    for (const [id, clock] of await limitationClocks(db, ids, today)) out.set(id, clock);
  }
  return out;
}
