/**
 * The ageing report for a day the cycle has run: per bucket (and currency — amounts in different
 * currencies are never added together), the number of accounts, the outstanding total and the past-due
 * total, read from that day's snapshot. Amounts are plain decimal strings; how they are shown to people
 * (src/cli/aging-table.ts) is the edge's business.
 *
 * A portfolio that does not exist, or a day the cycle has not run, is NOT_FOUND rather than an empty
 * report: an empty table would read as "nothing is past due".
 */
import type { Kysely } from 'kysely';
import { DEFAULT_BUCKETS } from '../domain/ageing/ageing.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import { formatAmount } from '../domain/money/money.js';
import type { Schema } from '../store/schema.js';
import { loadPortfolioSettings } from '../store/shapes/portfolio-settings.js';

export interface AgingRow {
  bucket: string;
  currency: string;
  accounts: number;
  outstanding: string;
  past_due: string;
}

export interface AgingReport {
  as_of: IsoDate;
  portfolio: string | null;
  rows: AgingRow[];
  totals: Omit<AgingRow, 'bucket'>[];
}

export interface AgingReportOptions {
  /** A store, or `{ db: trx }` to read inside a transaction. */
  store: { readonly db: Kysely<Schema> };
  asOf: IsoDate;
  /** Only this portfolio; every portfolio when left out. */
  portfolio?: string;
}

export async function agingReport(options: AgingReportOptions): Promise<AgingReport> {
  const { asOf } = options;
  const db = options.store.db;
  if (options.portfolio !== undefined) {
    const known = await db
      .selectFrom('portfolios')
      .select('portfolio_id')
      .where('portfolio_id', '=', options.portfolio)
      .executeTakeFirst();
    if (!known) {
      throw new AppError('NOT_FOUND', `there is no portfolio "${options.portfolio}" (see dunwell portfolio list)`);
    }
  }
  let query = db
    .selectFrom('aging_snapshots')
    .select(['bucket', 'currency', 'portfolio_id', 'accounts', 'outstanding', 'past_due'])
    .where('as_of', '=', asOf);
  if (options.portfolio !== undefined) query = query.where('portfolio_id', '=', options.portfolio);
  const rows = await query.execute();
  if (rows.length === 0) {
    const anyRun = await db.selectFrom('aging_snapshots').select('as_of').where('as_of', '=', asOf).executeTakeFirst();
    if (!anyRun)
      throw new AppError('NOT_FOUND', `the cycle has not run for ${asOf}; run \`dunwell cycle --as-of ${asOf}\` first`);
  }
  // Order buckets by the portfolios' ladders (M0, M1, … M7+), whatever their names.
  const rank = new Map<string, number>(DEFAULT_BUCKETS.map((b) => [b.name, b.minDpd]));
  for (const p of (await loadPortfolioSettings(db)).values()) {
    for (const b of p.buckets) if (!rank.has(b.name)) rank.set(b.name, b.minDpd);
  }
  const merged = new Map<
    string,
    { bucket: string; currency: string; accounts: number; outstanding: number; past_due: number }
  >();
  for (const r of rows) {
    const key = `${r.currency}\u0000${r.bucket}`;
    const m = merged.get(key) ?? { bucket: r.bucket, currency: r.currency, accounts: 0, outstanding: 0, past_due: 0 };
    m.accounts += Number(r.accounts);
    m.outstanding += Number(r.outstanding);
    m.past_due += Number(r.past_due);
    merged.set(key, m);
  }
  const sorted = [...merged.values()].sort((a, b) =>
    a.currency === b.currency
      ? (rank.get(a.bucket) ?? 1e9) - (rank.get(b.bucket) ?? 1e9)
      : a.currency < b.currency
        ? -1
        : 1,
  );
  const totals = new Map<string, { currency: string; accounts: number; outstanding: number; past_due: number }>();
  for (const r of sorted) {
    const t = totals.get(r.currency) ?? { currency: r.currency, accounts: 0, outstanding: 0, past_due: 0 };
    t.accounts += r.accounts;
    t.outstanding += r.outstanding;
    t.past_due += r.past_due;
    totals.set(r.currency, t);
  }
  const fmt = <T extends { currency: string; outstanding: number; past_due: number }>(r: T) => ({
    ...r,
    outstanding: formatAmount(r.outstanding, r.currency),
    past_due: formatAmount(r.past_due, r.currency),
  });
  return {
    as_of: asOf,
    portfolio: options.portfolio ?? null,
    rows: sorted.map(fmt),
    totals: [...totals.values()].map(fmt),
  };
}
