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
import type { IsoDate } from '../domain/calendar/calendar.js';
import { formatAmount } from '../domain/money/money.js';
import { divRoundHalfEven } from '../domain/money/rate.js';
import type { Schema } from '../store/schema.js';
import { reportPeriod } from './report-period.js';
import { compareVariants, variantKey } from './strategy-variant.js';

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
  const { from, to } = await reportPeriod(db, options);

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
  const money = new Map<string, Record<string, string>>();
  for (const r of recovered) {
    const k = variantKey(r);
    const byCurrency = money.get(k) ?? {};
    byCurrency[r.currency] = formatAmount(Number(r.amount), r.currency);
    money.set(k, byCurrency);
  }
  const keptIn = new Map(kept.map((k) => [variantKey(k), Number(k.n)]));
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
        recovered: money.get(variantKey(g)) ?? {},
        promises_kept: keptIn.get(variantKey(g)) ?? 0,
      };
    })
    .sort(compareVariants);
  return { from, to, variants };
}
