/**
 * Numbers as people read them in the CLI's tables and summaries: thousands grouped with commas
 * (`7,353,458.68`, `12,000 rows`). Only for text meant for people; `--json` and `--csv` print the plain
 * values (`7353458.68`) that programs parse. Amounts arrive as the decimal strings formatAmount makes,
 * so grouping never goes through floating point.
 */
const DECIMAL = /^([+-]?)(\d+)(\.\d+)?$/;

export function groupThousands(value: number | string): string {
  const text = typeof value === 'number' ? String(value) : value;
  const m = DECIMAL.exec(text);
  if (!m) return text;
  const [, sign = '', whole = '', fraction = ''] = m;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}
