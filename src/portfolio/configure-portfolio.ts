/**
 * Portfolio settings: the time zone that dates payments, the DPD ladders for buckets and life-cycle
 * stages, and whether contracts may carry annual rates above 100 %. Creating a portfolio here (rather
 * than letting an account import create it with defaults) lets a lender set them before the first
 * payment arrives.
 *
 * Changing the ladders re-buckets the portfolio's accounts at once (one set-based statement); changing
 * the time zone re-dates the payments still waiting to be posted (posted ones are history). Every change
 * is recorded as an event, in the same transaction.
 */
import type { Kysely } from 'kysely';
import { tightenedPack } from '../compliance/portfolio-pack.js';
import {
  type BucketRung,
  isStageLadder,
  type StageRung,
  validateLadder,
  validateStageLadder,
} from '../domain/ageing/ageing.js';
import { type AuthorityRung, checkedAuthority, formatAuthority } from '../domain/arrangement/authority-ladder.js';
import { dateInZone, isTimeZone } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { appendEvent } from '../event/append-event.js';
import { checkedLenderKind } from '../legal/lender-kind.js';
import { inTransaction } from '../store/in-transaction.js';
import type { Schema } from '../store/schema.js';
import {
  PORTFOLIO_SETTINGS_COLUMNS,
  portfolioSettingsFromRow,
  settingsFor,
} from '../store/shapes/portfolio-settings.js';
import { rebucketAccounts } from '../store/write-ageing.js';
import { listPortfolios, type PortfolioView } from './list-portfolios.js';

type Rung = { name: string; minDpd: number };

/** Parses "M0=0,M1=1,M2=31" into a ladder and checks it (see validateLadder). */
export function parseLadder(spec: string, what: 'buckets'): BucketRung[];
export function parseLadder(spec: string, what: 'stages'): StageRung[];
export function parseLadder(spec: string, what: 'buckets' | 'stages'): BucketRung[] | StageRung[] {
  const rungs: Rung[] = spec.split(',').map((part, i) => {
    const m = /^\s*([^=\s]+)\s*=\s*(\d{1,9})\s*$/.exec(part);
    if (!m) throw new AppError('INVALID_INPUT', `${what}: rung ${i + 1} "${part}" is not NAME=MIN_DPD`);
    return { name: m[1] ?? '', minDpd: Number(m[2]) };
  });
  return what === 'stages' ? checkedStages(rungs) : checkedBuckets(rungs);
}

function checkedBuckets(rungs: readonly Rung[]): BucketRung[] {
  const problem = validateLadder(rungs);
  if (problem) throw new AppError('INVALID_INPUT', `buckets: ${problem}`);
  return rungs.map((r) => ({ name: r.name, minDpd: r.minDpd }));
}

function checkedStages(rungs: readonly Rung[]): StageRung[] {
  if (!isStageLadder(rungs)) throw new AppError('INVALID_INPUT', `stages: ${validateStageLadder(rungs)}`);
  return rungs.map((r) => ({ name: r.name, minDpd: r.minDpd }));
}

/** Parses "5,10,15,28,30" into paydays and checks them (see checkedPaydays). */
export function parsePaydays(spec: string): number[] {
  const days = spec.split(',').map((part, i) => {
    const day = part.trim();
    if (!/^\d{1,2}$/.test(day))
      throw new AppError('INVALID_INPUT', `paydays: day ${i + 1} "${part}" is not a day of the month`);
    return Number(day);
  });
  return checkedPaydays(days);
}

/** Paydays are days of the month 1–31, given once each in ascending order, at least one. */
function checkedPaydays(days: readonly number[]): number[] {
  if (days.length === 0) throw new AppError('INVALID_INPUT', 'paydays: give at least one day of the month');
  days.forEach((day, i) => {
    if (!Number.isInteger(day) || day < 1 || day > 31) {
      throw new AppError('INVALID_INPUT', `paydays: ${day} is not a day of the month (1–31)`);
    }
    const previous = days[i - 1];
    if (previous !== undefined && day <= previous) {
      throw new AppError(
        'INVALID_INPUT',
        day === previous ? `paydays: ${day} appears twice` : `paydays: days must ascend (${day} follows ${previous})`,
      );
    }
  });
  return [...days];
}

