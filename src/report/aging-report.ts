/**
 * The ageing report for a day the cycle has run: per bucket (and currency — amounts in different
 * currencies are never added together), the number of accounts, the outstanding total and the past-due
 * total, read from that day's snapshot.
 */

import { loadPortfolioSettings } from '../cycle/portfolio-settings.js';
import { DEFAULT_BUCKETS } from '../domain/ageing/ageing.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import { formatAmount } from '../domain/money/money.js';
import type { Store } from '../store/open-database.js';

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

export class NoSnapshotError extends Error {
  override name = 'NoSnapshotError';
}

export async function agingReport(options: { store: Store; asOf: IsoDate; portfolio?: string }): Promise<AgingReport> {
  const { store, asOf } = options;
  let query = store.db
    .selectFrom('aging_snapshots')
    .select(['bucket', 'currency', 'portfolio_id', 'accounts', 'outstanding', 'past_due'])
    .where('as_of', '=', asOf);
  if (options.portfolio) query = query.where('portfolio_id', '=', options.portfolio);
  const rows = await query.execute();
  if (rows.length === 0) {
    const anyRun = await store.db
      .selectFrom('aging_snapshots')
      .select('as_of')
      .where('as_of', '=', asOf)
      .executeTakeFirst();
    if (!anyRun)
      throw new NoSnapshotError(`the cycle has not run for ${asOf}; run \`dunwell cycle --as-of ${asOf}\` first`);
  }
  // Order buckets by the portfolios' ladders (M0, M1, … M7+), whatever their names.
  const rank = new Map<string, number>(DEFAULT_BUCKETS.map((b) => [b.name, b.minDpd]));
  for (const p of (await loadPortfolioSettings(store.db)).values()) {
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

/** A fixed-width table for terminals. */
export function formatAgingTable(report: AgingReport): string {
  const lines: string[] = [];
  for (const total of report.totals) {
    lines.push(`Ageing as of ${report.as_of}${report.portfolio ? ` — ${report.portfolio}` : ''} (${total.currency})`);
    lines.push(
      `${'bucket'.padEnd(8)}${'accounts'.padStart(10)}${'outstanding'.padStart(20)}${'past due'.padStart(20)}`,
    );
    for (const r of report.rows.filter((x) => x.currency === total.currency)) {
      lines.push(
        `${r.bucket.padEnd(8)}${String(r.accounts).padStart(10)}${r.outstanding.padStart(20)}${r.past_due.padStart(20)}`,
      );
    }
    lines.push(
      `${'total'.padEnd(8)}${String(total.accounts).padStart(10)}${total.outstanding.padStart(20)}${total.past_due.padStart(20)}`,
    );
    lines.push('');
  }
  if (report.totals.length === 0) lines.push(`Ageing as of ${report.as_of}: no accounts`);
  return lines.join('\n').trimEnd();
}

/** CSV with a header row; amounts as decimal strings. */
export function formatAgingCsv(report: AgingReport): string {
  const head = 'bucket,currency,accounts,outstanding,past_due';
  return [
    head,
    ...report.rows.map((r) => [r.bucket, r.currency, r.accounts, r.outstanding, r.past_due].join(',')),
  ].join('\n');
}
