/**
 * How well promises to pay are kept, over a period: of the promises taken in it (`taken_on` from `from`
 * through `to`; cancelled ones were taken in error and are left out), how many the cycle judged kept,
 * partly kept or broken and how many are still pending, what was promised and what was paid towards them
 * (per currency), and the kept rate: kept ÷ judged (kept + partly kept + broken; pending promises have no
 * verdict yet), four places half-even like every rate of the reports.
 *
 * The same figures per collector (who took the promise), per team (the collector's team as it is now) and
 * per strategy variant (the segment and variant that worked the account on the day the promise was taken:
 * its stay in variant_members began on or before that day and had not ended by it). Promises taken while
 * the account was in no segment count in the totals, by collector and by team only.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { formatAmount } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { reportPeriod } from './report-period.js';
import { rate } from './strategy-report.js';
import { compareVariants, type VariantKey, variantKey } from './strategy-variant.js';

export interface PromiseFigures {
  taken: number;
  kept: number;
  partly_kept: number;
  broken: number;
  pending: number;
  /** kept ÷ (kept + partly_kept + broken); null when none is judged yet. */
  kept_rate: string | null;
  /** Amounts promised and paid towards them, per currency, decimal strings. */
  promised: Record<string, string>;
  paid: Record<string, string>;
}

export interface PromiseReport {
  from: IsoDate;
  to: IsoDate;
  totals: PromiseFigures;
  collectors: ({ collector: string; team_id: string | null } & PromiseFigures)[];
  teams: ({ team_id: string | null } & PromiseFigures)[];
  variants: ({ strategy: string; segment: string; variant: string } & PromiseFigures)[];
}

/** A group's running sums before they are formatted. */
class Tally {
  taken = 0;
  kept = 0;
  partly_kept = 0;
  broken = 0;
  pending = 0;
  promised = new Map<string, number>();
  paid = new Map<string, number>();

  add(p: { status: string; currency: string; amount: number; paid: number }): void {
    this.taken++;
    if (p.status === 'kept' || p.status === 'partly_kept' || p.status === 'broken' || p.status === 'pending') {
      this[p.status]++;
    }
    this.promised.set(p.currency, (this.promised.get(p.currency) ?? 0) + p.amount);
    this.paid.set(p.currency, (this.paid.get(p.currency) ?? 0) + p.paid);
  }

  figures(): PromiseFigures {
    const money = (m: Map<string, number>) =>
      Object.fromEntries(
        [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, v]) => [c, formatAmount(v, c)]),
      );
    return {
      taken: this.taken,
      kept: this.kept,
      partly_kept: this.partly_kept,
      broken: this.broken,
      pending: this.pending,
      kept_rate: rate(this.kept, this.kept + this.partly_kept + this.broken),
      promised: money(this.promised),
      paid: money(this.paid),
    };
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) {
    t = new Tally();
    map.set(key, t);
  }
  return t;
}

export async function promiseReport(options: {
  db: Kysely<Schema>;
  from?: IsoDate;
  to?: IsoDate;
}): Promise<PromiseReport> {
  const { db } = options;
  const { from, to } = await reportPeriod(db, options);
  const taken = db
    .selectFrom('promises as p')
    .where('p.taken_on', '>=', from)
    .where('p.taken_on', '<=', to)
    .where('p.status', '!=', 'cancelled');
  const [promises, stays] = await Promise.all([
    taken
      .leftJoin('users as u', 'u.user_id', 'p.taken_by')
      .select(['p.id', 'p.taken_by', 'u.team_id', 'p.status', 'p.currency', 'p.amount', 'p.paid'])
      .orderBy('p.id')
      .execute(),
    taken
      .innerJoin('variant_members as m', 'm.account_id', 'p.account_id')
      .whereRef('m.entered_on', '<=', 'p.taken_on')
      .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>', eb.ref('p.taken_on'))]))
      .select(['p.id', 'm.strategy', 'm.segment', 'm.variant'])
      .orderBy('p.id')
      .orderBy('m.id')
      .execute(),
  ]);
  const stayOf = new Map<number, VariantKey>();
  for (const s of stays) if (!stayOf.has(Number(s.id))) stayOf.set(Number(s.id), s);

  const totals = new Tally();
  const collectors = new Map<string, Tally>();
  const teamOf = new Map<string, string | null>();
  const teams = new Map<string | null, Tally>();
  const variants = new Map<string, Tally>();
  const variantKeys = new Map<string, VariantKey>();
  for (const r of promises) {
    const p = { status: r.status, currency: r.currency, amount: Number(r.amount), paid: Number(r.paid) };
    totals.add(p);
    tallyOf(collectors, r.taken_by).add(p);
    teamOf.set(r.taken_by, r.team_id ?? null);
    tallyOf(teams, r.team_id ?? null).add(p);
    const stay = stayOf.get(Number(r.id));
    if (stay) {
      const key = variantKey(stay);
      variantKeys.set(key, { strategy: stay.strategy, segment: stay.segment, variant: stay.variant });
      tallyOf(variants, key).add(p);
    }
  }
  return {
    from,
    to,
    totals: totals.figures(),
    collectors: [...collectors.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([collector, t]) => ({ collector, team_id: teamOf.get(collector) ?? null, ...t.figures() })),
    teams: [...teams.entries()]
      // Collectors without a team last.
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
      .map(([team_id, t]) => ({ team_id, ...t.figures() })),
    variants: [...variants.entries()]
      .map(([key, t]) => ({ ...(variantKeys.get(key) as VariantKey), ...t.figures() }))
      .sort(compareVariants),
  };
}
