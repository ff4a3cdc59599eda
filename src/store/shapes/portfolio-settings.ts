/**
 * The one column list and mapper for a portfolio's settings (time zone, bucket and stage ladders, closed
 * day, rate flag): the cycle, the reports, `portfolio list` and `portfolio set` all read them here.
 */
import type { Kysely } from 'kysely';
import {
  type BucketRung,
  DEFAULT_BUCKETS,
  DEFAULT_STAGES,
  DEFAULT_TIME_ZONE,
  type StageRung,
} from '../../domain/ageing/ageing.js';
import { DEFAULT_PLAN_BREACH_DAYS } from '../../domain/arrangement/arrangement-codes.js';
import { type AuthorityLadder, DEFAULT_AUTHORITY, parseAuthority } from '../../domain/arrangement/authority-ladder.js';
import type { IsoDate } from '../../domain/calendar/calendar.js';
import { DEFAULT_PROMISE_GRACE_DAYS } from '../../domain/promise/promise-codes.js';
import { DEFAULT_PAYDAYS } from '../../domain/strategy/strategy-codes.js';
import type { PortfolioRow, Schema } from '../schema.js';

export const PORTFOLIO_SETTINGS_COLUMNS = [
  'portfolio_id',
  'time_zone',
  'buckets',
  'stages',
  'closed_through',
  'allow_rates_above_one',
  'paydays',
  'promise_grace_days',
  'plan_breach_days',
  'authority',
] as const;

export interface PortfolioSettings {
  portfolioId: string;
  timeZone: string;
  buckets: readonly BucketRung[];
  stages: readonly StageRung[];
  /** The last day a completed cycle run closed for this portfolio; null before the first. */
  closedThrough: IsoDate | null;
  /** Contracts in it may carry rates above 1 (100 %). */
  allowRatesAboveOne: boolean;
  /** Days of the month (1–31, ascending) its debtors are paid; strategies time contact around them. */
  paydays: readonly number[];
  /** Days after a promise's due day that payments still count towards it. */
  promiseGraceDays: number;
  /** Days a plan instalment may stay unpaid past its due date before the plan is breached. */
  planBreachDays: number;
  /** Who may approve which discount and which plan length. */
  authority: AuthorityLadder;
}

export function portfolioSettingsFromRow(
  r: Pick<PortfolioRow, (typeof PORTFOLIO_SETTINGS_COLUMNS)[number]>,
): PortfolioSettings {
  return {
    portfolioId: r.portfolio_id,
    timeZone: r.time_zone || DEFAULT_TIME_ZONE,
    buckets: r.buckets ? (JSON.parse(r.buckets) as BucketRung[]) : DEFAULT_BUCKETS,
    stages: r.stages ? (JSON.parse(r.stages) as StageRung[]) : DEFAULT_STAGES,
    closedThrough: r.closed_through,
    allowRatesAboveOne: Number(r.allow_rates_above_one) === 1,
    paydays: r.paydays ? r.paydays.split(',').map(Number) : DEFAULT_PAYDAYS,
    promiseGraceDays: Number(r.promise_grace_days ?? DEFAULT_PROMISE_GRACE_DAYS),
    planBreachDays: Number(r.plan_breach_days ?? DEFAULT_PLAN_BREACH_DAYS),
    authority: r.authority ? parseAuthority(r.authority) : DEFAULT_AUTHORITY,
  };
}

export async function loadPortfolioSettings(db: Kysely<Schema>): Promise<Map<string, PortfolioSettings>> {
  const rows = await db.selectFrom('portfolios').select(PORTFOLIO_SETTINGS_COLUMNS).execute();
  return new Map(rows.map((r) => [r.portfolio_id, portfolioSettingsFromRow(r)]));
}

/** The settings of a portfolio, or the defaults for one not (yet) stored. */
export function settingsFor(all: Map<string, PortfolioSettings>, portfolioId: string): PortfolioSettings {
  return (
    all.get(portfolioId) ?? {
      portfolioId,
      timeZone: DEFAULT_TIME_ZONE,
      buckets: DEFAULT_BUCKETS,
      stages: DEFAULT_STAGES,
      closedThrough: null,
      allowRatesAboveOne: false,
      paydays: DEFAULT_PAYDAYS,
      promiseGraceDays: DEFAULT_PROMISE_GRACE_DAYS,
      planBreachDays: DEFAULT_PLAN_BREACH_DAYS,
      authority: DEFAULT_AUTHORITY,
    }
  );
}