export interface ConfigurePortfolioOptions {
  /** A store's database, or the caller's transaction to make this change part of a larger one. */
  db: Kysely<Schema>;
  portfolioId: string;
  /** Settings left out keep their current value (or the default, for a new portfolio). */
  timeZone?: string;
  buckets?: readonly BucketRung[];
  stages?: readonly StageRung[];
  allowRatesAboveOne?: boolean;
  /** Days of the month (1–31, ascending, each once) its debtors are paid. */
  paydays?: readonly number[];
  /** Days after a promise's due day that payments still count (0–60). */
  promiseGraceDays?: number;
  /** Days a plan instalment may stay unpaid past due before the plan is breached (1–180). */
  planBreachDays?: number;
  /** Who may approve which discount and plan length. */
  authority?: readonly AuthorityRung[];
  /** The compliance rule pack its contacts are judged by (cn, us-regf, uk-conc). */
  compliancePack?: string;
  /**
   * The portfolio's tightening of the pack, JSON keyed by rule id (`{"cn.daily_attempts": {"max": 4}}`);
   * '' or `{}` for none. Stricter only: anything that would loosen a rule is refused, naming it.
   */
  complianceParams?: string;
  /** Who lent: licensed or private; it decides the interest cap imports give contracts (src/legal/lender-kind.ts). */
  lenderKind?: string;
  /** Who made the change, for the event. */
  actor: string;
  now: Date;
}

export async function configurePortfolio(options: ConfigurePortfolioOptions): Promise<PortfolioView> {
  const { portfolioId } = options;
  if (portfolioId.trim() === '' || portfolioId !== portfolioId.trim()) {
    throw new AppError('INVALID_INPUT', `"${portfolioId}" is not a portfolio name (blank, or spaces around it)`);
  }
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new AppError('INVALID_INPUT', `"${options.timeZone}" is not an IANA time zone name (e.g. Asia/Shanghai)`);
  }
  // The ladders are checked here too, whoever built them: a caller need not have used parseLadder.
  const newBuckets = options.buckets === undefined ? undefined : checkedBuckets(options.buckets);
  const newStages = options.stages === undefined ? undefined : checkedStages(options.stages);
  const newPaydays = options.paydays === undefined ? undefined : checkedPaydays(options.paydays);
  checkDays('promise grace days', options.promiseGraceDays, 0, 60);
  checkDays('plan breach days', options.planBreachDays, 1, 180);
  const newAuthority = options.authority === undefined ? undefined : checkedAuthority(options.authority);
  return inTransaction(options.db, async (trx) => {
    const stored = await trx
      .selectFrom('portfolios')
      .select([...PORTFOLIO_SETTINGS_COLUMNS, 'compliance_pack', 'compliance_params', 'lender_kind'])
      .where('portfolio_id', '=', portfolioId)
      .executeTakeFirst();
    const existing = stored ? portfolioSettingsFromRow(stored) : undefined;
    const before = settingsFor(new Map(), portfolioId);
    const timeZone = options.timeZone ?? existing?.timeZone ?? before.timeZone;
    const buckets = newBuckets ?? existing?.buckets ?? before.buckets;
    const stages = newStages ?? existing?.stages ?? before.stages;
    const allowRatesAboveOne = options.allowRatesAboveOne ?? existing?.allowRatesAboveOne ?? false;
    const paydays = newPaydays ?? existing?.paydays ?? before.paydays;
    const promiseGraceDays = options.promiseGraceDays ?? existing?.promiseGraceDays ?? before.promiseGraceDays;
    const planBreachDays = options.planBreachDays ?? existing?.planBreachDays ?? before.planBreachDays;
    const authority = newAuthority ?? existing?.authority ?? before.authority;
    const compliance = checkedCompliance(options, stored);
    const lenderKind = await checkedLenderKind(trx, portfolioId, options.lenderKind, stored?.lender_kind);
    const row = {
      time_zone: timeZone,
      buckets: JSON.stringify(buckets),
      stages: JSON.stringify(stages),
      allow_rates_above_one: allowRatesAboveOne ? 1 : 0,
      paydays: paydays.join(','),
      promise_grace_days: promiseGraceDays,
      plan_breach_days: planBreachDays,
      authority: formatAuthority(authority),
      compliance_pack: compliance.pack,
      compliance_params: compliance.params,
      lender_kind: lenderKind,
    } as const;
    if (existing) {
      await trx.updateTable('portfolios').set(row).where('portfolio_id', '=', portfolioId).execute();
    } else {
      await trx
        .insertInto('portfolios')
        .values({ portfolio_id: portfolioId, ...row, created_at: options.now.toISOString() })
        .execute();
    }
    if (newBuckets || newStages) {
      await rebucketAccounts(trx, { ...(existing ?? before), buckets, stages });
    }
    if (options.timeZone && options.timeZone !== existing?.timeZone) await redatePending(trx, portfolioId, timeZone);
    await appendEvent(trx, {
      kind: existing ? 'portfolio.update' : 'portfolio.create',
      actor: options.actor,
      now: options.now,
      payload: {
        portfolio_id: portfolioId,
        time_zone: timeZone,
        buckets,
        stages,
        allow_rates_above_one: allowRatesAboveOne,
        paydays,
        promise_grace_days: promiseGraceDays,
        plan_breach_days: planBreachDays,
        authority: formatAuthority(authority),
        compliance_pack: compliance.pack,
        compliance_params: compliance.params === '' ? null : JSON.parse(compliance.params),
        lender_kind: lenderKind,
      },
    });
    const [view] = await listPortfolios(trx, portfolioId);
    if (!view) throw new AppError('INTERNAL', `portfolio ${portfolioId} is not there after it was written`);
    return view;
  });
}

