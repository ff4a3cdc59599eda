/**
 * The limitation clock of each account, set-based (limitation-facts.ts reads a fixed number of statements
 * for the whole set), by its portfolio's rule pack and that pack's holiday calendar: when the period runs
 * out, whether the debt is time-barred today, whether the debtor waived the defence, and what restarted
 * it. The contact gate reads `timeBarred`; the cycle's features step reads the days left; `dunwell legal
 * clock` shows one account's clock with every event.
 */
import type { Kysely } from 'kysely';
import { compliancePack } from '../compliance/compliance-packs.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { PackId } from '../domain/compliance/compliance-codes.js';
import { type LimitationClock, type LimitationStep, limitationClock } from '../domain/legal/limitation-clock.js';
import type { Schema } from '../store/schema.js';
import { holidayCalendar } from './holiday-calendars.js';
import {
  type AccountFilter,
  idsFilter,
  type LimitationFacts,
  loadLimitationFacts,
  rangeFilter,
} from './limitation-facts.js';

export interface AccountLimitationClock {
  pack: PackId;
  /** The last day a claim is in time. */
  expiresOn: IsoDate;
  /** `today` is after expiresOn. */
  timeBarred: boolean;
  /** A payment or acknowledgement after expiry gave up the defence. */
  waived: boolean;
  /** Days from today to expiresOn (negative once barred). */
  daysLeft: number;
  /** The events that restarted the period or waived the defence, in date order. */
  restartedBy: LimitationStep[];
  /** The whole clock: every event with its effect, the matching day, the absolute limit. */
  clock: LimitationClock;
}

/** Ids per statement. */
const CHUNK = 1000;

/** The clocks of these accounts as of `today`; an account without contract instalments has none. */
export async function limitationClocks(
  db: Kysely<Schema>,
  accountIds: readonly number[],
  today: IsoDate,
): Promise<Map<number, AccountLimitationClock>> {
  const out = new Map<number, AccountLimitationClock>();
  const ids = [...new Set(accountIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const [id, clock] of await clocksWhere(db, idsFilter(ids.slice(i, i + CHUNK)), today)) out.set(id, clock);
  }
  return out;
}

/** The clocks of the accounts with internal ids from `from` to `to` (a cycle range). */
export function limitationClocksInRange(
  db: Kysely<Schema>,
  range: { from: number; to: number },
  today: IsoDate,
): Promise<Map<number, AccountLimitationClock>> {
  return clocksWhere(db, rangeFilter(range.from, range.to), today);
}

async function clocksWhere(
  db: Kysely<Schema>,
  where: AccountFilter,
  today: IsoDate,
): Promise<Map<number, AccountLimitationClock>> {
  const out = new Map<number, AccountLimitationClock>();
  for (const [id, facts] of await loadLimitationFacts(db, where, today)) out.set(id, clockOf(facts, today));
  return out;
}

export function clockOf(facts: LimitationFacts, today: IsoDate): AccountLimitationClock {
  const { limitation } = compliancePack(facts.pack);
  const clock = limitationClock(limitation, holidayCalendar(limitation.counting.calendar), {
    lastDueOn: facts.lastDueOn,
    events: facts.events,
    asOf: today,
  });
  return {
    pack: facts.pack,
    expiresOn: clock.expiresOn,
    timeBarred: clock.timeBarred === true,
    waived: clock.waived,
    daysLeft: clock.daysLeft ?? 0,
    restartedBy: clock.restartedBy,
    clock,
  };
}
