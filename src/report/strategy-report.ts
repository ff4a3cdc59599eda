/**
 * Champion/challenger: how each strategy segment's variants do over a period. An account counts in a
 * variant when its stay there (variant_members, kept by the cycle) overlaps the period. For each variant:
 * - accounts: accounts whose stay overlaps the period; `delinquent` of them entered past due;
 * - cure rate: of the accounts that entered past due, the share that came back to the first bucket during
 *   the period while in the variant;
 * - roll-forward rate: the share of accounts that reached a later bucket than the one they entered in;
 * - recovered: payments (by value date) in the period while the account was in the variant, per currency.
 *   The cycle places an account after the day's payments, so a stay owns the payments dated after the day
 *   it began up to and including the day it ended (the payment that cures an account counts for the
 *   variant that was working it, not the one it moves to);
 * - promises kept: promises to pay the cycle judged kept during the period, counted for the variant that
 *   worked the account on the day the promise was taken (the stay that began on or before that day and had
 *   not ended by it; see promise-report.ts).
 * Rates are decimal strings with four places, half-even, computed from integers.
 */
import type { Kysely } from 'kysely';
import { addDays, type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { formatAmount } from '../domain/money/money.js';
import { divRoundHalfEven } from '../domain/money/rate.js';
import type { Schema } from '../store/schema.js';

export interface VariantResult {
  strategy: string;
  segment: string;
  variant: string;
  accounts: number;
  delinquent: number;
  cured: number;
  cure_rate: string | null;
  rolled_forward: number;
  roll_forward_rate: string | null;
  recovered: Record<string, string>;
  promises_kept: number;
}

export interface StrategyReport {
  from: IsoDate;
  to: IsoDate;
  variants: VariantResult[];
}

/** n/d as a decimal string with four places, half-even; null when d is 0 (no rate to speak of). */
export function rate(n: number, d: number): string | null {
  if (d === 0) return null;
  const tenThousandths = divRoundHalfEven(BigInt(n) * 10_000n, BigInt(d));
  const whole = tenThousandths / 10_000n;
  const frac = (tenThousandths % 10_000n).toString().padStart(4, '0');
  return `${whole}.${frac}`;
}

export async function strategyReport(options: {
  db: Kysely<Schema>;
  from?: IsoDate;
  to?: IsoDate;
}): Promise<StrategyReport> {
  const { db } = options;
  for (const [name, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError('INVALID_INPUT', `${name} "${value}" is not a valid date (YYYY-MM-DD)`);
    }
  }
  let to = options.to;
  if (to === undefined) {
    const latest = await db
      .selectFrom('portfolios')
      .select((eb) => eb.fn.max('closed_through').as('d'))
      .executeTakeFirst();
    if (!latest?.d) throw new AppError('NOT_FOUND', 'the cycle has not run yet: no period to report');
    to = latest.d;
  }
  const from = options.from ?? addDays(to, -29);
  if (from > to) throw new AppError('INVALID_INPUT', `--from ${from} is after --to ${to}`);

  const overlapping = db
    .selectFrom('variant_members as m')
    .where('m.entered_on', '<=', to)
    .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>=', from)]));
  const [groups, recovered, kept] = await Promise.all([
    overlapping
      .select((eb) => [
        'm.strategy',
        'm.segment',
        'm.variant',
        eb.fn.count<number>('m.account_id').distinct().as('accounts'),
        eb.fn.sum<number>(eb.case().when('m.entry_rank', '>', 0).then(1).else(0).end()).as('delinquent'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('m.cured_on', '>=', from), eb('m.cured_on', '<=', to)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('cured'),
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb('m.rolled_on', '>=', from), eb('m.rolled_on', '<=', to)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as('rolled'),
      ])
      .groupBy(['m.strategy', 'm.segment', 'm.variant'])
      .execute(),
    overlapping
      .innerJoin('payments as p', 'p.account_id', 'm.account_id')
      .where('p.value_on', '>=', from)
      .where('p.value_on', '<=', to)
      .whereRef('p.value_on', '>', 'm.entered_on')
      .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('p.value_on', '<=', eb.ref('m.left_on'))]))
      .select((eb) => [
        'm.strategy',
        'm.segment',
        'm.variant',
        'p.currency',
        eb.fn.sum<number>('p.amount').as('amount'),
      ])
      .groupBy(['m.strategy', 'm.segment', 'm.variant', 'p.currency'])
      .execute(),
    db
      .selectFrom('promises as p')
      .innerJoin('variant_members as m', 'm.account_id', 'p.account_id')
      .where('p.status', '=', 'kept')
      .where('p.decided_on', '>=', from)
      .where('p.decided_on', '<=', to)
      .whereRef('m.entered_on', '<=', 'p.taken_on')
      .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>', eb.ref('p.taken_on'))]))
      .select((eb) => ['m.strategy', 'm.segment', 'm.variant', eb.fn.count<number>('p.id').distinct().as('n')])
      .groupBy(['m.strategy', 'm.segment', 'm.variant'])
      .execute(),
  ]);
  const key = (r: { strategy: string; segment: string; variant: string }) =>
    `${r.strategy}\u0000${r.segment}\u0000${r.variant}`;
  const money = new Map<string, Record<string, string>>();
  for (const r of recovered) {
    const k = key(r);
    const byCurrency = money.get(k) ?? {};
    byCurrency[r.currency] = formatAmount(Number(r.amount), r.currency);
    money.set(k, byCurrency);
  }
  const keptIn = new Map(kept.map((k) => [key(k), Number(k.n)]));
  const variants = groups
    .map((g) => {
      const accounts = Number(g.accounts);
      const delinquent = Number(g.delinquent ?? 0);
      const cured = Number(g.cured ?? 0);
      const rolled = Number(g.rolled ?? 0);
      return {
        strategy: g.strategy,
        segment: g.segment,
        variant: g.variant,
        accounts,
        delinquent,
        cured,
        cure_rate: rate(cured, delinquent),
        rolled_forward: rolled,
        roll_forward_rate: rate(rolled, accounts),
        recovered: money.get(key(g)) ?? {},
        promises_kept: keptIn.get(key(g)) ?? 0,
      };
    })
    .sort((a, b) =>
      a.strategy === b.strategy
        ? a.segment === b.segment
          ? a.variant.localeCompare(b.variant)
          : a.segment.localeCompare(b.segment)
        : a.strategy.localeCompare(b.strategy),
    );
  return { from, to, variants };
}