/**
 * The pack and tightening to store: what was given, else what is stored (else the default pack, cn, and
 * none). The tightening is checked against the pack it will apply to, so a new pack with an old
 * tightening naming the old pack's rules is refused; it is stored as compact JSON ('' for none).
 */
function checkedCompliance(
  options: Pick<ConfigurePortfolioOptions, 'compliancePack' | 'complianceParams'>,
  stored: { compliance_pack: string; compliance_params: string } | undefined,
): { pack: string; params: string } {
  const pack = options.compliancePack ?? stored?.compliance_pack ?? DEFAULT_PACK;
  const given = options.complianceParams ?? stored?.compliance_params ?? '';
  tightenedPack(pack, given);
  if (given.trim() === '') return { pack, params: '' };
  const compact = JSON.stringify(JSON.parse(given));
  return { pack, params: compact === '{}' ? '' : compact };
}

/** The pack a portfolio is judged by until it chooses one (the migration's default). */
const DEFAULT_PACK = 'cn';

function checkDays(what: string, days: number | undefined, min: number, max: number): void {
  if (days === undefined) return;
  if (!Number.isInteger(days) || days < min || days > max) {
    throw new AppError('INVALID_INPUT', `${what}: ${days} is not a whole number of days from ${min} to ${max}`);
  }
}

/** Payments not yet posted take their date from the new zone; the cycle has not used the old one yet. */
async function redatePending(db: Kysely<Schema>, portfolioId: string, timeZone: string) {
  const pending = await db
    .selectFrom('payments')
    .innerJoin('accounts', 'accounts.id', 'payments.account_id')
    .select(['payments.id', 'payments.paid_at', 'payments.value_on'])
    .where('accounts.portfolio_id', '=', portfolioId)
    .where('payments.posted_on', 'is', null)
    .execute();
  for (const p of pending) {
    const valueOn = dateInZone(p.paid_at, timeZone);
    if (valueOn !== p.value_on)
      await db.updateTable('payments').set({ value_on: valueOn }).where('id', '=', p.id).execute();
  }
}
