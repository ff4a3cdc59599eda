/**
 * The ageing report as the CLI prints it: a fixed-width table for people (thousands grouped) or CSV for
 * programs (plain decimals). `report aging`, `demo` and `start` all print it this way.
 */
import type { AgingReport } from '../report/aging-report.js';
import { groupThousands } from './group-thousands.js';

export function formatAgingTable(report: AgingReport): string {
  const lines: string[] = [];
  const row = (label: string, r: { accounts: number; outstanding: string; past_due: string }) =>
    `${label.padEnd(8)}${groupThousands(r.accounts).padStart(10)}${groupThousands(r.outstanding).padStart(20)}${groupThousands(r.past_due).padStart(20)}`;
  for (const total of report.totals) {
    lines.push(`Ageing as of ${report.as_of}${report.portfolio ? ` — ${report.portfolio}` : ''} (${total.currency})`);
    lines.push(
      `${'bucket'.padEnd(8)}${'accounts'.padStart(10)}${'outstanding'.padStart(20)}${'past due'.padStart(20)}`,
    );
    for (const r of report.rows.filter((x) => x.currency === total.currency)) lines.push(row(r.bucket, r));
    lines.push(row('total', total));
    lines.push('');
  }
  if (report.totals.length === 0) {
    lines.push(`Ageing as of ${report.as_of}${report.portfolio ? ` — ${report.portfolio}` : ''}: no accounts`);
  }
  return lines.join('\n').trimEnd();
}

/** CSV with a header row; amounts as plain decimal strings. */
export function formatAgingCsv(report: AgingReport): string {
  const head = 'bucket,currency,accounts,outstanding,past_due';
  return [
    head,
    ...report.rows.map((r) => [r.bucket, r.currency, r.accounts, r.outstanding, r.past_due].join(',')),
  ].join('\n');
}
